#pragma once
// RFC 3464 message/delivery-status: the per-message fields and one field group per recipient.
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace Ndr::Report {

struct DsnFields {
    // Field names lower-cased, values unfolded (continuation lines joined with a space).
    QMultiMap<QString, QString> fields;
    QString value(const char *name) const { return fields.value(QString::fromLatin1(name)); }
};

struct DeliveryStatus {
    DsnFields perMessage;               // RFC 3464 2.2: Reporting-MTA, Arrival-Date, ...
    QList<DsnFields> perRecipient;      // RFC 3464 2.3: Final-Recipient, Action, Status, ...
};

// Parses the body of a message/delivery-status part (any line ends). Lenient: unknown fields
// are kept, blank-line groups without a recipient are skipped.
DeliveryStatus parseDeliveryStatus(const QByteArray &body);

// "rfc822; user@example.com" -> "user@example.com" (type dropped, angle brackets removed).
QString addressFromTypedField(const QString &value);
// "smtp; 550 5.1.1 ..." -> {"smtp", "550 5.1.1 ..."}
std::pair<QString, QString> splitTyped(const QString &value);
// RFC 5322 date-time as used in DSN fields.
QDateTime parseRfc5322Date(const QString &value);

} // namespace Ndr::Report
