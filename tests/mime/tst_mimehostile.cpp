// readMime on hostile and broken input: a clear error or a partial message with warnings,
// never a crash, a hang or an unbounded allocation.
#include "mime/mimereader.h"
#include "mimebuilder.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Ndr;
using namespace Ndr::Fixtures;
using namespace Ndr::Mapi;

namespace {

bool anyContains(const QStringList &list, const QString &needle)
{
    for (const QString &s : list)
        if (s.contains(needle, Qt::CaseInsensitive))
            return true;
    return false;
}

int embeddedDepth(const Message &m)
{
    int depth = 0;
    const Message *cur = &m;
    while (true) {
        const Message *next = nullptr;
        for (const Attachment &a : cur->attachments)
            if (a.embedded)
                next = a.embedded.get();
        if (!next)
            return depth;
        cur = next;
        ++depth;
    }
}

} // namespace

class TstMimeHostile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void badInputIsAnError_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("code");
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage += char((i * 7919) & 0xff);
        QTest::newRow("empty") << QByteArray() << int(Error::NotAMessageFile);
        QTest::newRow("binary-garbage") << garbage << int(Error::NotAMessageFile);
        QTest::newRow("compound-file") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0')
                                       << int(Error::NotAMessageFile);
        QTest::newRow("prose-without-headers") << QByteArray("Hello there,\nthis is not a mail message.\n")
                                               << int(Error::NotAMessageFile);
        QTest::newRow("blank-lines-only") << QByteArray("\r\n\r\n\r\n") << int(Error::NotAMessageFile);
    }
    void badInputIsAnError()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, code);
        const auto m = Mime::readMime(bytes);
        QVERIFY(!m);
        QCOMPARE(int(m.error().code), code);
        QVERIFY(!m.error().detail.isEmpty());
    }

    void deepMultipartNesting_data()
    {
        QTest::addColumn<int>("depth");
        QTest::addColumn<bool>("bodyReached");
        QTest::newRow("depth-20-within-cap") << 20 << true;
        QTest::newRow("depth-200-beyond-cap") << 200 << false;
        QTest::newRow("depth-5000-beyond-parser-cap") << 5000 << false;
    }
    void deepMultipartNesting()
    {
        QFETCH(int, depth);
        QFETCH(bool, bodyReached);
        QStringList warnings;
        const QByteArray bytes = nestedMultiparts(depth);
        QElapsedTimer timer;
        timer.start();
        const auto m = Mime::readMime(bytes, &warnings);
        QVERIFY(timer.elapsed() < 10000);
        QVERIFY(m);
        QCOMPARE(m->subject(), QStringLiteral("deep"));
        QCOMPARE(m->props.string(PR_BODY).trimmed() == QLatin1String("innermost"), bodyReached);
        if (!bodyReached)
            QVERIFY2(anyContains(warnings, QStringLiteral("nest")), qPrintable(warnings.join(QLatin1Char('\n'))));
    }

    void deepMessageNesting_data()
    {
        QTest::addColumn<int>("depth");
        QTest::newRow("depth-10") << 10;
        QTest::newRow("depth-40") << 40;
        QTest::newRow("depth-700") << 700;
    }
    // message/rfc822 in message/rfc822 ...: embedded messages stop at the cap; the rest is
    // kept as raw data, not lost.
    void deepMessageNesting()
    {
        QFETCH(int, depth);
        QStringList warnings;
        const auto m = Mime::readMime(nestedMessages(depth), &warnings);
        QVERIFY(m);
        QVERIFY(embeddedDepth(*m) <= 16);
        if (depth <= 16) {
            QCOMPARE(embeddedDepth(*m), depth);
        } else {
            QVERIFY(anyContains(warnings, QStringLiteral("nested deeper")));
        }
    }

    void brokenCharsetNames_data()
    {
        QTest::addColumn<QByteArray>("label");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        const QString latin = QStringLiteral("Grüße");
        QTest::newRow("unknown-label-utf-8-bytes") << QByteArray("x-no-such-charset") << latin.toUtf8() << latin;
        QTest::newRow("unknown-label-latin-1-bytes") << QByteArray("x-no-such-charset") << latin.toLatin1() << latin;
        QTest::newRow("misspelt-uft-8") << QByteArray("uft-8") << latin.toUtf8() << latin;
        QTest::newRow("us-ascii-over-utf-8") << QByteArray("us-ascii") << latin.toUtf8() << latin;
        QTest::newRow("empty-label") << QByteArray("") << latin.toUtf8() << latin;
        QTest::newRow("label-with-junk") << QByteArray("utf-8\\\"; x=") << latin.toUtf8() << latin;
        QTest::newRow("utf-8-label-over-latin-1") << QByteArray("utf-8") << QByteArray("caf\xe9 cr\xe8me")
                                                  << QStringLiteral("café crème");
        QTest::newRow("utf-8-with-one-stray-byte") << QByteArray("utf-8") << QByteArray("Gr\xc3\xbc\xc3\x9f \xff end")
                                                   << QStringLiteral("Grüß \ufffd end");
    }
    void brokenCharsetNames()
    {
        QFETCH(QByteArray, label);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        const QByteArray msg = "From: a@example.com\nSubject: charset\nContent-Type: text/plain; charset=\"" + label
                               + "\"\nContent-Transfer-Encoding: 8bit\n\n" + bytes + "\n";
        const auto m = Mime::readMime(msg);
        QVERIFY(m);
        QCOMPARE(m->props.string(PR_BODY).trimmed(), text);
    }

    void truncatedBase64()
    {
        QByteArray data;
        for (int i = 0; i < 3000; ++i)
            data += char(i % 251);
        const QByteArray b64 = data.toBase64();
        const QByteArray msg = "From: a@example.com\nSubject: cut\nMIME-Version: 1.0\n"
                               "Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\nhello\n"
                               "--b\nContent-Type: application/octet-stream; name=\"cut.bin\"\nContent-Transfer-Encoding: base64\n\n"
                               + b64.left(1001) + "!!**";  // cut mid-quantum, junk, no closing delimiter
        const auto m = Mime::readMime(msg);
        QVERIFY(m);
        QCOMPARE(m->attachments.size(), 1);
        const QByteArray got = m->attachments.first().data();
        QVERIFY(!got.isEmpty());
        QVERIFY(got.size() <= 1001 / 4 * 3 + 3);
        QCOMPARE(got.left(750), data.left(750));
    }

    // A multipart whose boundary never appears: its text is still the body.
    void missingBoundaryKeepsText()
    {
        const QByteArray msg = "From: MAILER-DAEMON@mx.example.net\nTo: a@example.com\nSubject: Returned mail: User unknown\n"
                               "Content-Type: multipart/report; report-type=delivery-status; boundary=\"never-used\"\n\n"
                               "   ----- The following addresses had permanent fatal errors -----\n<bob@example.net>\n";
        const auto m = Mime::readMime(msg);
        QVERIFY(m);
        QVERIFY(m->props.string(PR_BODY).contains(QLatin1String("<bob@example.net>")));
        QCOMPARE(m->messageClass(), QStringLiteral("REPORT.IPM.Note.NDR"));
    }

    void unterminatedMultipart()
    {
        MimeMessageSpec spec;
        spec.attachments = {{"text/csv", QStringLiteral("a.csv"), QByteArray("1,2\n")}};
        MimeEntity e = messageEntity(spec);
        e.closed = false;
        const auto m = Mime::readMime(e.toBytes());
        QVERIFY(m);
        QCOMPARE(m->attachments.size(), 1);
        QVERIFY(m->props.string(PR_BODY).contains(QLatin1String("quarterly")));
    }

    void hugeHeaderLine()
    {
        const QByteArray subject(2 * 1024 * 1024, 'x');
        const auto m = Mime::readMime("From: a@example.com\nSubject: " + subject + "\n\nbody\n");
        QVERIFY(m);
        QCOMPARE(m->subject().size(), subject.size());
    }

    void manyPartsAreCapped()
    {
        QByteArray msg = "From: a@example.com\nSubject: many\nContent-Type: multipart/mixed; boundary=\"b\"\n\n";
        for (int i = 0; i < 12000; ++i)
            msg += "--b\nContent-Type: application/octet-stream\n\nx\n";
        msg += "--b--\n";
        QStringList warnings;
        const auto m = Mime::readMime(msg, &warnings);
        QVERIFY(m);
        QVERIFY(m->attachments.size() <= 10000);
        QVERIFY(anyContains(warnings, QStringLiteral("parts")));
    }

    // A caller's buffer wrapped without a copy may go away: the message keeps its own bytes.
    void rawDataInputIsCopied()
    {
        QByteArray buffer = buildMessage(MimeMessageSpec());
        std::optional<Message> kept;
        {
            const auto m = Mime::readMime(QByteArray::fromRawData(buffer.constData(), buffer.size()));
            QVERIFY(m);
            kept = *m;
        }
        const QByteArray expected = buffer;
        buffer.fill('x');
        QCOMPARE(kept->rawMime, expected);
    }

    // Many returned messages side by side, before a large part: each one's bytes are found
    // without scanning the whole file again.
    void manyEmbeddedMessages()
    {
        QByteArray msg = "From: a@example.com\nSubject: many\nContent-Type: multipart/mixed; boundary=\"outer\"\n\n";
        for (int i = 0; i < 3000; ++i)
            msg += "--outer\nContent-Type: message/rfc822\n\nFrom: b@example.net\nSubject: n" + QByteArray::number(i) + "\n\nx\n";
        msg += "--outer\nContent-Type: application/octet-stream\n\n" + QByteArray(4 * 1024 * 1024, 'y') + "\n--outer--\n";
        QElapsedTimer timer;
        timer.start();
        const auto m = Mime::readMime(msg);
        QVERIFY(timer.elapsed() < 20000);
        QVERIFY(m);
        QCOMPARE(m->attachments.size(), 3001);
        QCOMPARE(m->attachments.at(2999).embedded->rawMime, QByteArray("From: b@example.net\nSubject: n2999\n\nx"));  // the line break before "--outer" is the delimiter's
    }

    void nulBytesInBody()
    {
        const QByteArray msg = QByteArray("From: a@example.com\nSubject: nul\n\nbefore\0after\n", 43);
        const auto m = Mime::readMime(msg);
        QVERIFY(m);
        QVERIFY(m->props.string(PR_BODY).startsWith(QLatin1String("before")));
    }
};

QTEST_GUILESS_MAIN(TstMimeHostile)
#include "tst_mimehostile.moc"
