#pragma once
// Which kind of report a MIME message is, for its PR_MESSAGE_CLASS: from its RFC 3464 /
// RFC 8098 report part, or, for a bounce without one, from its headers.
#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Ndr::Mime {

// RFC 3464 2.3.3 Action: REPORT.IPM.Note.NDR when any recipient failed, .DELAYED when only
// delayed (our own marker; MAPI has no class for it), .DR when delivered/relayed/expanded.
// Without Action fields the Status classes decide; a report with neither is an NDR.
QString classForDeliveryStatus(const QByteArray &body);
// RFC 8098 3.2.6: displayed is REPORT.IPM.Note.IPNRN; deleted (RFC 3798: denied, failed) .IPNNRN.
QString classForDisposition(const QByteArray &body);

// The headers that tell a bounce without a delivery-status part.
struct BounceHeaders {
    QString subject;
    QString rawFrom;             // the From field as written
    QStringList fromAddresses;   // parsed addresses (may be empty: "MAILER-DAEMON <>")
    QStringList fromNames;
    bool hasReturnPath = false;
    QString returnPath;
    bool hasFailedRecipients = false;  // X-Failed-Recipients (Exim, Google)
};
// A mail-system sender (or a null return path) and a failure subject, or X-Failed-Recipients.
bool looksLikeBounce(const BounceHeaders &headers);
// Sent by a mail system: mailer-daemon, postmaster, a list manager, or with a null return path.
bool fromMailSystem(const BounceHeaders &headers);
// A warning that delivery is still being tried ("Warning: message ... delayed 24 hours").
bool isDelayWarning(const QString &subject);

} // namespace Ndr::Mime
