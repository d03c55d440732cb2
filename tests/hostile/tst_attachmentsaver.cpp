// Attachment names from hostile reports: whatever the sender wrote ("../../x", "/etc/x",
// "C:\x", a right-to-left override, a device name), the file lands inside the folder the user
// chose, replaces nothing and follows no link (DESIGN.md "Robustness").
#include "attachmentsaver.h"

#include "fixturewriter.h"
#include "mimebuilder.h"
#include "msg/msgreader.h"
#include "reportfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace Ndr;
using namespace Ndr::Mapi;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A target folder inside a scratch folder, so that anything written beside it shows.
struct Target {
    QTemporaryDir outer;
    QString path;
    Target() : path(outer.path() + QStringLiteral("/target")) { QDir().mkpath(path); }
    QStringList outside() const { return QDir(outer.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System); }
    QString canonical() const { return QFileInfo(path).canonicalFilePath(); }
};

// Names a sender might put on an attachment, and what a saved file is called.
void hostileNames()
{
    QTest::addColumn<QString>("proposed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain-name") << QStringLiteral("figures.csv") << QStringLiteral("figures.csv");
    QTest::newRow("parent-folders-unix") << QStringLiteral("../../etc/passwd") << QStringLiteral("passwd");
    QTest::newRow("parent-folders-windows") << QStringLiteral("..\\..\\Windows\\evil.dll") << QStringLiteral("evil.dll");
    QTest::newRow("absolute-unix") << QStringLiteral("/etc/cron.d/evil") << QStringLiteral("evil");
    QTest::newRow("absolute-windows-drive") << QStringLiteral("C:\\Windows\\System32\\evil.dll") << QStringLiteral("evil.dll");
    QTest::newRow("unc-path") << QStringLiteral("\\\\server\\share\\evil.exe") << QStringLiteral("evil.exe");
    QTest::newRow("drive-relative") << QStringLiteral("C:evil.txt") << QStringLiteral("C_evil.txt");
    QTest::newRow("mixed-separators") << QStringLiteral("a/..\\../b\\../c.txt") << QStringLiteral("c.txt");
    QTest::newRow("dot-dot-alone") << QStringLiteral("..") << QStringLiteral("attachment");
    QTest::newRow("dot-alone") << QStringLiteral(".") << QStringLiteral("attachment");
    QTest::newRow("only-parents") << QStringLiteral("../../..") << QStringLiteral("attachment");
    QTest::newRow("empty") << QString() << QStringLiteral("attachment");
    QTest::newRow("trailing-separator") << QStringLiteral("folder/") << QStringLiteral("attachment");
    QTest::newRow("hidden-file") << QStringLiteral(".bashrc") << QStringLiteral("bashrc");
    QTest::newRow("trailing-dots-and-spaces") << QStringLiteral("report.pdf. . ") << QStringLiteral("report.pdf");
    QTest::newRow("control-characters") << QStringLiteral("a\tb\nc\x01.txt") << QStringLiteral("a_b_c_.txt");
    QTest::newRow("nul-inside") << QString::fromUtf16(u"evil.txt\0.pdf", 13) << QStringLiteral("evil.txt_.pdf");
    QTest::newRow("windows-reserved-characters") << QStringLiteral("what?<is>:this|*\".txt") << QStringLiteral("what__is__this___.txt");
    QTest::newRow("right-to-left-override") << QStringLiteral("invoice\u202Efdp.exe") << QStringLiteral("invoicefdp.exe");
    QTest::newRow("zero-width-joiner") << QStringLiteral("a\u200Db.txt") << QStringLiteral("ab.txt");
    QTest::newRow("device-name") << QStringLiteral("CON") << QStringLiteral("_CON");
    QTest::newRow("device-name-with-extension") << QStringLiteral("nul.txt") << QStringLiteral("_nul.txt");
    QTest::newRow("device-name-in-a-longer-word") << QStringLiteral("console.txt") << QStringLiteral("console.txt");
    QTest::newRow("unicode-kept") << QStringLiteral("Gr\u00FC\u00DFe \u51B3\u7B97.xlsx") << QStringLiteral("Gr\u00FC\u00DFe \u51B3\u7B97.xlsx");
    QTest::newRow("emoji-kept") << QStringLiteral("\U0001F4CE notes.txt") << QStringLiteral("\U0001F4CE notes.txt");
    QTest::newRow("lone-surrogate-dropped") << QString::fromUtf16(u"a\xD800" u"b.txt") << QStringLiteral("ab.txt");
    QTest::newRow("300-characters-keeps-extension") << QString(300, u'a') + QStringLiteral(".pdf")
                                                    << QString(251, u'a') + QStringLiteral(".pdf");
    QTest::newRow("long-multibyte-cut-on-a-character") << QString(200, u'\u00FC') + QStringLiteral(".txt")
                                                       << QString(125, u'\u00FC') + QStringLiteral(".txt");
    QTest::newRow("long-emoji-cut-on-a-pair") << QStringLiteral("\U0001F4CE").repeated(100)
                                              << QStringLiteral("\U0001F4CE").repeated(63);
}

} // namespace

class TstAttachmentSaver : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void safeFileName_data() { hostileNames(); }
    void safeFileName()
    {
        QFETCH(QString, proposed);
        QFETCH(QString, expected);
        const QString name = AttachmentSaver::safeFileName(proposed);
        QCOMPARE(name, expected);
        QVERIFY(name.toUtf8().size() <= 255);
    }

    void saveStaysInsideTheFolder_data() { hostileNames(); }
    void saveStaysInsideTheFolder()
    {
        QFETCH(QString, proposed);
        QFETCH(QString, expected);
        Target t;
        const QByteArray data = "attachment bytes\n";
        const auto saved = AttachmentSaver(t.path).save(proposed, data);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
        QCOMPARE(QFileInfo(*saved).canonicalPath(), t.canonical());
        QCOMPARE(QFileInfo(*saved).fileName(), expected);
        QCOMPARE(readAll(*saved), data);
        QCOMPARE(t.outside(), QStringList{QStringLiteral("target")});
        QCOMPARE(QDir(t.path).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void neverReplacesAFile()
    {
        Target t;
        const AttachmentSaver saver(t.path);
        const auto first = saver.save(QStringLiteral("a.txt"), "first");
        const auto second = saver.save(QStringLiteral("../a.txt"), "second");
        const auto third = saver.save(QStringLiteral("a.txt"), "third");
        QVERIFY(first && second && third);
        QCOMPARE(QFileInfo(*first).fileName(), QStringLiteral("a.txt"));
        QCOMPARE(QFileInfo(*second).fileName(), QStringLiteral("a (2).txt"));
        QCOMPARE(QFileInfo(*third).fileName(), QStringLiteral("a (3).txt"));
        QCOMPARE(readAll(*first), QByteArray("first"));
    }

    // A link planted under the attachment's name (dangling, or to a file outside) is neither
    // followed nor replaced.
    void neverFollowsALink()
    {
        Target t;
        const QString outsideFile = t.outer.path() + QStringLiteral("/outside.txt");
        const QString outsideMissing = t.outer.path() + QStringLiteral("/created-through-a-link.txt");
        QVERIFY(QFile::link(outsideMissing, t.path + QStringLiteral("/report.pdf")));
        {
            QFile f(outsideFile);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("precious");
        }
        QVERIFY(QFile::link(outsideFile, t.path + QStringLiteral("/notes.txt")));
        const AttachmentSaver saver(t.path);
        const auto a = saver.save(QStringLiteral("report.pdf"), "A");
        const auto b = saver.save(QStringLiteral("notes.txt"), "B");
        QVERIFY(a && b);
        QCOMPARE(QFileInfo(*a).fileName(), QStringLiteral("report (2).pdf"));
        QCOMPARE(QFileInfo(*b).fileName(), QStringLiteral("notes (2).txt"));
        QVERIFY(!QFileInfo::exists(outsideMissing));
        QCOMPARE(readAll(outsideFile), QByteArray("precious"));
    }

    void missingFolderIsAnError()
    {
        QTemporaryDir dir;
        const auto saved = AttachmentSaver(dir.path() + QStringLiteral("/no/such")).save(QStringLiteral("a.txt"), "x");
        QVERIFY(!saved);
        QCOMPARE(saved.error().code, Error::FileNotFound);
        QVERIFY(saved.error().detail.contains(QLatin1String("no/such")));
    }

    // An embedded message from a .msg is saved as an Outlook message that reads back.
    void embeddedMessageIsSavedAsMsg()
    {
        Target t;
        Attachment a;
        a.props.setInt32(PR_ATTACH_METHOD, ATTACH_EMBEDDED_MSG);
        a.props.setString(PR_DISPLAY_NAME, QStringLiteral("../../Re: figures"));
        a.embedded = std::make_shared<Message>(Fixtures::buildOriginal());
        const auto saved = AttachmentSaver(t.path).save(a);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
        QCOMPARE(QFileInfo(*saved).fileName(), QStringLiteral("Re_ figures.msg"));
        QCOMPARE(QFileInfo(*saved).canonicalPath(), t.canonical());
        const auto back = Msg::readMsg(readAll(*saved));
        QVERIFY(back);
        QCOMPARE(back->subject(), a.embedded->subject());
    }

    // One that came from MIME is saved as the bytes it came as.
    void embeddedMimeIsSavedAsEml()
    {
        Target t;
        Attachment a;
        a.props.setInt32(PR_ATTACH_METHOD, ATTACH_EMBEDDED_MSG);
        a.embedded = std::make_shared<Message>();
        a.embedded->props.setString(PR_SUBJECT, QStringLiteral("/etc/passwd"));
        a.embedded->rawMime = "Subject: /etc/passwd\r\n\r\nbody\r\n";
        const auto saved = AttachmentSaver(t.path).save(a);
        QVERIFY(saved);
        QCOMPARE(QFileInfo(*saved).fileName(), QStringLiteral("passwd.eml"));
        QCOMPARE(readAll(*saved), a.embedded->rawMime);
    }

    // Attachments of hostile reports, read by our readers and saved: all inside the folder.
    void attachmentsOfHostileReports_data()
    {
        QTest::addColumn<QByteArray>("report");
        QTest::addColumn<QString>("expected");
        Fixtures::NdrSpec spec;
        spec.original.attachmentName = QStringLiteral("../../../../home/user/.bashrc");
        QTest::newRow("msg-parent-folders") << *Fixtures::toMsg(Fixtures::buildNdr(spec)) << QStringLiteral("bashrc");
        spec.original.attachmentName = QStringLiteral("C:\\Windows\\System32\\drivers\\etc\\hosts");
        QTest::newRow("msg-windows-absolute") << *Fixtures::toMsg(Fixtures::buildNdr(spec)) << QStringLiteral("hosts");
        auto eml = [](const QByteArray &disposition) {
            Fixtures::MimeEntity part = Fixtures::attachmentEntity("application/octet-stream", QStringLiteral("x"), "payload");
            part.headers = {{"Content-Type", "application/octet-stream"}, {"Content-Disposition", disposition},
                            {"Content-Transfer-Encoding", "base64"}};
            return Fixtures::multipartEntity("mixed", {Fixtures::textEntity(QStringLiteral("see attached")), part}).toBytes()
                .prepend("From: a@example.com\r\nTo: b@example.net\r\nSubject: files\r\nMIME-Version: 1.0\r\n");
        };
        QTest::newRow("eml-parent-folders") << eml("attachment; filename=\"../../evil.sh\"") << QStringLiteral("evil.sh");
        QTest::newRow("eml-absolute") << eml("attachment; filename=\"/etc/cron.d/evil\"") << QStringLiteral("evil");
        QTest::newRow("eml-windows-absolute")
            << eml("attachment; filename=\"C:\\\\Users\\\\Public\\\\evil.bat\"") << QStringLiteral("evil.bat");
        QTest::newRow("eml-rfc2231-encoded-parents")
            << eml("attachment; filename*=utf-8''..%2F..%2Fevil.sh") << QStringLiteral("evil.sh");
        QTest::newRow("eml-encoded-word-parents")
            << eml("attachment; filename=\"=?utf-8?B?Li4vLi4vZXZpbC5zaA==?=\"") << QStringLiteral("evil.sh");
        QTest::newRow("eml-dot-dot-only") << eml("attachment; filename=\"..\"") << QStringLiteral("attachment");
    }
    void attachmentsOfHostileReports()
    {
        QFETCH(QByteArray, report);
        QFETCH(QString, expected);
        const auto opened = openMessageBytes(report, QStringLiteral("hostile"));
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
        // Every attachment by value, at any depth, as a user saving them all would.
        QList<const Attachment *> all;
        std::function<void(const Message &)> collect = [&](const Message &m) {
            for (const Attachment &a : m.attachments) {
                if (a.embedded)
                    collect(*a.embedded);
                else
                    all.append(&a);
            }
        };
        collect(*opened->message);
        QVERIFY(!all.isEmpty());
        Target t;
        QStringList names;
        for (const Attachment *a : all) {
            const auto saved = AttachmentSaver(t.path).save(*a);
            QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
            QCOMPARE(QFileInfo(*saved).canonicalPath(), t.canonical());
            QCOMPARE(readAll(*saved), a->data());
            names << QFileInfo(*saved).fileName();
        }
        QVERIFY2(names.contains(expected), qPrintable(names.join(QLatin1String(", "))));
        QCOMPARE(t.outside(), QStringList{QStringLiteral("target")});
    }
};

QTEST_GUILESS_MAIN(TstAttachmentSaver)
#include "tst_attachmentsaver.moc"
