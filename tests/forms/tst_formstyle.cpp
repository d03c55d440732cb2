// FormStyle and our icons draw what Fusion and the SVG files draw, without image-format
// plugins: a group box's frame and the standard icons pixel for pixel as Fusion's, and each
// of our icons sharp at every device pixel ratio.
#include "formstyle.h"
#include "resources.h"

#include <QApplication>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QStyleFactory>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace Ndr;

namespace {

// A group box as the forms have one, drawn in the given style.
QImage groupBoxImage(QStyle *style, const QString &title, bool checkable)
{
    QGroupBox box(title);
    box.setCheckable(checkable);
    auto *layout = new QVBoxLayout(&box);
    layout->addWidget(new QLabel(QStringLiteral("Status: 5.1.1")));
    box.setStyle(style);
    for (QWidget *child : box.findChildren<QWidget *>())
        child->setStyle(style);
    box.resize(240, 120);
    return box.grab().toImage();
}

} // namespace

class TestFormStyle : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void groupBoxFrameIsFusions_data();
    void groupBoxFrameIsFusions();
    void standardIconsAreFusions_data();
    void standardIconsAreFusions();
    void iconsAreSharpAtEveryScale_data();
    void iconsAreSharpAtEveryScale();

private:
    std::unique_ptr<QStyle> m_fusion;
    std::unique_ptr<FormStyle> m_form;
};

void TestFormStyle::initTestCase()
{
    m_fusion.reset(QStyleFactory::create(QStringLiteral("Fusion")));
    QVERIFY(m_fusion);
    m_form = std::make_unique<FormStyle>();
    QVERIFY(Resources::iconsAvailable());
}

void TestFormStyle::groupBoxFrameIsFusions_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<bool>("checkable");
    QTest::newRow("titled") << QStringLiteral("Technical details") << false;
    QTest::newRow("untitled") << QString() << false;
    QTest::newRow("untitled-checkable") << QString() << true;
}

void TestFormStyle::groupBoxFrameIsFusions()
{
    QFETCH(QString, title);
    QFETCH(bool, checkable);
    const QImage fusion = groupBoxImage(m_fusion.get(), title, checkable);
    const QImage ours = groupBoxImage(m_form.get(), title, checkable);
    QVERIFY(!fusion.isNull());
    QCOMPARE(ours, fusion);
}

void TestFormStyle::standardIconsAreFusions_data()
{
    QTest::addColumn<QStyle::StandardPixmap>("which");
    QTest::addColumn<int>("size");
    // The menu bar's overflow button, made at start and seldom shown; two more, for the rule.
    QTest::newRow("menu-overflow-16") << QStyle::SP_ToolBarHorizontalExtensionButton << 16;
    QTest::newRow("menu-overflow-32") << QStyle::SP_ToolBarHorizontalExtensionButton << 32;
    QTest::newRow("message-warning-32") << QStyle::SP_MessageBoxWarning << 32;
    QTest::newRow("dialog-open-16") << QStyle::SP_DialogOpenButton << 16;
}

void TestFormStyle::standardIconsAreFusions()
{
    QFETCH(QStyle::StandardPixmap, which);
    QFETCH(int, size);
    const QIcon fusion = m_fusion->standardIcon(which);
    const QIcon ours = m_form->standardIcon(which);
    QCOMPARE(ours.isNull(), fusion.isNull());
    QCOMPARE(ours.availableSizes(), fusion.availableSizes());
    QCOMPARE(ours.actualSize(QSize(size, size)), fusion.actualSize(QSize(size, size)));
    QCOMPARE(ours.pixmap(QSize(size, size)).toImage(), fusion.pixmap(QSize(size, size)).toImage());
    // A copy of its own (the engine cloned), made before the icon was first drawn, draws it too.
    const QIcon original = m_form->standardIcon(which);
    QIcon copied = original;
    copied.detach();
    QVERIFY(copied.isDetached());
    QCOMPARE(copied.pixmap(QSize(size, size)).toImage(), fusion.pixmap(QSize(size, size)).toImage());
}

void TestFormStyle::iconsAreSharpAtEveryScale_data()
{
    QTest::addColumn<Resources::Icon>("icon");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("size");
    QTest::addColumn<qreal>("ratio");
    QTest::newRow("header-48-at-1x") << Resources::Icon::App << QStringLiteral("ndrform") << 48 << 1.0;
    QTest::newRow("header-48-at-2x") << Resources::Icon::App << QStringLiteral("ndrform") << 48 << 2.0;
    QTest::newRow("receipt-48-at-2x") << Resources::Icon::Receipt << QStringLiteral("receipt") << 48 << 2.0;
    QTest::newRow("warning-20-at-1x") << Resources::Icon::Warning << QStringLiteral("warning") << 20 << 1.0;
    QTest::newRow("warning-20-at-2x") << Resources::Icon::Warning << QStringLiteral("warning") << 20 << 2.0;
    QTest::newRow("warning-20-at-1.5x") << Resources::Icon::Warning << QStringLiteral("warning") << 20 << 1.5;
    QTest::newRow("window-512-at-1x") << Resources::Icon::App << QStringLiteral("ndrform") << 512 << 1.0;
}

void TestFormStyle::iconsAreSharpAtEveryScale()
{
    QFETCH(Resources::Icon, icon);
    QFETCH(QString, name);
    QFETCH(int, size);
    QFETCH(qreal, ratio);
    const QPixmap pixmap = Resources::icon(icon).pixmap(QSize(size, size), ratio);
    const int pixels = qRound(size * ratio);
    QCOMPARE(pixmap.size(), QSize(pixels, pixels));
    QCOMPARE(pixmap.devicePixelRatio(), ratio);
    QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(1);
    // Where a size was rendered from the SVG at build time, those very pixels.
    const QString baked = QStringLiteral(":/icons/%1-%2.png").arg(name).arg(pixels);
    if (QFile::exists(baked))
        QCOMPARE(image, Resources::readPng(baked).convertToFormat(QImage::Format_ARGB32_Premultiplied));
    // Otherwise drawn from a larger one (or the largest): not blank, not see-through.
    int opaque = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            opaque += qAlpha(image.pixel(x, y)) == 255;
    QVERIFY2(opaque > pixels * pixels / 10, qPrintable(QStringLiteral("%1 opaque pixels").arg(opaque)));
}

QTEST_MAIN(TestFormStyle)
#include "tst_formstyle.moc"
