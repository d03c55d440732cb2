// `cmake --install` into a fresh prefix puts the programs and the desktop integration where
// freedesktop.org tools look: the launcher validates, the MIME types register and are found
// by a MIME database reading that prefix, the icon is where the launcher names it, and the
// installed programs run from there.
#include "fixturewriter.h"
#include "mimebuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kAppId = QStringLiteral("org.ndrform.NdrForm");

struct Run {
    int exitCode = -1;
    QString output;
};

Run run(const QString &program, const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.output = QStringLiteral("timed out: %1 %2").arg(program, args.join(QLatin1Char(' ')));
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.output = QString::fromUtf8(p.readAll());
    return r;
}

// The [Desktop Entry] group's keys (the format is close to, but not, an INI file).
QHash<QString, QString> desktopEntry(const QString &path)
{
    QHash<QString, QString> keys;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return keys;
    bool inEntry = false;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(QLatin1Char('[')))
            inEntry = line == QLatin1String("[Desktop Entry]");
        else if (inEntry && line.contains(QLatin1Char('=')) && !line.startsWith(QLatin1Char('#')))
            keys.insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1));
    }
    return keys;
}

} // namespace

class TestInstall : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void filesAreWhereFreedesktopToolsLook_data();
    void filesAreWhereFreedesktopToolsLook();
    void desktopFileValidates();
    void desktopFileNamesTheProgramIconAndTypes();
    void mimeXmlIsWellFormedAndRegisters();
    void mimeDatabaseInThePrefixKnowsTheTypes();
    void metainfoValidates();
    void installedProgramsRun();
    void withoutTheModuleMimeFilesSaySo();
    void withoutTheWindowModuleNdrformSaysSo();
    void withoutTheStoreModuleResendSaysSo();

private:
    // A prefix with only these installed files of ours (a package that lost the others).
    bool copyInstalled(const QTemporaryDir &prefix, const QStringList &files) const;
    QString installed(const QString &relative) const { return m_prefix.filePath(relative); }
    QTemporaryDir m_prefix;
    QString m_emlFile;  // an Internet bounce, which only the MIME reader module reads
    QString m_msgFile;
};

void TestInstall::initTestCase()
{
    QVERIFY(m_prefix.isValid());
    const Run install = run(QStringLiteral(NDR_CMAKE_COMMAND),
                            {QStringLiteral("--install"), QStringLiteral(NDR_BINARY_DIR), QStringLiteral("--prefix"),
                             m_prefix.path()});
    QVERIFY2(install.exitCode == 0, qPrintable(install.output));

    // A .msg from the project's own writer, without its extension, for the content checks.
    const Ndr::Expected<QByteArray> bytes = Ndr::Fixtures::toMsg(Ndr::Fixtures::buildSampleReport());
    QVERIFY(bytes.has_value());
    m_msgFile = m_prefix.filePath(QStringLiteral("sample-report-without-extension"));
    QFile out(m_msgFile);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(out.write(*bytes), bytes->size());

    // An Internet bounce from our MIME builder.
    Ndr::Fixtures::DsnSpec dsn;
    dsn.recipients = {Ndr::Fixtures::failedRecipient(QStringLiteral("carol@example.org"))};
    m_emlFile = m_prefix.filePath(QStringLiteral("bounce.eml"));
    QFile eml(m_emlFile);
    QVERIFY(eml.open(QIODevice::WriteOnly));
    QVERIFY(eml.write(Ndr::Fixtures::buildDsn(dsn)) > 0);
}

void TestInstall::filesAreWhereFreedesktopToolsLook_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("executable");
    QTest::newRow("program") << QStringLiteral("bin/ndrform") << true;
    QTest::newRow("command-line-tool") << QStringLiteral("bin/ndrtool") << true;
    QTest::newRow("model-library") << QStringLiteral(NDR_MODULE_INSTALL_DIR "/libndr_model.so") << false;
    QTest::newRow("window-module") << QStringLiteral(NDR_MODULE_INSTALL_DIR "/libndrform_window.so") << false;
    QTest::newRow("mime-reader-module") << QStringLiteral(NDR_MODULE_INSTALL_DIR "/libndr_mimereader.so") << false;
    QTest::newRow("store-module") << QStringLiteral(NDR_MODULE_INSTALL_DIR "/libndr_store.so") << false;
    QTest::newRow("print-module") << QStringLiteral(NDR_MODULE_INSTALL_DIR "/libndrform_print.so") << false;
    QTest::newRow("desktop-file") << QStringLiteral("share/applications/%1.desktop").arg(kAppId) << false;
    QTest::newRow("mime-package") << QStringLiteral("share/mime/packages/%1.xml").arg(kAppId) << false;
    QTest::newRow("scalable-icon") << QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(kAppId) << false;
    QTest::newRow("metainfo") << QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId) << false;
}

void TestInstall::filesAreWhereFreedesktopToolsLook()
{
    QFETCH(QString, path);
    QFETCH(bool, executable);
    const QFileInfo info(installed(path));
    QVERIFY2(info.isFile(), qPrintable(info.filePath()));
    QVERIFY(info.size() > 0);
    QCOMPARE(info.isExecutable(), executable);
}

void TestInstall::desktopFileValidates()
{
    const QString validate = QStandardPaths::findExecutable(QStringLiteral("desktop-file-validate"));
    if (validate.isEmpty())
        QSKIP("desktop-file-validate (desktop-file-utils) is not installed");
    const Run r = run(validate, {installed(QStringLiteral("share/applications/%1.desktop").arg(kAppId))});
    QVERIFY2(r.exitCode == 0 && r.output.trimmed().isEmpty(), qPrintable(r.output));
}

void TestInstall::desktopFileNamesTheProgramIconAndTypes()
{
    const QHash<QString, QString> entry = desktopEntry(installed(QStringLiteral("share/applications/%1.desktop").arg(kAppId)));
    QCOMPARE(entry.value(QStringLiteral("Type")), QStringLiteral("Application"));
    // The program it runs is the one installed, and takes the file.
    const QString exec = entry.value(QStringLiteral("Exec"));
    QVERIFY2(exec.startsWith(QStringLiteral("ndrform ")) && exec.contains(QStringLiteral("%f")), qPrintable(exec));
    QVERIFY(QFileInfo(installed(QStringLiteral("bin/ndrform"))).isExecutable());
    // The icon it names is the one installed in the hicolor theme.
    QCOMPARE(entry.value(QStringLiteral("Icon")), kAppId);
    QVERIFY(QFileInfo::exists(installed(QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(kAppId))));
    const QStringList types = entry.value(QStringLiteral("MimeType")).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    QCOMPARE(types, QStringList({QStringLiteral("application/vnd.ms-outlook"), QStringLiteral("message/rfc822")}));
}

void TestInstall::mimeXmlIsWellFormedAndRegisters()
{
    const QString xml = installed(QStringLiteral("share/mime/packages/%1.xml").arg(kAppId));
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (!xmllint.isEmpty()) {
        const Run lint = run(xmllint, {QStringLiteral("--noout"), xml});
        QVERIFY2(lint.exitCode == 0, qPrintable(lint.output));
    }
    const QString update = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
    if (update.isEmpty())
        QSKIP("update-mime-database (shared-mime-info) is not installed");
    const QString mimeDir = installed(QStringLiteral("share/mime"));
    const Run r = run(update, {mimeDir});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    QVERIFY2(!r.output.contains(QStringLiteral("rror")), qPrintable(r.output));

    QFile globs(mimeDir + QStringLiteral("/globs2"));
    QVERIFY(globs.open(QIODevice::ReadOnly));
    const QByteArray g = globs.readAll();
    QVERIFY2(g.contains(":application/vnd.ms-outlook:*.msg"), g.constData());
    QVERIFY2(g.contains(":message/rfc822:*.eml"), g.constData());
    QFile magic(mimeDir + QStringLiteral("/magic"));
    QVERIFY(magic.open(QIODevice::ReadOnly));
    const QByteArray m = magic.readAll();
    QVERIFY(m.contains("application/vnd.ms-outlook"));
    QVERIFY(m.contains(QByteArray::fromHex("d0cf11e0a1b11ae1")));
}

void TestInstall::mimeDatabaseInThePrefixKnowsTheTypes()
{
    if (!QFileInfo::exists(installed(QStringLiteral("share/mime/mime.cache"))))
        QSKIP("no mime.cache in the prefix (update-mime-database is not installed)");
    // A MIME database that reads only this prefix: what a desktop finds once the package is installed.
    QTemporaryDir home;
    qputenv("XDG_DATA_HOME", home.path().toUtf8());
    qputenv("XDG_DATA_DIRS", installed(QStringLiteral("share")).toUtf8());
    const QMimeDatabase db;
    QCOMPARE(db.mimeTypeForFile(QStringLiteral("report.msg"), QMimeDatabase::MatchExtension).name(),
             QStringLiteral("application/vnd.ms-outlook"));
    QCOMPARE(db.mimeTypeForFile(QStringLiteral("report.eml"), QMimeDatabase::MatchExtension).name(),
             QStringLiteral("message/rfc822"));
    // A compound file that is not a message (no "__substg1.0_" streams) is not claimed.
    QByteArray notAMessage = QByteArray::fromHex("d0cf11e0a1b11ae1");
    notAMessage += QByteArray(4096, '\0');
    QVERIFY(db.mimeTypeForData(notAMessage).name() != QLatin1String("application/vnd.ms-outlook"));

    // By content too: an Outlook-written .msg without its extension is still an Outlook message
    // (Outlook puts the compound file's directory first; our writer puts it last).
    const QString outlook = QStringLiteral(NDR_CORPUS_DIR "/msg/notes/hiraoka-Simple.msg");
    QFile file(outlook);
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("the corpus is not beside the repository: content sniffing not checked");
    QCOMPARE(db.mimeTypeForData(file.readAll()).name(), QStringLiteral("application/vnd.ms-outlook"));
}

void TestInstall::metainfoValidates()
{
    const QString metainfo = installed(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(kAppId));
    const QString appstream = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
    const QString xmllint = QStandardPaths::findExecutable(QStringLiteral("xmllint"));
    if (appstream.isEmpty() && xmllint.isEmpty())
        QSKIP("neither appstreamcli nor xmllint is installed");
    const Run r = appstream.isEmpty() ? run(xmllint, {QStringLiteral("--noout"), metainfo})
                                      : run(appstream, {QStringLiteral("validate"), QStringLiteral("--no-net"), metainfo});
    QVERIFY2(r.exitCode == 0, qPrintable(r.output));
}

void TestInstall::installedProgramsRun()
{
    // From the prefix, not the build tree: the installed files are complete.
    const Run dump = run(installed(QStringLiteral("bin/ndrtool")), {QStringLiteral("dump"), m_msgFile});
    QVERIFY2(dump.exitCode == 0, qPrintable(dump.output));
    QVERIFY2(dump.output.contains(QStringLiteral("\"recipient\":\"bob@example.net\"")), qPrintable(dump.output));

    // An Internet bounce: read by the MIME reader module installed beside the programs.
    const Run dumpEml = run(installed(QStringLiteral("bin/ndrtool")), {QStringLiteral("dump"), m_emlFile});
    QVERIFY2(dumpEml.exitCode == 0, qPrintable(dumpEml.output));
    QVERIFY2(dumpEml.output.contains(QStringLiteral("\"recipient\":\"carol@example.org\"")), qPrintable(dumpEml.output));

    // A resend: written by the store module installed beside the programs.
    const QString store = m_prefix.filePath(QStringLiteral("store.sqlite"));
    const Run resend = run(installed(QStringLiteral("bin/ndrtool")),
                           {QStringLiteral("resend"), m_msgFile, QStringLiteral("--store"), store});
    QVERIFY2(resend.exitCode == 0, qPrintable(resend.output));
    const Run list = run(installed(QStringLiteral("bin/ndrtool")),
                         {QStringLiteral("store"), QStringLiteral("list"), QStringLiteral("--store"), store});
    QVERIFY2(list.exitCode == 0, qPrintable(list.output));
    QVERIFY2(list.output.contains(QStringLiteral("\"subject\":\"Quarterly figures for review\"")), qPrintable(list.output));

    const QString png = m_prefix.filePath(QStringLiteral("shot.png"));
    const Run shot = run(installed(QStringLiteral("bin/ndrform")),
                         {QStringLiteral("--screenshot"), png, m_msgFile, QStringLiteral("--size"), QStringLiteral("640x480")});
    QVERIFY2(shot.exitCode == 0, qPrintable(shot.output));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(640, 480));
}

bool TestInstall::copyInstalled(const QTemporaryDir &prefix, const QStringList &files) const
{
    for (const QString &file : files) {
        if (!QDir(prefix.path()).mkpath(QFileInfo(file).path())
            || !QFile::copy(installed(file), prefix.filePath(file)))
            return false;
    }
    return true;
}

// A package that lost its MIME module: MIME files get an error that names the file and where
// the module was looked for, .msg files still open, and nothing is loaded from the build tree.
void TestInstall::withoutTheModuleMimeFilesSaySo()
{
    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());
    QVERIFY(copyInstalled(prefix, {QStringLiteral("bin/ndrtool"), QStringLiteral(NDR_MODULE_INSTALL_DIR "/libndr_model.so")}));
    const QString ndrtool = prefix.filePath(QStringLiteral("bin/ndrtool"));

    const Run eml = run(ndrtool, {QStringLiteral("dump"), m_emlFile});
    QVERIFY2(eml.exitCode != 0, qPrintable(eml.output));
    const QString lookedFor = QFileInfo(prefix.path()).canonicalFilePath() + QStringLiteral("/" NDR_MODULE_INSTALL_DIR "/libndr_mimereader.so");
    QVERIFY2(eml.output.contains(QStringLiteral("bounce.eml")), qPrintable(eml.output));
    QVERIFY2(eml.output.contains(QStringLiteral("the MIME reader libndr_mimereader.so is missing (looked for %1)").arg(lookedFor)),
             qPrintable(eml.output));

    const Run msg = run(ndrtool, {QStringLiteral("dump"), m_msgFile});
    QVERIFY2(msg.exitCode == 0, qPrintable(msg.output));
    QVERIFY2(msg.output.contains(QStringLiteral("\"recipient\":\"bob@example.net\"")), qPrintable(msg.output));
}

// A package that lost its window module: ndrform says which file is missing and where it looked,
// and shows nothing from the build tree.
void TestInstall::withoutTheWindowModuleNdrformSaysSo()
{
    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());
    QVERIFY(copyInstalled(prefix, {QStringLiteral("bin/ndrform"), QStringLiteral(NDR_MODULE_INSTALL_DIR "/libndr_model.so")}));

    const QString png = prefix.filePath(QStringLiteral("shot.png"));
    const Run shot = run(prefix.filePath(QStringLiteral("bin/ndrform")), {QStringLiteral("--screenshot"), png, m_msgFile});
    QCOMPARE(shot.exitCode, 1);
    const QString lookedFor = QFileInfo(prefix.path()).canonicalFilePath() + QStringLiteral("/" NDR_MODULE_INSTALL_DIR "/libndrform_window.so");
    QCOMPARE(shot.output.trimmed(),
             QStringLiteral("ndrform: the window module libndrform_window.so is missing (looked for %1)").arg(lookedFor));
    QVERIFY(!QFileInfo::exists(png));
}

// A package that lost its store module: a resend says which file is missing and where it
// looked, and makes no store; reading reports still works.
void TestInstall::withoutTheStoreModuleResendSaysSo()
{
    QTemporaryDir prefix;
    QVERIFY(prefix.isValid());
    QVERIFY(copyInstalled(prefix, {QStringLiteral("bin/ndrtool"), QStringLiteral(NDR_MODULE_INSTALL_DIR "/libndr_model.so")}));
    const QString ndrtool = prefix.filePath(QStringLiteral("bin/ndrtool"));

    const QString store = prefix.filePath(QStringLiteral("store.sqlite"));
    const Run resend = run(ndrtool, {QStringLiteral("resend"), m_msgFile, QStringLiteral("--store"), store});
    QCOMPARE(resend.exitCode, 1);
    const QString lookedFor = QFileInfo(prefix.path()).canonicalFilePath() + QStringLiteral("/" NDR_MODULE_INSTALL_DIR "/libndr_store.so");
    QVERIFY2(resend.output.contains(QStringLiteral("the message store module libndr_store.so is missing (looked for %1)").arg(lookedFor)),
             qPrintable(resend.output));
    QVERIFY(!QFileInfo::exists(store));

    const Run dump = run(ndrtool, {QStringLiteral("dump"), m_msgFile});
    QVERIFY2(dump.exitCode == 0, qPrintable(dump.output));
}

QTEST_MAIN(TestInstall)
#include "tst_install.moc"
