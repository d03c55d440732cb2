// The ndrform program as scripts and technical writers run it: `--screenshot` writes a PNG of
// the requested size, the same bytes every time; a file it cannot read gives a non-zero exit
// status and a message that names the file.
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kProgram = QStringLiteral(NDR_BINARY_DIR "/app/ndrform/ndrform");

struct Run {
    int exitCode = -1;
    QString stdErr;
    QString stdOut;
};

Run runNdrform(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProgram(kProgram);
    p.setArguments(args);
    p.start();
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.stdErr = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.stdErr = QString::fromUtf8(p.readAllStandardError());
    r.stdOut = QString::fromUtf8(p.readAllStandardOutput());
    return r;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A small RFC 3464 report with its original attached: one failed recipient.
const char kDsn[] =
    "From: Mail Delivery System <MAILER-DAEMON@relay.example.com>\r\n"
    "To: Dana Sender <dana@example.com>\r\n"
    "Subject: Undelivered Mail Returned to Sender\r\n"
    "Date: Fri, 15 Mar 2024 10:00:00 +0000\r\n"
    "MIME-Version: 1.0\r\n"
    "Content-Type: multipart/report; report-type=delivery-status; boundary=\"r1\"\r\n"
    "\r\n"
    "--r1\r\n"
    "Content-Type: text/plain\r\n"
    "\r\n"
    "Your message could not be delivered.\r\n"
    "--r1\r\n"
    "Content-Type: message/delivery-status\r\n"
    "\r\n"
    "Reporting-MTA: dns; relay.example.com\r\n"
    "\r\n"
    "Final-Recipient: rfc822; nobody@example.org\r\n"
    "Action: failed\r\n"
    "Status: 5.1.1\r\n"
    "Remote-MTA: dns; mx.example.org\r\n"
    "Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.org>: User unknown\r\n"
    "\r\n"
    "--r1\r\n"
    "Content-Type: message/rfc822\r\n"
    "\r\n"
    "From: Dana Sender <dana@example.com>\r\n"
    "To: Nobody <nobody@example.org>\r\n"
    "Subject: Lunch on Friday\r\n"
    "Date: Fri, 15 Mar 2024 09:58:00 +0000\r\n"
    "Message-ID: <lunch@example.com>\r\n"
    "\r\n"
    "Shall we?\r\n"
    "--r1--\r\n";

} // namespace

class TestScreenshot : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sameInputGivesSamePng_data();
    void sameInputGivesSamePng();
    void unreadableFileFailsNamingIt_data();
    void unreadableFileFailsNamingIt();
    void badOptionsFail_data();
    void badOptionsFail();
    void helpSpeaksTheLanguage_data();
    void helpSpeaksTheLanguage();
    void windowLibrariesComeWithTheWindowModule();

private:
    QTemporaryDir m_dir;
};

void TestScreenshot::initTestCase()
{
    QVERIFY2(QFile::exists(kProgram), qPrintable(kProgram));
    QVERIFY(m_dir.isValid());
    QFile eml(m_dir.filePath(QStringLiteral("lunch-bounce.eml")));
    QVERIFY(eml.open(QIODevice::WriteOnly));
    eml.write(kDsn);
}

void TestScreenshot::sameInputGivesSamePng_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QSize>("size");
    QTest::newRow("sample-default-size") << QStringList() << QSize(900, 600);
    QTest::newRow("sample-1280x800-dark") << QStringList({QStringLiteral("--size"), QStringLiteral("1280x800"),
                                                          QStringLiteral("--theme"), QStringLiteral("dark")})
                                          << QSize(1280, 800);
    QTest::newRow("eml-dsn-file-light") << QStringList({QStringLiteral("@eml"), QStringLiteral("--theme"),
                                                        QStringLiteral("light")})
                                        << QSize(900, 600);
}

void TestScreenshot::sameInputGivesSamePng()
{
    QFETCH(QStringList, args);
    QFETCH(QSize, size);
    args.replaceInStrings(QStringLiteral("@eml"), m_dir.filePath(QStringLiteral("lunch-bounce.eml")));
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const QString first = m_dir.filePath(tag + QStringLiteral("-1.png"));
    const QString second = m_dir.filePath(tag + QStringLiteral("-2.png"));

    const Run a = runNdrform(QStringList({QStringLiteral("--screenshot"), first}) + args);
    QVERIFY2(a.exitCode == 0, qPrintable(a.stdErr));
    const Run b = runNdrform(QStringList({QStringLiteral("--screenshot"), second}) + args);
    QVERIFY2(b.exitCode == 0, qPrintable(b.stdErr));

    const QImage image(first);
    QVERIFY2(!image.isNull(), "not a PNG");
    QCOMPARE(image.size(), size);
    // Not a blank picture: text, icons and a selection make many colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
    const QByteArray bytesA = readAll(first), bytesB = readAll(second);
    QVERIFY(!bytesA.isEmpty());
    QCOMPARE(QCryptographicHash::hash(bytesA, QCryptographicHash::Sha256).toHex(),
             QCryptographicHash::hash(bytesB, QCryptographicHash::Sha256).toHex());
}

void TestScreenshot::unreadableFileFailsNamingIt_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");  // null: the file does not exist
    QTest::newRow("file-does-not-exist") << QStringLiteral("no-such-report.msg") << QByteArray();
    QTest::newRow("garbage-bytes") << QStringLiteral("garbage.msg")
                                   << QByteArray("\x01\x02\x03\xff\xfe garbage, not a message \x00\x00", 32);
    QTest::newRow("truncated-compound-file") << QStringLiteral("truncated.msg")
                                             << QByteArray::fromHex("d0cf11e0a1b11ae1000000");
    QTest::newRow("empty-file") << QStringLiteral("empty.eml") << QByteArray("");
}

void TestScreenshot::unreadableFileFailsNamingIt()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    const QString path = m_dir.filePath(fileName);
    if (!content.isNull()) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    const QString out = m_dir.filePath(fileName + QStringLiteral(".png"));
    const Run r = runNdrform({QStringLiteral("--screenshot"), out, path});
    QVERIFY2(r.exitCode > 0, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.stdErr)));
    QVERIFY2(r.stdErr.contains(fileName), qPrintable(r.stdErr));
    QVERIFY(!QFile::exists(out));
}

void TestScreenshot::badOptionsFail_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("size-not-WxH") << QStringList({QStringLiteral("--size"), QStringLiteral("big")});
    QTest::newRow("theme-unknown") << QStringList({QStringLiteral("--theme"), QStringLiteral("purple")});
    QTest::newRow("language-without-translation") << QStringList({QStringLiteral("--lang"), QStringLiteral("xx")});
}

void TestScreenshot::badOptionsFail()
{
    QFETCH(QStringList, args);
    const QString out = m_dir.filePath(QStringLiteral("bad-options.png"));
    const Run r = runNdrform(QStringList({QStringLiteral("--screenshot"), out}) + args);
    QVERIFY2(r.exitCode > 0, qPrintable(r.stdErr));
    QVERIFY2(r.stdErr.contains(args.last()), qPrintable(r.stdErr));
    QVERIFY(!QFile::exists(out));
}

// --help describes the options in the language --lang asks for.
void TestScreenshot::helpSpeaksTheLanguage_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("description");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Shows who did not receive a message, and why");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("wer eine Nachricht nicht erhalten hat");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("qui n'a pas reçu un message");
}

void TestScreenshot::helpSpeaksTheLanguage()
{
    QFETCH(QString, lang);
    QFETCH(QString, description);
    const Run r = runNdrform({QStringLiteral("--lang"), lang, QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.stdOut.contains(description), qPrintable(r.stdOut));
    QVERIFY2(r.stdOut.contains(QStringLiteral("--screenshot")), qPrintable(r.stdOut));
}

// The program starts with Qt Core alone, reads the report meanwhile, and loads Qt Gui and
// Widgets with its window module (app/ndrform/startup.h): those some 15 ms of loading are not
// spent before the reading starts. Qt Sql and SQLite come with the store module at the first
// resend (storemodule.h), Qt Print Support with the print module at the first File › Print
// (printmodule.h), never to show a report. The dynamic loader's own account (LD_DEBUG=files)
// says who needed each library.
void TestScreenshot::windowLibrariesComeWithTheWindowModule()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
    const Run r = runNdrform({QStringLiteral("--screenshot"), m_dir.filePath(QStringLiteral("loader.png"))}, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.stdErr));
    static const QRegularExpression loaded(QStringLiteral("file=(\\S+) \\[0\\];\\s+(needed|dynamically loaded) by (\\S+)"));
    QHash<QString, QString> loadedBy;  // file name -> the file that needed or loaded it
    QString windowModule;
    for (auto it = loaded.globalMatch(r.stdErr); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString name = QFileInfo(m.captured(1)).fileName();
        if (!loadedBy.contains(name))
            loadedBy.insert(name, QFileInfo(m.captured(3)).fileName());
        if (name == QLatin1String("libndrform_window.so"))
            windowModule = m.captured(2);
    }
    QCOMPARE(windowModule, QStringLiteral("dynamically loaded"));
    QCOMPARE(loadedBy.value(QStringLiteral("libQt6Core.so.6")), QStringLiteral("ndrform"));
    QCOMPARE(loadedBy.value(QStringLiteral("libQt6Gui.so.6")), QStringLiteral("libndrform_window.so"));
    QCOMPARE(loadedBy.value(QStringLiteral("libQt6Widgets.so.6")), QStringLiteral("libndrform_window.so"));
    for (const char *later : {"libndr_store.so", "libQt6Sql.so.6", "libsqlite3.so.0", "libndrform_print.so",
                              "libQt6PrintSupport.so.6"})
        QVERIFY2(!loadedBy.contains(QLatin1String(later)), later);
}

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
