// The fix-it path picture: its words for screen readers say where the message stopped and who
// can fix it, and the picture marks the same places: the red X on the stop, "Can fix it" on
// the owner's part of the way.
#include "fixitpath.h"
#include "recipientdelegate.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QStyleFactory>
#include <QTest>

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
};

void TestFixItPath::initTestCase()
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
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

QTEST_MAIN(TestFixItPath)
#include "tst_fixitpath.moc"
