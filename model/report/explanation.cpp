#include "explanation.h"

#include "textrules.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>

namespace Ndr::Report {

using namespace Mapi;

namespace {

// [MS-OXPROPS] PidTagOriginalSender* / PidTagOriginalSentRepresenting* on a report
// (reference/mapi-props.tsv); only read here, so not in tags.h.
constexpr PropId PR_ORIGINAL_SENDER_ADDRTYPE = 0x0066;
constexpr PropId PR_ORIGINAL_SENDER_EMAIL_ADDRESS = 0x0067;
constexpr PropId PR_ORIGINAL_SENT_REPRESENTING_ADDRTYPE = 0x0068;
constexpr PropId PR_ORIGINAL_SENT_REPRESENTING_EMAIL_ADDRESS = 0x0069;

// The table's texts (marked with QT_TRANSLATE_NOOP); inline texts call translate() themselves,
// so that lupdate sees their context.
QString translated(const char *text)
{
    return QCoreApplication::translate("Ndr::Explanation", text);
}

// Where each reason usually stops the message. Refusals are the recipient's server's answer;
// a message that never found (or never reached) that server is still at yours.
struct ReasonStop {
    const char *reason;
    StopPoint stop;
};
constexpr ReasonStop kReasonStops[] = {
    {"hostunknown", StopPoint::YourServer},   {"expired", StopPoint::YourServer},
    {"networkerror", StopPoint::YourServer},  {"suppressed", StopPoint::YourServer},
    {"norelaying", StopPoint::YourServer},    {"undefined", StopPoint::Unknown},
    {"onhold", StopPoint::Unknown},           {"delivered", StopPoint::Unknown},
    {"feedback", StopPoint::Unknown},         {"vacation", StopPoint::Unknown},
};

enum class Permanence { AsReported, Temporary, Permanent };

// Where a mail system's own wording means something other than the status code's usual
// meaning, or says more. Patterns are case-insensitive, over the server's words (diagnostic
// and supplementary text); reporter, where set, must match the reporting or remote MTA or
// the words themselves (Exchange names its servers: "...prod.outlook.com").
struct SpecialRule {
    const char *key;
    const char *status;    // over the enhanced status; nullptr: any
    const char *pattern;
    const char *reporter;  // nullptr: anyone
    FixOwner owner;
    StopPoint stop;
    Permanence permanence;
    const char *summary;
    const char *plain;
    const char *advice;
    const char *statusMeaning = nullptr;  // the status code's meaning here, where not RFC 3463's
};

constexpr const char *kMicrosoft = "outlook|office ?365|exchange|microsoft|hotmail|storedrv";

// Exchange's "recipient not found", under either of its status codes.
constexpr const char *kNotFoundSummary =
    QT_TRANSLATE_NOOP("Ndr::Explanation", "Address not found in the recipient's organisation");
constexpr const char *kNotFoundPlain =
    QT_TRANSLATE_NOOP("Ndr::Explanation",
                      "The recipient's organisation looked the address up in its directory and has no mailbox "
                      "with it. The address may be mistyped, the person may have left, or your mail program may "
                      "have offered an old address from its Auto-Complete list.");
constexpr const char *kNotFoundAdvice =
    QT_TRANSLATE_NOOP("Ndr::Explanation",
                      "Check the spelling. Remove the address from your mail program's Auto-Complete list and type "
                      "it in full, or ask the recipient for their current address.");

constexpr SpecialRule kSpecialRules[] = {
    // Exchange Online: 5.2.2 "Submission quota exceeded" (and 5.1.90's daily recipient limit)
    // is the sender's own sending limit; RFC 3463's X.2.2 "mailbox full" does not apply.
    {"exo-sending-quota", nullptr,
     "submission ?quota|submissionquotaexceeded|sending (?:limit|quota)|daily limit for (?:message )?recipients|"
     "recipient rate limit|message rate limit",
     kMicrosoft, FixOwner::SenderAdmin, StopPoint::YourServer, Permanence::Temporary,
     QT_TRANSLATE_NOOP("Ndr::Explanation", "You reached your sending limit"),
     QT_TRANSLATE_NOOP("Ndr::Explanation",
                       "Your own mail server (Exchange Online) stopped the message: your account has sent more "
                       "messages, or to more recipients, than it may in a day. The recipient's mailbox is not "
                       "full, although 5.2.2 usually means that."),
     QT_TRANSLATE_NOOP("Ndr::Explanation",
                       "Resend after the limit resets (up to 24 hours). Tell your administrator: an unexpected "
                       "limit can mean that someone else is using your account."),
     QT_TRANSLATE_NOOP("Ndr::Explanation", "Exchange Online: sending limit reached")},
    // Exchange Online 5.1.8 "Access denied, bad outbound sender": the account is blocked.
    {"exo-blocked-sender", nullptr, "bad outbound sender|banned sender|sender (?:is )?restricted from sending",
     kMicrosoft, FixOwner::SenderAdmin, StopPoint::YourServer, Permanence::Permanent,
     QT_TRANSLATE_NOOP("Ndr::Explanation", "Your account may not send mail"),
     QT_TRANSLATE_NOOP("Ndr::Explanation",
                       "Your own mail server has stopped your account from sending, usually because it sent mail "
                       "that looked like spam. This often means that someone else knows your password."),
     QT_TRANSLATE_NOOP("Ndr::Explanation",
                       "Change your password and tell your administrator, who can check the account and unblock "
                       "it. Resend only after that.")},
    // Exchange's directory lookup (kExchangeRecipientNotFound). Exchange Online sends it as
    // 5.1.10, which RFC 7505 gives to a domain's null MX: the technical line must not say that.
    {"exo-recipient-not-found", "^5\\.1\\.10$", kExchangeRecipientNotFound, nullptr, FixOwner::Sender,
     StopPoint::RecipientServer, Permanence::Permanent, kNotFoundSummary, kNotFoundPlain, kNotFoundAdvice,
     QT_TRANSLATE_NOOP("Ndr::Explanation", "Exchange: recipient not found in the directory")},
    {"exo-recipient-not-found", nullptr, kExchangeRecipientNotFound, nullptr, FixOwner::Sender,
     StopPoint::RecipientServer, Permanence::Permanent, kNotFoundSummary, kNotFoundPlain, kNotFoundAdvice},
    // 5.7.1 and friends: a group or mailbox that takes mail only from some senders
    // (RESOLVER.RST.*: NotAuthorized, AuthRequired, restricted distribution lists).
    {"restricted-recipient", "^5\\.7\\.\\d+$|^$",
     "not (?:authori[sz]ed|allowed|permitted) to send to (?:this|the) (?:recipient|group|distribution list|list|mailbox)|"
     "resolver\\.rst\\.|delivery restrictions|restricted (?:group|distribution list|recipient)|"
     "only (?:accepts?|receives?) (?:mail|messages|e-?mail) from|requires that senders be authenticated|"
     "sender not (?:in|on) (?:the )?allow(?:ed)?[ -]?(?:senders )?list",
     nullptr, FixOwner::RecipientSide, StopPoint::RecipientServer, Permanence::Permanent,
     QT_TRANSLATE_NOOP("Ndr::Explanation", "You may not send to this group or person"),
     QT_TRANSLATE_NOOP("Ndr::Explanation",
                       "The recipient is a group or a mailbox that accepts mail only from certain senders, for "
                       "example people in its own organisation or members of the group, and you are not one of them."),
     QT_TRANSLATE_NOOP("Ndr::Explanation",
                       "You cannot fix this yourself. Ask the group's owner or the recipient's administrator to allow "
                       "you to send to it, or reach the recipient another way.")},
};

struct CompiledRule {
    const SpecialRule *rule;
    QRegularExpression status, pattern, reporter;
};

const QList<CompiledRule> &compiledRules()
{
    static const QList<CompiledRule> rules = [] {
        QList<CompiledRule> out;
        const auto options = QRegularExpression::CaseInsensitiveOption;
        for (const SpecialRule &r : kSpecialRules) {
            CompiledRule c{&r, {}, QRegularExpression(QString::fromLatin1(r.pattern), options), {}};
            if (r.status)
                c.status = QRegularExpression(QString::fromLatin1(r.status));
            if (r.reporter)
                c.reporter = QRegularExpression(QString::fromLatin1(r.reporter), options);
            out.append(c);
        }
        return out;
    }();
    return rules;
}

QString effectiveStatus(const Failure &f, const QString &words)
{
    if (!f.status.isEmpty())
        return f.status;
    if (f.ndrStatusCode) {
        const QString s = statusFromNdrStatusCode(*f.ndrStatusCode);
        if (!s.isEmpty())
            return s;
    }
    const QString fromText = findStatusInText(words);
    if (!fromText.isEmpty())
        return fromText;
    return statusFromMapiCodes(f.ndrReasonCode, f.ndrDiagCode);
}

const SpecialRule *specialRule(const QString &status, const QString &words, const QString &reporter)
{
    if (words.isEmpty())
        return nullptr;
    for (const CompiledRule &c : compiledRules()) {
        if (c.rule->status && !c.status.match(status).hasMatch())
            continue;
        if (c.rule->reporter && !c.reporter.match(reporter).hasMatch() && !c.reporter.match(words).hasMatch())
            continue;
        if (c.pattern.match(words).hasMatch())
            return c.rule;
    }
    return nullptr;
}

StopPoint stopForReason(const QString &reason, const Failure &f)
{
    for (const ReasonStop &r : kReasonStops) {
        if (reason == QLatin1String(r.reason)) {
            // A reason that does not say, but a remote server that answered: it stopped there.
            if (r.stop == StopPoint::Unknown && !f.remoteMta.isEmpty() && f.isFailure())
                return StopPoint::RecipientServer;
            return r.stop;
        }
    }
    return StopPoint::RecipientServer;
}

QString smtpOf(const PropertyBag &p, PropId smtp, PropId email, PropId type)
{
    QString a = smtp ? p.string(smtp) : QString();
    if (a.isEmpty()) {
        const QString e = p.string(email);
        if (p.string(type).compare(QLatin1String("SMTP"), Qt::CaseInsensitive) == 0 || e.contains(QLatin1Char('@')))
            a = e;
    }
    return a.trimmed();
}

bool carriesNdrProps(const PropertyBag &p)
{
    for (PropId id : {PR_NDR_REASON_CODE, PR_NDR_DIAG_CODE, PR_NDR_STATUS_CODE, PR_SUPPLEMENTARY_INFO, PR_DSN_REMOTE_MTA})
        if (p.contains(id))
            return true;
    return false;
}

QString domainOf(const QString &address)
{
    const int at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : address.mid(at + 1).toLower();
}

QString localPartOf(const QString &address)
{
    const int at = address.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? address.toLower() : address.left(at).toLower();
}

// The organisation's own domain, roughly: the last two labels, or three under a country's
// second level ("example.co.jp"). Mail systems send from subdomains of it ("em.example.com",
// "mailer.example.com") without anything being forged.
QString organisationDomain(const QString &domain)
{
    const QStringList labels = domain.split(QLatin1Char('.'), Qt::SkipEmptyParts);
    if (labels.size() <= 2)
        return domain;
    const QString &second = labels.at(labels.size() - 2);
    static const QStringList kSecondLevel = {QStringLiteral("co"), QStringLiteral("com"), QStringLiteral("net"),
                                             QStringLiteral("org"), QStringLiteral("ac"), QStringLiteral("gov"),
                                             QStringLiteral("edu"), QStringLiteral("ne"), QStringLiteral("or"),
                                             QStringLiteral("go")};
    const int keep = labels.last().size() == 2 && kSecondLevel.contains(second) ? 3 : 2;
    return labels.mid(labels.size() - keep).join(QLatin1Char('.'));
}

} // namespace

Explanation explainFailure(const Failure &failure, const QString &reportReportingMta)
{
    Explanation e;
    e.delayed = failure.isDelayed();
    e.permanent = failure.isPermanent() && !e.delayed;

    const QString words = QStringList{failure.diagnosticCode, failure.supplementaryInfo}.join(QLatin1Char(' ')).simplified();
    const QString status = effectiveStatus(failure, words);
    const QString reporter = QStringList{failure.reportingMta, reportReportingMta, failure.remoteMta}.join(QLatin1Char(' '));

    if (const SpecialRule *rule = specialRule(status, words, reporter)) {
        e.key = QString::fromLatin1(rule->key);
        e.summary = translated(rule->summary);
        e.plain = translated(rule->plain);
        e.advice = translated(rule->advice);
        if (rule->statusMeaning)
            e.statusMeaning = translated(rule->statusMeaning);
        e.owner = rule->owner;
        e.stoppedAt = rule->stop;
        if (rule->permanence != Permanence::AsReported && !e.delayed)
            e.permanent = rule->permanence == Permanence::Permanent;
        return e;
    }

    // "filtered" from an unknown-user refusal that did not answer RCPT (reason.cpp): the user
    // still needs to hear that the address was refused, and to check it first.
    if (failure.reason == QLatin1String("filtered") && reasonFromText(words, QString()) == QStringLiteral("userunknown")) {
        e.key = QStringLiteral("filtered-address-refused");
        e.summary = QCoreApplication::translate("Ndr::Explanation", "Address refused by the recipient's server");
        e.plain = failure.smtpCommand == QLatin1String("DATA")
            ? QCoreApplication::translate("Ndr::Explanation",
                                          "The recipient's server refused the message for this address, saying that "
                                          "the address does not exist, but only after it had received the whole "
                                          "message. A filter or the mailbox's settings may have refused it rather "
                                          "than a wrong address.")
            : QCoreApplication::translate("Ndr::Explanation",
                                          "The recipient's server refused the message for this address, saying that "
                                          "the address does not exist. The report does not say at which step, so a "
                                          "filter or the mailbox's settings may have refused it rather than a wrong "
                                          "address.");
        e.advice = QCoreApplication::translate("Ndr::Explanation",
                                               "Check the address for typing mistakes. If it is right, reach the "
                                               "recipient another way and ask them to accept your mail.");
        e.owner = FixOwner::Sender;
        e.stoppedAt = e.delayed ? StopPoint::YourServer : StopPoint::RecipientServer;
        // Refused as unknown, the same address is refused again, unless the server itself
        // called the refusal temporary (4.x.x or 4xx).
        const bool saidTemporary = failure.status.startsWith(QLatin1Char('4'))
            || (failure.replyCode >= 400 && failure.replyCode < 500);
        e.permanent = !e.delayed && !saidTemporary;
        return e;
    }

    const ReasonInfo &info = reasonInfo(failure.reason);
    e.key = QString::fromLatin1(info.key);
    e.summary = QCoreApplication::translate("Ndr::Reason", info.summary);
    e.plain = QCoreApplication::translate("Ndr::Reason", info.plain);
    e.advice = QCoreApplication::translate("Ndr::Reason", info.advice);
    e.owner = info.owner;
    e.stoppedAt = e.delayed ? StopPoint::YourServer : stopForReason(e.key, failure);
    return e;
}

QString fixOwnerPhrase(FixOwner owner)
{
    switch (owner) {
    case FixOwner::Sender:
        return QCoreApplication::translate("Ndr::Explanation", "you, the sender.");
    case FixOwner::SenderAdmin:
        return QCoreApplication::translate("Ndr::Explanation", "your email administrator.");
    case FixOwner::RecipientSide:
        return QCoreApplication::translate("Ndr::Explanation", "the recipient or their email administrator.");
    case FixOwner::Nobody:
        break;
    }
    return QCoreApplication::translate("Ndr::Explanation", "nobody needs to act; it may resolve itself.");
}

QString pathSentence(StopPoint stop, FixOwner owner, bool delayed)
{
    QString where;
    switch (stop) {
    case StopPoint::YourProgram:
        where = QCoreApplication::translate("Ndr::Explanation", "The message did not leave your mail program.");
        break;
    case StopPoint::YourServer:
        where = delayed ? QCoreApplication::translate("Ndr::Explanation", "The message is waiting at your mail "
                                                                          "server, which is still trying to deliver it.")
                        : QCoreApplication::translate("Ndr::Explanation", "The message stopped at your mail server.");
        break;
    case StopPoint::RecipientServer:
        where = delayed
            ? QCoreApplication::translate("Ndr::Explanation", "The message is waiting at the recipient's server.")
            : QCoreApplication::translate("Ndr::Explanation", "The message stopped at the recipient's server.");
        break;
    case StopPoint::Unknown:
        where = QCoreApplication::translate("Ndr::Explanation", "The report does not say where the message stopped.");
        break;
    }
    QString who;
    switch (owner) {
    case FixOwner::Sender:
        who = QCoreApplication::translate("Ndr::Explanation", "You can fix it.");
        break;
    case FixOwner::SenderAdmin:
        who = QCoreApplication::translate("Ndr::Explanation", "Your administrator can fix it.");
        break;
    case FixOwner::RecipientSide:
        who = QCoreApplication::translate("Ndr::Explanation", "The recipient's side can fix it.");
        break;
    case FixOwner::Nobody:
        who = QCoreApplication::translate("Ndr::Explanation", "Nobody needs to act.");
        break;
    }
    return where + QLatin1Char(' ') + who;
}

BackscatterCheck checkBackscatter(const NdrReport &report)
{
    BackscatterCheck out;
    if (report.kind() != Kind::NonDelivery && report.kind() != Kind::Delay)
        return out;
    const Message &r = report.report();

    // Who the report came to: its received-by family, else its first plain To row (a DSN's To).
    QString addressee = smtpOf(r.props, PR_RECEIVED_BY_SMTP_ADDRESS, PR_RECEIVED_BY_EMAIL_ADDRESS, PR_RECEIVED_BY_ADDRTYPE);
    if (addressee.isEmpty())
        addressee = smtpOf(r.props, PR_RCVD_REPRESENTING_SMTP_ADDRESS, 0, 0);
    if (addressee.isEmpty()) {
        for (const Recipient &rcpt : r.recipients) {
            if (rcpt.type() == MAPI_TO && !carriesNdrProps(rcpt.props) && !rcpt.smtpAddress().isEmpty()) {
                addressee = rcpt.smtpAddress();
                break;
            }
        }
    }

    // Who the bounced message says it is from: From and Sender of the original, else the
    // report's copy of them ([MS-OXPROPS] PidTagOriginalSender*, PidTagOriginalSentRepresenting*).
    QStringList senders;
    if (const auto original = report.original()) {
        senders << smtpOf(original->props, PR_SENT_REPRESENTING_SMTP_ADDRESS, PR_SENT_REPRESENTING_EMAIL_ADDRESS,
                          PR_SENT_REPRESENTING_ADDRTYPE)
                << smtpOf(original->props, PR_SENDER_SMTP_ADDRESS, PR_SENDER_EMAIL_ADDRESS, PR_SENDER_ADDRTYPE);
    }
    senders << smtpOf(r.props, 0, PR_ORIGINAL_SENT_REPRESENTING_EMAIL_ADDRESS, PR_ORIGINAL_SENT_REPRESENTING_ADDRTYPE)
            << smtpOf(r.props, 0, PR_ORIGINAL_SENDER_EMAIL_ADDRESS, PR_ORIGINAL_SENDER_ADDRTYPE);
    senders.removeAll(QString());
    if (addressee.isEmpty() || senders.isEmpty())
        return out;
    out.addressee = addressee;
    out.originalSender = senders.first();

    // A different mailbox of the same organisation (an alias, a delegate, a bulk mailer's
    // bounce address on a subdomain) or the same name at another of the user's domains is
    // more often ordinary than forged: only a sender elsewhere counts.
    const QString home = organisationDomain(domainOf(addressee));
    const QString name = localPartOf(addressee);
    for (const QString &s : std::as_const(senders)) {
        if (organisationDomain(domainOf(s)) == home || localPartOf(s) == name)
            return out;
    }
    out.likely = !home.isEmpty();
    return out;
}

} // namespace Ndr::Report
