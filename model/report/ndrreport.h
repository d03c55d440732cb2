#pragma once
// NdrReport: what a report says about each recipient of the original message.
// Gathers failures from every source of DESIGN.md ("Where a recipient's failure comes from")
// and joins them to the attached original's recipient table.
#include "mapi/message.h"
#include "reason.h"

#include <QDateTime>
#include <QStringList>
#include <memory>

namespace Ndr::Report {

enum class Kind {
    NonDelivery,     // REPORT.*.NDR, or a DSN with a failed recipient
    Delay,           // a DSN whose recipients are only delayed (Action: delayed)
    Delivery,        // REPORT.*.DR, Action: delivered/relayed/expanded
    Read,            // REPORT.*.IPNRN
    NonRead,         // REPORT.*.IPNNRN
    AbuseReport,     // ARF (message/feedback-report)
    AutoReply,       // out-of-office and other automatic replies
    NotAReport,      // an ordinary message
};
QString kindKey(Kind kind);  // "ndr", "delay", "dr", "ipnrn", "ipnnrn", "arf", "autoreply", "none"

// Where a failure was read from; earlier sources win field by field.
enum class Source { ReportRecipient = 1, OriginalRecipient = 2, DeliveryStatus = 3, BodyText = 4 };

struct Failure {
    QString address;          // the failed SMTP address (Final-Recipient), as reported
    QString originalRecipient;  // RFC 3464 Original-Recipient, where given
    QString displayName;      // X-Display-Name or the reporting row's PR_DISPLAY_NAME
    QString action;           // failed, delayed, delivered, relayed, expanded
    QString status;           // enhanced status code "5.1.1", or empty
    int replyCode = 0;        // SMTP reply code (550), 0 when unknown
    QString diagnosticCode;   // the remote server's words (Diagnostic-Code without its type)
    QString diagnosticType;   // "smtp", "x-unix", ...
    QString remoteMta;        // Remote-MTA / PR_DSN_REMOTE_MTA
    QString reportingMta;     // Reporting-MTA / PidTagReportingMessageTransferAgent
    QString supplementaryInfo;  // PR_SUPPLEMENTARY_INFO / X-Supplementary-Info
    QString smtpCommand;      // the SMTP command the refusal answered ("RCPT", "DATA"; smtpCommandInText), or empty
    QDateTime reportTime;     // PR_REPORT_TIME / Last-Attempt-Date / Arrival-Date
    std::optional<qint32> ndrReasonCode;  // PR_NDR_REASON_CODE
    std::optional<qint32> ndrDiagCode;    // PR_NDR_DIAG_CODE
    std::optional<qint32> ndrStatusCode;  // PR_NDR_STATUS_CODE
    Source source = Source::DeliveryStatus;
    QString reason;           // the reason vocabulary key (reason.h)

    bool isFailure() const;   // action failed/delayed, or a 4.x.x/5.x.x status, or NDR codes
    bool isDelayed() const;   // action "delayed": the server is still trying
    bool isPermanent() const; // not temporary
    // Fills the empty fields of this failure from another one about the same recipient.
    void mergeFrom(const Failure &other);
};

// One row of the form: a recipient of the original, or a failure that joins no recipient.
struct RecipientRow {
    int originalIndex = -1;   // index in original()->recipients; -1 when not among them
    QString displayName;
    QString address;          // SMTP address, else the row's PR_EMAIL_ADDRESS
    qint32 recipientType = Mapi::MAPI_TO;  // PR_RECIPIENT_TYPE; MAPI_TO for joined-no-row
    // Held by pointer: most rows of a big table have none, and a Failure held in every row
    // made 10,000 rows 4 MB.
    std::shared_ptr<const Failure> failure;

    bool failed() const { return failure && failure->isFailure(); }
    bool inOriginal() const { return originalIndex >= 0; }
};

class NdrReport {
public:
    // Reads the report: its kind, the original, the failures, and the rows.
    static NdrReport fromMessage(std::shared_ptr<const Mapi::Message> report);

    Kind kind() const { return m_kind; }
    const Mapi::Message &report() const { return *m_report; }
    std::shared_ptr<const Mapi::Message> reportPtr() const { return m_report; }
    // The attached original (the embedded message), else the headers the report quotes in its
    // text, or nullptr when it has neither.
    std::shared_ptr<const Mapi::Message> original() const { return m_original; }
    bool originalIsHeadersOnly() const { return m_originalHeadersOnly; }
    // The original is the headers quoted in the report's text (headers only, too): no copy of
    // it is attached.
    bool originalIsQuoted() const { return m_originalQuoted; }

    const QList<RecipientRow> &rows() const { return m_rows; }
    QList<RecipientRow> failedRows() const;
    int failedCount() const;

    QString originalSubject() const;   // the original's subject, else PR_ORIGINAL_SUBJECT, else the report's
    QDateTime originalSentTime() const;  // PR_CLIENT_SUBMIT_TIME of the original, else PR_ORIGINAL_SUBMIT_TIME
    QString originalMessageClass() const;  // PR_ORIG_MESSAGE_CLASS, else the original's class, else derived
    QString reportingMta() const { return m_reportingMta; }
    QDateTime reportTime() const;      // the report's delivery/submit time
    // The person the report was sent to: the original's sender, who resends.
    QString addresseeName() const;
    QString addresseeAddress() const;

    QStringList warnings() const { return m_warnings; }

    // Lets a caller supply the original when the report carries none (Locate original...).
    // The rows are rebuilt against it. Returns false when its Message-ID is not the one the
    // report names (the original is used all the same).
    bool setOriginal(std::shared_ptr<const Mapi::Message> original);

private:
    void gather();
    void buildRows();

    Kind m_kind = Kind::NotAReport;
    std::shared_ptr<const Mapi::Message> m_report;
    std::shared_ptr<const Mapi::Message> m_original;
    bool m_originalHeadersOnly = false;
    bool m_originalQuoted = false;
    QList<Failure> m_failures;  // merged per recipient, in report order
    QList<RecipientRow> m_rows;
    QString m_reportingMta;
    QStringList m_warnings;
};

// Finds the embedded original in a report: the first ATTACH_EMBEDDED_MSG whose class is not
// a report itself.
std::shared_ptr<const Mapi::Message> findOriginal(const Mapi::Message &report);
Kind kindFromMessageClass(const QString &messageClass);

} // namespace Ndr::Report
