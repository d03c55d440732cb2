// An independent reader's view against ours: @kenjiuno/msgreader (node, tests/msg/independent)
// reads the files our writer makes and the corpus files; class, subject, recipients,
// attachments and embedded messages must be what our reader sees.
// Skips when node or the module is absent (install: npm ci --prefix tests/msg/independent).
#include "msgtestutil.h"

#include "fixturewriter.h"
#include "msg/msgreader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Ndr;
using namespace Ndr::Mapi;

namespace {

QString typeText(const Recipient &r)
{
    const auto t = r.props.int32(PR_RECIPIENT_TYPE);
    if (!t)
        return {};
    switch (*t) {
    case MAPI_TO: return QStringLiteral("to");
    case MAPI_CC: return QStringLiteral("cc");
    case MAPI_BCC: return QStringLiteral("bcc");
    default: return QString::number(*t);
    }
}

// The same view read.mjs prints.
QJsonObject view(const Message &m)
{
    QJsonArray recipients, attachments;
    for (const Recipient &r : m.recipients)
        recipients.append(QJsonObject{{QStringLiteral("name"), r.props.string(PR_DISPLAY_NAME)},
                                      {QStringLiteral("email"), r.props.string(PR_EMAIL_ADDRESS)},
                                      {QStringLiteral("smtp"), r.props.string(PR_SMTP_ADDRESS)},
                                      {QStringLiteral("type"), typeText(r)}});
    for (const Attachment &a : m.attachments)
        attachments.append(QJsonObject{{QStringLiteral("name"), a.fileName()},
                                       {QStringLiteral("size"), a.embedded ? 0 : a.data().size()},
                                       {QStringLiteral("embedded"), a.embedded ? QJsonValue(view(*a.embedded)) : QJsonValue()}});
    return QJsonObject{{QStringLiteral("class"), m.messageClass()}, {QStringLiteral("subject"), m.subject()},
                       {QStringLiteral("recipients"), recipients}, {QStringLiteral("attachments"), attachments}};
}

// The code page of the 8-bit strings in the file, for the other reader (which does not look).
void string8CodePages(const Message &m, quint32 inherited, QSet<quint32> &out)
{
    quint32 cp = inherited;
    for (PropId id : {PR_MESSAGE_CODEPAGE, PR_INTERNET_CPID})
        if (m.props.value(id).type == PT_LONG) {
            cp = quint32(m.props.value(id).value.toLongLong());
            break;
        }
    auto scan = [&](const PropertyBag &bag) {
        for (const PropValue &v : bag)
            if (baseType(v.type) == PT_STRING8)
                out.insert(cp);
    };
    scan(m.props);
    for (const Recipient &r : m.recipients)
        scan(r.props);
    for (const Attachment &a : m.attachments) {
        scan(a.props);
        if (a.embedded)
            string8CodePages(*a.embedded, cp, out);
    }
}

} // namespace

class TstMsgIndependent : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameView_data();
    void sameView();

private:
    QTemporaryDir m_dir;
    QString m_skip;                      // why the comparison cannot run, if it cannot
    QHash<QString, QJsonObject> m_theirs;  // path -> {"view": ...} or {"error": ...}
    QHash<QString, Message> m_ours;
    QStringList m_files;
};

void TstMsgIndependent::initTestCase()
{
    const QString dir = QStringLiteral(NDR_SOURCE_DIR "/tests/msg/independent");
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    if (node.isEmpty())
        m_skip = QStringLiteral("node is not installed");
    else if (!QFile::exists(dir + QStringLiteral("/node_modules/@kenjiuno/msgreader/package.json")))
        m_skip = QStringLiteral("@kenjiuno/msgreader is not installed (npm ci --prefix tests/msg/independent)");

    for (const auto &f : Fixtures::allFixtures()) {
        const QString path = m_dir.filePath(f.fileName);
        QVERIFY(!Fixtures::writeMsgFile(f.message, path));
        m_files.append(path);
    }
    for (const QString &f : MsgTest::corpusMsgFiles())
        m_files.append(MsgTest::corpusMsgDir() + QLatin1Char('/') + f);

    QStringList args{dir + QStringLiteral("/read.mjs")};
    for (const QString &path : m_files) {
        const auto m = Msg::readMsg(MsgTest::readFile(path));
        QVERIFY2(m.has_value(), qPrintable(path));
        m_ours.insert(path, *m);
        QSet<quint32> pages;
        string8CodePages(*m, 0, pages);
        args << (pages.size() == 1 && *pages.begin() ? QStringLiteral("--ansi=%1").arg(*pages.begin()) : QStringLiteral("--ansi="))
             << path;
    }
    if (!m_skip.isEmpty())
        return;
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(node, args);
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (!o.isEmpty())
            m_theirs.insert(o.value(QStringLiteral("file")).toString(), o);
    }
}

void TstMsgIndependent::sameView_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &path : m_files) {
        const QString name = path.startsWith(m_dir.path()) ? QStringLiteral("fixture/") + QFileInfo(path).fileName()
                                                           : QStringLiteral("corpus/") + QDir(MsgTest::corpusMsgDir()).relativeFilePath(path);
        QTest::newRow(qPrintable(name)) << path;
    }
}

void TstMsgIndependent::sameView()
{
    QFETCH(QString, path);
    if (!m_skip.isEmpty())
        QSKIP(qPrintable(m_skip));
    const QJsonObject theirs = m_theirs.value(path);
    QVERIFY2(!theirs.isEmpty(), "the independent reader printed nothing for this file");
    QVERIFY2(!theirs.contains(QStringLiteral("error")), qPrintable(theirs.value(QStringLiteral("error")).toString()));
    const QJsonObject ours = view(m_ours.value(path));
    const QJsonObject other = theirs.value(QStringLiteral("view")).toObject();
    QVERIFY2(ours == other, qPrintable(QStringLiteral("ours:   %1\ntheirs: %2")
                                           .arg(QString::fromUtf8(QJsonDocument(ours).toJson(QJsonDocument::Compact)),
                                                QString::fromUtf8(QJsonDocument(other).toJson(QJsonDocument::Compact)))));
}

QTEST_GUILESS_MAIN(TstMsgIndependent)
#include "tst_msgindependent.moc"
