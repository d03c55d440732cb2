// WrapLabel remembers heights for widths: what a user sees must still follow the label's text,
// font and margins, exactly as a plain QLabel's would.
#include "wraplabel.h"

#include <QApplication>
#include <QTest>

using Ndr::WrapLabel;

class TestWrapLabel : public QObject {
    Q_OBJECT

    static void setUp(QLabel &l, const QString &text)
    {
        l.setWordWrap(true);
        l.setText(text);
    }

private Q_SLOTS:
    void sameHeightsAsQLabel_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("one word") << QStringLiteral("Delivered");
        QTest::newRow("a sentence") << QStringLiteral("The recipient's mail server says this address does not exist.");
        QTest::newRow("long diagnostic") << QStringLiteral("550 5.1.1 <bob@example.net>: Recipient address rejected: "
                                                           "User unknown in virtual mailbox table; see the postmaster's notes");
    }
    void sameHeightsAsQLabel()
    {
        QFETCH(QString, text);
        WrapLabel cached;
        QLabel plain;
        setUp(cached, text);
        setUp(plain, text);
        for (int pass = 0; pass < 2; ++pass)  // the second pass answers from the cache
            for (int width : {60, 120, 240, 480})
                QCOMPARE(cached.heightForWidth(width), plain.heightForWidth(width));
    }

    void followsNewText()
    {
        WrapLabel l;
        setUp(l, QStringLiteral("Short"));
        const int oneLine = l.heightForWidth(200);
        l.setText(QStringLiteral("A much longer explanation that cannot fit on one line of two hundred pixels"));
        QVERIFY2(l.heightForWidth(200) > oneLine, "a longer text wraps onto more lines");
        l.setText(QStringLiteral("Short"));
        QCOMPARE(l.heightForWidth(200), oneLine);
    }

    void followsFontAndMargins()
    {
        WrapLabel l;
        setUp(l, QStringLiteral("The recipient's mailbox is full and cannot take more messages now."));
        const int before = l.heightForWidth(200);
        QFont big = l.font();
        big.setPixelSize(3 * QFontInfo(l.font()).pixelSize());
        l.setFont(big);
        QVERIFY2(l.heightForWidth(200) > before, "a bigger font needs more height");
        const int withFont = l.heightForWidth(200);
        l.setContentsMargins(0, 20, 0, 20);
        QCOMPARE(l.heightForWidth(200), withFont + 40);
    }
};

QTEST_MAIN(TestWrapLabel)
#include "tst_wraplabel.moc"
