#pragma once
// Plain-words explanations of a failure for the person who sent the mail: what happened,
// where the message stopped, whether it will pass by itself, who can fix it and what to do.
// The reason table (reason.h) gives the ordinary meaning of each reason; a few mail systems
// use a status code for something else (Exchange Online's 5.2.2 is the *sender's* sending
// limit, not a full mailbox), so the status, the server's words and the reporter are read
// again here. Also: whether a report looks like backscatter. Texts are translatable
// (context "Ndr::Explanation"; the reason texts keep theirs, "Ndr::Reason").
#include "ndrreport.h"
#include "reason.h"

#include <QString>

namespace Ndr::Report {

// Where along the way the message stopped: your mail program -> your server -> the recipient's server.
enum class StopPoint { Unknown, YourProgram, YourServer, RecipientServer };

struct Explanation {
    QString key;         // the rule that spoke: a reason key, or a special rule ("exo-sending-quota")
    QString summary;     // a short headline
    QString plain;       // what happened, in a sentence or two
    QString advice;      // what to do next
    // What the status code means here, where that is not RFC 3463's usual meaning (Exchange
    // Online's 5.2.2 is not "Mailbox full"); empty: the usual one. For the technical details.
    QString statusMeaning;
    FixOwner owner = FixOwner::Nobody;
    StopPoint stoppedAt = StopPoint::Unknown;
    bool permanent = true;  // sending again unchanged will fail again
    bool delayed = false;   // a delay notice: the server is still trying
};

// reportReportingMta: the report's own Reporting-MTA, for failures that do not name one.
Explanation explainFailure(const Failure &failure, const QString &reportReportingMta = {});

// "you, the sender." ... as the form and the printout word the owner after "Who can fix it:".
QString fixOwnerPhrase(FixOwner owner);
// "The message stopped at the recipient's server. The recipient's side can fix it."
QString pathSentence(StopPoint stop, FixOwner owner, bool delayed = false);

// A report about a message the user may not have sent: the original's sender differs from
// the person the report was sent to (forged sender; the report is backscatter).
struct BackscatterCheck {
    bool likely = false;
    QString addressee;       // who the report was sent to
    QString originalSender;  // who the bounced message claims to be from
};
BackscatterCheck checkBackscatter(const NdrReport &report);

} // namespace Ndr::Report
