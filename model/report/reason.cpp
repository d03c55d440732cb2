#include "reason.h"

#include "textrules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Ndr::Report {

namespace {

// The vocabulary of ../shared/reference/bounce-reasons.tsv, worded for the person who sent the mail.
// Spelled out (no macro) so that lupdate finds every text.
const ReasonInfo kReasons[] = {
    {"userunknown", true, FixOwner::Sender,
     QT_TRANSLATE_NOOP("Ndr::Reason", "Address not found"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "The recipient's mail server says this address does not exist."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Check the address for typing mistakes, or ask the recipient for the right one, then resend.")},
    {"hostunknown", true, FixOwner::Sender,
     QT_TRANSLATE_NOOP("Ndr::Reason", "Domain not found"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "The part of the address after the @ does not exist, or it has no mail server."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Check the spelling of the domain after the @, then resend.")},
    {"hasmoved", true, FixOwner::Sender,
     QT_TRANSLATE_NOOP("Ndr::Reason", "The recipient has moved"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "The recipient's mailbox has moved to another address and mail is not forwarded."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Ask the recipient for the new address and resend to it.")},
    {"mailboxfull", false, FixOwner::RecipientSide,
     QT_TRANSLATE_NOOP("Ndr::Reason", "Recipient's mailbox is full"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "The recipient's mailbox is over its storage limit, so it cannot take new mail now."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Resend later, or reach the recipient another way so they can make room.")},
    {"exceedlimit", false, FixOwner::Sender,
     QT_TRANSLATE_NOOP("Ndr::Reason", "A limit was exceeded"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "The message went over a limit set for the recipient's mailbox."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Make the message smaller, or ask the recipient about their limits, then resend.")},
    {"mesgtoobig", false, FixOwner::Sender,
     QT_TRANSLATE_NOOP("Ndr::Reason", "Message too large"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "The message is larger than the receiving server accepts."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Remove or shrink large attachments (or share them as a link), then resend.")},
    {"suspend", false, FixOwner::RecipientSide,
     QT_TRANSLATE_NOOP("Ndr::Reason", "Recipient's account is suspended"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "The recipient's account exists but is disabled or suspended."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Reach the recipient another way; resending will fail until the account is enabled.")},
    {"expired", false, FixOwner::SenderAdmin,
     QT_TRANSLATE_NOOP("Ndr::Reason", "Delivery timed out"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Your server kept trying to deliver the message, but the receiving server could not be reached in time."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Resend later. If it keeps happening, tell your administrator.")},
    {"networkerror", false, FixOwner::SenderAdmin,
     QT_TRANSLATE_NOOP("Ndr::Reason", "Network problem"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "A network or DNS problem stopped the message on its way."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Resend later. If it keeps happening, tell your administrator.")},
    {"systemerror", false, FixOwner::RecipientSide,
     QT_TRANSLATE_NOOP("Ndr::Reason", "Error on the receiving server"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "The receiving server had an internal error while handling the message."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Resend later; if it fails again, the recipient's administrator has to fix it.")},
    {"systemfull", false, FixOwner::RecipientSide,
     QT_TRANSLATE_NOOP("Ndr::Reason", "Receiving server is out of space"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "The receiving mail server has run out of disk space."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Resend later, when the recipient's administrator has freed space.")},
    {"mailererror", false, FixOwner::RecipientSide,
     QT_TRANSLATE_NOOP("Ndr::Reason", "Delivery program failed"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "A delivery program on the recipient's server failed."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Resend later; if it fails again, the recipient's administrator has to fix it.")},
    {"toomanyconn", false, FixOwner::SenderAdmin,
     QT_TRANSLATE_NOOP("Ndr::Reason", "Receiving server was busy"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "The receiving server turned the message away because it had too many connections or recipients at once."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Resend later, or to fewer recipients at a time.")},
    {"speeding", false, FixOwner::SenderAdmin,
     QT_TRANSLATE_NOOP("Ndr::Reason", "Sent too fast"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Too many messages were sent in a short time, so the receiving server slowed them down."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Wait a while, then resend.")},
    {"notaccept", true, FixOwner::Sender,
     QT_TRANSLATE_NOOP("Ndr::Reason", "Domain accepts no mail"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "The recipient's domain does not accept email at all."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Check the address; reach the recipient another way.")},
    {"blocked", false, FixOwner::SenderAdmin,
     QT_TRANSLATE_NOOP("Ndr::Reason", "Your server was blocked"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "The receiving server refused mail from your mail server's address."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Tell your administrator; resending will fail until the block is lifted.")},
    {"badreputation", false, FixOwner::SenderAdmin,
     QT_TRANSLATE_NOOP("Ndr::Reason", "Your server's reputation"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "The receiving server refused mail because of your sending server's reputation."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Tell your administrator; resending will fail until the reputation recovers.")},
    {"requireptr", false, FixOwner::SenderAdmin,
     QT_TRANSLATE_NOOP("Ndr::Reason", "Your server has no reverse DNS"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "The receiving server refused mail because your sending server's address has no valid reverse-DNS name."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Tell your administrator; they must set up reverse DNS for the mail server.")},
    {"authfailure", false, FixOwner::SenderAdmin,
     QT_TRANSLATE_NOOP("Ndr::Reason", "Sender authentication failed"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "The receiving server could not verify that your domain sent this message (SPF, DKIM or DMARC)."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Tell your administrator; your domain's SPF, DKIM or DMARC records need fixing.")},
    {"rejected", false, FixOwner::SenderAdmin,
     QT_TRANSLATE_NOOP("Ndr::Reason", "Your address was refused"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "The receiving server refused your sender address or domain."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Tell your administrator; resending unchanged will fail again.")},
    {"norelaying", false, FixOwner::SenderAdmin,
     QT_TRANSLATE_NOOP("Ndr::Reason", "Relaying denied"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "A server on the way refused to pass the message on (relaying denied)."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Check your mail account settings or tell your administrator.")},
    {"filtered", false, FixOwner::RecipientSide,
     QT_TRANSLATE_NOOP("Ndr::Reason", "Refused by the recipient's filter"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "The recipient's server accepted the message but a filter, or the mailbox's settings, refused it."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Reach the recipient another way and ask them to accept your mail.")},
    {"policyviolation", false, FixOwner::RecipientSide,
     QT_TRANSLATE_NOOP("Ndr::Reason", "Refused by the recipient's policy"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "The recipient's organisation does not accept this message under its rules."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Ask the recipient's side why; changing the message may help.")},
    {"securityerror", false, FixOwner::SenderAdmin,
     QT_TRANSLATE_NOOP("Ndr::Reason", "Refused for security reasons"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "The message was refused for a security reason: you may not be allowed to send to this recipient, or authentication was required."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Ask your administrator or the recipient whether you may send to this address.")},
    {"spamdetected", false, FixOwner::Sender,
     QT_TRANSLATE_NOOP("Ndr::Reason", "Taken for spam"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "The receiving server judged the message to be spam."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Change the wording or remove links and attachments that look suspicious, or reach the recipient another way.")},
    {"virusdetected", false, FixOwner::Sender,
     QT_TRANSLATE_NOOP("Ndr::Reason", "A virus was found"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "The receiving server found a virus or a dangerous attachment in the message."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Scan your computer and the attachments; resend without the flagged attachment.")},
    {"contenterror", false, FixOwner::Sender,
     QT_TRANSLATE_NOOP("Ndr::Reason", "Message format refused"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "The receiving server could not accept the format or headers of the message."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Resend as plain text or without unusual attachments; if it persists, tell your administrator.")},
    {"notcompliantrfc", false, FixOwner::SenderAdmin,
     QT_TRANSLATE_NOOP("Ndr::Reason", "Message breaks mail standards"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "The message does not follow the email standards that the receiving server enforces."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Tell your administrator.")},
    {"syntaxerror", false, FixOwner::SenderAdmin,
     QT_TRANSLATE_NOOP("Ndr::Reason", "Mail protocol error"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "The servers misunderstood each other while passing the message on."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Resend later; if it persists, tell your administrator.")},
    {"failedstarttls", false, FixOwner::SenderAdmin,
     QT_TRANSLATE_NOOP("Ndr::Reason", "Secure connection failed"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "A secure (TLS) connection to the receiving server could not be set up."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Tell your administrator.")},
    {"suppressed", false, FixOwner::Sender,
     QT_TRANSLATE_NOOP("Ndr::Reason", "Address on a suppression list"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Your sending service did not try to deliver, because the address is on its suppression list."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Check the address; remove it from the suppression list only if it is valid again.")},
    {"onhold", false, FixOwner::Nobody,
     QT_TRANSLATE_NOOP("Ndr::Reason", "Reason not determined"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Delivery failed, but the report does not say clearly why."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Read the server's words below; resend later or contact the recipient another way.")},
    {"undefined", false, FixOwner::Nobody,
     QT_TRANSLATE_NOOP("Ndr::Reason", "Reason unknown"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "The report gives no reason for the failure."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Read the server's words below; resend later or contact the recipient another way.")},
    {"delivered", false, FixOwner::Nobody,
     QT_TRANSLATE_NOOP("Ndr::Reason", "Delivered"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "The message was delivered."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Nothing to do.")},
    {"feedback", false, FixOwner::Nobody,
     QT_TRANSLATE_NOOP("Ndr::Reason", "Complaint report"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "This is not a bounce: it is a complaint (abuse report) about your message."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Nothing to resend.")},
    {"vacation", false, FixOwner::Nobody,
     QT_TRANSLATE_NOOP("Ndr::Reason", "Automatic reply"),
     QT_TRANSLATE_NOOP("Ndr::Reason", "This is not a bounce: it is an automatic reply, such as an out-of-office notice."),
     QT_TRANSLATE_NOOP("Ndr::Reason", "Nothing to resend.")},
};

// Enhanced status -> reason where the code is specific enough ([MS-OXCMAIL] and Sisimai's mapping).
struct StatusReason {
    const char *status;
    const char *reason;
};
constexpr StatusReason kStatusReasons[] = {
    {"5.1.1", "userunknown"},   {"5.1.0", "userunknown"},   {"5.1.3", "userunknown"},
    {"5.1.2", "hostunknown"},   {"5.4.4", "hostunknown"},   {"5.1.6", "hasmoved"},
    {"4.1.6", "hasmoved"},      {"5.1.7", "rejected"},      {"5.1.8", "rejected"},
    {"4.1.7", "rejected"},      {"4.1.8", "rejected"},      {"5.1.10", "notaccept"},
    {"4.2.2", "mailboxfull"},   {"5.2.2", "mailboxfull"},   {"4.2.1", "suspend"},
    {"5.2.1", "suspend"},       {"5.2.3", "exceedlimit"},   {"4.2.3", "exceedlimit"},
    {"5.3.4", "mesgtoobig"},    {"5.7.16", "mesgtoobig"},   {"4.3.1", "systemfull"},
    {"5.3.1", "systemfull"},    {"4.4.7", "expired"},       {"4.4.1", "expired"},
    {"5.4.7", "expired"},       {"4.4.2", "networkerror"},  {"4.4.4", "networkerror"},
    {"4.4.6", "networkerror"},  {"5.4.6", "networkerror"},  {"5.4.0", "networkerror"},
    {"4.4.5", "systemfull"},    {"5.3.0", "systemerror"},   {"4.3.0", "systemerror"},
    {"5.3.2", "notaccept"},     {"5.5.3", "toomanyconn"},   {"5.5.2", "syntaxerror"},
    {"5.6.0", "contenterror"},  {"5.6.1", "contenterror"},  {"5.6.3", "contenterror"},
    {"5.7.1", "securityerror"}, {"5.7.0", "securityerror"}, {"5.7.13", "suspend"},
    {"5.7.17", "hasmoved"},     {"5.7.18", "hasmoved"},     {"5.7.23", "authfailure"},
    {"5.7.25", "requireptr"},   {"5.7.26", "authfailure"},  {"5.7.27", "notaccept"},
    {"5.7.28", "spamdetected"}, {"4.7.1", "blocked"},       {"5.7.20", "authfailure"},
    {"2.1.5", "delivered"},     {"2.0.0", "delivered"},
};


struct Named {
    qint32 value;
    const char *name;
};
constexpr Named kMapiReasons[] = {
    {0, "MAPI_REASON_TRANSFER_FAILED"},        {1, "MAPI_REASON_TRANSFER_IMPOSSIBLE"},
    {2, "MAPI_REASON_CONVERSION_NOT_PERFORMED"}, {3, "MAPI_REASON_PHYSICAL_RENDITN_NOT_DONE"},
    {4, "MAPI_REASON_PHYSICAL_DELIV_NOT_DONE"}, {5, "MAPI_REASON_RESTRICTED_DELIVERY"},
    {6, "MAPI_REASON_DIRECTORY_OPERATN_FAILED"},
};
// MAPI_DIAG_* with the status [MS-OXCMAIL] 2.1.3.6.1.2 writes for it (reference/mapi-ndr.md 1.2).
struct Diag {
    qint32 value;
    const char *name;
    const char *status;
};
constexpr Diag kMapiDiags[] = {
    {-1, "MAPI_DIAG_NO_DIAGNOSTIC", ""},
    {0, "MAPI_DIAG_OR_NAME_UNRECOGNIZED", "5.1.0"},
    {1, "MAPI_DIAG_OR_NAME_AMBIGUOUS", "5.1.4"},
    {2, "MAPI_DIAG_MTS_CONGESTED", "4.4.5"},
    {3, "MAPI_DIAG_LOOP_DETECTED", "4.4.6"},
    {4, "MAPI_DIAG_RECIPIENT_UNAVAILABLE", "5.1.0"},
    {5, "MAPI_DIAG_MAXIMUM_TIME_EXPIRED", "4.4.7"},
    {6, "MAPI_DIAG_EITS_UNSUPPORTED", "5.3.0"},
    {7, "MAPI_DIAG_CONTENT_TOO_LONG", "5.6.0"},
    {8, "MAPI_DIAG_IMPRACTICAL_TO_CONVERT", "5.6.3"},
    {9, "MAPI_DIAG_PROHIBITED_TO_CONVERT", "5.6.2"},
    {10, "MAPI_DIAG_CONVERSION_UNSUBSCRIBED", "5.6.0"},
    {11, "MAPI_DIAG_PARAMETERS_INVALID", "5.5.4"},
    {12, "MAPI_DIAG_CONTENT_SYNTAX_IN_ERROR", "5.6.0"},
    {13, "MAPI_DIAG_LENGTH_CONSTRAINT_VIOLATD", "5.3.4"},
    {14, "MAPI_DIAG_NUMBER_CONSTRAINT_VIOLATD", "5.6.0"},
    {15, "MAPI_DIAG_CONTENT_TYPE_UNSUPPORTED", "5.6.1"},
    {16, "MAPI_DIAG_TOO_MANY_RECIPIENTS", "5.5.3"},
    {17, "MAPI_DIAG_NO_BILATERAL_AGREEMENT", "5.5.5"},
    {18, "MAPI_DIAG_CRITICAL_FUNC_UNSUPPORTED", "5.3.3"},
    {19, "MAPI_DIAG_CONVERSION_LOSS_PROHIB", "5.6.2"},
    {20, "MAPI_DIAG_LINE_TOO_LONG", "5.6.0"},
    {21, "MAPI_DIAG_PAGE_TOO_LONG", "5.6.0"},
    {22, "MAPI_DIAG_PICTORIAL_SYMBOL_LOST", "4.6.4"},
    {23, "MAPI_DIAG_PUNCTUATION_SYMBOL_LOST", "4.6.4"},
    {24, "MAPI_DIAG_ALPHABETIC_CHARACTER_LOST", "4.6.4"},
    {25, "MAPI_DIAG_MULTIPLE_INFO_LOSSES", "4.6.4"},
    {26, "MAPI_DIAG_REASSIGNMENT_PROHIBITED", "5.7.3"},
    {27, "MAPI_DIAG_REDIRECTION_LOOP_DETECTED", "4.4.6"},
    {28, "MAPI_DIAG_EXPANSION_PROHIBITED", "5.7.2"},
    {29, "MAPI_DIAG_SUBMISSION_PROHIBITED", "5.7.1"},
    {30, "MAPI_DIAG_EXPANSION_FAILED", "5.2.4"},
    {31, "MAPI_DIAG_RENDITION_UNSUPPORTED", "5.6.1"},
    {32, "MAPI_DIAG_MAIL_ADDRESS_INCORRECT", "5.1.3"},
    {33, "MAPI_DIAG_MAIL_OFFICE_INCOR_OR_INVD", "5.1.0"},
    {34, "MAPI_DIAG_MAIL_ADDRESS_INCOMPLETE", "5.1.3"},
    {35, "MAPI_DIAG_MAIL_RECIPIENT_UNKNOWN", "5.1.1"},
    {36, "MAPI_DIAG_MAIL_RECIPIENT_DECEASED", "5.1.0"},
    {37, "MAPI_DIAG_MAIL_ORGANIZATION_EXPIRED", "5.3.0"},
    {38, "MAPI_DIAG_MAIL_REFUSED", "5.3.0"},
    {39, "MAPI_DIAG_MAIL_UNCLAIMED", "5.1.0"},
    {40, "MAPI_DIAG_MAIL_RECIPIENT_MOVED", "5.1.6"},
    {41, "MAPI_DIAG_MAIL_RECIPIENT_TRAVELLING", "5.1.0"},
    {42, "MAPI_DIAG_MAIL_RECIPIENT_DEPARTED", "5.1.0"},
    {43, "MAPI_DIAG_MAIL_NEW_ADDRESS_UNKNOWN", "5.1.6"},
    {44, "MAPI_DIAG_MAIL_FORWARDING_UNWANTED", "5.0.0"},
    {45, "MAPI_DIAG_MAIL_FORWARDING_PROHIB", "5.0.0"},
    {46, "MAPI_DIAG_SECURE_MESSAGING_ERROR", "5.7.0"},
    {47, "MAPI_DIAG_DOWNGRADING_IMPOSSIBLE", "5.0.0"},
    {48, "MAPI_DIAG_48", "5.1.2"},
};
// The status written for a reason code when there is no diagnostic ([MS-OXCMAIL] 2.1.3.6.1.2).
constexpr const char *kReasonStatus[] = {"5.4.0", "5.1.0", "5.6.5", "5.6.5", "5.2.0", "5.3.0", "4.4.3"};

// RFC 3463 subjects and details, for the administrator's line.
constexpr StatusReason kStatusMeanings[] = {
    {"X.0.0", QT_TRANSLATE_NOOP("Ndr::Status", "Other undefined status")},
    {"X.1.0", QT_TRANSLATE_NOOP("Ndr::Status", "Other address status")},
    {"X.1.1", QT_TRANSLATE_NOOP("Ndr::Status", "Bad destination mailbox address")},
    {"X.1.2", QT_TRANSLATE_NOOP("Ndr::Status", "Bad destination system address")},
    {"X.1.3", QT_TRANSLATE_NOOP("Ndr::Status", "Bad destination mailbox address syntax")},
    {"X.1.4", QT_TRANSLATE_NOOP("Ndr::Status", "Destination mailbox address ambiguous")},
    {"X.1.5", QT_TRANSLATE_NOOP("Ndr::Status", "Destination address valid")},
    {"X.1.6", QT_TRANSLATE_NOOP("Ndr::Status", "Destination mailbox has moved, no forwarding address")},
    {"X.1.7", QT_TRANSLATE_NOOP("Ndr::Status", "Bad sender's mailbox address syntax")},
    {"X.1.8", QT_TRANSLATE_NOOP("Ndr::Status", "Bad sender's system address")},
    {"X.1.10", QT_TRANSLATE_NOOP("Ndr::Status", "Recipient address has null MX")},
    {"X.2.0", QT_TRANSLATE_NOOP("Ndr::Status", "Other or undefined mailbox status")},
    {"X.2.1", QT_TRANSLATE_NOOP("Ndr::Status", "Mailbox disabled, not accepting messages")},
    {"X.2.2", QT_TRANSLATE_NOOP("Ndr::Status", "Mailbox full")},
    {"X.2.3", QT_TRANSLATE_NOOP("Ndr::Status", "Message length exceeds administrative limit")},
    {"X.2.4", QT_TRANSLATE_NOOP("Ndr::Status", "Mailing list expansion problem")},
    {"X.3.0", QT_TRANSLATE_NOOP("Ndr::Status", "Other or undefined mail system status")},
    {"X.3.1", QT_TRANSLATE_NOOP("Ndr::Status", "Mail system full")},
    {"X.3.2", QT_TRANSLATE_NOOP("Ndr::Status", "System not accepting network messages")},
    {"X.3.3", QT_TRANSLATE_NOOP("Ndr::Status", "System not capable of selected features")},
    {"X.3.4", QT_TRANSLATE_NOOP("Ndr::Status", "Message too big for system")},
    {"X.3.5", QT_TRANSLATE_NOOP("Ndr::Status", "System incorrectly configured")},
    {"X.4.0", QT_TRANSLATE_NOOP("Ndr::Status", "Other or undefined network or routing status")},
    {"X.4.1", QT_TRANSLATE_NOOP("Ndr::Status", "No answer from host")},
    {"X.4.2", QT_TRANSLATE_NOOP("Ndr::Status", "Bad connection")},
    {"X.4.3", QT_TRANSLATE_NOOP("Ndr::Status", "Directory server failure")},
    {"X.4.4", QT_TRANSLATE_NOOP("Ndr::Status", "Unable to route")},
    {"X.4.5", QT_TRANSLATE_NOOP("Ndr::Status", "Mail system congestion")},
    {"X.4.6", QT_TRANSLATE_NOOP("Ndr::Status", "Routing loop detected")},
    {"X.4.7", QT_TRANSLATE_NOOP("Ndr::Status", "Delivery time expired")},
    {"X.5.0", QT_TRANSLATE_NOOP("Ndr::Status", "Other or undefined protocol status")},
    {"X.5.1", QT_TRANSLATE_NOOP("Ndr::Status", "Invalid command")},
    {"X.5.2", QT_TRANSLATE_NOOP("Ndr::Status", "Syntax error")},
    {"X.5.3", QT_TRANSLATE_NOOP("Ndr::Status", "Too many recipients")},
    {"X.5.4", QT_TRANSLATE_NOOP("Ndr::Status", "Invalid command arguments")},
    {"X.5.5", QT_TRANSLATE_NOOP("Ndr::Status", "Wrong protocol version")},
    {"X.6.0", QT_TRANSLATE_NOOP("Ndr::Status", "Other or undefined media error")},
    {"X.6.1", QT_TRANSLATE_NOOP("Ndr::Status", "Media not supported")},
    {"X.6.2", QT_TRANSLATE_NOOP("Ndr::Status", "Conversion required and prohibited")},
    {"X.6.3", QT_TRANSLATE_NOOP("Ndr::Status", "Conversion required but not supported")},
    {"X.6.4", QT_TRANSLATE_NOOP("Ndr::Status", "Conversion with loss performed")},
    {"X.6.5", QT_TRANSLATE_NOOP("Ndr::Status", "Conversion failed")},
    {"X.7.0", QT_TRANSLATE_NOOP("Ndr::Status", "Other or undefined security status")},
    {"X.7.1", QT_TRANSLATE_NOOP("Ndr::Status", "Delivery not authorized, message refused")},
    {"X.7.2", QT_TRANSLATE_NOOP("Ndr::Status", "Mailing list expansion prohibited")},
    {"X.7.3", QT_TRANSLATE_NOOP("Ndr::Status", "Security conversion required but not possible")},
    {"X.7.4", QT_TRANSLATE_NOOP("Ndr::Status", "Security features not supported")},
    {"X.7.5", QT_TRANSLATE_NOOP("Ndr::Status", "Cryptographic failure")},
    {"X.7.6", QT_TRANSLATE_NOOP("Ndr::Status", "Cryptographic algorithm not supported")},
    {"X.7.7", QT_TRANSLATE_NOOP("Ndr::Status", "Message integrity failure")},
    {"X.7.8", QT_TRANSLATE_NOOP("Ndr::Status", "Authentication credentials invalid")},
    {"X.7.25", QT_TRANSLATE_NOOP("Ndr::Status", "Reverse DNS validation failed")},
    {"X.7.26", QT_TRANSLATE_NOOP("Ndr::Status", "Multiple authentication checks failed")},
};

} // namespace

const ReasonInfo &reasonInfo(const QString &key)
{
    for (const ReasonInfo &r : kReasons)
        if (key == QLatin1String(r.key))
            return r;
    for (const ReasonInfo &r : kReasons)
        if (qstrcmp(r.key, "undefined") == 0)
            return r;
    Q_UNREACHABLE();
}

bool isKnownReason(const QString &key)
{
    for (const ReasonInfo &r : kReasons)
        if (key == QLatin1String(r.key))
            return true;
    return false;
}

QString statusFromNdrStatusCode(qint32 code)
{
    // [MS-OXCMAIL] 2.2.3.7.1.3: class*100 + subject*10 + detail; a bare SMTP reply code (550,
    // as Kopano writes) has no subject/detail meaning and is not a status.
    if (code < 200 || code > 599)
        return {};
    const int cls = code / 100, subject = (code / 10) % 10, detail = code % 10;
    if (cls == 5 && subject == 5 && detail == 0)
        return {};  // 550: an SMTP reply code, not 5.5.0
    if (cls != 2 && cls != 4 && cls != 5)
        return {};
    return QStringLiteral("%1.%2.%3").arg(cls).arg(subject).arg(detail);
}

QString statusFromMapiCodes(std::optional<qint32> reason, std::optional<qint32> diag)
{
    if (diag && *diag != -1) {
        for (const Diag &d : kMapiDiags)
            if (d.value == *diag && *d.status)
                return QString::fromLatin1(d.status);
    }
    if (reason && *reason >= 0 && *reason < qint32(std::size(kReasonStatus)))
        return QString::fromLatin1(kReasonStatus[*reason]);
    return {};
}

QString findStatusInText(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(?<![\\d.])([245])\\.(\\d{1,3})\\.(\\d{1,3})(?![\\d.]*\\d)"));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(0) : QString();
}

int findReplyCodeInText(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("(?<![\\d.#-])([245][0-5]\\d)(?=[ -])"));
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

namespace {

// Command words as bounces name them -> the command's canonical name.
struct CommandWord {
    const char *word;     // lower case, as matched
    const char *command;
};
constexpr CommandWord kCommandWords[] = {
    {"rcpt", "RCPT"},          {"mail", "MAIL"},   {"data", "DATA"},         {"end of data", "DATA"},
    {"message body", "DATA"},  {"helo", "HELO"},   {"ehlo", "HELO"},         {"lhlo", "HELO"},
    {"starttls", "STARTTLS"},  {"auth", "AUTH"},   {"initial connection", "CONN"},
    {"greeting", "CONN"},      {"connect", "CONN"}, {"bdat", "DATA"},         {".", "DATA"},
};

QString commandForWord(const QString &word)
{
    const QString w = word.toLower().simplified();
    for (const CommandWord &c : kCommandWords)
        if (w == QLatin1String(c.word) || w.startsWith(QLatin1String(c.word) + QLatin1Char(' ')))
            return QString::fromLatin1(c.command);
    return {};
}

} // namespace

QString smtpCommandInText(const QString &text)
{
    const QString t = text.simplified();
    // Postfix: "(in reply to RCPT TO command)", "(in reply to end of DATA command)"; its
    // "while sending RCPT TO" / "while receiving the initial server greeting" for a lost
    // connection. Exim: "SMTP error from remote mail server after RCPT TO:<a@b>", "after end of
    // data", "after initial connection". A vendor heading: "SMTP command: DATA".
    static const QRegularExpression named(QStringLiteral(
        "in reply to (?:the )?(rcpt|mail|end of data|data|helo|ehlo|lhlo|starttls|auth|bdat)\\b|"
        "while (?:sending|receiving) (?:the )?(rcpt|mail|end of data|data|message body|helo|ehlo|lhlo|starttls|"
        "initial server greeting)\\b|"
        "\\bafter (?:pipelined )?(rcpt to|mail from|end of data|initial connection)\\b|"
        "\\bafter (?:pipelined )?(data|helo|ehlo|lhlo|starttls|auth|bdat)\\b[^:]{0,60}:|"
        "smtp command\\s*[:=-]*\\s*(rcpt|mail|data|helo|ehlo|lhlo|starttls|auth|bdat)\\b|"
        // qmail: "most progress was RCPT TO response", "said 550 for RCPT TO response"; IMail:
        // "Server response to MAIL FROM:", "DATA command generated response:".
        "(?:progress was|\\d\\d\\d for) (rcpt|mail|data|helo|ehlo)\\b[^;)]{0,12} response|"
        "(?:response|reply) to (rcpt to|mail from|ehlo|helo)\\b|"
        "\\b(rcpt|mail|data)(?: to| from)? command generated (?:following )?response|"
        "additional (rcpt) to generated|smtp (connect)ion failed"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto m = named.match(t); m.hasMatch()) {
        for (int i = 1; i <= m.lastCapturedIndex(); ++i) {
            QString word = m.captured(i);
            if (word.isEmpty())
                continue;
            if (word.endsWith(QLatin1String("greeting"), Qt::CaseInsensitive))
                word = QStringLiteral("greeting");
            return commandForWord(word);
        }
    }
    // A Sendmail or Courier transcript: the last command sent before the first refusal.
    static const QRegularExpression sent(QStringLiteral(">>>\\s*(rcpt|mail|data|helo|ehlo|lhlo|starttls|auth|bdat|\\.)(?=[\\s:]|$)"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression refused(QStringLiteral("<<<\\s*[45]\\d\\d\\b"));
    const auto r = refused.match(t);
    if (!r.hasMatch())
        return {};
    QString last;
    for (auto it = sent.globalMatch(t.left(r.capturedStart())); it.hasNext();)
        last = it.next().captured(1);
    return last.isEmpty() ? QString() : commandForWord(last);
}

// A local delivery agent's own words (sendmail's mail.local, procmail, maildrop, vpopmail's
// vdelivermail, vmailmgr's vdeliver, Dovecot's LDA): the mailbox store refused, after no SMTP
// dialogue with anyone.
static bool fromLocalDeliveryAgent(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("(?:^|\\s)(?:mail\\.local|procmail|maildrop|vdelivermail|vdeliver|dovecot(?:-lda)?)(?:\\[\\d+\\])?: |"
                       "your message to \\S+ was automatically rejected:"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

bool isBeforeData(const QString &smtpCommand)
{
    static const QStringList before = {QStringLiteral("CONN"), QStringLiteral("HELO"), QStringLiteral("STARTTLS"),
                                       QStringLiteral("AUTH"), QStringLiteral("MAIL"), QStringLiteral("RCPT")};
    return before.contains(smtpCommand);
}

QString mapiDiagName(qint32 diag)
{
    for (const Diag &d : kMapiDiags)
        if (d.value == diag)
            return QString::fromLatin1(d.name);
    return QStringLiteral("MAPI_DIAG(%1)").arg(diag);
}

QString mapiReasonName(qint32 reason)
{
    for (const Named &n : kMapiReasons)
        if (n.value == reason)
            return QString::fromLatin1(n.name);
    return QStringLiteral("MAPI_REASON(%1)").arg(reason);
}

QString statusMeaning(const QString &status)
{
    const int dot = status.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return {};
    const QString generic = QStringLiteral("X") + status.mid(dot);
    for (const StatusReason &s : kStatusMeanings)
        if (generic == QLatin1String(s.status))
            return QCoreApplication::translate("Ndr::Status", s.reason);
    return {};
}

// X.1.0, X.1.1 and X.1.3 (RFC 3463: the destination address) name an address problem.
static bool statusNamesAddress(const QString &status)
{
    static const QRegularExpression re(QStringLiteral("^[245]\\.1\\.[013]$"));
    return re.match(status).hasMatch();
}

static QString reasonFromStatus(const QString &status)
{
    for (const StatusReason &s : kStatusReasons)
        if (status == QLatin1String(s.status))
            return QString::fromLatin1(s.reason);
    return {};
}

QString classify(const ClassifyInput &in)
{
    QString status = in.status;
    if (status.isEmpty() && in.ndrStatusCode)
        status = statusFromNdrStatusCode(*in.ndrStatusCode);
    if (status.isEmpty() && (in.ndrDiagCode || in.ndrReasonCode))
        status = statusFromMapiCodes(in.ndrReasonCode, in.ndrDiagCode);
    if (status.isEmpty())
        status = findStatusInText(in.diagnosticText);

    const std::optional<TextReason> fromText = matchText(in.diagnosticText, in.reportingMta);
    const QString fromStatus = reasonFromStatus(status);
    // The server's words are more precise than its code where a rule knows them: "too many
    // recipients this hour" under 5.1.1. The code decides where no rule applies.
    if (fromText && !fromText->fromReporterRule) {
        const QString &said = fromText->reason;
        // An unknown user is an answer to RCPT: the server looks the address up when it is
        // named. Refused as unknown at DATA, or where the report does not say when, it is a
        // filter's (or the mailbox's settings') verdict on the message -- unless the status
        // itself names the address (X.1.0, X.1.1, X.1.3). A MAPI report's codes, and a local
        // delivery agent's words, come from a lookup of the mailbox itself, not from an SMTP
        // dialogue.
        const bool mapiCodes = in.ndrReasonCode || in.ndrDiagCode || in.ndrStatusCode;
        if (said == QLatin1String("userunknown") && !statusNamesAddress(status) && !mapiCodes
            && !isBeforeData(in.smtpCommand) && !fromLocalDeliveryAgent(in.diagnosticText))
            return QStringLiteral("filtered");
        // RFC 3463 X.2.3 is a limit of the mailbox's own ("administrative"), X.3.4 the
        // system's: a size refusal under X.2.3 is the mailbox's limit.
        if (said == QLatin1String("mesgtoobig") && fromStatus == QLatin1String("exceedlimit"))
            return fromStatus;
    }
    // Postfix before 3.0 cannot read an RFC 7505 null MX ("MX 0 .") and calls the reply
    // malformed; under a permanent status that is a domain that takes no mail.
    static const QRegularExpression nullMx(QStringLiteral("type=mx: malformed or unexpected name server reply"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (status.startsWith(QLatin1Char('5')) && nullMx.match(in.diagnosticText).hasMatch())
        return QStringLiteral("notaccept");
    if (fromText)
        return fromText->reason;
    if (!fromStatus.isEmpty())
        return fromStatus;
    if (in.action.compare(QLatin1String("delayed"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("expired");
    if (status.startsWith(QLatin1Char('2')) || in.action.compare(QLatin1String("delivered"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("delivered");
    return in.diagnosticText.trimmed().isEmpty() && status.isEmpty() ? QStringLiteral("undefined")
                                                                     : QStringLiteral("onhold");
}

} // namespace Ndr::Report
