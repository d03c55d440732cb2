#pragma once
// The reason vocabulary (Sisimai's: ../shared/reference/bounce-reasons.tsv) and the
// classifier from status code, diagnostic text, reporter and MAPI codes to a reason.
// One classifier serves MAPI reports and Internet DSNs alike.
#include <QString>
#include <optional>

namespace Ndr::Report {

// Who can fix a failure (Exchange Online's "fix-it owner").
enum class FixOwner { Sender, SenderAdmin, RecipientSide, Nobody };

struct ReasonInfo {
    const char *key;        // "userunknown"
    bool hard;              // a permanent failure whatever the status class says
    FixOwner owner;
    const char *summary;    // short headline, translatable (context "Ndr::Reason")
    const char *plain;      // one or two sentences for people, translatable
    const char *advice;     // what to do next, translatable
};

// The table entry for a reason key; the "undefined" entry for unknown keys.
const ReasonInfo &reasonInfo(const QString &key);
bool isKnownReason(const QString &key);

struct ClassifyInput {
    QString status;          // "5.1.1"
    int replyCode = 0;       // 550
    QString diagnosticText;  // the remote server's words
    QString reportingMta;    // who reported it: "Exchange Online" rules differ
    QString action;          // failed / delayed
    std::optional<qint32> ndrReasonCode, ndrDiagCode, ndrStatusCode;
    // The SMTP command the server was answering when it refused ("RCPT", "DATA", ...;
    // smtpCommandInText), empty when the report does not say.
    QString smtpCommand;
};

QString classify(const ClassifyInput &in);

// "5.1.1" from PR_NDR_STATUS_CODE 511 ([MS-OXCMAIL] 2.2.3.7.1.3); empty when not a status.
QString statusFromNdrStatusCode(qint32 code);
// The status a MAPI reason/diagnostic pair stands for ([MS-OXCMAIL] 2.1.3.6.1.2).
QString statusFromMapiCodes(std::optional<qint32> reason, std::optional<qint32> diag);
// Finds an enhanced status code ("5.1.1") and an SMTP reply code in free text.
QString findStatusInText(const QString &text);
int findReplyCodeInText(const QString &text);
// The SMTP command a bounce's words say the refusal answered: "CONN" (the greeting), "HELO"
// (HELO/EHLO/LHLO), "STARTTLS", "AUTH", "MAIL", "RCPT" or "DATA" (DATA, the message, end of
// data); empty when the words do not say. Reads Postfix's "(in reply to RCPT TO command)",
// Exim's "after RCPT TO:<..>", a Sendmail/Courier transcript (">>> DATA" then "<<< 554 ..."),
// and a heading "SMTP command: DATA".
QString smtpCommandInText(const QString &text);
// Whether a command is one the client sends before DATA (the message is not yet seen).
bool isBeforeData(const QString &smtpCommand);
// The spec name of a MAPI code: "MAPI_DIAG_MAIL_RECIPIENT_UNKNOWN", "MAPI_REASON_TRANSFER_FAILED".
QString mapiDiagName(qint32 diag);
QString mapiReasonName(qint32 reason);
// RFC 3463 meaning of a status code ("Bad destination mailbox address").
QString statusMeaning(const QString &status);

} // namespace Ndr::Report
