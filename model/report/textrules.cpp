// Reason rules over a bounce's words, in Sisimai's vocabulary (reference/bounce-reasons.tsv).
// Each rule is a pattern of wording that many mail systems share; the first rule that
// matches decides, so narrower meanings come before the broad ones they overlap
// ("domain does not exist" before "does not exist", "IP reputation" before "rate limited").
#include "textrules.h"

#include <QList>
#include <QRegularExpression>

namespace Ndr::Report {

namespace {

struct TextRule {
    const char *reason;
    const char *pattern;   // over the diagnostic text, case-insensitive
    const char *reporter;  // over the reporter's name; nullptr: anyone
    bool vendorCode = false;  // the pattern is one mail system's own code: final, like a reporter rule
};

constexpr TextRule kRules[] = {
    // Who said it changes the meaning: Exchange Online's 5.2.2 "submission quota" is the
    // sender's sending limit, not the recipient's full mailbox; its 5.4.1 "Recipient address
    // rejected: Access denied" is directory-based edge blocking of an unknown recipient.
    {"speeding", "submission ?quota|submissionquotaexceeded|sending (?:limit|quota)", "outlook|office ?365|exchange|microsoft|hotmail"},
    {"userunknown", "5\\.4\\.1 .*recipient address rejected: access denied", "outlook|office ?365|exchange|microsoft|hotmail"},
    // Exchange 2000/2003 words its own directory lookup ("MSEXCH:IMS:..." diagnostics).
    {"userunknown", "recipient name is not recognized|unknown recipient|no such (?:user|recipient)", "msexch:", true},
    // Exchange 2007 and later, Exchange Online: the directory lookup found nobody, whatever
    // the status says.
    {"userunknown", kExchangeRecipientNotFound, nullptr, true},
    // Exchange uses 5.2.3 for all its size limits (RFC 3463 keeps X.2.3 for a mailbox's own
    // limit): its resolver code says which.
    {"mesgtoobig", "resolver\\.rst\\.(?:recip|send)?sizelimit", nullptr, true},
    // Cox's published "AUP#" refusal codes (cox.com, email error codes).
    {"blocked", "aup#(?:cxbl|cdrbl|cxdns|ipbl\\d+)", "cox", true},
    {"spamdetected", "aup#urlbl\\d+", "cox", true},
    {"securityerror", "aup#(?:cxthrt|cxmj)", "cox", true},
    {"rejected", "aup#(?:cxsndr|cxsmtp)", "cox", true},
    {"toomanyconn", "aup#(?:cxcnct|cxmxrt)", "cox", true},
    // Mimecast's published 554 for a message its malware scanning refused.
    {"virusdetected", "rejected due to security polic", "mimecast", true},
    // Amazon SES receiving has already taken the message in when it bounces one: the bounce is
    // a receipt rule's action that the recipient's domain set up, worded from its templates.
    {"filtered", "mailbox does not exist", "inbound-smtp\\.[a-z0-9-]+\\.amazonaws\\.com", true},

    // The sender's side.
    {"authfailure", "\\bspf\\b|\\bdkim\\b|\\bdmarc\\b|sender policy framework|domainkeys", nullptr},
    {"requireptr", "ptr record|reverse dns|\\brdns\\b|reverse (?:lookup|dns)|no reverse|mismatches client ip|"
                   "cannot find your (?:host ?name|reverse)|does not resolve to your ip|unresolvable (?:address|host ?name|ip)",
     nullptr},
    {"badreputation", "reputation", nullptr},
    {"speeding", "too many (?:messages|recipients|mails|e-?mails)[^.]{0,40}(?:this|per|an|a|every) (?:hour|day|minute|second)|"
                 "sent to too many recipients|rate limit|sending rate|message rate|too fast|throttl|exceeded (?:the )?(?:daily|hourly) |"
                 "(?:daily|hourly) (?:sending |message )?(?:limit|quota)|sending quota",
     nullptr},
    {"toomanyconn", "too many (?:connections|concurrent|simultaneous|sessions|smtp sessions|recipients)|connection (?:limit|rate)|"
                    "frequency limit|too many errors",
     nullptr},
    {"norelaying", "relay(?:ing)? (?:access )?(?:denied|not permitted|prohibited|not allowed|refused)|unable to relay|"
                   "we do not relay|not (?:an )?open relay|relay not permitted|relaying (?:mail )?to .* is not allowed|"
                   "does not relay|cannot relay|not allowed to relay",
     nullptr},
    {"rejected", "sender (?:address |domain )?(?:rejected|denied|not allowed|blocked|unknown|verify failed|is invalid)|"
                 "domain of sender address .* does not exist|sender domain (?:must exist|not found|does not exist)|"
                 "envelope sender|mail from .* (?:rejected|refused)|bad sender|unverified (?:sender|address)|"
                 "not a member of|not (?:allowed|permitted|authorized) to (?:post|send to this (?:group|list))|"
                 "no permission to post|permission to post|\u6295\u7a3f\u3059\u308b\u6a29\u9650",
     nullptr},

    // Refusals of the sending host itself (block lists, a greeting refused).
    {"blocked", "greylist|graylist|refused to talk to me|blacklist|black list|blocklist|block list|\\brbl\\b|dnsbl|spamhaus|spamcop|"
                "barracuda|listed (?:at|on|in) [a-z0-9.-]+\\.[a-z]{2,}|blocked using|client host (?:\\[[^]]*\\] )?(?:rejected|blocked)",
     nullptr},

    // The message itself.
    {"virusdetected", "virus|malware|infected|trojan|\\bworm\\b|ransomware", nullptr},
    {"spamdetected", "\\bspam\\b|spamassassin|unsolicited|bulk (?:e-?mail|mail)|junk mail|looks like spam|"
                     "classified as spam|spam score|content filter",
     nullptr},
    {"policyviolation", "blocked because (?:its|the) content|content (?:presents|policy|violat)|policy violation|"
                        "violates? (?:our|the|a) (?:[a-z]+ )?polic|prohibited (?:attachment|content|file)|"
                        "attachment (?:type )?(?:not allowed|blocked|prohibited)|banned (?:file|attachment)",
     nullptr},
    {"mesgtoobig", "message (?:is )?too (?:large|big)|message size exceeds|(?:mail )?size limit exceeded|"
                   "exceeds (?:the )?(?:maximum )?(?:allowed )?(?:message )?size|too much mail data|"
                   "message length exceeds|size of (?:the )?message|message exceeds .*size",
     nullptr},
    {"contenterror", "media error|content (?:error|not accepted)|header (?:syntax|error|too long)|"
                     "invalid (?:header|mime)|malformed (?:header|message|mime)|message header (?:size|error)|"
                     "illegal (?:header|character)|8-?bit (?:data|characters) not",
     nullptr},
    {"syntaxerror", "syntax error|malformed address|command (?:not )?(?:recognized|unrecognized)|"
                    "unrecognized command|bad sequence of commands|invalid command|line too long|"
                    "parameters? not recognized",
     nullptr},
    {"securityerror", "authentication (?:required|failed|failure)|unauthenticated senders? not allowed|"
                      "authentication credentials invalid|must (?:issue a )?starttls|encryption required|"
                      "access denied|delivery not authori[sz]ed|not authori[sz]ed to send",
     nullptr},

    // The recipient's side: the domain first, then the mailbox.
    {"networkerror", "dns error|dns (?:lookup|query) (?:failed|timed out|error)|temporary (?:dns|lookup) failure|"
                     "network (?:is )?unreachable|no route to host|mail (?:forwarding )?loop|routing loop|"
                     "too many hops|hop count exceeded|loops back to myself|name server (?:timeout|failure)|"
                     "malformed or unexpected name server reply",
     nullptr},
    {"notaccept", "does not accept (?:any )?(?:e-?)?mail|not accepting (?:any )?(?:e-?)?mail|null mx|accepts no mail", nullptr},
    {"hostunknown", "host (?:or domain name )?not found|host unknown|unknown host|domain (?:name )?(?:does not exist|"
                    "not found|doesn't exist)|no such domain|name or service not known|nxdomain|"
                    "unrout(?:e)?able (?:mail )?domain|no mx (?:record|host)|mx lookup failed|bad destination system|"
                    "host name lookup failure|illegal host/domain|domain (?:is )?not (?:valid|exist)|"
                    "unknown domain|invalid domain",
     nullptr},
    {"systemfull", "insufficient system (?:storage|resources)|disk (?:is )?full|no space left|"
                   "out of (?:disk )?space|system (?:storage|disk) (?:is )?full|mail system full",
     nullptr},
    {"mailboxfull", "mail ?box (?:is )?(?:full|over|exceeded)|over ?quota|quota (?:exceeded|full|is full)|"
                    "exceeded (?:the )?(?:storage|disk|mailbox) (?:quota|allocation|limit)|mailbox size limit|"
                    "not enough (?:storage|space)|insufficient (?:disk )?space|user(?:'s)? (?:mailbox|storage) (?:is )?full|"
                    "inbox is full|\u30e1\u30fc\u30eb\u30dc\u30c3\u30af\u30b9\u304c\u4e00\u676f|\u5bb9\u91cf",
     nullptr},
    {"exceedlimit", "exceeded (?:a|the)? ?limit|limit exceeded", nullptr},
    {"suspend", "(?:account|mailbox|user|address)(?: that you tried to reach)? (?:has been |is |was )?"
                "(?:disabled|suspended|deactivated|inactive|locked|frozen|on hold|blocked by the administrator)|"
                "account (?:has been )?(?:closed|terminated)",
     nullptr},
    {"hasmoved", "(?:mailbox|address|user) has (?:been )?moved|has moved to|address has (?:been )?changed|"
                 "replaced by|no longer (?:with|at) ",
     nullptr},
    {"userunknown", "user unknown|unknown (?:local[- ]?part|recipient|address(?! error)|mailbox|user|account)|"
                    "no such (?:user|mailbox|recipient|address|account|local user|person)|"
                    "(?:user|recipient|mailbox|address|account|alias)(?: name)?(?: [^.]{0,40})? (?:does not|doesn't|did not|do not) exist|"
                    "invalid (?:recipient|mailbox|address|user|account)|recipient (?:address )?rejected|"
                    "mailbox (?:not found|unavailable|does not exist|not available)|(?:user|recipient|address|account) not found|"
                    "no mailbox here|unrout(?:e)?able address|not a valid (?:mailbox|recipient|user|address)|"
                    "is not a known user|name is not recognized|undeliverable address|addressee unknown|"
                    "bad destination mailbox|recipient unknown|unknown or illegal alias|doesn't have an? .{0,40}account|"
                    "no account by that name|not listed in|user not exist|"
                    "\u5b9b\u5148\u4e0d\u660e|\u5b58\u5728\u3057\u306a\u3044|\u5b58\u5728\u3057\u307e\u305b\u3093",
     nullptr},

    // Deliveries that ran out of time.
    {"expired", "(?:delivery )?time (?:has )?expired|message expired|retry time (?:not reached|exceeded)|"
                "queue(?:d)? too long|in the queue too long|could not be delivered (?:with|for|within) .{0,30}(?:day|hour)|"
                "unable to deliver (?:this message )?after|undeliverable for \\d+ (?:day|hour)|timed? ?out|"
                "giving up|maximum time|too long in queue|delivery attempts will continue|have been failing|"
                "cannot send message for",
     nullptr},

    // The receiving side's own troubles.
    {"blocked", "(?:your|the sending|sender) ip|ip address .* (?:blocked|rejected|banned|denied)|"
                "connection refused|not allowed to connect|banned|blocked",
     nullptr},
    {"mailererror", "pipe to \\||command (?:failed|died)|program (?:failed|died|exited)|mailer error|procmail|"
                    "local delivery (?:failed|error)|exit (?:code|status)|x-unix;",
     nullptr},
    {"systemerror", "service (?:currently |temporarily )?(?:unavailable|not available)|system error|"
                    "internal (?:server )?error|local error in processing|server error|temporary (?:local )?problem|"
                    "resources? temporarily unavailable|try again later|transaction failed",
     nullptr},
    {"filtered", "filtered|rejected by (?:the )?(?:recipient|domain) filter|domain filter|"
                 "(?:was|were) rejected by (?:a|the) remote mail server",
     nullptr},
};

struct CompiledRule {
    QString reason;
    QRegularExpression pattern;
    QRegularExpression reporter;
    bool anyReporter = true;
    bool vendorCode = false;
};

const QList<CompiledRule> &compiledRules()
{
    static const QList<CompiledRule> rules = [] {
        QList<CompiledRule> out;
        for (const TextRule &r : kRules) {
            CompiledRule c;
            c.reason = QString::fromLatin1(r.reason);
            c.pattern = QRegularExpression(QString::fromUtf8(r.pattern), QRegularExpression::CaseInsensitiveOption
                                                                              | QRegularExpression::UseUnicodePropertiesOption);
            c.pattern.optimize();
            c.vendorCode = r.vendorCode;
            if (r.reporter) {
                c.reporter = QRegularExpression(QString::fromLatin1(r.reporter), QRegularExpression::CaseInsensitiveOption);
                c.anyReporter = false;
            }
            out.append(c);
        }
        return out;
    }();
    return rules;
}

} // namespace

std::optional<TextReason> matchText(const QString &diagnosticText, const QString &reporter)
{
    const QString text = diagnosticText.simplified();
    if (text.isEmpty())
        return std::nullopt;
    for (const CompiledRule &r : compiledRules()) {
        if (!r.anyReporter) {
            // Who said it: the reporter's name, or the text naming the system ("...prod.outlook.com").
            if (!r.reporter.match(reporter).hasMatch() && !r.reporter.match(text).hasMatch())
                continue;
        }
        if (r.pattern.match(text).hasMatch())
            return TextReason{r.reason, !r.anyReporter || r.vendorCode};
    }
    return std::nullopt;
}

std::optional<QString> reasonFromText(const QString &diagnosticText, const QString &reporter)
{
    if (auto m = matchText(diagnosticText, reporter))
        return m->reason;
    return std::nullopt;
}

} // namespace Ndr::Report
