// The fix-it path picture: its words for screen readers say where the message stopped and who
// can fix it, and the picture marks the same places: the red X on the stop, "Can fix it" on
// the owner's part of the way. Right to left the picture is mirrored as Qt mirrors a layout:
// the way runs from the right, its arrows point left, the words stay the same.
#include "fixitpath.h"
#include "formstyle.h"
#include "recipientdelegate.h"

#include <QAccessible>
#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTest>
#include <QtMath>

using namespace Ndr;
using Report::FixOwner;
using Report::StopPoint;
Q_DECLARE_METATYPE(Report::FixOwner)
Q_DECLARE_METATYPE(Report::StopPoint)

namespace {

// Pixels close to the colour, in one third of the picture (0: your program, 1: your server,
// 2: the recipient's server).
int pixelsNear(const QImage &image, int third, const QColor &colour)
{
    const int from = image.width() * third / 3, to = image.width() * (third + 1) / 3;
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = from; x < to; ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - colour.red()) < 24 && qAbs(c.green() - colour.green()) < 24
                && qAbs(c.blue() - colour.blue()) < 24)
                ++count;
        }
    }
    return count;
}

// Dark enough to be a drawn line on the light window colour.
bool isInk(const QImage &image, int x, int y)
{
    return image.pixelColor(x, y).lightness() < 150;
}

// The arrow that crosses x on the line of the way: +1 when its head is at its right end,
// -1 at its left end, 0 when there is no arrow there.
int arrowDirectionAt(const QImage &image, int x, int bandHeight)
{
    int line = -1;
    for (int y = 0; y < bandHeight && line < 0; ++y) {
        if (isInk(image, x, y) && isInk(image, x - 3, y) && isInk(image, x + 3, y))
            line = y;
    }
    if (line < 0)
        return 0;
    int left = x, right = x;
    while (left > 0 && isInk(image, left - 1, line))
        --left;
    while (right + 1 < image.width() && isInk(image, right + 1, line))
        ++right;
    // The head's two strokes leave the line above and below it at one end.
    qreal sum = 0;
    int count = 0;
    for (int dy : {-4, -3, 3, 4}) {
        for (int px = left; px <= right; ++px) {
            if (line + dy >= 0 && line + dy < bandHeight && isInk(image, px, line + dy)) {
                sum += px;
                ++count;
            }
        }
    }
    if (count == 0)
        return 0;
    return sum / count > (left + right) / 2.0 ? 1 : -1;
}

// The height of the pictures above the captions (FixItPath draws them 1.7 lines high from y 4).
int bandHeight(const FixItPath &path)
{
    return 4 + qCeil(QFontMetrics(path.font()).height() * 1.7);
}

QImage render(FixItPath &path)
{
    path.resize(path.sizeHint());
    QImage image(path.size(), QImage::Format_ARGB32);
    image.fill(path.palette().color(QPalette::Window));
    path.render(&image);
    return image;
}

} // namespace

class TestFixItPath : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void accessibleTextSaysStopAndOwner_data();
    void accessibleTextSaysStopAndOwner();
    void redXMarksTheStop_data();
    void redXMarksTheStop();
    void ownerIsHighlighted();
    void delayIsNotAFailureMark();
    void sizeFollowsTheFont();
    void rightToLeftMarksTheMirroredPlaces_data();
    void rightToLeftMarksTheMirroredPlaces();
    void rightToLeftArrowsPointLeft();
    void rightToLeftPictureIsTheMirrorImage();
    void screenReadersMeetAnImage();
};

void TestFixItPath::initTestCase()
{
    QApplication::setStyle(new Ndr::FormStyle);
    QApplication::setPalette(QApplication::style()->standardPalette());
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(13);
    QApplication::setFont(font);
}

void TestFixItPath::accessibleTextSaysStopAndOwner_data()
{
    QTest::addColumn<StopPoint>("stop");
    QTest::addColumn<FixOwner>("owner");
    QTest::addColumn<QString>("text");
    QTest::newRow("recipient-server-recipient-side")
        << StopPoint::RecipientServer << FixOwner::RecipientSide
        << QStringLiteral("The message stopped at the recipient's server. The recipient's side can fix it.");
    QTest::newRow("recipient-server-sender")
        << StopPoint::RecipientServer << FixOwner::Sender
        << QStringLiteral("The message stopped at the recipient's server. You can fix it.");
    QTest::newRow("your-server-administrator")
        << StopPoint::YourServer << FixOwner::SenderAdmin
        << QStringLiteral("The message stopped at your mail server. Your administrator can fix it.");
    QTest::newRow("your-program-sender")
        << StopPoint::YourProgram << FixOwner::Sender
        << QStringLiteral("The message did not leave your mail program. You can fix it.");
    QTest::newRow("unknown-nobody")
        << StopPoint::Unknown << FixOwner::Nobody
        << QStringLiteral("The report does not say where the message stopped. Nobody needs to act.");
}

void TestFixItPath::accessibleTextSaysStopAndOwner()
{
    QFETCH(StopPoint, stop);
    QFETCH(FixOwner, owner);
    QFETCH(QString, text);
    FixItPath path;
    path.setPath(stop, owner);
    QCOMPARE(path.accessibleName(), text);
    QCOMPARE(path.text(), text);
    QCOMPARE(path.toolTip(), text);
    QVERIFY(!path.accessibleDescription().isEmpty());
    QCOMPARE(path.objectName(), QStringLiteral("fixItPath"));
}

void TestFixItPath::redXMarksTheStop_data()
{
    QTest::addColumn<StopPoint>("stop");
    QTest::addColumn<int>("third");
    QTest::newRow("your-program") << StopPoint::YourProgram << 0;
    QTest::newRow("your-server") << StopPoint::YourServer << 1;
    QTest::newRow("recipient-server") << StopPoint::RecipientServer << 2;
}

void TestFixItPath::redXMarksTheStop()
{
    QFETCH(StopPoint, stop);
    QFETCH(int, third);
    FixItPath path;
    path.setPath(stop, FixOwner::Nobody);
    const QImage image = render(path);
    const QColor red = StatusColours::forPalette(path.palette()).permanent;
    for (int i = 0; i < 3; ++i) {
        const int n = pixelsNear(image, i, red);
        if (i == third)
            QVERIFY2(n > 20, qPrintable(QStringLiteral("only %1 red pixels at the stop").arg(n)));
        else
            QVERIFY2(n == 0, qPrintable(QStringLiteral("%1 red pixels in part %2").arg(n).arg(i)));
    }
    // An unknown stop has no mark at all.
    path.setPath(StopPoint::Unknown, FixOwner::Nobody);
    const QImage none = render(path);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(pixelsNear(none, i, red), 0);
}

void TestFixItPath::ownerIsHighlighted()
{
    FixItPath path;
    const QColor accent = path.palette().color(QPalette::Highlight);
    for (const auto &[owner, third] : {std::pair{FixOwner::Sender, 0}, std::pair{FixOwner::SenderAdmin, 1},
                                       std::pair{FixOwner::RecipientSide, 2}}) {
        path.setPath(StopPoint::RecipientServer, owner);
        const QImage image = render(path);
        for (int i = 0; i < 3; ++i) {
            const int n = pixelsNear(image, i, accent);
            QVERIFY2((i == third) == (n > 50), qPrintable(QStringLiteral("owner part %1: %2 highlight pixels in part %3")
                                                               .arg(third).arg(n).arg(i)));
        }
    }
}

void TestFixItPath::delayIsNotAFailureMark()
{
    FixItPath path;
    path.setPath(StopPoint::YourServer, FixOwner::Nobody, true);
    QVERIFY(path.accessibleName().contains(QStringLiteral("still trying")));
    const QImage image = render(path);
    const StatusColours colours = StatusColours::forPalette(path.palette());
    QCOMPARE(pixelsNear(image, 1, colours.permanent), 0);
    QVERIFY(pixelsNear(image, 1, colours.temporary) > 20);
}

void TestFixItPath::sizeFollowsTheFont()
{
    FixItPath path;
    const QSize small = path.sizeHint();
    QFont big = path.font();
    big.setPixelSize(26);
    path.setFont(big);
    const QSize large = path.sizeHint();
    QVERIFY(large.width() > small.width() * 3 / 2);
    QVERIFY(large.height() > small.height() * 3 / 2);
}

void TestFixItPath::rightToLeftMarksTheMirroredPlaces_data()
{
    QTest::addColumn<StopPoint>("stop");
    QTest::addColumn<FixOwner>("owner");
    QTest::addColumn<int>("stopThird");   // left to right on the screen
    QTest::addColumn<int>("ownerThird");
    QTest::newRow("your-program-is-on-the-right") << StopPoint::YourProgram << FixOwner::Sender << 2 << 2;
    QTest::newRow("your-server-stays-in-the-middle") << StopPoint::YourServer << FixOwner::SenderAdmin << 1 << 1;
    QTest::newRow("recipient-server-is-on-the-left") << StopPoint::RecipientServer << FixOwner::Sender << 0 << 2;
}

void TestFixItPath::rightToLeftMarksTheMirroredPlaces()
{
    QFETCH(StopPoint, stop);
    QFETCH(FixOwner, owner);
    QFETCH(int, stopThird);
    QFETCH(int, ownerThird);
    FixItPath path;
    path.setLayoutDirection(Qt::RightToLeft);
    path.setPath(stop, owner);
    const QImage image = render(path);
    const QColor red = StatusColours::forPalette(path.palette()).permanent;
    const QColor accent = path.palette().color(QPalette::Highlight);
    for (int i = 0; i < 3; ++i) {
        const int x = pixelsNear(image, i, red);
        QVERIFY2((i == stopThird) == (x > 20), qPrintable(QStringLiteral("%1 red pixels in part %2").arg(x).arg(i)));
        const int h = pixelsNear(image, i, accent);
        QVERIFY2((i == ownerThird) == (h > 50), qPrintable(QStringLiteral("%1 highlight pixels in part %2").arg(h).arg(i)));
    }
    // The words do not depend on the direction.
    FixItPath leftToRight;
    leftToRight.setPath(stop, owner);
    QCOMPARE(path.accessibleName(), leftToRight.accessibleName());
    QCOMPARE(path.accessibleDescription(), leftToRight.accessibleDescription());
}

void TestFixItPath::rightToLeftArrowsPointLeft()
{
    for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
        FixItPath path;
        path.setLayoutDirection(direction);
        path.setPath(StopPoint::Unknown, FixOwner::Nobody);  // the whole way travelled: solid arrows
        const QImage image = render(path);
        const int want = direction == Qt::LeftToRight ? 1 : -1;
        // Each arrow crosses the border between two parts of the picture.
        for (const int x : {image.width() / 3, image.width() * 2 / 3}) {
            QCOMPARE(arrowDirectionAt(image, x, bandHeight(path)), want);
        }
    }
}

void TestFixItPath::rightToLeftPictureIsTheMirrorImage()
{
    // Above the captions (which read left to right in either direction), the right-to-left
    // picture is the left-to-right one mirrored: the program, servers, arrows, badge and highlight.
    FixItPath ltr, rtl;
    rtl.setLayoutDirection(Qt::RightToLeft);
    ltr.setPath(StopPoint::YourServer, FixOwner::Sender);
    rtl.setPath(StopPoint::YourServer, FixOwner::Sender);
    const QImage a = render(ltr), b = render(rtl);
    QCOMPARE(a.size(), b.size());
    const int band = bandHeight(ltr);
    const auto differing = [&](const QImage &x, const QImage &y, bool mirror) {
        int n = 0;
        for (int row = 0; row < band; ++row) {
            for (int col = 0; col < x.width(); ++col) {
                const QColor p = x.pixelColor(col, row), q = y.pixelColor(mirror ? x.width() - 1 - col : col, row);
                if (qAbs(p.red() - q.red()) > 48 || qAbs(p.green() - q.green()) > 48 || qAbs(p.blue() - q.blue()) > 48)
                    ++n;
            }
        }
        return n;
    };
    const int pixels = a.width() * band;
    const int mirroredDiff = differing(a, b, true);
    QVERIFY2(mirroredDiff * 200 < pixels, qPrintable(QStringLiteral("%1 of %2 pixels differ from the mirror image")
                                                         .arg(mirroredDiff).arg(pixels)));
    // And the comparison can tell: the picture is not its own mirror image.
    const int unmirrored = differing(a, b, false);
    QVERIFY2(unmirrored * 50 > pixels, qPrintable(QString::number(unmirrored)));
}

void TestFixItPath::screenReadersMeetAnImage()
{
    FixItPath path;
    path.setPath(StopPoint::RecipientServer, FixOwner::RecipientSide);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&path);
    QVERIFY(iface);
    QCOMPARE(iface->role(), QAccessible::Graphic);
    QCOMPARE(iface->text(QAccessible::Name), path.text());
    QCOMPARE(path.focusPolicy(), Qt::NoFocus);
}

QTEST_MAIN(TestFixItPath)
#include "tst_fixitpath.moc"
