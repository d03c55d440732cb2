#pragma once
// Helpers shared by the .msg suites: files, the corpus, and a short diff of two messages.
#include "mapi/message.h"
#include "mapi/propjson.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QStringList>

namespace MsgTest {

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QString corpusMsgDir() { return QStringLiteral(NDR_CORPUS_DIR "/msg"); }

// Every .msg under the corpus, relative names ("notes/hiraoka-Simple.msg"), sorted.
inline QStringList corpusMsgFiles()
{
    QStringList files;
    const QDir root(corpusMsgDir());
    QDirIterator it(root.path(), {QStringLiteral("*.msg")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(root.relativeFilePath(it.next()));
    files.sort();
    return files;
}

// The original a report carries as an embedded message; null when it has none.
inline const Ndr::Mapi::Message *attachedOriginal(const Ndr::Mapi::Message &report)
{
    for (const Ndr::Mapi::Attachment &a : report.attachments)
        if (a.embedded)
            return a.embedded.get();
    return nullptr;
}

// The first difference between two messages as property JSON lines, for failure messages.
inline QByteArray firstDifference(const Ndr::Mapi::Message &a, const Ndr::Mapi::Message &b)
{
    const QList<QByteArray> la = QJsonDocument(Ndr::Mapi::messageToJson(a)).toJson().split('\n');
    const QList<QByteArray> lb = QJsonDocument(Ndr::Mapi::messageToJson(b)).toJson().split('\n');
    for (qsizetype i = 0; i < qMax(la.size(), lb.size()); ++i)
        if (la.value(i) != lb.value(i))
            return "line " + QByteArray::number(i) + ":\n  " + la.value(i).left(300) + "\n  " + lb.value(i).left(300);
    return "no difference in the property JSON";
}

} // namespace MsgTest
