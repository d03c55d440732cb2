#include "handreports.h"

#include <QDateTime>
#include <QTimeZone>

namespace Ndr::HandReports {

using namespace Mapi;

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

Recipient person(const QString &name, const QString &address, qint32 type)
{
    Recipient r;
    r.props.setString(PR_DISPLAY_NAME, name);
    r.props.setString(PR_ADDRTYPE, QStringLiteral("SMTP"));
    r.props.setString(PR_EMAIL_ADDRESS, address);
    r.props.setString(PR_SMTP_ADDRESS, address);
    r.props.setInt32(PR_RECIPIENT_TYPE, type);
    return r;
}

// [MS-OXOMSG] 2.2.2.30-35: the per-recipient NDR properties.
void fail(Recipient &r, qint32 reason, qint32 diag, const QString &supplementary, const QString &remoteMta)
{
    r.props.setInt32(PR_NDR_REASON_CODE, reason);
    r.props.setInt32(PR_NDR_DIAG_CODE, diag);
    r.props.setString(PR_SUPPLEMENTARY_INFO, supplementary);
    r.props.setString(PR_DSN_REMOTE_MTA, remoteMta);
    r.props.set(PR_REPORT_TIME, PropValue::fromTime(utc(2024, 3, 14, 9, 17)));
}

Recipient ann()
{
    return person(QStringLiteral("Ann Lee"), QStringLiteral("ann.lee@example.org"), MAPI_TO);
}
Recipient bob()
{
    return person(QStringLiteral("Bob Ray"), QStringLiteral("bob@example.net"), MAPI_CC);
}
Recipient carol()
{
    return person(QStringLiteral("Carol Diaz"), QStringLiteral("carol@example.com"), MAPI_TO);
}

void failAnn(Recipient &r)
{
    fail(r, 1, 0,
         QStringLiteral("<mx.example.org #5.1.1 smtp;550 5.1.1 <ann.lee@example.org>: Recipient address rejected: "
                        "User unknown in virtual mailbox table>"),
         QStringLiteral("mx.example.org"));
}
void failCarol(Recipient &r)
{
    fail(r, 0, 13,
         QStringLiteral("<mail.example.com #4.2.2 smtp;452 4.2.2 The email account that you tried to reach is over "
                        "quota>"),
         QStringLiteral("mail.example.com"));
}

std::shared_ptr<Message> original(QList<Recipient> rows)
{
    auto m = std::make_shared<Message>();
    m->props.setString(PR_MESSAGE_CLASS, QStringLiteral("IPM.Note"));
    m->props.setString(PR_SUBJECT, QStringLiteral("Quarterly figures"));
    m->props.setString(PR_BODY, QStringLiteral("Please find the figures attached."));
    m->props.setString(PR_INTERNET_MESSAGE_ID, QStringLiteral("<q1-figures@example.com>"));
    m->props.set(PR_CLIENT_SUBMIT_TIME, PropValue::fromTime(utc(2024, 3, 14, 9, 15)));
    m->props.setString(PR_SENDER_NAME, QStringLiteral("Dana Sender"));
    m->props.setString(PR_SENDER_SMTP_ADDRESS, QStringLiteral("dana@example.com"));
    m->props.setInt32(PR_MESSAGE_FLAGS, qint32(MSGFLAG_READ));
    for (int i = 0; i < rows.size(); ++i)
        rows[i].props.setInt32(PR_ROWID, i);
    m->recipients = std::move(rows);
    return m;
}

std::shared_ptr<Message> report(const QString &messageClass, std::shared_ptr<Message> orig)
{
    auto m = std::make_shared<Message>();
    m->props.setString(PR_MESSAGE_CLASS, messageClass);
    m->props.setString(PR_SUBJECT, QStringLiteral("Undeliverable: Quarterly figures"));
    m->props.setString(PR_ORIGINAL_SUBJECT, QStringLiteral("Quarterly figures"));
    m->props.set(PR_ORIGINAL_SUBMIT_TIME, PropValue::fromTime(utc(2024, 3, 14, 9, 15)));
    m->props.setString(PR_ORIG_MESSAGE_CLASS, QStringLiteral("IPM.Note"));
    m->props.set(PR_MESSAGE_DELIVERY_TIME, PropValue::fromTime(utc(2024, 3, 14, 9, 18)));
    m->props.setString(PR_REPORTING_MTA, QStringLiteral("gateway.example.com"));
    m->props.setString(PR_RECEIVED_BY_NAME, QStringLiteral("Dana Sender"));
    m->props.setString(PR_RECEIVED_BY_SMTP_ADDRESS, QStringLiteral("dana@example.com"));
    if (orig) {
        Attachment a;
        a.props.setInt32(PR_ATTACH_METHOD, ATTACH_EMBEDDED_MSG);
        a.props.setString(PR_DISPLAY_NAME, orig->subject());
        a.embedded = std::move(orig);
        m->attachments.append(a);
    }
    return m;
}

} // namespace

std::shared_ptr<Message> ndrWithOriginal()
{
    Recipient a = ann(), c = carol();
    failAnn(a);
    failCarol(c);
    return report(QStringLiteral("REPORT.IPM.Note.NDR"), original({a, bob(), c}));
}

std::shared_ptr<Message> ndrWithoutOriginal()
{
    Recipient a = ann(), c = carol();
    failAnn(a);
    failCarol(c);
    auto m = report(QStringLiteral("REPORT.IPM.Note.NDR"), nullptr);
    m->recipients = {a, c};
    return m;
}

std::shared_ptr<Message> ndrNotInOriginal()
{
    Recipient forwarded = person(QStringLiteral("Erin Forwarded"), QStringLiteral("erin@lists.example.net"), MAPI_TO);
    failAnn(forwarded);
    forwarded.props.setString(PR_SUPPLEMENTARY_INFO,
                              QStringLiteral("<lists.example.net #5.1.1 smtp;550 5.1.1 No such user>"));
    auto m = report(QStringLiteral("REPORT.IPM.Note.NDR"), original({ann(), bob()}));
    m->recipients = {forwarded};
    return m;
}

std::shared_ptr<Message> ndrWithoutFailure()
{
    return report(QStringLiteral("REPORT.IPM.Note.NDR"), original({ann(), bob()}));
}

std::shared_ptr<Message> deliveryReceipt()
{
    auto m = report(QStringLiteral("REPORT.IPM.Note.DR"), original({ann(), bob()}));
    m->props.setString(PR_SUBJECT, QStringLiteral("Delivered: Quarterly figures"));
    return m;
}

} // namespace Ndr::HandReports
