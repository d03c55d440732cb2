// ndrtool resend and ndrtool store as scripts use them: ids on stdout, JSON lines, exports,
// and on trouble a line on stderr naming the file and a non-zero exit status.
#include "fixturewriter.h"
#include "samplemessages.h"
#include "mapi/propjson.h"
#include "msg/msgreader.h"
#include "reportfile.h"
#include "report/ndrreport.h"
#include "store/messagestore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Ndr;
using namespace Ndr::Mapi;
using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run ndrtool(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(NDRTOOL), args);
    Run r;
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = p.exitCode();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestStoreCommands : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void resendListShowExport();
    void resendEmlGivesItsBytesBack();
    void resendWithOriginalFile();
    void errors_data();
    void errors();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestStoreCommands::initTestCase()
{
    using namespace Fixtures;
    QVERIFY(!writeMsgFile(buildNdr(), path(u"ndr.msg"_s)));
    NdrSpec dsn;
    dsn.convention = NdrConvention::DeliveryStatusOnly;
    QVERIFY(!writeMsgFile(buildNdr(dsn), path(u"ndr-dsn.msg"_s)));
    Message bare = buildNdr();
    bare.attachments.removeIf([](const Attachment &a) { return a.embedded != nullptr; });
    QVERIFY(!writeMsgFile(bare, path(u"ndr-without-original.msg"_s)));
    QVERIFY(!writeMsgFile(buildOriginal(), path(u"original.msg"_s)));
    QVERIFY(!writeMsgFile(buildReadReceipt(), path(u"read-receipt.msg"_s)));
    QFile text(path(u"notes.txt"_s));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("not a store\n");
}

void TestStoreCommands::resendListShowExport()
{
    const QString store = path(u"main.sqlite"_s);
    const Run first = ndrtool({u"resend"_s, path(u"ndr.msg"_s), u"--store"_s, store});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QCOMPARE(first.out, QByteArray("1\n"));
    const Run second = ndrtool({u"resend"_s, path(u"ndr-dsn.msg"_s), u"--only"_s, u"bob@example.net"_s,
                                u"--fix"_s, u"bob@example.net=robert@example.net"_s, u"--store"_s, store});
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QCOMPARE(second.out, QByteArray("2\n"));

    const Run list = ndrtool({u"store"_s, u"list"_s, u"--store"_s, store});
    QCOMPARE(list.exitCode, 0);
    const QList<QByteArray> lines = list.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject one = QJsonDocument::fromJson(lines[0]).object();
    const QJsonObject two = QJsonDocument::fromJson(lines[1]).object();
    QCOMPARE(one.value(u"id"_s).toInt(), 1);
    QCOMPARE(one.value(u"folder"_s).toString(), u"Outbox"_s);
    QCOMPARE(one.value(u"subject"_s).toString(), u"Quarterly figures for review"_s);
    QCOMPARE(one.value(u"p1"_s).toInt(), 4);                   // every failure, Grace included
    QCOMPARE(one.value(u"recipients"_s).toInt(), 5 + 4);       // the original's rows + the P1 rows
    QCOMPARE(two.value(u"p1"_s).toInt(), 1);
    QVERIFY(QDateTime::fromString(two.value(u"created"_s).toString(), Qt::ISODateWithMs).isValid());
    QCOMPARE(ndrtool({u"store"_s, u"list"_s, u"--folder"_s, u"drafts"_s, u"--store"_s, store}).out, QByteArray());

    const Run show = ndrtool({u"store"_s, u"show"_s, u"2"_s, u"--store"_s, store});
    QCOMPARE(show.exitCode, 0);
    QVERIFY2(show.out.contains("robert@example.net") && show.out.contains("p1 ") && show.out.contains("resend"),
             show.out.constData());
    QVERIFY(show.out.contains("From: Alice Sender <alice@example.com>"));

    // Exports: what the store holds, in each format.
    auto opened = Store::MessageStore::open(store);
    QVERIFY(opened);
    const Message stored = *(*opened)->load(2);
    QVERIFY(ndrtool({u"store"_s, u"export"_s, u"2"_s, u"--format"_s, u"json"_s, u"-o"_s, path(u"2.json"_s),
                     u"--store"_s, store}).exitCode == 0);
    QCOMPARE(QJsonDocument::fromJson(readAll(path(u"2.json"_s))).object(), messageToJson(stored));
    const Run toStdout = ndrtool({u"store"_s, u"export"_s, u"2"_s, u"--format"_s, u"json"_s, u"-o"_s, u"-"_s, u"--store"_s, store});
    QCOMPARE(QJsonDocument::fromJson(toStdout.out).object(), messageToJson(stored));

    QVERIFY(ndrtool({u"store"_s, u"export"_s, u"2"_s, u"--format"_s, u"msg"_s, u"-o"_s, path(u"2.msg"_s),
                     u"--store"_s, store}).exitCode == 0);
    const auto msg = Msg::readMsg(readAll(path(u"2.msg"_s)));
    QVERIFY2(msg, msg ? "" : qPrintable(msg.error().detail));
    QCOMPARE(msg->recipients.size(), stored.recipients.size());
    QCOMPARE(quint32(msg->recipients.constLast().type()), MAPI_P1);
    QCOMPARE(msg->recipients.constLast().smtpAddress(), u"robert@example.net"_s);

    const Run eml = ndrtool({u"store"_s, u"export"_s, u"1"_s, u"--format"_s, u"eml"_s, u"-o"_s, path(u"1.eml"_s),
                             u"--store"_s, store});
    QVERIFY2(eml.exitCode == 0, eml.err.constData());
    const QByteArray emlBytes = readAll(path(u"1.eml"_s));
    QVERIFY(emlBytes.contains("Quarterly figures for review"));
    QVERIFY(!emlBytes.contains("\nBcc:"));
}

void TestStoreCommands::resendEmlGivesItsBytesBack()
{
    const QString bounce = QStringLiteral(NDR_CORPUS_DIR "/dsn/maildir/bsd/lhost-postfix-11.eml");
    if (!QFile::exists(bounce))
        QSKIP("no corpus at " NDR_CORPUS_DIR);
    const auto opened = openMessageFile(bounce);
    QVERIFY(opened);
    const auto report = Report::NdrReport::fromMessage(opened->message);
    if (!report.original() || report.original()->rawMime.isEmpty() || report.originalIsHeadersOnly())
        QSKIP("this bounce does not carry its whole original");
    const QString store = path(u"eml.sqlite"_s);
    const Run run = ndrtool({u"resend"_s, bounce, u"--store"_s, store, u"--from"_s, u"Me <me@example.org>"_s});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString id = QString::fromLatin1(run.out.trimmed());
    QVERIFY(ndrtool({u"store"_s, u"export"_s, id, u"--format"_s, u"eml"_s, u"-o"_s, path(u"back.eml"_s),
                     u"--store"_s, store}).exitCode == 0);
    QCOMPARE(readAll(path(u"back.eml"_s)), report.original()->rawMime);
}

void TestStoreCommands::resendWithOriginalFile()
{
    const QString store = path(u"original.sqlite"_s);
    const Run without = ndrtool({u"resend"_s, path(u"ndr-without-original.msg"_s), u"--store"_s, store});
    QCOMPARE(without.exitCode, 1);
    QVERIFY2(without.err.contains("original") && without.err.contains("ndr-without-original.msg"), without.err.constData());
    const Run with = ndrtool({u"resend"_s, path(u"ndr-without-original.msg"_s), u"--original"_s, path(u"original.msg"_s),
                              u"--store"_s, store});
    QVERIFY2(with.exitCode == 0, with.err.constData());
    auto opened = Store::MessageStore::open(store);
    QVERIFY(opened);
    const auto summary = (*opened)->summary(with.out.trimmed().toLongLong());
    QVERIFY(summary);
    QCOMPARE(summary->p1Count, 4);
}

void TestStoreCommands::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("words");  // on stderr
    const QString store = path(u"errors.sqlite"_s);
    QTest::newRow("resend-missing-file") << QStringList{u"resend"_s, path(u"nope.msg"_s), u"--store"_s, store} << 1
                                         << u"nope.msg: no such file"_s;
    QTest::newRow("resend-a-folder") << QStringList{u"resend"_s, m_dir.path(), u"--store"_s, store} << 1
                                     << m_dir.path() + u": is a folder, not a message file"_s;
    QTest::newRow("resend-read-receipt") << QStringList{u"resend"_s, path(u"read-receipt.msg"_s), u"--store"_s, store}
                                         << 1 << u"read receipt"_s;
    QTest::newRow("resend-unknown-address") << QStringList{u"resend"_s, path(u"ndr.msg"_s), u"--only"_s, u"zed@example.com"_s,
                                                           u"--store"_s, store}
                                            << 1 << u"zed@example.com is not among"_s;
    QTest::newRow("resend-bad-fix") << QStringList{u"resend"_s, path(u"ndr.msg"_s), u"--fix"_s, u"bob"_s} << 2 << u"OLD=NEW"_s;
    QTest::newRow("resend-into-text-file") << QStringList{u"resend"_s, path(u"ndr.msg"_s), u"--store"_s, path(u"notes.txt"_s)}
                                           << 1 << u"notes.txt: is not a message store"_s;
    QTest::newRow("list-text-file") << QStringList{u"store"_s, u"list"_s, u"--store"_s, path(u"notes.txt"_s)} << 1
                                    << u"notes.txt: is not a message store"_s;
    QTest::newRow("list-missing-store") << QStringList{u"store"_s, u"list"_s, u"--store"_s, path(u"absent.sqlite"_s)} << 1
                                        << u"absent.sqlite: no message store"_s;
    QTest::newRow("list-unknown-folder") << QStringList{u"store"_s, u"list"_s, u"--folder"_s, u"Junk"_s} << 2 << u"no folder 'Junk'"_s;
    QTest::newRow("show-unknown-id") << QStringList{u"store"_s, u"show"_s, u"99"_s, u"--store"_s, path(u"main.sqlite"_s)} << 1
                                     << u"no message 99"_s;
    QTest::newRow("show-not-a-number") << QStringList{u"store"_s, u"show"_s, u"first"_s} << 2 << u"message id"_s;
    QTest::newRow("export-bad-format") << QStringList{u"store"_s, u"export"_s, u"1"_s, u"--format"_s, u"pdf"_s, u"-o"_s, u"x"_s}
                                       << 2 << u"--format json|msg|eml"_s;
    QTest::newRow("export-into-missing-folder")
        << QStringList{u"store"_s, u"export"_s, u"1"_s, u"--format"_s, u"json"_s, u"-o"_s, path(u"no/such/dir/x.json"_s),
                       u"--store"_s, path(u"main.sqlite"_s)}
        << 1 << u"x.json: cannot write"_s;
    QTest::newRow("unknown-option") << QStringList{u"store"_s, u"list"_s, u"--colour"_s} << 2 << u"unknown option --colour"_s;
}

void TestStoreCommands::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, words);
    const QByteArray before = readAll(path(u"notes.txt"_s));
    const Run run = ndrtool(args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(run.err).contains(words), run.err.constData());
    QVERIFY(run.err.startsWith("ndrtool: "));
    QCOMPARE(readAll(path(u"notes.txt"_s)), before);
}

QTEST_GUILESS_MAIN(TestStoreCommands)
#include "tst_storecommands.moc"
