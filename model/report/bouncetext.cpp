// Source 4 of DESIGN.md: the failures a bounce states only in its words.
//
// Mail systems that send no RFC 3464 part still write their notices in a few shapes, which
// hold across versions and vendors:
//   - an address that leads a paragraph, with the reason after a colon or below it
//     (qmail "<addr>:", Exim "  addr\n    SMTP error...", Postfix "<addr> (expanded from ..): ...");
//   - a list of addresses under an introducing sentence ("The following addresses had
//     permanent fatal errors", "did not reach the following recipient(s):"), the reason in
//     the entry or in a section below ("Transcript of session follows", "For the following
//     reason:");
//   - a sentence that names the address and the failure ("Unknown user: addr", "Could not
//     be delivered to: <addr>");
//   - RFC 3464 fields written into the text (gateways that quote a DSN as prose);
//   - the X-Failed-Recipients header (Exim, Google).
// The notice ends where the returned message begins; addresses below that line are the
// original's, not failures.
#include "bouncetext.h"

#include "deliverystatus.h"
#include "mime/charsetdecoder.h"
#include "mime/mimereader.h"
#include "mime/reportclass.h"
#include "textrules.h"

#include <QRegularExpression>
#include <QSet>

namespace Ndr::Report {

using namespace Mapi;

namespace {

constexpr int kMaxLines = 5000;          // a notice longer than this is mostly a quoted message
constexpr int kMaxEntries = 500;         // failed recipients one notice lists
constexpr int kMaxDiagnosticChars = 1000;
constexpr int kMaxFollowingParagraphs = 3;

// RFC 5321 4.1.2 Mailbox, the dot-atom form real bounces use; the domain needs a dot.
const QString kAddr = QStringLiteral(
    "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z][A-Za-z0-9-]{0,61}");

QRegularExpression ci(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
}

const QRegularExpression &addressRe()
{
    static const QRegularExpression re(kAddr);
    return re;
}

// A paragraph led by an address: "addr", "<addr>", "\"addr\"", ">>> addr <addr>", "* addr",
// "name <addr>", optionally "(expanded from <x>)", then the rest.
const QRegularExpression &leadingAddressRe()
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(?:[*\\->]+\\s*)?\"?<?(%1)>?\"?(?:\\s+<(%1)>)?(?:\\s*\\([^)]*\\))?(.*)$").arg(kAddr),
        QRegularExpression::DotMatchesEverythingOption);
    return re;
}

// Local parts of mail-system mailboxes: never a failed recipient in prose.
const QRegularExpression &daemonRe()
{
    static const QRegularExpression re = ci(QStringLiteral(
        "^(postmaster|mailer[-_.]?daemon|mail[-_.]?daemon|mdaemon|abuse|hostmaster|noreply|no[-_.]?reply|"
        "bounces?|mail[-_.]?delivery|support|root)$"));
    return re;
}

// A sentence that introduces the list of failed addresses.
const QRegularExpression &introRe()
{
    static const QRegularExpression re = ci(QStringLiteral(
        "following (?:e-?mail )?(?:address|recipient|destination|list of recipients)|"
        "could not be delivered to (?:one or more|the following|all)|"
        "did not reach the following|had (?:permanent fatal |delivery |transient non-fatal )?(?:errors|problems)|"
        "recipients? (?:were|was) affected|failed permanently|address(?:es|\\(es\\))? (?:failed|deferred|delayed)|"
        "delivery to the following|unable to deliver (?:your |this )?message to the following|"
        "could not deliver (?:your |the )?(?:message|mail) to|cannot be delivered:|"
        "failure reasons|undeliverable (?:to|recipients)|not be delivered to the following|"
        "\u4ee5\u4e0b\u306e(?:\u30e1\u30fc\u30eb)?\u30a2\u30c9\u30ec\u30b9|\u9001\u4fe1\u306b\u5931\u6557|"
        "\u9001\u4fe1\u3067\u304d\u307e\u305b\u3093"));
    return re;
}

// A sentence that names the failed address itself.
const QRegularExpression &phraseRe()
{
    static const QRegularExpression re = ci(QStringLiteral(
        "unknown (?:user|recipient|address|mailbox)|(?:user|recipient|mailbox|address) (?:unknown|not found|"
        "does not exist|doesn't exist|rejected|unavailable)|no such (?:user|mailbox|recipient|address)|"
        "(?:could|can) ?not (?:be )?deliver(?:ed)? (?:to|the message to)|unable to deliver (?:message |mail )?to|"
        "error delivering (?:your )?(?:mail|message) to|failed to deliver to|delivery (?:to .{1,80} )?failed|"
        "not a member of|mailbox (?:is )?full|over quota|quota exceeded|undeliverable to|"
        "rejected (?:by|your message)|RCPT TO:|permanent(?:ly)? fail|"
        "\u5b58\u5728\u3057\u307e\u305b\u3093|\u5931\u6557\u3057\u307e\u3057\u305f"));
    return re;
}

// A heading or sentence that says the reason follows.
const QRegularExpression &reasonIntroRe()
{
    static const QRegularExpression re = ci(QStringLiteral(
        "transcript of (?:the )?session|for the following reason|reason:|server message|"
        "error that the other server returned|technical details|could not be delivered because|"
        "remote (?:host|server) said|the error (?:message|was)|delivery attempt history|smtp error|"
        "did not like our|\\bsaid:|failed with:|failure reasons"));
    return re;
}

// RFC 3464 2.2/2.3 fields.
const QRegularExpression &dsnFieldRe()
{
    static const QRegularExpression re = ci(QStringLiteral(
        "^(?:reporting-mta|received-from-mta|arrival-date|final-recipient|original-recipient|action|status|"
        "remote-mta|diagnostic-code|last-attempt-date|will-retry-until|x-postfix-[a-z-]+)\\s*:"));
    return re;
}

// Where the returned message starts: a line that only announces it (dashes and all).
const QRegularExpression &cutMarkerRe()
{
    static const QRegularExpression re = ci(QStringLiteral(
        "^\\s*[-=*_#>]*\\s*(?:-+\\s*)?(?:"
        "(?:this is |below this line is |included is )?a copy of (?:your|the) message[^\\n]{0,40}|"
        "(?:the )?(?:original|returned|unsent|undelivered|rejected) message(?: (?:follows|headers?|text))?|"
        "original message (?:header|text)s? (?:follows?|below)|message headers? follows?|"
        "(?:the )?headers? of the original message(?: is following| follows?)?|original headers?(?: follows?)?|"
        "returned mail follows|message text follows|original message follows|"
        "\u5143\u306e\u30e1\u30c3\u30bb\u30fc\u30b8[^\\n]{0,20}"
        ")\\s*[-=*_#:.]*\\s*$"));
    return re;
}

// Header fields that start a quoted message (RFC 5322 3.6); DSN fields are not among them.
const QRegularExpression &headerStartRe()
{
    static const QRegularExpression re = ci(QStringLiteral(
        "^(?:received|return-path|from|to|subject|date|message-id|mime-version|content-type|delivered-to|"
        "x-original-to|dkim-signature|domainkey-signature|arc-seal|arc-message-signature|x-received|reply-to|sender|"
        "authentication-results|x-mailer|x-originating-ip|x-envelope-from|x-envelope-to|x-google-smtp-source|"
        "cc|x-priority|references|in-reply-to|thread-index|x-ms-[a-z-]+):"));
    return re;
}

const QRegularExpression &anyHeaderRe()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z][A-Za-z0-9-]{0,60}:"));
    return re;
}

// Sentences that end the reason: what to do next, not what happened.
const QRegularExpression &boilerplateRe()
{
    static const QRegularExpression re = ci(QStringLiteral(
        "^\\s*(?:[-=*_]{3,}|this has been a permanent|if your message was also sent|please |for further assistance|"
        "if you do so|you can delete|additional information|the mail system will continue|"
        "no further delivery attempts|your message (?:was|has been) )"));
    return re;
}

const QRegularExpression &delayedRe()
{
    static const QRegularExpression re = ci(QStringLiteral(
        "will (?:continue to|keep) (?:try|attempt)|will be retried|still trying|has been delayed|"
        "delivery (?:is|has been) delayed|not yet been delivered|warning: (?:message|could not send)|"
        "will try (?:again|to deliver)"));
    return re;
}

struct Entry {
    QString address;
    QString diagnostic;
    QString status;        // from inline RFC 3464 fields
    QString action;
    QString remoteMta;
    QString originalRecipient;
    bool fromHeader = false;  // named only by X-Failed-Recipients
};

bool isBlank(const QString &line) { return line.trimmed().isEmpty(); }

int indentOf(const QString &line)
{
    int n = 0;
    while (n < line.size() && line.at(n).isSpace())
        ++n;
    return n;
}

QString joinLines(const QStringList &lines)
{
    QStringList parts;
    for (const QString &l : lines)
        if (!isBlank(l))
            parts.append(l.trimmed());
    QString s = parts.join(QLatin1Char(' '));
    if (s.size() > kMaxDiagnosticChars)
        s.truncate(kMaxDiagnosticChars);
    return s;
}

// Text that says why: a reason rule, an SMTP reply or an enhanced status code.
bool explains(const QString &text)
{
    static const QRegularExpression codeRe(QStringLiteral("(?:^|[\\s(#\\[])(?:[45]\\d\\d[ -]|[45]\\.\\d{1,3}\\.\\d{1,3})"));
    return reasonFromText(text, QString()).has_value() || codeRe.match(text).hasMatch();
}

QString domainOf(const QString &address) { return address.section(QLatin1Char('@'), 1).toLower(); }
QString localOf(const QString &address) { return address.section(QLatin1Char('@'), 0, 0); }

class BounceText {
public:
    explicit BounceText(const Message &report);
    QList<Failure> failures();
    QByteArray quotedHeaders() const;

private:
    void excludeOwnAddresses();
    void findCut();
    void fromInlineFields();
    void fromFailedRecipientsHeader();
    void fromLeadingAddresses();
    void fromPhrases();
    void fromOriginal();

    bool acceptable(const QString &address, bool strongShape) const;
    void add(const Entry &e, bool strongShape);
    QString followingReason(int line) const;
    QString reasonAnywhere() const;  // computed once (m_reasonSection)
    QString noticeText() const;
    bool introducesFailures(int line) const;
    QString transcriptFor(const QString &address) const;
    int paragraphEnd(int line) const;
    QString commandOfNotice() const;
    bool sectionOpenAt(int line) const;

    const Message &m_report;
    QStringList m_lines;
    int m_cut = 0;  // first line of the returned message (or the end)
    QSet<QString> m_excluded;
    QString m_reporterDomain;
    QList<Entry> m_entries;
    mutable std::optional<QString> m_reasonSection;
};

QString reportText(const Message &report)
{
    QString text = report.props.string(PR_BODY);
    if (text.contains(QLatin1Char('@')))
        return text;
    // The notice may be a text attachment (a part with a file name), or the body may be empty.
    for (const Attachment &a : report.attachments) {
        const QString tag = a.mimeTag().toLower();
        if (a.method() == ATTACH_BY_VALUE && tag.startsWith(QLatin1String("text/")) && tag != QLatin1String("text/rfc822-headers")
            && tag != QLatin1String("text/html"))
            text += QStringLiteral("\n\n") + Mime::decodeCharset(a.data().left(1 << 20), QByteArray()).text;
    }
    return text;
}

BounceText::BounceText(const Message &report) : m_report(report)
{
    QString text = reportText(report);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    m_lines = text.split(QLatin1Char('\n'));
    if (m_lines.size() > kMaxLines)
        m_lines.resize(kMaxLines);
    excludeOwnAddresses();
    findCut();
}

void BounceText::excludeOwnAddresses()
{
    // The report's addressee and sender, and the original's sender, are never failures.
    auto exclude = [this](const QString &a) {
        if (!a.isEmpty())
            m_excluded.insert(a.trimmed().toLower());
    };
    for (const Recipient &r : m_report.recipients) {
        if (r.props.contains(PR_NDR_REASON_CODE) || r.props.contains(PR_NDR_DIAG_CODE))
            continue;  // an Exchange report's rows are the failed recipients themselves
        exclude(r.smtpAddress());
    }
    for (PropId id : {PR_SENDER_SMTP_ADDRESS, PR_SENDER_EMAIL_ADDRESS, PR_SENT_REPRESENTING_SMTP_ADDRESS,
                      PR_SENT_REPRESENTING_EMAIL_ADDRESS, PR_RECEIVED_BY_SMTP_ADDRESS, PR_RECEIVED_BY_EMAIL_ADDRESS,
                      PR_RCVD_REPRESENTING_SMTP_ADDRESS}) {
        exclude(m_report.props.string(id));
    }
    m_reporterDomain = domainOf(m_report.props.string(PR_SENDER_SMTP_ADDRESS));
    if (const auto original = findOriginal(m_report)) {
        for (PropId id : {PR_SENDER_SMTP_ADDRESS, PR_SENT_REPRESENTING_SMTP_ADDRESS})
            exclude(original->props.string(id));
    }
}

void BounceText::findCut()
{
    m_cut = int(m_lines.size());
    for (int i = 0; i < m_lines.size(); ++i) {
        const QString &line = m_lines.at(i);
        if (line.size() < 120 && cutMarkerRe().match(line).hasMatch()) {
            m_cut = i;
            return;
        }
        const bool mboxLine = line.startsWith(QLatin1String("From ")) && i + 1 < m_lines.size()
                              && headerStartRe().match(m_lines.at(i + 1)).hasMatch();
        if (!headerStartRe().match(line).hasMatch() && !mboxLine)
            continue;
        // A header block: more header fields close below (continuation lines do not count).
        int fields = 0;
        for (int j = i + 1; j < m_lines.size() && j <= i + 8; ++j) {
            const QString &next = m_lines.at(j);
            if (isBlank(next))
                break;
            if (anyHeaderRe().match(next).hasMatch())
                ++fields;
        }
        if (fields >= 2) {
            m_cut = i;
            return;
        }
    }
}

bool BounceText::acceptable(const QString &address, bool strongShape) const
{
    const QString a = address.toLower();
    if (m_excluded.contains(a))
        return false;
    // A mail-system mailbox is named in prose as a contact; only an entry of its own, at
    // another domain than the reporter's, is a recipient that failed.
    if (daemonRe().match(localOf(a)).hasMatch())
        return strongShape && domainOf(a) != m_reporterDomain;
    return true;
}

void BounceText::add(const Entry &e, bool strongShape)
{
    if (e.address.isEmpty() || !acceptable(e.address, strongShape))
        return;
    for (Entry &have : m_entries) {
        if (have.address.compare(e.address, Qt::CaseInsensitive) != 0)
            continue;
        if (have.diagnostic.isEmpty())
            have.diagnostic = e.diagnostic;
        if (have.status.isEmpty())
            have.status = e.status;
        if (have.action.isEmpty())
            have.action = e.action;
        if (have.remoteMta.isEmpty())
            have.remoteMta = e.remoteMta;
        have.fromHeader = have.fromHeader && e.fromHeader;
        return;
    }
    if (m_entries.size() < kMaxEntries)
        m_entries.append(e);
}

int BounceText::paragraphEnd(int line) const
{
    int end = line;
    while (end < m_cut && !isBlank(m_lines.at(end)))
        ++end;
    return end;
}

// The reason told after an entry that has none of its own: the next paragraphs, up to the
// returned message, the next entry or the closing boilerplate.
QString BounceText::followingReason(int line) const
{
    QStringList taken;
    int paragraphs = 0;
    int i = line;
    while (i < m_cut && paragraphs < kMaxFollowingParagraphs) {
        while (i < m_cut && isBlank(m_lines.at(i)))
            ++i;
        if (i >= m_cut)
            break;
        const QString &first = m_lines.at(i);
        const bool reasonHeading = reasonIntroRe().match(first).hasMatch();
        if (!reasonHeading && (boilerplateRe().match(first).hasMatch() || leadingAddressRe().match(first).hasMatch()))
            break;
        if (dsnFieldRe().match(first).hasMatch())
            break;  // RFC 3464 fields quoted in the text: read by fromInlineFields()
        if (!reasonHeading && introRe().match(first).hasMatch())
            break;
        const int end = paragraphEnd(i);
        for (int j = i; j < end; ++j) {
            if (!reasonHeading && j > i && boilerplateRe().match(m_lines.at(j)).hasMatch())
                break;
            taken.append(m_lines.at(j));
        }
        ++paragraphs;
        i = end;
    }
    // A separator line of dashes says nothing.
    // Headings between rules ("----- Transcript of session follows -----") name a section;
    // they are not the reason.
    static const QRegularExpression heading(QStringLiteral("^\\s*[-=*_]{3,}[^-=*_]*(?:[-=*_]{3,}\\s*)?$"));
    QStringList useful;
    for (const QString &t : taken) {
        if (!heading.match(t).hasMatch())
            useful.append(t);
    }
    return joinLines(useful);
}

// A reason section anywhere in the notice ("Could not be delivered because of", "Transcript
// of session follows"), for entries listed without one.
QString BounceText::reasonAnywhere() const
{
    if (m_reasonSection)
        return *m_reasonSection;
    m_reasonSection = QString();
    for (int i = 0; i < m_cut; ++i) {
        if (reasonIntroRe().match(m_lines.at(i)).hasMatch()) {
            m_reasonSection = followingReason(i);
            break;
        }
    }
    return *m_reasonSection;
}

// The notice's opening words: all there is when only a header names the address.
QString BounceText::noticeText() const
{
    return joinLines(m_lines.mid(0, qMin(m_cut, 30)));
}

bool BounceText::introducesFailures(int line) const
{
    int i = line;
    while (i < m_cut && isBlank(m_lines.at(i)))
        ++i;
    return i < m_cut && (introRe().match(m_lines.at(i)).hasMatch() || phraseRe().match(m_lines.at(i)).hasMatch());
}

// In a Sendmail-style transcript, the lines about one address: the reply after its
// RCPT TO, or lines that name it.
QString BounceText::transcriptFor(const QString &address) const
{
    QStringList lines;
    for (int i = 0; i < m_cut; ++i) {
        const QString &l = m_lines.at(i);
        if (!l.contains(address, Qt::CaseInsensitive) || dsnFieldRe().match(l).hasMatch())
            continue;
        if (l.contains(QLatin1String("RCPT TO"), Qt::CaseInsensitive)) {
            for (int j = i + 1; j < m_cut && j <= i + 4; ++j) {
                const QString &reply = m_lines.at(j);
                if (reply.contains(QLatin1String("RCPT TO"), Qt::CaseInsensitive) || isBlank(reply))
                    break;
                lines.append(reply);
            }
        } else if (!leadingAddressRe().match(l).hasMatch() || l.contains(QLatin1String("..."))) {
            lines.append(l);
        }
    }
    return joinLines(lines);
}

// The SMTP command the notice says the refusals answered, where all its paragraphs that name
// one agree ("-------SMTP command\nDATA" under the server's words, a transcript, Postfix's
// "(in reply to RCPT TO command)"); empty when none says or they differ.
QString BounceText::commandOfNotice() const
{
    QString found;
    for (int i = 0; i < m_cut;) {
        if (isBlank(m_lines.at(i))) {
            ++i;
            continue;
        }
        const int end = paragraphEnd(i);
        const QString command = smtpCommandInText(joinLines(m_lines.mid(i, end - i)));
        if (!command.isEmpty()) {
            if (!found.isEmpty() && found != command)
                return {};
            found = command;
        }
        i = end;
    }
    return found;
}

bool BounceText::sectionOpenAt(int line) const
{
    // Searches back for an introducing sentence; a paragraph of other prose in between closes it.
    int proseParagraphs = 0;
    for (int i = line - 1; i >= 0 && line - i < 40; --i) {
        const QString &l = m_lines.at(i);
        if (introRe().match(l).hasMatch())
            return true;
        if (isBlank(l) && i + 1 < line && !isBlank(m_lines.at(i + 1))
            && !leadingAddressRe().match(m_lines.at(i + 1)).hasMatch())
            ++proseParagraphs;
        if (proseParagraphs > 2)
            return false;
    }
    return false;
}

// RFC 3464 2.3 fields quoted in the text (gateways, forwarded reports).
void BounceText::fromInlineFields()
{
    static const QRegularExpression fieldRe = ci(QStringLiteral("^(?:reporting-mta|final-recipient|original-recipient)\\s*:"));
    int start = -1;
    for (int i = 0; i < m_lines.size(); ++i) {
        if (fieldRe.match(m_lines.at(i)).hasMatch()) {
            start = i;
            break;
        }
    }
    if (start < 0)
        return;
    const QByteArray block = m_lines.mid(start).join(QLatin1Char('\n')).toUtf8();
    const DeliveryStatus dsn = parseDeliveryStatus(block);
    for (const DsnFields &g : dsn.perRecipient) {
        Entry e;
        e.address = addressFromTypedField(g.value("final-recipient"));
        e.originalRecipient = addressFromTypedField(g.value("original-recipient"));
        if (!e.address.contains(QLatin1Char('@')))
            e.address = e.originalRecipient;
        e.action = g.value("action").section(QLatin1Char(' '), 0, 0).toLower();
        e.status = findStatusInText(g.value("status"));
        e.diagnostic = splitTyped(g.value("diagnostic-code")).second;
        e.remoteMta = splitTyped(g.value("remote-mta")).second;
        const bool failed = e.action == QLatin1String("failed") || e.action == QLatin1String("delayed")
                            || ((e.status.startsWith(QLatin1Char('4')) || e.status.startsWith(QLatin1Char('5')))
                                && e.action.isEmpty());
        if (failed && addressRe().match(e.address).hasMatch())
            add(e, true);
    }
}

void BounceText::fromFailedRecipientsHeader()
{
    // Exim and Google name the failed addresses in X-Failed-Recipients.
    const QString headers = m_report.props.string(PR_TRANSPORT_MESSAGE_HEADERS);
    QString normalised = headers;
    normalised.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    static const QRegularExpression multi(QStringLiteral("^x-failed-recipients:(.*(?:\\n[ \\t].*)*)"),
                                          QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    for (auto it = multi.globalMatch(normalised); it.hasNext();) {
        const QString value = it.next().captured(1);
        for (auto a = addressRe().globalMatch(value); a.hasNext();) {
            Entry e;
            e.address = a.next().captured(0);
            e.fromHeader = true;
            add(e, true);
        }
    }
}

// Paragraphs or list entries that start with an address.
void BounceText::fromLeadingAddresses()
{
    for (int i = 0; i < m_cut; ++i) {
        const QString &line = m_lines.at(i);
        if (isBlank(line) || headerStartRe().match(line).hasMatch())
            continue;
        const bool paragraphStart = i == 0 || isBlank(m_lines.at(i - 1));
        // "Recipient address: addr" (Sun/Oracle Messaging Server) leads an entry as well.
        static const QRegularExpression label = ci(QStringLiteral("^\\s*(?:(?:failed |final |original )?recipient(?: address)?|address)\\s*:"));
        const QString unlabelled = QString(line).remove(label);
        const auto m = leadingAddressRe().match(unlabelled);
        if (!m.hasMatch())
            continue;
        // The entry: this line and the lines indented below it (or the rest of the paragraph).
        // An entry that ends in a colon runs to the paragraph's end; a bare one (Exim) holds the
        // lines indented below it. Either stops at the next address at its own indentation.
        int end = i + 1;
        const int indent = indentOf(line);
        const bool colonEntry = m.captured(3).trimmed().startsWith(QLatin1Char(':'));
        const bool indentedBelow = !colonEntry && end < m_cut && !isBlank(m_lines.at(end)) && indentOf(m_lines.at(end)) > indent;
        while (end < m_cut && !isBlank(m_lines.at(end))) {
            const QString &next = m_lines.at(end);
            if (indentOf(next) <= indent && leadingAddressRe().match(next).hasMatch())
                break;
            if (indentedBelow && indentOf(next) <= indent)
                break;
            ++end;
        }
        const QString joined = joinLines(QStringList{m.captured(3)} + m_lines.mid(i + 1, end - i - 1));
        const bool colon = joined.startsWith(QLatin1Char(':'));
        QString rest = joined;
        if (colon)
            rest.remove(0, 1);
        rest = rest.trimmed();
        const bool inSection = sectionOpenAt(i);
        // A paragraph of the address alone, before the sentence that says it failed.
        const bool loneBeforeIntro = !inSection && paragraphStart && rest.isEmpty() && end == i + 1 && introducesFailures(end);
        // "<addr>:" leads an entry anywhere; a bare address only in a list of failures.
        if (!(colon && paragraphStart) && !inSection && !loneBeforeIntro)
            continue;
        Entry e;
        e.address = m.captured(2).isEmpty() ? m.captured(1) : m.captured(2);
        e.diagnostic = rest;
        static const QRegularExpression onDate(QStringLiteral("^on \\w{3}, .{10,30}[+-]\\d{4}\\s*"));
        e.diagnostic.remove(onDate);  // Exchange 2003: "addr on <date>"
        if (loneBeforeIntro) {
            int next = end;
            while (next < m_cut && isBlank(m_lines.at(next)))
                ++next;
            e.diagnostic = joinLines(m_lines.mid(next, paragraphEnd(next) - next));
        }
        if (e.diagnostic.isEmpty()) {
            // A reason section that is about this address alone is the whole story; with
            // several addresses, the transcript lines that name this one.
            const QString section = reasonAnywhere();
            bool aboutOthers = false;
            for (auto it = addressRe().globalMatch(section); it.hasNext();)
                aboutOthers |= it.next().captured(0).compare(e.address, Qt::CaseInsensitive) != 0;
            e.diagnostic = aboutOthers ? transcriptFor(e.address) : section;
        }
        if (e.diagnostic.isEmpty())
            e.diagnostic = followingReason(end);
        add(e, colon || inSection || loneBeforeIntro);
        i = end - 1;
    }
}

// Sentences naming the address and the failure.
void BounceText::fromPhrases()
{
    for (int i = 0; i < m_cut; ++i) {
        const QString &line = m_lines.at(i);
        if (!line.contains(QLatin1Char('@')) || headerStartRe().match(line).hasMatch())
            continue;
        static const QRegularExpression labelled = ci(QStringLiteral("^\\s*(?:from|sender|original sender|reply-to|return-path|to|cc)\\s*:"));
        if (labelled.match(line).hasMatch())
            continue;
        if (!phraseRe().match(line).hasMatch())
            continue;
        const int end = paragraphEnd(i);
        for (auto it = addressRe().globalMatch(line); it.hasNext();) {
            Entry e;
            e.address = it.next().captured(0);
            QString diag = joinLines(m_lines.mid(i, end - i));
            // The sentence names the address but not why: the reason comes next.
            if (!explains(diag)) {
                const QString next = followingReason(end);
                if (!next.isEmpty())
                    diag += QLatin1Char(' ') + next;
            }
            if (line.contains(QLatin1String("RCPT TO"), Qt::CaseInsensitive))
                diag = transcriptFor(e.address);
            e.diagnostic = diag;
            add(e, false);
        }
        i = end - 1;
    }
}

// A notice that names nobody, about a message with one recipient: that recipient failed
// (old Sendmail "Returned mail" with only a transcript).
void BounceText::fromOriginal()
{
    QStringList recipients;
    if (const auto original = findOriginal(m_report)) {
        for (const Recipient &r : original->recipients)
            if ((r.type() & 0x3) == MAPI_TO || (r.type() & 0x3) == MAPI_CC)
                recipients.append(r.smtpAddress());
    } else {
        static const QRegularExpression toRe = ci(QStringLiteral("^(?:to|cc)\\s*:(.*)$"));
        for (int i = m_cut; i < m_lines.size() && i < m_cut + 60; ++i) {
            if (i > m_cut + 1 && isBlank(m_lines.at(i)))
                break;
            const auto m = toRe.match(m_lines.at(i));
            if (!m.hasMatch())
                continue;
            for (auto it = addressRe().globalMatch(m.captured(1)); it.hasNext();)
                recipients.append(it.next().captured(0));
        }
    }
    recipients.removeDuplicates();
    recipients.removeAll(QString());
    if (recipients.size() != 1)
        return;
    // Only when the notice states a failure: an SMTP error reply, or a reason heading.
    static const QRegularExpression replyRe(QStringLiteral("(?:^|\\s)[45]\\d\\d[ -]"));
    QString reason;
    for (int i = 0; i < m_cut; ++i) {
        const QString &l = m_lines.at(i);
        if (replyRe.match(l).hasMatch() || reasonIntroRe().match(l).hasMatch()) {
            reason = followingReason(i);
            break;
        }
    }
    if (reason.isEmpty())
        return;
    static const QRegularExpression dashHeading(QStringLiteral("^\\s*[-=]+[^-=]*[-=]+\\s*"));
    reason.remove(dashHeading);
    Entry e;
    e.address = recipients.first();
    e.diagnostic = reason;
    add(e, false);
}

QList<Failure> BounceText::failures()
{
    fromInlineFields();
    fromFailedRecipientsHeader();
    fromLeadingAddresses();
    fromPhrases();
    if (m_entries.isEmpty())
        fromOriginal();

    QString notice = joinLines(m_lines.mid(0, qMin(m_cut, 60)));
    const bool delayedNotice = delayedRe().match(notice).hasMatch();
    const QString noticeCommand = commandOfNotice();
    static const QRegularExpression remoteRe = ci(QStringLiteral(
        "(?:remote host|host|while talking to|server)\\s+\\[?([A-Za-z0-9][A-Za-z0-9.-]*\\.[A-Za-z]{2,}|\\d{1,3}(?:\\.\\d{1,3}){3})"));
    QList<Failure> out;
    for (Entry &e : m_entries) {
        if (e.diagnostic.isEmpty() && e.status.isEmpty())
            e.diagnostic = reasonAnywhere();
        if (e.diagnostic.isEmpty() && e.fromHeader)
            e.diagnostic = noticeText();
        Failure f;
        f.source = Source::BodyText;
        f.address = e.address;
        f.originalRecipient = e.originalRecipient;
        f.diagnosticCode = e.diagnostic.trimmed();
        f.action = !e.action.isEmpty() ? e.action : delayedNotice ? QStringLiteral("delayed") : QStringLiteral("failed");
        f.status = !e.status.isEmpty() ? e.status : findStatusInText(f.diagnosticCode);
        f.replyCode = findReplyCodeInText(f.diagnosticCode);
        f.smtpCommand = smtpCommandInText(f.diagnosticCode);
        if (f.smtpCommand.isEmpty())
            f.smtpCommand = noticeCommand;
        f.remoteMta = e.remoteMta;
        if (f.remoteMta.isEmpty())
            f.remoteMta = remoteRe.match(f.diagnosticCode).captured(1);
        out.append(f);
    }
    return out;
}

// Reports, or messages from a mail system (or with X-Failed-Recipients). An ordinary
// message never yields failures.
bool looksLikeBounce(const Message &report)
{
    if (report.messageClass().startsWith(QLatin1String("REPORT."), Qt::CaseInsensitive))
        return true;
    const QString headers = report.props.string(PR_TRANSPORT_MESSAGE_HEADERS);
    static const QRegularExpression returnPathRe(QStringLiteral("^return-path:[ \\t]*(.*)$"),
                                                 QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    static const QRegularExpression failedRe(QStringLiteral("^x-failed-recipients:"),
                                             QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    Mime::BounceHeaders h;
    h.subject = report.subject();
    for (PropId id : {PR_SENDER_SMTP_ADDRESS, PR_SENDER_EMAIL_ADDRESS, PR_SENT_REPRESENTING_SMTP_ADDRESS})
        h.fromAddresses.append(report.props.string(id));
    h.fromNames = {report.props.string(PR_SENDER_NAME), report.props.string(PR_SENT_REPRESENTING_NAME)};
    const auto rp = returnPathRe.match(headers);
    h.hasReturnPath = rp.hasMatch();
    h.returnPath = rp.captured(1).trimmed();
    h.hasFailedRecipients = failedRe.match(headers).hasMatch();
    // A mail system's message is read for failures whatever its subject says.
    return h.hasFailedRecipients || Mime::fromMailSystem(h);
}

} // namespace

// The header block at the cut: the marker line and a few blank or decoration lines after
// it are skipped; the block ends at a blank line or at a line that is no header field.
QByteArray BounceText::quotedHeaders() const
{
    int first = m_cut;
    while (first < m_lines.size() && first <= m_cut + 3 && !headerStartRe().match(m_lines.at(first)).hasMatch())
        ++first;
    if (first >= m_lines.size() || first > m_cut + 3)
        return {};
    QStringList block;
    for (int i = first; i < m_lines.size(); ++i) {
        const QString &line = m_lines.at(i);
        if (isBlank(line))
            break;
        const bool continuation = line.front().isSpace();
        if (!continuation && !anyHeaderRe().match(line).hasMatch())
            break;
        block.append(line);
    }
    return block.join(QLatin1Char('\n')).toUtf8();
}

QList<Failure> failuresFromBodyText(const Message &report)
{
    if (!looksLikeBounce(report))
        return {};
    return BounceText(report).failures();
}

std::shared_ptr<const Message> quotedOriginal(const Message &report)
{
    if (!looksLikeBounce(report))
        return nullptr;
    Expected<Message> original = Mime::readHeaders(BounceText(report).quotedHeaders());
    if (!original)
        return nullptr;
    // A bounce quoting another bounce (forwarded to postmaster) quotes no one's message.
    if (looksLikeBounce(*original))
        return nullptr;
    // Only Received: lines, say, name no message a person would recognise.
    const PropertyBag &p = original->props;
    if (original->recipients.isEmpty() && p.string(PR_SUBJECT).isEmpty() && p.string(PR_INTERNET_MESSAGE_ID).isEmpty()
        && p.string(PR_SENDER_SMTP_ADDRESS).isEmpty())
        return nullptr;
    return std::make_shared<const Message>(std::move(*original));
}

} // namespace Ndr::Report
