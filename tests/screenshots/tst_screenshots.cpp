// The screenshots technical writers take: `ndrform --screenshot-all` renders every state in
// every language; a second run gives the same PNG bytes; each picture matches its golden in
// tests/screenshots/golden/ within a small tolerance (font rasterising may differ in a few
// pixels between machines; a moved widget or a changed word does not pass). Right to left too.
// NDR_UPDATE_GOLDEN=1 rewrites the goldens when a change is meant.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kProgram = QStringLiteral(NDR_BINARY_DIR "/app/ndrform/ndrform");
const QString kGoldenDir = QStringLiteral(NDR_SOURCE_DIR "/tests/screenshots/golden");
const QString kFailedDir = QStringLiteral(NDR_BINARY_DIR "/tests/screenshots/failed");

// The documented states and languages (app/ndrform/screenshot.cpp); right to left for two.
const QStringList kStates = {QStringLiteral("form"),   QStringLiteral("details"), QStringLiteral("resend"),
                             QStringLiteral("result"), QStringLiteral("outbox"),  QStringLiteral("error"),
                             QStringLiteral("properties")};
const QStringList kLanguages = {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
const QStringList kRightToLeft = {QStringLiteral("form-en-rtl"), QStringLiteral("resend-en-rtl")};

// A pixel differs when a channel moves by more than this; at most kMaxDifferingPixels may:
// less than a short word's ink at the pinned 13 px font.
constexpr int kChannelTolerance = 48;
constexpr qint64 kMaxDifferingPixels = 120;

QString run(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(kProgram, args);
    if (!p.waitForFinished(300000)) {
        p.kill();
        p.waitForFinished();
        return QStringLiteral("timed out");
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("exit %1: %2").arg(p.exitCode()).arg(QString::fromUtf8(p.readAll()));
    return {};
}

QByteArray bytesOf(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Difference {
    qint64 differing = 0;  // pixels beyond the channel tolerance
    QImage map;            // those pixels in red over a faded copy of the golden
};

Difference compare(const QImage &actual, const QImage &golden)
{
    Difference d;
    d.map = golden.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < golden.height(); ++y) {
        const auto *a = reinterpret_cast<const QRgb *>(actual.constScanLine(y));
        const auto *g = reinterpret_cast<const QRgb *>(golden.constScanLine(y));
        auto *m = reinterpret_cast<QRgb *>(d.map.scanLine(y));
        for (int x = 0; x < golden.width(); ++x) {
            const int delta = qMax(qAbs(qRed(a[x]) - qRed(g[x])),
                                   qMax(qAbs(qGreen(a[x]) - qGreen(g[x])), qAbs(qBlue(a[x]) - qBlue(g[x]))));
            if (delta > kChannelTolerance) {
                ++d.differing;
                m[x] = qRgb(255, 0, 0);
            } else {
                const int grey = 192 + qGray(g[x]) / 4;
                m[x] = qRgb(grey, grey, grey);
            }
        }
    }
    return d;
}

} // namespace

class TstScreenshots : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyStateInEveryLanguage();
    void sameBytesEveryTime_data();
    void sameBytesEveryTime();
    void matchesGolden_data();
    void matchesGolden();
    void unknownStateIsRefused();

private:
    void addRows();

    QTemporaryDir m_first;
    QTemporaryDir m_second;
    QStringList m_names;  // STATE-LANG[-rtl]
};

void TstScreenshots::initTestCase()
{
    QVERIFY(QFile::exists(kProgram));
    QVERIFY(m_first.isValid() && m_second.isValid());
    for (const QString &language : kLanguages) {
        for (const QString &state : kStates)
            m_names << QStringLiteral("%1-%2").arg(state, language);
    }
    m_names << kRightToLeft;
    // The writers' command, twice, and right to left for the states that mirror most.
    for (const QTemporaryDir *dir : {&m_first, &m_second}) {
        const QString error = run({QStringLiteral("--screenshot-all"), dir->path()});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QString &name : kRightToLeft) {
            const QStringList parts = name.split(QLatin1Char('-'));
            const QString rtlError = run({QStringLiteral("--screenshot"), dir->filePath(name + QStringLiteral(".png")),
                                          QStringLiteral("--state"), parts.at(0), QStringLiteral("--lang"), parts.at(1),
                                          QStringLiteral("--rtl")});
            QVERIFY2(rtlError.isEmpty(), qPrintable(rtlError));
        }
    }
}

void TstScreenshots::everyStateInEveryLanguage()
{
    for (const QString &name : std::as_const(m_names)) {
        const QImage image(m_first.filePath(name + QStringLiteral(".png")));
        QVERIFY2(!image.isNull(), qPrintable(name + QStringLiteral(" was not written")));
        QCOMPARE(image.size(), QSize(900, 600));
    }
    // Nothing else: one picture per state and language.
    QCOMPARE(QDir(m_first.path()).entryList({QStringLiteral("*.png")}, QDir::Files).size(), m_names.size());
}

void TstScreenshots::addRows()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : std::as_const(m_names))
        QTest::newRow(qPrintable(name)) << name;
}

void TstScreenshots::sameBytesEveryTime_data()
{
    addRows();
}

void TstScreenshots::sameBytesEveryTime()
{
    QFETCH(QString, name);
    const QByteArray first = bytesOf(m_first.filePath(name + QStringLiteral(".png")));
    const QByteArray second = bytesOf(m_second.filePath(name + QStringLiteral(".png")));
    QVERIFY(!first.isEmpty());
    QCOMPARE(QCryptographicHash::hash(second, QCryptographicHash::Sha256).toHex(),
             QCryptographicHash::hash(first, QCryptographicHash::Sha256).toHex());
}

void TstScreenshots::matchesGolden_data()
{
    addRows();
}

void TstScreenshots::matchesGolden()
{
    QFETCH(QString, name);
    const QString actualPath = m_first.filePath(name + QStringLiteral(".png"));
    const QString goldenPath = QDir(kGoldenDir).filePath(name + QStringLiteral(".png"));
    if (qEnvironmentVariableIntValue("NDR_UPDATE_GOLDEN") == 1) {
        QDir().mkpath(kGoldenDir);
        // The strongest compression: the same pixels in fewer bytes.
        QVERIFY(QImage(actualPath).save(goldenPath, "PNG", 0));
        qInfo("rewrote %s", qPrintable(goldenPath));
        return;
    }
    const QImage golden(goldenPath);
    QVERIFY2(!golden.isNull(), qPrintable(QStringLiteral("no golden %1 (NDR_UPDATE_GOLDEN=1 writes it)").arg(goldenPath)));
    const QImage actual = QImage(actualPath).convertToFormat(QImage::Format_RGB32);
    QCOMPARE(actual.size(), golden.size());
    const Difference d = compare(actual, golden.convertToFormat(QImage::Format_RGB32));
    const qint64 allowed = kMaxDifferingPixels;
    if (d.differing > allowed) {
        QDir().mkpath(kFailedDir);
        const QString kept = QDir(kFailedDir).filePath(name + QStringLiteral(".png"));
        const QString map = QDir(kFailedDir).filePath(name + QStringLiteral("-diff.png"));
        QFile::remove(kept);
        QFile::copy(actualPath, kept);
        d.map.save(map);
        QFAIL(qPrintable(QStringLiteral("%1 pixels differ from the golden (at most %2); see %3 and %4; "
                                        "NDR_UPDATE_GOLDEN=1 rewrites the golden when the change is meant")
                             .arg(d.differing).arg(allowed).arg(kept, map)));
    }
}

void TstScreenshots::unknownStateIsRefused()
{
    QTemporaryDir dir;
    QProcess p;
    p.start(kProgram, {QStringLiteral("--screenshot"), dir.filePath(QStringLiteral("x.png")), QStringLiteral("--state"),
                       QStringLiteral("nonsense")});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 2);
    const QString said = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(said.contains(QLatin1String("nonsense")) && said.contains(QLatin1String("resend")), qPrintable(said));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.png"))));
}

QTEST_GUILESS_MAIN(TstScreenshots)
#include "tst_screenshots.moc"
