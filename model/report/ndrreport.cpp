#include "ndrreport.h"

#include "bouncetext.h"
#include "deliverystatus.h"

#include <QHash>
#include <QSet>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <vector>

Q_LOGGING_CATEGORY(lcReport, "ndr.report")

namespace Ndr::Report {

using namespace Mapi;

namespace {

const QString kDsnMimeTag = QStringLiteral("message/delivery-status");
const QString kArfMimeTag = QStringLiteral("message/feedback-report");

constexpr PropId kNdrProps[] = {PR_NDR_REASON_CODE, PR_NDR_DIAG_CODE, PR_NDR_STATUS_CODE, PR_DSN_REMOTE_MTA,
                                PR_SUPPLEMENTARY_INFO};

bool hasNdrProps(const PropertyBag &props)
{
    // Asked of each of the original's rows, 10,000 in a large report. The ids lie close together
    // (0x0C04 to 0x0C21): one search finds where to look.
    constexpr PropId first = *std::min_element(std::begin(kNdrProps), std::end(kNdrProps));
    constexpr PropId last = *std::max_element(std::begin(kNdrProps), std::end(kNdrProps));
    for (auto it = props.lowerBound(first); it != props.cend() && !it.key().isNamed() && it.key().id <= last; ++it) {
        if (std::find(std::begin(kNdrProps), std::end(kNdrProps), it.key().id) != std::end(kNdrProps))
            return true;
    }
    return false;
}

QString key(const QString &address) { return address.trimmed().toLower(); }

bool isAscii(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

// "<server.example.com #5.1.1 smtp;550 5.1.1 User unknown>" ([MS-OXCMAIL] 2.2.3.7.1.2):
// the remote MTA, the status and the diagnostic text.
struct SupplementaryInfo {
    QString remoteMta, status, diagnostic;
};
SupplementaryInfo parseSupplementaryInfo(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*<?\\s*([^#<>\\s]*)\\s*#([245]\\.\\d{1,3}\\.\\d{1,3})\\s*(.*?)>?\\s*$"),
        QRegularExpression::DotMatchesEverythingOption);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return {{}, {}, text.trimmed()};
    QString diagnostic = m.captured(3).trimmed();
    if (const auto typed = splitTyped(diagnostic); !typed.first.isEmpty())
        diagnostic = typed.second;
    return {m.captured(1), m.captured(2), diagnostic};
}

Failure failureFromRow(const Recipient &row, Source source, const QString &action)
{
    Failure f;
    f.source = source;
    f.action = action;
    f.address = row.smtpAddress();
    if (f.address.isEmpty())
        f.address = row.props.string(PR_EMAIL_ADDRESS);
    f.displayName = row.displayName();
    f.ndrReasonCode = row.props.int32(PR_NDR_REASON_CODE);
    f.ndrDiagCode = row.props.int32(PR_NDR_DIAG_CODE);
    f.ndrStatusCode = row.props.int32(PR_NDR_STATUS_CODE);
    f.remoteMta = row.props.string(PR_DSN_REMOTE_MTA);
    f.supplementaryInfo = row.props.string(PR_SUPPLEMENTARY_INFO);
    f.reportTime = row.props.time(PR_REPORT_TIME);
    if (!f.supplementaryInfo.isEmpty()) {
        const SupplementaryInfo info = parseSupplementaryInfo(f.supplementaryInfo);
        f.diagnosticCode = info.diagnostic;
        f.status = info.status;
        if (f.remoteMta.isEmpty())
            f.remoteMta = info.remoteMta;
    }
    if (f.diagnosticCode.isEmpty())
        f.diagnosticCode = row.props.string(PR_REPORT_TEXT).trimmed();
    if (f.status.isEmpty() && f.ndrStatusCode)
        f.status = statusFromNdrStatusCode(*f.ndrStatusCode);
    if (f.status.isEmpty())
        f.status = findStatusInText(f.diagnosticCode);
    if (f.status.isEmpty() && (f.ndrDiagCode || f.ndrReasonCode))
        f.status = statusFromMapiCodes(f.ndrReasonCode, f.ndrDiagCode);
    return f;
}

QString statusField(const QString &value)
{
    // RFC 3464 2.3.4: "5.1.1" possibly followed by a comment.
    static const QRegularExpression re(QStringLiteral("([245]\\.\\d{1,3}\\.\\d{1,3})"));
    const auto m = re.match(value);
    return m.hasMatch() ? m.captured(1) : QString();
}

QList<Failure> failuresFromDeliveryStatus(const QByteArray &body, QString *reportingMta)
{
    const DeliveryStatus dsn = parseDeliveryStatus(body);
    // RFC 3464 2.2.2 Reporting-MTA, 2.2.5 Arrival-Date
    const QString reporting = splitTyped(dsn.perMessage.value("reporting-mta")).second;
    if (reportingMta && reportingMta->isEmpty())
        *reportingMta = reporting;
    const QDateTime arrival = parseRfc5322Date(dsn.perMessage.value("arrival-date"));

    QList<Failure> failures;
    for (const DsnFields &group : dsn.perRecipient) {
        Failure f;
        f.source = Source::DeliveryStatus;
        // RFC 3464 2.3.2 Final-Recipient, 2.3.1 Original-Recipient
        f.address = addressFromTypedField(group.value("final-recipient"));
        f.originalRecipient = addressFromTypedField(group.value("original-recipient"));
        if (f.address.isEmpty())
            f.address = f.originalRecipient;
        if (f.address.isEmpty())
            continue;
        f.action = group.value("action").section(QLatin1Char(' '), 0, 0).toLower();  // 2.3.3
        f.status = statusField(group.value("status"));                              // 2.3.4
        f.remoteMta = splitTyped(group.value("remote-mta")).second;                 // 2.3.5
        const auto [diagType, diagText] = splitTyped(group.value("diagnostic-code"));  // 2.3.6
        f.diagnosticType = diagType;
        f.diagnosticCode = diagText;
        f.reportTime = parseRfc5322Date(group.value("last-attempt-date"));          // 2.3.7
        if (!f.reportTime.isValid())
            f.reportTime = arrival;
        f.displayName = group.value("x-display-name");  // Exchange's extension
        f.supplementaryInfo = group.value("x-supplementary-info");
        f.reportingMta = reporting;
        if (f.diagnosticCode.isEmpty() && !f.supplementaryInfo.isEmpty())
            f.diagnosticCode = parseSupplementaryInfo(f.supplementaryInfo).diagnostic;
        // A bare "5.0.0" says less than the server's own words when they carry "5.1.1".
        if (const QString inText = findStatusInText(f.diagnosticCode);
            f.status.isEmpty() || (f.status.mid(1) == QLatin1String(".0.0") && inText.startsWith(f.status.left(1))))
            f.status = inText.isEmpty() ? f.status : inText;
        failures.append(f);
    }
    return failures;
}

bool isAutoReply(const Message &report)
{
    const QString headers = report.props.string(PR_TRANSPORT_MESSAGE_HEADERS);
    static const QRegularExpression autoRe(
        QStringLiteral("^(auto-submitted:\\s*auto-replied|x-autoreply:|x-autorespond:|x-auto-response-suppress:\\s*all)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    if (autoRe.match(headers).hasMatch())
        return true;
    const QString cls = report.messageClass();
    return cls.startsWith(QLatin1String("IPM.Note.Rules.OofTemplate"), Qt::CaseInsensitive)
        || cls.startsWith(QLatin1String("IPM.Note.Rules.ReplyTemplate"), Qt::CaseInsensitive);
}

} // namespace

QString kindKey(Kind kind)
{
    switch (kind) {
    case Kind::NonDelivery: return QStringLiteral("ndr");
    case Kind::Delay: return QStringLiteral("delay");
    case Kind::Delivery: return QStringLiteral("dr");
    case Kind::Read: return QStringLiteral("ipnrn");
    case Kind::NonRead: return QStringLiteral("ipnnrn");
    case Kind::AbuseReport: return QStringLiteral("arf");
    case Kind::AutoReply: return QStringLiteral("autoreply");
    case Kind::NotAReport: return QStringLiteral("none");
    }
    return QStringLiteral("none");
}

Kind kindFromMessageClass(const QString &messageClass)
{
    const QString cls = messageClass.toUpper();
    if (!cls.startsWith(QLatin1String("REPORT.")))
        return Kind::NotAReport;
    // [MAPI report messages]: REPORT.<original class>.<NDR|DR|IPNRN|IPNNRN>
    struct Suffix {
        const char *suffix;
        Kind kind;
    };
    static constexpr Suffix kSuffixes[] = {
        {".NDR", Kind::NonDelivery}, {".DR", Kind::Delivery},   {".IPNNRN", Kind::NonRead},
        {".IPNRN", Kind::Read},      {".DELAYED", Kind::Delay}, {".RELAYED", Kind::Delivery},
    };
    for (const Suffix &s : kSuffixes)
        if (cls.endsWith(QLatin1String(s.suffix)))
            return s.kind;
    return Kind::NotAReport;
}

bool Failure::isFailure() const
{
    const QString a = action.toLower();
    if (a == QLatin1String("failed") || a == QLatin1String("delayed"))
        return true;
    if (a == QLatin1String("delivered") || a == QLatin1String("relayed") || a == QLatin1String("expanded"))
        return false;
    if (status.startsWith(QLatin1Char('2')))
        return false;
    return true;  // a report that names a recipient without an action names a failure
}

bool Failure::isDelayed() const
{
    return action.compare(QLatin1String("delayed"), Qt::CaseInsensitive) == 0;
}

bool Failure::isPermanent() const
{
    if (isDelayed())
        return false;
    if (status.startsWith(QLatin1Char('4')))
        return false;
    if (status.startsWith(QLatin1Char('5')))
        return true;
    if (replyCode >= 400 && replyCode < 500)
        return false;
    return reasonInfo(reason).hard || replyCode >= 500 || ndrReasonCode || ndrDiagCode;
}

void Failure::mergeFrom(const Failure &o)
{
    auto fill = [](QString &mine, const QString &theirs) {
        if (mine.isEmpty())
            mine = theirs;
    };
    fill(originalRecipient, o.originalRecipient);
    fill(displayName, o.displayName);
    fill(action, o.action);
    fill(status, o.status);
    fill(diagnosticCode, o.diagnosticCode);
    fill(diagnosticType, o.diagnosticType);
    fill(remoteMta, o.remoteMta);
    fill(reportingMta, o.reportingMta);
    fill(supplementaryInfo, o.supplementaryInfo);
    fill(smtpCommand, o.smtpCommand);
    if (!replyCode)
        replyCode = o.replyCode;
    if (!reportTime.isValid())
        reportTime = o.reportTime;
    if (!ndrReasonCode)
        ndrReasonCode = o.ndrReasonCode;
    if (!ndrDiagCode)
        ndrDiagCode = o.ndrDiagCode;
    if (!ndrStatusCode)
        ndrStatusCode = o.ndrStatusCode;
}

std::shared_ptr<const Message> findOriginal(const Message &report)
{
    for (const Attachment &a : report.attachments) {
        if (a.method() != ATTACH_EMBEDDED_MSG || !a.embedded)
            continue;
        if (a.embedded->messageClass().startsWith(QLatin1String("REPORT."), Qt::CaseInsensitive))
            continue;
        return a.embedded;
    }
    return nullptr;
}

NdrReport NdrReport::fromMessage(std::shared_ptr<const Message> report)
{
    NdrReport r;
    r.m_report = report ? std::move(report) : std::make_shared<const Message>();
    r.m_original = findOriginal(*r.m_report);
    if (!r.m_original) {
        r.m_original = quotedOriginal(*r.m_report);
        r.m_originalQuoted = r.m_original != nullptr;
    }
    r.gather();
    r.buildRows();
    return r;
}

bool NdrReport::setOriginal(std::shared_ptr<const Message> original)
{
    bool matches = true;
    const QString wanted = m_original ? m_original->props.string(PR_INTERNET_MESSAGE_ID).trimmed() : QString();
    const QString given = original ? original->props.string(PR_INTERNET_MESSAGE_ID).trimmed() : QString();
    // A mismatch is the caller's to word and decide (ask the user); it is not a read problem.
    if (!wanted.isEmpty() && wanted != given)
        matches = false;
    m_original = std::move(original);
    m_originalHeadersOnly = false;
    m_originalQuoted = false;
    m_failures.clear();
    gather();
    buildRows();
    return matches;
}

void NdrReport::gather()
{
    const Message &report = *m_report;
    m_kind = kindFromMessageClass(report.messageClass());
    m_reportingMta = report.props.string(PR_REPORTING_MTA);
    if (m_original && !m_originalHeadersOnly)
        m_originalHeadersOnly = m_original->props.boolean(
            PropKey::string(PS_PUBLIC_STRINGS, QStringLiteral("x-ndr-headers-only"))).value_or(false);

    QMap<QString, qsizetype> byAddress;
    auto add = [&](Failure f) {
        const QString k = key(f.address.isEmpty() ? f.displayName : f.address);
        if (k.isEmpty())
            return;
        if (const auto it = byAddress.constFind(k); it != byAddress.cend()) {
            m_failures[*it].mergeFrom(f);
            return;
        }
        byAddress.insert(k, m_failures.size());
        m_failures.append(std::move(f));
    };

    // The rows of a delivery report name recipients that were reached, not failures.
    const QString rowAction = m_kind == Kind::Delivery ? QStringLiteral("delivered") : QStringLiteral("failed");
    // 1. the report's own rows carrying NDR properties (Exchange, [MS-OXCMAIL] 2.2.3.7.1)
    for (const Recipient &row : report.recipients)
        if (hasNdrProps(row.props))
            add(failureFromRow(row, Source::ReportRecipient, rowAction));
    // 2. the attached original's rows carrying NDR properties (the MAPI documents)
    if (m_original)
        for (const Recipient &row : m_original->recipients)
            if (hasNdrProps(row.props))
                add(failureFromRow(row, Source::OriginalRecipient, rowAction));
    // 3. message/delivery-status parts (RFC 3464)
    bool abuse = false;
    for (const Attachment &a : report.attachments) {
        const QString tag = a.mimeTag().toLower();
        if (tag == kDsnMimeTag || tag == QLatin1String("message/global-delivery-status")) {
            for (Failure &f : failuresFromDeliveryStatus(a.data(), &m_reportingMta))
                add(std::move(f));
        } else if (tag == kArfMimeTag) {
            abuse = true;
        }
    }
    // 4. the text of a non-standard bounce: enriches what we have, or is all we have
    const bool structured = !m_failures.isEmpty();
    if (m_kind == Kind::NonDelivery || m_kind == Kind::NotAReport || m_kind == Kind::Delay) {
        for (Failure &f : failuresFromBodyText(report)) {
            f.source = Source::BodyText;
            const QString k = key(f.address);
            if (structured && !byAddress.contains(k))
                continue;  // the structured sources are authoritative about who failed
            add(std::move(f));
        }
    }

    for (Failure &f : m_failures) {
        if (f.reportingMta.isEmpty())
            f.reportingMta = m_reportingMta;
        if (!f.replyCode)
            f.replyCode = findReplyCodeInText(f.diagnosticCode);
        if (f.reportTime.isValid() == false)
            f.reportTime = reportTime();
        if (f.smtpCommand.isEmpty())
            f.smtpCommand = smtpCommandInText(f.diagnosticCode);
        // Who said it: the server that refused (Remote-MTA) and the one that reports it.
        const QString reporter = QStringList{f.reportingMta, f.remoteMta}.join(QLatin1Char(' ')).trimmed();
        f.reason = classify({f.status, f.replyCode, f.diagnosticCode, reporter, f.action, f.ndrReasonCode,
                             f.ndrDiagCode, f.ndrStatusCode, f.smtpCommand});
    }

    // The kind of an ordinary message or a DSN follows what it says.
    const bool anyFailed = std::any_of(m_failures.cbegin(), m_failures.cend(), [](const Failure &f) {
        return f.isFailure() && !f.isDelayed();
    });
    const bool anyDelayed = std::any_of(m_failures.cbegin(), m_failures.cend(), [](const Failure &f) {
        return f.isDelayed();
    });
    if (abuse)
        m_kind = Kind::AbuseReport;
    else if (m_kind == Kind::NotAReport || m_kind == Kind::Delay || m_kind == Kind::Delivery) {
        if (anyFailed)
            m_kind = Kind::NonDelivery;
        else if (anyDelayed)
            m_kind = Kind::Delay;
        else if (m_kind == Kind::NotAReport && isAutoReply(report))
            m_kind = Kind::AutoReply;
        else if (m_kind == Kind::NotAReport && !m_failures.isEmpty())
            m_kind = Kind::Delivery;
    }
    if (m_kind == Kind::AbuseReport || m_kind == Kind::AutoReply || m_kind == Kind::Read
        || m_kind == Kind::NonRead)
        m_failures.clear();  // named as what they are, never shown as failures
}

void NdrReport::buildRows()
{
    m_rows.clear();
    QList<bool> joined(m_failures.size(), false);
    std::vector<std::shared_ptr<const Failure>> failures;  // what the rows share
    failures.reserve(size_t(m_failures.size()));
    for (const Failure &f : std::as_const(m_failures))
        failures.push_back(std::make_shared<const Failure>(f));
    if (m_original) {
        m_rows.reserve(m_original->recipients.size() + m_failures.size());
        for (int i = 0; i < m_original->recipients.size(); ++i) {
            const Recipient &r = m_original->recipients.at(i);
            RecipientRow row;
            row.originalIndex = i;
            row.displayName = r.displayName();
            row.address = r.smtpAddress();
            if (row.address.isEmpty())
                row.address = r.props.string(PR_EMAIL_ADDRESS);
            row.recipientType = r.type();
            m_rows.append(std::move(row));
        }
        // Join by SMTP address first, then by display name as a last resort (DESIGN.md). Each
        // failure takes the first row in table order that matches and has no failure yet; the
        // rows are looked up by key, so 10,000 failures against 10,000 rows stay linear.
        struct RowsByKey {  // the first row of each key; from each row, the next with its key
            QHash<QString, qsizetype> first;
            std::vector<qsizetype> next;
        };
        // Only rows whose key a failure waits for are indexed. An ASCII name's key is as long as
        // the name (trimmed, for a name that is an address), so most rows of a big table are
        // passed over without making their key.
        auto index = [this](const QSet<QString> &wanted, auto nameOf, auto keyOf) {
            QSet<qsizetype> lengths;
            for (const QString &k : wanted)
                lengths.insert(k.size());
            RowsByKey rows;
            rows.next.assign(size_t(m_rows.size()), -1);
            for (qsizetype i = m_rows.size(); i-- > 0;) {  // backwards: each key's chain in table order
                const QStringView name = nameOf(m_rows[i].displayName);
                if (!lengths.contains(name.size()) && isAscii(name))
                    continue;
                const QString k = keyOf(m_rows[i].displayName);
                if (!wanted.contains(k))
                    continue;
                rows.next[size_t(i)] = rows.first.value(k, -1);
                rows.first.insert(k, i);
            }
            return rows;
        };
        auto firstFree = [this](RowsByKey &rows, const QString &k) -> qsizetype {
            const auto it = k.isEmpty() ? rows.first.end() : rows.first.find(k);
            if (it == rows.first.end())
                return -1;
            while (*it >= 0 && m_rows[*it].failure)
                *it = rows.next[size_t(*it)];  // taken rows leave the chain
            return *it;
        };
        auto join = [&](qsizetype f, qsizetype row) {
            if (row < 0)
                return;
            m_rows[row].failure = failures[size_t(f)];
            joined[f] = true;
        };
        // By address, in one pass over the rows: the failures wait under their key, and each
        // row takes the first still waiting under its own. The k-th row with an address joins
        // the k-th failure with it, as taking the first free row for each failure would do.
        QHash<QString, QList<qsizetype>> waiting;
        for (qsizetype f = 0; f < m_failures.size(); ++f)
            if (const QString k = key(m_failures[f].address); !k.isEmpty())
                waiting[k].append(f);
        for (qsizetype i = 0; i < m_rows.size() && !waiting.isEmpty(); ++i) {
            const auto it = waiting.find(key(m_rows[i].address));
            if (it == waiting.end())
                continue;
            join(it->takeFirst(), i);
            if (it->isEmpty())
                waiting.erase(it);
        }
        if (joined.contains(false)) {
            auto nameKey = [](const QString &name) { return name.trimmed().toCaseFolded(); };
            QSet<QString> names, addresses;
            for (qsizetype f = 0; f < m_failures.size(); ++f) {
                if (!joined[f]) {
                    names.insert(nameKey(m_failures[f].displayName));
                    addresses.insert(key(m_failures[f].address));
                }
            }
            names.remove(QString());
            addresses.remove(QString());
            RowsByKey byName = index(names, [](const QString &n) { return QStringView(n); },
                                     [](const QString &n) { return n.toCaseFolded(); });
            RowsByKey byNameAsAddress = index(addresses, [](const QString &n) { return QStringView(n).trimmed(); },
                                              key);  // a name that is an address
            for (qsizetype f = 0; f < m_failures.size(); ++f) {
                if (joined[f])
                    continue;
                const qsizetype byItsName = firstFree(byName, nameKey(m_failures[f].displayName));
                const qsizetype byItsAddress = firstFree(byNameAsAddress, key(m_failures[f].address));
                join(f, byItsName < 0 ? byItsAddress : byItsAddress < 0 ? byItsName : qMin(byItsName, byItsAddress));
            }
        }
    }
    // A failure that joins no row: forwarding, list expansion, Bcc, or no original at all.
    for (qsizetype f = 0; f < m_failures.size(); ++f) {
        if (joined[f])
            continue;
        RecipientRow row;
        row.displayName = m_failures[f].displayName;
        row.address = m_failures[f].address;
        row.failure = failures[size_t(f)];
        m_rows.append(std::move(row));
    }
}

QList<RecipientRow> NdrReport::failedRows() const
{
    QList<RecipientRow> rows;
    for (const RecipientRow &r : m_rows)
        if (r.failed())
            rows.append(r);
    return rows;
}

int NdrReport::failedCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const RecipientRow &r) { return r.failed(); }));
}

QString NdrReport::originalSubject() const
{
    if (m_original && m_original->props.contains(PR_SUBJECT))
        return m_original->subject();
    const QString subject = m_report->props.string(PR_ORIGINAL_SUBJECT);
    if (!subject.isEmpty())
        return subject;
    // "Undeliverable: <subject>" and its kin carry the original's subject; other report
    // subjects ("Undelivered Mail Returned to Sender") do not, and the subject is unknown.
    static const QRegularExpression prefix(
        QStringLiteral("^\\s*(undeliverable|undelivered|unzustellbar|non remis|delivery failure|failure notice|"
                       "returned mail|delivered|read|not read|delayed)\\s*:\\s*(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = prefix.match(m_report->subject());
    return m.hasMatch() ? m.captured(2).trimmed() : QString();
}

QDateTime NdrReport::originalSentTime() const
{
    if (m_original) {
        const QDateTime t = m_original->props.time(PR_CLIENT_SUBMIT_TIME);
        if (t.isValid())
            return t;
    }
    return m_report->props.time(PR_ORIGINAL_SUBMIT_TIME);
}

QString NdrReport::originalMessageClass() const
{
    const QString orig = m_report->props.string(PR_ORIG_MESSAGE_CLASS);
    if (!orig.isEmpty())
        return orig;
    if (m_original && !m_original->messageClass().isEmpty())
        return m_original->messageClass();
    // REPORT.IPM.Note.NDR -> IPM.Note
    QString cls = m_report->messageClass();
    if (cls.startsWith(QLatin1String("REPORT."), Qt::CaseInsensitive)) {
        cls = cls.mid(7);
        cls.truncate(cls.lastIndexOf(QLatin1Char('.')));
        if (!cls.isEmpty())
            return cls;
    }
    return QStringLiteral("IPM.Note");
}

QDateTime NdrReport::reportTime() const
{
    for (PropId id : {PR_MESSAGE_DELIVERY_TIME, PR_CLIENT_SUBMIT_TIME, PR_CREATION_TIME}) {
        const QDateTime t = m_report->props.time(id);
        if (t.isValid())
            return t;
    }
    return {};
}

QString NdrReport::addresseeName() const
{
    if (m_original) {
        for (PropId id : {PR_SENDER_NAME, PR_SENT_REPRESENTING_NAME}) {
            const QString name = m_original->props.string(id);
            if (!name.isEmpty())
                return name;
        }
    }
    for (PropId id : {PR_RECEIVED_BY_NAME, PR_RCVD_REPRESENTING_NAME}) {
        const QString name = m_report->props.string(id);
        if (!name.isEmpty())
            return name;
    }
    for (const Recipient &r : m_report->recipients)
        if (!hasNdrProps(r.props))
            return r.displayName();
    return {};
}

QString NdrReport::addresseeAddress() const
{
    auto smtpOf = [](const PropertyBag &p, PropId smtp, PropId email, PropId type) {
        QString a = p.string(smtp);
        if (a.isEmpty() && (p.string(type).compare(QLatin1String("SMTP"), Qt::CaseInsensitive) == 0
                            || p.string(email).contains(QLatin1Char('@'))))
            a = p.string(email);
        return a;
    };
    if (m_original) {
        QString a = smtpOf(m_original->props, PR_SENDER_SMTP_ADDRESS, PR_SENDER_EMAIL_ADDRESS, PR_SENDER_ADDRTYPE);
        if (a.isEmpty())
            a = smtpOf(m_original->props, PR_SENT_REPRESENTING_SMTP_ADDRESS, PR_SENT_REPRESENTING_EMAIL_ADDRESS,
                       PR_SENT_REPRESENTING_ADDRTYPE);
        if (!a.isEmpty())
            return a;
    }
    QString a = smtpOf(m_report->props, PR_RECEIVED_BY_SMTP_ADDRESS, PR_RECEIVED_BY_EMAIL_ADDRESS, PR_RECEIVED_BY_ADDRTYPE);
    if (!a.isEmpty())
        return a;
    for (const Recipient &r : m_report->recipients)
        if (!hasNdrProps(r.props) && !r.smtpAddress().isEmpty())
            return r.smtpAddress();
    return {};
}

} // namespace Ndr::Report
