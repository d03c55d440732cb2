// readMime: what a MIME report or message becomes as a Message ([MS-OXCMAIL]), built by our
// MIME builder in every line-end convention, charset and transfer encoding.
#include "mime/mimereader.h"
#include "mimebuilder.h"
#include "report/deliverystatus.h"
#include "report/ndrreport.h"

#include <QTest>

using namespace Ndr;
using namespace Ndr::Fixtures;
using namespace Ndr::Mapi;

Q_DECLARE_METATYPE(Ndr::Fixtures::LineEnd)
Q_DECLARE_METATYPE(Ndr::Fixtures::TransferEncoding)

namespace {

Message read(const QByteArray &bytes, QStringList *warnings = nullptr)
{
    auto m = Mime::readMime(bytes, warnings);
    if (!m)
        qFatal("readMime failed: %s", qPrintable(m.error().toString()));
    return std::move(m).value();
}

const Attachment *attachmentByTag(const Message &m, const QString &tag)
{
    for (const Attachment &a : m.attachments)
        if (a.mimeTag() == tag)
            return &a;
    return nullptr;
}

QByteArray lf(QByteArray b)
{
    b.replace("\r\n", "\n");
    b.replace('\r', '\n');
    return b;
}

DsnSpec twoFailures()
{
    DsnSpec spec;
    spec.recipients = {failedRecipient(QStringLiteral("bob@example.net")),
                       failedRecipient(QStringLiteral("carol@example.org"), QStringLiteral("5.2.2"),
                                       QStringLiteral("552 5.2.2 <carol@example.org>: Mailbox full"))};
    return spec;
}

} // namespace

class TstMimeReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void lineEnds_data()
    {
        QTest::addColumn<LineEnd>("lineEnd");
        for (LineEnd e : {LineEnd::Lf, LineEnd::CrLf, LineEnd::Cr})
            QTest::newRow(qPrintable(lineEndName(e))) << e;
    }
    // The same report reads the same whatever its line ends; the original keeps its bytes.
    void lineEnds()
    {
        QFETCH(LineEnd, lineEnd);
        const DsnSpec spec = twoFailures();
        const QByteArray bytes = buildDsn(spec, lineEnd);
        const Message m = read(bytes);
        QCOMPARE(m.messageClass(), QStringLiteral("REPORT.IPM.Note.NDR"));
        QCOMPARE(m.subject(), spec.subject);
        QCOMPARE(m.rawMime, bytes);
        QVERIFY(m.props.string(PR_BODY).contains(QLatin1String("<bob@example.net>: 550 5.1.1")));
        const Attachment *dsn = attachmentByTag(m, QStringLiteral("message/delivery-status"));
        QVERIFY(dsn);
        QCOMPARE(lf(dsn->data()), deliveryStatusBody(spec));
        const Attachment *orig = attachmentByTag(m, QStringLiteral("message/rfc822"));
        QVERIFY(orig);
        QCOMPARE(orig->method(), ATTACH_EMBEDDED_MSG);
        QVERIFY(orig->embedded);
        QCOMPARE(orig->embedded->rawMime, buildMessage(spec.originalSpec, lineEnd));
        QCOMPARE(orig->embedded->subject(), spec.originalSpec.subject);
        QCOMPARE(orig->embedded->recipients.size(), 3);

        const auto report = Report::NdrReport::fromMessage(std::make_shared<Message>(m));
        QCOMPARE(report.kind(), Report::Kind::NonDelivery);
        QCOMPARE(report.failedCount(), 2);
    }

    // [MS-OXCMAIL] 2.2.3.2: the header fields of an ordinary message.
    void headerMapping()
    {
        MimeMessageSpec spec;
        spec.inReplyTo = "<earlier@example.com>";
        spec.references = "<first@example.com> <earlier@example.com>";
        spec.extraHeaders = {{"Sender", "Secretary <secretary@example.com>"}};
        const QByteArray bytes = buildMessage(spec);
        const Message m = read(bytes);
        QCOMPARE(m.messageClass(), QStringLiteral("IPM.Note"));
        QCOMPARE(m.props.string(PR_SENT_REPRESENTING_NAME), QStringLiteral("Alice Sender"));
        QCOMPARE(m.props.string(PR_SENT_REPRESENTING_SMTP_ADDRESS), QStringLiteral("alice@example.com"));
        QCOMPARE(m.props.string(PR_SENT_REPRESENTING_ADDRTYPE), QStringLiteral("SMTP"));
        QCOMPARE(m.props.string(PR_SENDER_NAME), QStringLiteral("Secretary"));
        QCOMPARE(m.props.string(PR_SENDER_EMAIL_ADDRESS), QStringLiteral("secretary@example.com"));
        QCOMPARE(m.props.string(PR_INTERNET_MESSAGE_ID), QString::fromLatin1(spec.messageId));
        QCOMPARE(m.props.string(PR_IN_REPLY_TO_ID), QStringLiteral("<earlier@example.com>"));
        QCOMPARE(m.props.string(PR_INTERNET_REFERENCES), QStringLiteral("<first@example.com> <earlier@example.com>"));
        QCOMPARE(m.props.time(PR_CLIENT_SUBMIT_TIME), QDateTime(QDate(2024, 3, 14), QTime(9, 26, 53), Qt::UTC));
        const QByteArray headerBlock = bytes.left(bytes.indexOf("\r\n\r\n") + 2);
        QCOMPARE(m.props.string(PR_TRANSPORT_MESSAGE_HEADERS), QString::fromUtf8(headerBlock));

        QCOMPARE(m.recipients.size(), 3);
        const qint32 types[] = {MAPI_TO, MAPI_TO, MAPI_CC};
        const QList<Person> people = spec.to + spec.cc;
        for (int i = 0; i < 3; ++i) {
            const Recipient &r = m.recipients.at(i);
            QCOMPARE(r.props.int32(PR_ROWID).value_or(-1), i);
            QCOMPARE(r.props.int32(PR_RECIPIENT_TYPE).value_or(-1), types[i]);
            QCOMPARE(r.props.string(PR_DISPLAY_NAME), people.at(i).name);
            QCOMPARE(r.props.string(PR_EMAIL_ADDRESS), people.at(i).address);
            QCOMPARE(r.props.string(PR_SMTP_ADDRESS), people.at(i).address);
            QCOMPARE(r.props.string(PR_ADDRTYPE), QStringLiteral("SMTP"));
        }
    }

    void bodyEncodings_data()
    {
        QTest::addColumn<QByteArray>("charset");
        QTest::addColumn<TransferEncoding>("encoding");
        QTest::addColumn<QString>("text");
        const QString latin = QStringLiteral("Grüße aus Köln, señor, déjà vu\n");
        const QString japanese = QStringLiteral("宛先のメールボックスが一杯です。\nNyaan\n");
        QTest::newRow("utf-8-quoted-printable") << QByteArray("utf-8") << TransferEncoding::QuotedPrintable << latin + japanese;
        QTest::newRow("utf-8-base64") << QByteArray("utf-8") << TransferEncoding::Base64 << latin + japanese;
        QTest::newRow("utf-8-8bit") << QByteArray("utf-8") << TransferEncoding::EightBit << japanese;
        QTest::newRow("iso-8859-1-quoted-printable") << QByteArray("iso-8859-1") << TransferEncoding::QuotedPrintable << latin;
        QTest::newRow("iso-8859-15-8bit") << QByteArray("iso-8859-15") << TransferEncoding::EightBit << QStringLiteral("Preis: 10 €\n");
        QTest::newRow("windows-1252-base64") << QByteArray("windows-1252") << TransferEncoding::Base64 << QStringLiteral("„quoted“ – dash\n");
        QTest::newRow("iso-2022-jp-7bit") << QByteArray("iso-2022-jp") << TransferEncoding::SevenBit << japanese;
        QTest::newRow("shift_jis-base64") << QByteArray("shift_jis") << TransferEncoding::Base64 << japanese;
        QTest::newRow("euc-jp-8bit") << QByteArray("euc-jp") << TransferEncoding::EightBit << japanese;
        QTest::newRow("koi8-r-quoted-printable") << QByteArray("koi8-r") << TransferEncoding::QuotedPrintable
                                                 << QStringLiteral("Письмо не доставлено\n");
        QTest::newRow("gb2312-base64") << QByteArray("gb2312") << TransferEncoding::Base64 << QStringLiteral("邮件无法投递\n");
        QTest::newRow("euc-kr-8bit") << QByteArray("euc-kr") << TransferEncoding::EightBit << QStringLiteral("메일을 배달할 수 없습니다\n");
        QTest::newRow("us-ascii-7bit") << QByteArray("us-ascii") << TransferEncoding::SevenBit << QStringLiteral("plain words\n");
    }
    void bodyEncodings()
    {
        QFETCH(QByteArray, charset);
        QFETCH(TransferEncoding, encoding);
        QFETCH(QString, text);
        MimeMessageSpec spec;
        spec.body = text;
        spec.bodyCharset = charset;
        spec.bodyEncoding = encoding;
        const Message m = read(buildMessage(spec));
        // Line ends stay as the part has them (here CRLF from the file, or LF inside base64).
        QCOMPARE(QString::fromUtf8(lf(m.props.string(PR_BODY).toUtf8())).trimmed(), text.trimmed());
    }

    // One reader decodes many bounces in a row (ndrtool dump over a folder): converters are
    // kept open between messages, more charsets than are kept are used, and each text still
    // comes out whole, a stateful one (ISO-2022-JP) after the others too.
    void manyCharsetsInARow()
    {
        const QString japanese = QStringLiteral("宛先のメールボックスが一杯です。");
        QList<QPair<QByteArray, QString>> bodies{
            {"iso-2022-jp", japanese}, {"shift_jis", japanese}, {"euc-jp", japanese},
            {"koi8-r", QStringLiteral("Письмо не доставлено")}, {"windows-1252", QStringLiteral("„quoted“ – dash")},
            {"gb2312", QStringLiteral("邮件无法投递")}, {"euc-kr", QStringLiteral("메일을 배달할 수 없습니다")}};
        for (int n = 2; n <= 16; ++n) {
            if (n != 12)  // ISO-8859-12 was never published
                bodies.append({"iso-8859-" + QByteArray::number(n), QStringLiteral("no umlauts here")});
        }
        bodies.append({"iso-2022-jp", QStringLiteral("plain ASCII after Japanese")});
        for (int round = 0; round < 2; ++round) {
            for (const auto &[charset, text] : bodies) {
                MimeMessageSpec spec;
                spec.body = text + QLatin1Char('\n');
                spec.bodyCharset = charset;
                spec.bodyEncoding = TransferEncoding::Base64;
                const Message m = read(buildMessage(spec));
                QCOMPARE(QString::fromUtf8(lf(m.props.string(PR_BODY).toUtf8())).trimmed(), text);
            }
        }
    }

    void encodedSubjects_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("subject");
        QTest::newRow("b-utf-8") << encodedWord(QStringLiteral("Unzustellbar: Grüße")) << QStringLiteral("Unzustellbar: Grüße");
        QTest::newRow("q-iso-8859-1") << encodedWord(QStringLiteral("Réponse automatique"), "iso-8859-1", 'Q')
                                      << QStringLiteral("Réponse automatique");
        QTest::newRow("b-iso-2022-jp") << encodedWord(QStringLiteral("メール配信エラー"), "iso-2022-jp")
                                       << QStringLiteral("メール配信エラー");
        QTest::newRow("b-shift_jis") << encodedWord(QStringLiteral("不達通知"), "shift_jis") << QStringLiteral("不達通知");
        QTest::newRow("two-words-joined") << encodedWord(QStringLiteral("Mail "), "utf-8", 'Q') + ' ' + encodedWord(QStringLiteral("ñ"))
                                          << QStringLiteral("Mail ñ");
        QTest::newRow("raw-utf-8") << QStringLiteral("Сообщение не доставлено").toUtf8() << QStringLiteral("Сообщение не доставлено");
    }
    void encodedSubjects()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, subject);
        const QByteArray bytes = "From: a@example.com\r\nTo: b@example.net\r\nSubject: " + header + "\r\n\r\nbody\r\n";
        QCOMPARE(read(bytes).subject(), subject);
    }

    void htmlAndAttachments()
    {
        MimeMessageSpec spec;
        spec.html = QStringLiteral("<html><body><p>Hello <b>all</b> &amp; welcome</p></body></html>");
        spec.attachments = {{"text/csv", QStringLiteral("figures.csv"), QByteArray("a,b\n1,2\n")},
                            {"application/pdf", QStringLiteral("report.pdf"), QByteArray("%PDF-1.4\0\x01\x02", 11)}};
        const Message m = read(buildMessage(spec));
        QVERIFY(m.props.string(PR_BODY).contains(QLatin1String("quarterly figures")));
        QCOMPARE(QString::fromUtf8(m.props.binary(PR_HTML)).trimmed(), spec.html);
        QCOMPARE(m.attachments.size(), 2);
        for (int i = 0; i < 2; ++i) {
            const Attachment &a = m.attachments.at(i);
            QCOMPARE(a.method(), ATTACH_BY_VALUE);
            QCOMPARE(a.fileName(), spec.attachments.at(i).fileName);
            QCOMPARE(a.mimeTag(), QString::fromLatin1(spec.attachments.at(i).mimeType));
            QCOMPARE(a.data(), spec.attachments.at(i).data);
        }
        QVERIFY(m.props.int32(PR_MESSAGE_FLAGS).value_or(0) & MSGFLAG_HASATTACH);
    }

    void htmlOnlyBodyGivesText()
    {
        const QByteArray bytes = "From: MAILER-DAEMON@example.net\r\nTo: a@example.com\r\nSubject: Undeliverable\r\n"
                                 "Content-Type: text/html; charset=utf-8\r\n\r\n"
                                 "<html><head><style>p{}</style></head><body><p>Delivery to <b>bob@example.net</b> failed:</p>"
                                 "<p>550 5.1.1 User unknown</p></body></html>\r\n";
        const Message m = read(bytes);
        QCOMPARE(m.props.string(PR_BODY), QStringLiteral("Delivery to bob@example.net failed:\n\n550 5.1.1 User unknown"));
    }

    void reportClasses_data()
    {
        QTest::addColumn<QStringList>("actions");
        QTest::addColumn<QString>("expected");
        QTest::newRow("failed") << QStringList{QStringLiteral("failed")} << QStringLiteral("REPORT.IPM.Note.NDR");
        QTest::newRow("failed-and-delivered") << QStringList{QStringLiteral("delivered"), QStringLiteral("failed")}
                                              << QStringLiteral("REPORT.IPM.Note.NDR");
        QTest::newRow("delayed-only") << QStringList{QStringLiteral("delayed")} << QStringLiteral("REPORT.IPM.Note.DELAYED");
        QTest::newRow("delivered") << QStringList{QStringLiteral("delivered")} << QStringLiteral("REPORT.IPM.Note.DR");
        QTest::newRow("relayed-and-expanded") << QStringList{QStringLiteral("relayed"), QStringLiteral("expanded")}
                                              << QStringLiteral("REPORT.IPM.Note.DR");
        QTest::newRow("no-action-status-5") << QStringList{QString()} << QStringLiteral("REPORT.IPM.Note.NDR");
    }
    void reportClasses()
    {
        QFETCH(QStringList, actions);
        QFETCH(QString, expected);
        DsnSpec spec;
        int n = 0;
        for (const QString &action : actions) {
            DsnRecipient r = failedRecipient(QStringLiteral("user%1@example.net").arg(++n));
            r.action = action;
            if (action == QLatin1String("delivered") || action == QLatin1String("relayed") || action == QLatin1String("expanded"))
                r.status = QStringLiteral("2.0.0");
            else if (action == QLatin1String("delayed"))
                r.status = QStringLiteral("4.4.7");
            spec.recipients.append(r);
        }
        QCOMPARE(read(buildDsn(spec)).messageClass(), expected);
    }

    void dispositionNotifications_data()
    {
        QTest::addColumn<QByteArray>("disposition");
        QTest::addColumn<QString>("expected");
        QTest::newRow("displayed") << QByteArray("manual-action/MDN-sent-manually; displayed") << QStringLiteral("REPORT.IPM.Note.IPNRN");
        QTest::newRow("deleted") << QByteArray("manual-action/MDN-sent-manually; deleted") << QStringLiteral("REPORT.IPM.Note.IPNNRN");
    }
    // RFC 8098: a read receipt is named as such, not as a failure.
    void dispositionNotifications()
    {
        QFETCH(QByteArray, disposition);
        QFETCH(QString, expected);
        MimeEntity human = textEntity(QStringLiteral("Your message was read."));
        MimeEntity mdn;
        mdn.header("Content-Type", "message/disposition-notification");
        mdn.body = "Reporting-UA: mua.example.net\nFinal-Recipient: rfc822; bob@example.net\nDisposition: " + disposition + '\n';
        MimeEntity report = multipartEntity("report", {human, mdn}, " report-type=disposition-notification;");
        report.headers.prepend({"Subject", "Read: Quarterly figures"});
        report.headers.prepend({"From", "bob@example.net"});
        const Message m = read(report.toBytes());
        QCOMPARE(m.messageClass(), expected);
        QVERIFY(attachmentByTag(m, QStringLiteral("message/disposition-notification")));
    }

    // RFC 5965: an abuse report stays a message; its report part is an attachment the report
    // layer can name.
    void feedbackReportKeepsItsPart()
    {
        MimeEntity human = textEntity(QStringLiteral("This is an email abuse report."));
        MimeEntity arf;
        arf.header("Content-Type", "message/feedback-report");
        arf.body = "Feedback-Type: abuse\nUser-Agent: FBL/1.0\nVersion: 1\n";
        MimeEntity report = multipartEntity("report", {human, arf, rfc822Entity(messageEntity(MimeMessageSpec()).lfBytes())},
                                            " report-type=feedback-report;");
        report.headers.prepend({"Subject", "Abuse report"});
        report.headers.prepend({"From", "fbl@isp.example"});
        const Message m = read(report.toBytes());
        QCOMPARE(m.messageClass(), QStringLiteral("IPM.Note"));
        const Attachment *a = attachmentByTag(m, QStringLiteral("message/feedback-report"));
        QVERIFY(a);
        QVERIFY(a->data().startsWith("Feedback-Type: abuse"));
        QCOMPARE(Report::NdrReport::fromMessage(std::make_shared<Message>(m)).kind(), Report::Kind::AbuseReport);
    }

    // RFC 6522 text/rfc822-headers: an embedded message of headers only, marked as such.
    void headersOnlyOriginal()
    {
        DsnSpec spec = twoFailures();
        spec.original = OriginalForm::HeadersOnly;
        const Message m = read(buildDsn(spec));
        const Attachment *a = attachmentByTag(m, QStringLiteral("text/rfc822-headers"));
        QVERIFY(a);
        QCOMPARE(a->method(), ATTACH_EMBEDDED_MSG);
        QVERIFY(a->embedded);
        QVERIFY(Mime::isHeadersOnly(*a->embedded));
        QCOMPARE(a->embedded->subject(), spec.originalSpec.subject);
        QCOMPARE(a->embedded->recipients.size(), 3);
        QVERIFY(!a->embedded->props.contains(PR_BODY));
        const auto report = Report::NdrReport::fromMessage(std::make_shared<Message>(m));
        QVERIFY(report.originalIsHeadersOnly());
    }

    // An auto-reply is recognisable from its headers, which are kept.
    void autoReplyHeadersKept()
    {
        MimeMessageSpec spec;
        spec.subject = QStringLiteral("Out of office: Quarterly figures");
        spec.extraHeaders = {{"Auto-Submitted", "auto-replied"}, {"X-Autoreply", "yes"}, {"Precedence", "bulk"}};
        const Message m = read(buildMessage(spec));
        QCOMPARE(m.messageClass(), QStringLiteral("IPM.Note"));
        const QString headers = m.props.string(PR_TRANSPORT_MESSAGE_HEADERS);
        QVERIFY(headers.contains(QLatin1String("Auto-Submitted: auto-replied")));
        QVERIFY(headers.contains(QLatin1String("X-Autoreply: yes")));
        QVERIFY(headers.contains(QLatin1String("Precedence: bulk")));
    }

    // A bounce without a delivery-status part (Exim's older form), recognised by its headers.
    void plainTextBounceIsAnNdr()
    {
        const QByteArray bytes =
            "Return-path: <>\nFrom: Mail Delivery System <Mailer-Daemon@mx.example.net>\nTo: alice@example.com\n"
            "Subject: Mail delivery failed: returning message to sender\nX-Failed-Recipients: bob@example.net\n\n"
            "This message was created automatically by mail delivery software.\n\n"
            "A message that you sent could not be delivered to one or more of its\n"
            "recipients. This is a permanent error. The following address(es) failed:\n\n"
            "  bob@example.net\n    SMTP error from remote mail server after RCPT TO:<bob@example.net>:\n"
            "    host mx.example.net [192.0.2.1]: 550 5.1.1 <bob@example.net>: User unknown\n";
        const Message m = read(bytes);
        QCOMPARE(m.messageClass(), QStringLiteral("REPORT.IPM.Note.NDR"));
        const auto report = Report::NdrReport::fromMessage(std::make_shared<Message>(m));
        QCOMPARE(report.failedCount(), 1);
        QCOMPARE(report.failedRows().first().address, QStringLiteral("bob@example.net"));
    }

    void deliveryStatusFields_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("final-recipient") << QStringLiteral("final-recipient");
        QTest::newRow("original-recipient") << QStringLiteral("original-recipient");
        QTest::newRow("action") << QStringLiteral("action");
        QTest::newRow("status") << QStringLiteral("status");
        QTest::newRow("remote-mta") << QStringLiteral("remote-mta");
        QTest::newRow("diagnostic-code") << QStringLiteral("diagnostic-code");
        QTest::newRow("last-attempt-date") << QStringLiteral("last-attempt-date");
        QTest::newRow("final-log-id") << QStringLiteral("final-log-id");
        QTest::newRow("will-retry-until") << QStringLiteral("will-retry-until");
        QTest::newRow("x-display-name") << QStringLiteral("x-display-name");
        QTest::newRow("reporting-mta") << QStringLiteral("reporting-mta");
        QTest::newRow("dsn-gateway") << QStringLiteral("dsn-gateway");
        QTest::newRow("received-from-mta") << QStringLiteral("received-from-mta");
        QTest::newRow("arrival-date") << QStringLiteral("arrival-date");
        QTest::newRow("original-envelope-id") << QStringLiteral("original-envelope-id");
    }
    // RFC 3464 2.2 and 2.3: every field reaches the report layer through the attachment, and
    // the ones the form shows reach the failure.
    void deliveryStatusFields()
    {
        QFETCH(QString, field);
        DsnSpec spec;
        spec.dsnGateway = QStringLiteral("dns; gateway.example.net");
        spec.receivedFromMta = QStringLiteral("dns; submit.example.com");
        spec.originalEnvelopeId = QStringLiteral("ENV-12345");
        DsnRecipient r = failedRecipient(QStringLiteral("bob@example.net"), QStringLiteral("4.2.2"),
                                         QStringLiteral("452 4.2.2 Mailbox full"));
        r.originalRecipient = QStringLiteral("robert@example.net");
        r.action = QStringLiteral("delayed");
        r.finalLogId = QStringLiteral("LOG-42");
        r.willRetryUntil = QStringLiteral("Sat, 16 Mar 2024 09:27:10 +0000");
        r.displayName = QStringLiteral("Bob Builder");
        spec.recipients = {r};
        for (LineEnd e : {LineEnd::Lf, LineEnd::CrLf, LineEnd::Cr}) {
            const Message m = read(buildDsn(spec, e));
            const Attachment *a = attachmentByTag(m, QStringLiteral("message/delivery-status"));
            QVERIFY(a);
            const Report::DeliveryStatus dsn = Report::parseDeliveryStatus(a->data());
            QCOMPARE(dsn.perRecipient.size(), 1);
            const Report::DsnFields &g = dsn.perRecipient.first();
            const QMap<QString, QString> expected = {
                {QStringLiteral("final-recipient"), QStringLiteral("rfc822; bob@example.net")},
                {QStringLiteral("original-recipient"), QStringLiteral("rfc822; robert@example.net")},
                {QStringLiteral("action"), QStringLiteral("delayed")},
                {QStringLiteral("status"), QStringLiteral("4.2.2")},
                {QStringLiteral("remote-mta"), QStringLiteral("dns; mx.example.net")},
                {QStringLiteral("diagnostic-code"), QStringLiteral("smtp; 452 4.2.2 Mailbox full")},
                {QStringLiteral("last-attempt-date"), QStringLiteral("Thu, 14 Mar 2024 09:27:10 +0000")},
                {QStringLiteral("final-log-id"), QStringLiteral("LOG-42")},
                {QStringLiteral("will-retry-until"), QStringLiteral("Sat, 16 Mar 2024 09:27:10 +0000")},
                {QStringLiteral("x-display-name"), QStringLiteral("Bob Builder")},
                {QStringLiteral("reporting-mta"), spec.reportingMta},
                {QStringLiteral("dsn-gateway"), spec.dsnGateway},
                {QStringLiteral("received-from-mta"), spec.receivedFromMta},
                {QStringLiteral("arrival-date"), spec.arrivalDate},
                {QStringLiteral("original-envelope-id"), spec.originalEnvelopeId},
            };
            const bool perMessage = field == QLatin1String("reporting-mta") || field == QLatin1String("dsn-gateway")
                                    || field == QLatin1String("received-from-mta") || field == QLatin1String("arrival-date")
                                    || field == QLatin1String("original-envelope-id");
            const QString got = perMessage ? dsn.perMessage.fields.value(field) : g.fields.value(field);
            QCOMPARE(got, expected.value(field));
        }
    }

    // The fields the form shows, from a DSN read as a file.
    void failureFromDeliveryStatus()
    {
        DsnSpec spec = twoFailures();
        spec.recipients[0].displayName = QStringLiteral("Bob Builder");
        const Message m = read(buildDsn(spec, LineEnd::Cr));
        const auto report = Report::NdrReport::fromMessage(std::make_shared<Message>(m));
        QCOMPARE(report.failedCount(), 2);
        const Report::RecipientRow bob = report.failedRows().at(0);
        QCOMPARE(bob.address, QStringLiteral("bob@example.net"));
        QVERIFY(bob.inOriginal());
        QCOMPARE(bob.failure->status, QStringLiteral("5.1.1"));
        QCOMPARE(bob.failure->remoteMta, QStringLiteral("mx.example.net"));
        QCOMPARE(bob.failure->reportingMta, QStringLiteral("mx.example.net"));
        QCOMPARE(bob.failure->reason, QStringLiteral("userunknown"));
        QCOMPARE(report.failedRows().at(1).failure->reason, QStringLiteral("mailboxfull"));
    }

    // A delivery-status part sent base64-encoded still reads.
    void encodedDeliveryStatus()
    {
        DsnSpec spec = twoFailures();
        spec.statusEncoding = TransferEncoding::Base64;
        const Message m = read(buildDsn(spec));
        const Attachment *a = attachmentByTag(m, QStringLiteral("message/delivery-status"));
        QVERIFY(a);
        QCOMPARE(lf(a->data()), deliveryStatusBody(spec));
    }

    void mboxFromLineIsSkipped()
    {
        const QByteArray bytes = "From MAILER-DAEMON Thu Mar 14 09:27:11 2024\n" + buildMessage(MimeMessageSpec(), LineEnd::Lf);
        const Message m = read(bytes);
        QCOMPARE(m.subject(), MimeMessageSpec().subject);
        QCOMPARE(m.recipients.size(), 3);
    }
};

QTEST_GUILESS_MAIN(TstMimeReader)
#include "tst_mimereader.moc"
