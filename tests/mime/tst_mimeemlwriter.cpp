// writeEml: a message read from MIME gives its bytes back exactly; one built from properties
// reads back as the same message, with the receivers' headers only (no Bcc, no P1 rows).
#include "mime/emlwriter.h"
#include "mime/mimereader.h"
#include "mimebuilder.h"

#include <QTest>

using namespace Ndr;
using namespace Ndr::Fixtures;
using namespace Ndr::Mapi;

Q_DECLARE_METATYPE(Ndr::Fixtures::LineEnd)

namespace {

Message read(const QByteArray &bytes)
{
    auto m = Mime::readMime(bytes);
    if (!m)
        qFatal("readMime failed: %s", qPrintable(m.error().toString()));
    return std::move(m).value();
}

Recipient row(const QString &name, const QString &address, quint32 type, int rowId)
{
    Recipient r;
    r.props.setString(PR_DISPLAY_NAME, name);
    r.props.setString(PR_ADDRTYPE, QStringLiteral("SMTP"));
    r.props.setString(PR_EMAIL_ADDRESS, address);
    r.props.setString(PR_SMTP_ADDRESS, address);
    r.props.setInt32(PR_RECIPIENT_TYPE, qint32(type));
    r.props.setInt32(PR_ROWID, rowId);
    return r;
}

QStringList addressesOfType(const Message &m, qint32 type)
{
    QStringList out;
    for (const Recipient &r : m.recipients)
        if (r.type() == type)
            out.append(r.smtpAddress());
    return out;
}

// A resent message as the resend procedure leaves it: the original's rows with
// MAPI_SUBMITTED, a P1 duplicate of the failed one, a Bcc row.
Message resentMessage()
{
    Message m;
    m.props.setString(PR_MESSAGE_CLASS, QStringLiteral("IPM.Note"));
    m.props.setString(PR_SUBJECT, QStringLiteral("Grüße zum Quartal – Zahlen"));
    m.props.setString(PR_BODY, QStringLiteral("Hello all,\r\n\r\nthe figures.\r\n.\r\nAlice\r\n"));
    m.props.setString(PR_SENT_REPRESENTING_NAME, QStringLiteral("Alice Sender"));
    m.props.setString(PR_SENT_REPRESENTING_SMTP_ADDRESS, QStringLiteral("alice@example.com"));
    m.props.setString(PR_SENDER_NAME, QStringLiteral("Alice Sender"));
    m.props.setString(PR_SENDER_SMTP_ADDRESS, QStringLiteral("alice@example.com"));
    m.props.set(PR_CLIENT_SUBMIT_TIME, PropValue::fromTime(QDateTime(QDate(2024, 3, 14), QTime(9, 26, 53), Qt::UTC)));
    m.props.setString(PR_INTERNET_MESSAGE_ID, QStringLiteral("<resent.1@example.com>"));
    m.recipients = {row(QStringLiteral("Bob Builder"), QStringLiteral("bob@example.net"), MAPI_SUBMITTED | MAPI_TO, 0),
                    row(QStringLiteral("Carol Jones"), QStringLiteral("carol@example.org"), MAPI_SUBMITTED | MAPI_TO, 1),
                    row(QStringLiteral("Dave, Miller"), QStringLiteral("dave@example.com"), MAPI_SUBMITTED | MAPI_CC, 2),
                    row(QStringLiteral("Frank Archive"), QStringLiteral("frank@example.com"), MAPI_SUBMITTED | MAPI_BCC, 3),
                    row(QStringLiteral("Bob Builder"), QStringLiteral("bob@example.net"), MAPI_P1, 4),
                    row(QStringLiteral("Zed Only-Envelope"), QStringLiteral("zed@example.net"), MAPI_P1, 5)};
    Attachment file;
    file.props.setInt32(PR_ATTACH_METHOD, ATTACH_BY_VALUE);
    file.props.setString(PR_ATTACH_LONG_FILENAME, QStringLiteral("Zahlen-März.csv"));
    file.props.setString(PR_ATTACH_MIME_TAG, QStringLiteral("text/csv"));
    file.props.set(PR_ATTACH_DATA_BIN, PropValue::fromBinary(QByteArray("q,n\n1,2\n\xff\x00", 10)));
    m.attachments.append(file);
    return m;
}

} // namespace

class TstMimeEmlWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rawMimeRoundTrip_data()
    {
        QTest::addColumn<LineEnd>("lineEnd");
        for (LineEnd e : {LineEnd::Lf, LineEnd::CrLf, LineEnd::Cr})
            QTest::newRow(qPrintable(lineEndName(e))) << e;
    }
    // DESIGN.md: an original that came from an .eml exports as the same bytes.
    void rawMimeRoundTrip()
    {
        QFETCH(LineEnd, lineEnd);
        DsnSpec spec;
        spec.recipients = {failedRecipient(QStringLiteral("bob@example.net"))};
        spec.originalSpec.subject = QStringLiteral("Grüße – 報告");
        spec.originalSpec.attachments = {{"application/pdf", QStringLiteral("a.pdf"), QByteArray("%PDF\0\1", 6)}};
        const QByteArray bytes = buildDsn(spec, lineEnd);
        const Message report = read(bytes);
        QCOMPARE(*Mime::writeEml(report), bytes);
        const Attachment *orig = nullptr;
        for (const Attachment &a : report.attachments)
            if (a.embedded)
                orig = &a;
        QVERIFY(orig);
        QCOMPARE(*Mime::writeEml(*orig->embedded), buildMessage(spec.originalSpec, lineEnd));
        // The resend engine copies the original (clone): the bytes travel with it.
        const Message copy = orig->embedded->clone();
        QCOMPARE(*Mime::writeEml(copy), buildMessage(spec.originalSpec, lineEnd));
    }

    // Headers from the rows the receivers see: To and Cc, with MAPI_SUBMITTED ignored; never
    // Bcc; never the P1 (envelope) rows.
    void headersFromRows()
    {
        const Message m = resentMessage();
        const auto eml = Mime::writeEml(m);
        QVERIFY(eml);
        QVERIFY(!eml->contains("Bcc:"));
        QVERIFY(!eml->contains("frank@example.com"));
        QVERIFY(!eml->contains("zed@example.net"));
        const Message back = read(*eml);
        QCOMPARE(addressesOfType(back, MAPI_TO), (QStringList{QStringLiteral("bob@example.net"), QStringLiteral("carol@example.org")}));
        QCOMPARE(addressesOfType(back, MAPI_CC), QStringList{QStringLiteral("dave@example.com")});
        QCOMPARE(back.recipients.at(2).displayName(), QStringLiteral("Dave, Miller"));
        QCOMPARE(back.recipients.size(), 3);
        QCOMPARE(back.subject(), m.subject());
        QCOMPARE(back.props.string(PR_BODY), m.props.string(PR_BODY));
        QCOMPARE(back.props.string(PR_SENT_REPRESENTING_SMTP_ADDRESS), QStringLiteral("alice@example.com"));
        QCOMPARE(back.props.string(PR_INTERNET_MESSAGE_ID), QStringLiteral("<resent.1@example.com>"));
        QCOMPARE(back.props.time(PR_CLIENT_SUBMIT_TIME), m.props.time(PR_CLIENT_SUBMIT_TIME));
        QCOMPARE(back.attachments.size(), 1);
        QCOMPARE(back.attachments.first().fileName(), QStringLiteral("Zahlen-März.csv"));
        QCOMPARE(back.attachments.first().data(), m.attachments.first().data());
        // RFC 2047: the subject header itself is ASCII.
        const QByteArray headers = eml->left(eml->indexOf("\r\n\r\n"));
        for (const char c : headers)
            QVERIFY(uchar(c) < 0x80);
    }

    // An embedded message goes in as message/rfc822; one read from MIME with its own bytes.
    void embeddedMessages()
    {
        Message m = resentMessage();
        const QByteArray originalBytes = buildMessage(MimeMessageSpec(), LineEnd::CrLf);
        Attachment embedded;
        embedded.props.setInt32(PR_ATTACH_METHOD, ATTACH_EMBEDDED_MSG);
        embedded.props.setString(PR_DISPLAY_NAME, QStringLiteral("Quarterly figures for review"));
        embedded.embedded = std::make_shared<Message>(read(originalBytes));
        m.attachments.append(embedded);
        Attachment fromProps;
        fromProps.props.setInt32(PR_ATTACH_METHOD, ATTACH_EMBEDDED_MSG);
        fromProps.embedded = std::make_shared<Message>(resentMessage());
        m.attachments.append(fromProps);
        const Message back = read(*Mime::writeEml(m));
        QCOMPARE(back.attachments.size(), 3);
        QVERIFY(back.attachments.at(1).embedded);
        QCOMPARE(back.attachments.at(1).embedded->rawMime, originalBytes);
        QVERIFY(back.attachments.at(2).embedded);
        QCOMPARE(back.attachments.at(2).embedded->subject(), m.subject());
    }

    // A report built from properties is a multipart/report again.
    void deliveryStatusMakesAReport()
    {
        DsnSpec spec;
        spec.recipients = {failedRecipient(QStringLiteral("bob@example.net"))};
        spec.original = OriginalForm::HeadersOnly;
        Message report = read(buildDsn(spec));
        report.rawMime.clear();
        const Message back = read(*Mime::writeEml(report));
        QCOMPARE(back.messageClass(), QStringLiteral("REPORT.IPM.Note.NDR"));
        bool headersOnly = false;
        for (const Attachment &a : back.attachments)
            headersOnly |= a.embedded && Mime::isHeadersOnly(*a.embedded);
        QVERIFY(headersOnly);
    }

    void nestingIsCapped()
    {
        Message m = resentMessage();
        for (int i = 0; i < 40; ++i) {
            Message outer = resentMessage();
            Attachment a;
            a.props.setInt32(PR_ATTACH_METHOD, ATTACH_EMBEDDED_MSG);
            a.embedded = std::make_shared<Message>(m);
            outer.attachments = {a};
            m = outer;
        }
        const auto eml = Mime::writeEml(m);
        QVERIFY(!eml);
        QCOMPARE(eml.error().code, Error::TooLarge);
    }
};

QTEST_GUILESS_MAIN(TstMimeEmlWriter)
#include "tst_mimeemlwriter.moc"
