// What ndrform loads to show a report: no image-format or icon-engine plugin. A QIcon made
// from an SVG file loads Qt's SVG icon plugin and Qt Svg, and an image read without naming its
// format loads every image-format plugin (SVG, GIF, ICO, JPEG with libjpeg), to ask each
// whether it reads it: some 7 ms of the start (tests/bench/FINDINGS.md). Resources::icon and
// FormStyle draw the same pixels without them (tst_forms_formstyle). Its own process: any
// other test could have loaded them first.
#include "formstyle.h"
#include "mainwindow.h"
#include "resources.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QStandardPaths>
#include <QTest>

using namespace Ndr;

namespace {

// The plugins of these kinds mapped into this process now.
QStringList mappedPlugins()
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return {QStringLiteral("(cannot read /proc/self/maps)")};
    QStringList found;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const int at = line.indexOf('/');
        const QString path = at < 0 ? QString() : QString::fromLocal8Bit(line.mid(at));
        if ((path.contains(QLatin1String("/imageformats/")) || path.contains(QLatin1String("/iconengines/")))
            && !found.contains(path))
            found << path;
    }
    return found;
}

} // namespace

class TestStartPlugins : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void showsTheSampleWithoutImagePlugins();
};

void TestStartPlugins::showsTheSampleWithoutImagePlugins()
{
    if (!QFile::exists(QStringLiteral("/proc/self/maps")))
        QSKIP("no /proc/self/maps to see what is loaded");
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setStyle(new FormStyle);

    MainWindow window;
    QVERIFY(window.loadSample().has_value());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.grab().isNull());  // every widget painted, the header's icon among them
    QCOMPARE(mappedPlugins(), QStringList());

    // The probe sees them: an image read the usual way maps them.
    QVERIFY(!QImage(QStringLiteral(":/icons/ndrform-16.png")).isNull());
    QVERIFY2(!mappedPlugins().isEmpty(), "reading an image without its format should have loaded the plugins");
}

QTEST_MAIN(TestStartPlugins)
#include "tst_startplugins.moc"
