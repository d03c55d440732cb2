#include "deliverystatus.h"

#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace Ndr::Report {

namespace {

// Splits into field groups at blank lines (RFC 3464 2.1), unfolding continuation lines.
QList<DsnFields> fieldGroups(const QByteArray &body)
{
    QString text = QString::fromUtf8(body);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));

    QList<DsnFields> groups;
    DsnFields current;
    QString name, value;
    auto flushField = [&] {
        if (!name.isEmpty())
            current.fields.insert(name, value.simplified());
        name.clear();
        value.clear();
    };
    auto flushGroup = [&] {
        flushField();
        if (!current.fields.isEmpty())
            groups.append(current);
        current = {};
    };
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty()) {
            flushGroup();
            continue;
        }
        if ((line.front() == QLatin1Char(' ') || line.front() == QLatin1Char('\t')) && !name.isEmpty()) {
            value += QLatin1Char(' ') + line.trimmed();  // RFC 5322 2.2.3 unfolding
            continue;
        }
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0) {
            // Not a field: some MTAs put prose here. Keep it with the previous field's value.
            if (!name.isEmpty())
                value += QLatin1Char(' ') + line.trimmed();
            continue;
        }
        flushField();
        name = line.left(colon).trimmed().toLower();
        value = line.mid(colon + 1).trimmed();
    }
    flushGroup();
    return groups;
}

bool isRecipientGroup(const DsnFields &g)
{
    return g.fields.contains(QStringLiteral("final-recipient"))
        || g.fields.contains(QStringLiteral("original-recipient"));
}

} // namespace

DeliveryStatus parseDeliveryStatus(const QByteArray &body)
{
    DeliveryStatus result;
    const QList<DsnFields> groups = fieldGroups(body);
    for (const DsnFields &g : groups) {
        if (isRecipientGroup(g))
            result.perRecipient.append(g);  // RFC 3464 2.3
        else if (result.perRecipient.isEmpty())
            for (auto it = g.fields.cbegin(); it != g.fields.cend(); ++it)  // RFC 3464 2.2
                result.perMessage.fields.insert(it.key(), it.value());
    }
    return result;
}

std::pair<QString, QString> splitTyped(const QString &value)
{
    const qsizetype semi = value.indexOf(QLatin1Char(';'));
    if (semi < 0)
        return {QString(), value.trimmed()};
    const QString type = value.left(semi).trimmed();
    // A "type" with spaces or an @ is not an address-type/diagnostic-type but part of the text.
    if (type.contains(QLatin1Char(' ')) || type.contains(QLatin1Char('@')))
        return {QString(), value.trimmed()};
    return {type.toLower(), value.mid(semi + 1).trimmed()};
}

QString addressFromTypedField(const QString &value)
{
    QString address = splitTyped(value).second;
    static const QRegularExpression angle(QStringLiteral("<([^<>\\s]+)>"));
    if (const auto m = angle.match(address); m.hasMatch())
        address = m.captured(1);
    // "|/usr/bin/program user@example.com" (a pipe recipient): the word with an @ is the address.
    const QStringList words = address.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    address = words.value(0);
    for (const QString &word : words)
        if (word.contains(QLatin1Char('@'))) {
            address = word;
            break;
        }
    while (address.startsWith(QLatin1Char('<')) || address.startsWith(QLatin1Char('"')))
        address.remove(0, 1);
    while (address.endsWith(QLatin1Char('>')) || address.endsWith(QLatin1Char('"')))
        address.chop(1);
    return address;
}

QDateTime parseRfc5322Date(const QString &value)
{
    // "Thu, 29 Apr 2010 23:34:45 +0900 (JST)" -- day name and comment optional.
    static const QRegularExpression re(QStringLiteral(
        "(\\d{1,2})\\s+([A-Za-z]{3})[a-z]*\\s+(\\d{2,4})\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([+-]\\d{4}|[A-Z]{1,5})?"));
    const auto m = re.match(value);
    if (!m.hasMatch())
        return {};
    static const QStringList months = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                       QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                       QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                       QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    const int month = months.indexOf(m.captured(2).toLower()) + 1;
    int year = m.captured(3).toInt();
    if (year < 50)
        year += 2000;
    else if (year < 100)
        year += 1900;
    const QDate date(year, month, m.captured(1).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    int offsetSeconds = 0;
    const QString zone = m.captured(7);
    if (zone.size() == 5 && (zone[0] == QLatin1Char('+') || zone[0] == QLatin1Char('-'))) {
        offsetSeconds = (zone.mid(1, 2).toInt() * 3600 + zone.mid(3, 2).toInt() * 60);
        if (zone[0] == QLatin1Char('-'))
            offsetSeconds = -offsetSeconds;
    }
    return QDateTime(date, time, QTimeZone(offsetSeconds)).toUTC();
}

} // namespace Ndr::Report
