#include "propjson.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace Ndr::Mapi {

static QJsonValue scalarToJson(quint16 base, const QVariant &v)
{
    switch (base) {
    case PT_SHORT:
    case PT_LONG:
        return v.toInt();
    case PT_ERROR:
        return qint64(v.toUInt());
    case PT_FLOAT:
    case PT_DOUBLE:
    case PT_APPTIME:
        return v.toDouble();
    case PT_CURRENCY:
    case PT_I8:
        return v.toLongLong();  // exact up to 2^53 in a JSON reader
    case PT_BOOLEAN:
        return v.toBool();
    case PT_STRING8:
    case PT_UNICODE:
        return v.toString();
    case PT_SYSTIME: {
        // Milliseconds, and the 100 ns digits too where a FILETIME has them, so nothing is lost.
        const quint64 ft = v.toULongLong();
        QString text = fileTimeToDateTime(ft).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"));
        if (const quint64 sub = ft % 10000)
            text += QStringLiteral("%1").arg(sub, 4, 10, QLatin1Char('0'));
        return text + QLatin1Char('Z');
    }
    case PT_CLSID:
        return v.toUuid().toString(QUuid::WithBraces).toUpper();
    case PT_NULL:
        return QJsonValue::Null;
    default:
        return QJsonObject{{QStringLiteral("hex"), QString::fromLatin1(v.toByteArray().toHex())}};
    }
}

QJsonValue valueToJson(const PropValue &value)
{
    if (!isMultiValued(value.type))
        return scalarToJson(value.type, value.value);
    QJsonArray list;
    for (const QVariant &v : value.value.toList())
        list.append(scalarToJson(baseType(value.type), v));
    return list;
}

QJsonObject bagToJson(const PropertyBag &bag)
{
    QJsonObject out;
    for (auto it = bag.cbegin(); it != bag.cend(); ++it)
        out.insert(it.key().toString(it->type), valueToJson(*it));
    return out;
}

QJsonObject messageToJson(const Message &message)
{
    QJsonArray recipients;
    for (const Recipient &r : message.recipients)
        recipients.append(bagToJson(r.props));
    QJsonArray attachments;
    for (const Attachment &a : message.attachments) {
        QJsonObject att{{QStringLiteral("props"), bagToJson(a.props)}};
        if (a.embedded)
            att.insert(QStringLiteral("message"), messageToJson(*a.embedded));
        attachments.append(att);
    }
    return QJsonObject{{QStringLiteral("props"), bagToJson(message.props)},
                       {QStringLiteral("recipients"), recipients},
                       {QStringLiteral("attachments"), attachments}};
}

static std::optional<QVariant> scalarFromJson(quint16 base, const QJsonValue &j)
{
    switch (base) {
    case PT_SHORT:
    case PT_LONG:
        return j.isDouble() ? std::optional<QVariant>(j.toInt()) : std::nullopt;
    case PT_ERROR:
        return j.isDouble() ? std::optional<QVariant>(QVariant::fromValue<quint32>(quint32(j.toInteger()))) : std::nullopt;
    case PT_FLOAT:
        return j.isDouble() ? std::optional<QVariant>(float(j.toDouble())) : std::nullopt;
    case PT_DOUBLE:
    case PT_APPTIME:
        return j.isDouble() ? std::optional<QVariant>(j.toDouble()) : std::nullopt;
    case PT_CURRENCY:
    case PT_I8:
        return j.isDouble() ? std::optional<QVariant>(QVariant::fromValue<qint64>(j.toInteger())) : std::nullopt;
    case PT_BOOLEAN:
        return j.isBool() ? std::optional<QVariant>(j.toBool()) : std::nullopt;
    case PT_STRING8:
    case PT_UNICODE:
        return j.isString() ? std::optional<QVariant>(j.toString()) : std::nullopt;
    case PT_SYSTIME: {
        // "2026-11-02T09:30:00.1234567Z": digits past the milliseconds are 100 ns units.
        QString text = j.toString();
        quint64 sub = 0;
        static const QRegularExpression fine(QStringLiteral("\\.(\\d{3})(\\d{1,4})Z$"));
        if (const auto m = fine.match(text); m.hasMatch()) {
            sub = m.captured(2).leftJustified(4, QLatin1Char('0')).toULongLong();
            text = text.left(m.capturedStart(2)) + QLatin1Char('Z');
        }
        const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
        return dt.isValid() ? std::optional<QVariant>(QVariant::fromValue<quint64>(dateTimeToFileTime(dt) + sub))
                            : std::nullopt;
    }
    case PT_CLSID: {
        const QUuid u(j.toString());
        return u.isNull() && !j.toString().startsWith(QLatin1String("{00000000")) ? std::nullopt : std::optional<QVariant>(u);
    }
    case PT_NULL:
        return QVariant();
    default:
        if (!j.isObject())
            return std::nullopt;
        return QVariant(QByteArray::fromHex(j.toObject().value(QStringLiteral("hex")).toString().toLatin1()));
    }
}

PropValue valueFromJson(quint16 type, const QJsonValue &json)
{
    if (!isMultiValued(type)) {
        const auto v = scalarFromJson(type, json);
        return v ? PropValue(type, *v) : PropValue();
    }
    if (!json.isArray())
        return {};
    QVariantList list;
    for (const QJsonValue &item : json.toArray()) {
        const auto v = scalarFromJson(baseType(type), item);
        if (!v)
            return {};
        list.append(*v);
    }
    return PropValue(type, list);
}

static PropertyBag bagFromJson(const QJsonObject &obj, QStringList *warnings)
{
    PropertyBag bag;
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        quint16 type = 0;
        const auto key = PropKey::fromString(it.key(), &type);
        const PropValue v = key ? valueFromJson(type, it.value()) : PropValue();
        if (!key || !v.isValid()) {
            if (warnings)
                warnings->append(it.key());
            continue;
        }
        bag.set(*key, v);
    }
    return bag;
}

Message messageFromJson(const QJsonObject &json, QStringList *warnings)
{
    Message m;
    m.props = bagFromJson(json.value(QStringLiteral("props")).toObject(), warnings);
    for (const QJsonValue &r : json.value(QStringLiteral("recipients")).toArray())
        m.recipients.append(Recipient{bagFromJson(r.toObject(), warnings)});
    for (const QJsonValue &a : json.value(QStringLiteral("attachments")).toArray()) {
        Attachment att{bagFromJson(a.toObject().value(QStringLiteral("props")).toObject(), warnings), nullptr};
        if (a.toObject().contains(QStringLiteral("message")))
            att.embedded = std::make_shared<Message>(
                messageFromJson(a.toObject().value(QStringLiteral("message")).toObject(), warnings));
        m.attachments.append(att);
    }
    return m;
}

} // namespace Ndr::Mapi
