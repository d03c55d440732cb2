#include "message.h"

#include "deferredbytes.h"

#include <cstring>
#include <tuple>

#include <QRegularExpression>

namespace Ndr::Mapi {

static QString hex(quint32 v, int width)
{
    return QString::number(v, 16).rightJustified(width, QLatin1Char('0')).toUpper();
}

QString PropKey::toString(quint16 type) const
{
    if (!named)
        return QStringLiteral("0x") + hex(id, 4) + hex(type, 4);
    const QString guid = named->guid.toString(QUuid::WithBraces).toUpper();
    const QString middle = named->isString() ? named->name : QStringLiteral("0x") + hex(named->lid, 4);
    return QStringLiteral("%1:%2:%3").arg(guid, middle, hex(type, 4));
}

std::optional<PropKey> PropKey::fromString(const QString &text, quint16 *type)
{
    static const QRegularExpression tagRe(QStringLiteral("^0x([0-9A-Fa-f]{4})([0-9A-Fa-f]{4})$"));
    static const QRegularExpression namedRe(
        QStringLiteral("^(\\{[0-9A-Fa-f-]{36}\\}):(.+):([0-9A-Fa-f]{4})$"));
    if (const auto m = tagRe.match(text); m.hasMatch()) {
        if (type)
            *type = quint16(m.captured(2).toUInt(nullptr, 16));
        return PropKey(PropId(m.captured(1).toUInt(nullptr, 16)));
    }
    const auto m = namedRe.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    if (type)
        *type = quint16(m.captured(3).toUInt(nullptr, 16));
    const QUuid guid(m.captured(1));
    const QString middle = m.captured(2);
    static const QRegularExpression lidRe(QStringLiteral("^0x([0-9A-Fa-f]{1,8})$"));
    if (const auto l = lidRe.match(middle); l.hasMatch())
        return PropKey::lid(guid, l.captured(1).toUInt(nullptr, 16));
    return PropKey::string(guid, middle);
}

bool PropKey::namedLess(const PropKey &o) const
{
    if (isNamed() != o.isNamed())
        return !isNamed();  // tagged properties first
    if (named->guid != o.named->guid) {
        // The order of the GUIDs' text (fixed-width hex, field by field), without making it.
        const QUuid &a = named->guid, &b = o.named->guid;
        return std::tie(a.data1, a.data2, a.data3) != std::tie(b.data1, b.data2, b.data3)
            ? std::tie(a.data1, a.data2, a.data3) < std::tie(b.data1, b.data2, b.data3)
            : std::memcmp(a.data4, b.data4, sizeof a.data4) < 0;
    }
    if (named->isString() != o.named->isString())
        return !named->isString();
    return named->isString() ? named->name < o.named->name : named->lid < o.named->lid;
}

PropertyBag::const_iterator PropertyBag::lowerBound(const PropKey &key) const
{
    return const_iterator(std::lower_bound(m_props.cbegin(), m_props.cend(), key,
                                           [](const Entry &e, const PropKey &k) { return e.first < k; }));
}

PropertyBag::const_iterator PropertyBag::find(const PropKey &key) const
{
    const auto it = lowerBound(key);
    return it != cend() && !(key < it.key()) ? it : cend();
}

PropValue PropertyBag::value(const PropKey &key) const
{
    const auto it = find(key);
    return it != cend() ? it.value() : PropValue();
}

bool PropertyBag::set(const PropKey &key, const PropValue &v)
{
    m_mayHoldDeferred = m_mayHoldDeferred || isDeferred(v.value);
    // Readers set properties in tag order: most go at the end.
    if (m_props.isEmpty() || m_props.constLast().first < key) {
        m_props.emplaceBack(key, v);
        return false;
    }
    const qsizetype at = lowerBound(key).m_it - m_props.cbegin();
    if (!(key < m_props.at(at).first)) {
        m_props[at].second = v;
        return true;
    }
    m_props.insert(at, Entry(key, v));
    return false;
}

void PropertyBag::remove(const PropKey &key)
{
    if (const auto it = find(key); it != cend())
        m_props.remove(it.m_it - m_props.cbegin());
}

QList<PropKey> PropertyBag::keys() const
{
    QList<PropKey> keys;
    keys.reserve(m_props.size());
    for (const Entry &e : m_props)
        keys.append(e.first);
    return keys;
}

QString PropertyBag::string(const PropKey &key) const
{
    const auto it = find(key);
    if (it == cend() || !isStringType(it->type) || isMultiValued(it->type))
        return {};
    return it->value.toString();
}

std::optional<qint32> PropertyBag::int32(const PropKey &key) const
{
    const auto it = find(key);
    if (it == cend() || (it->type != PT_LONG && it->type != PT_SHORT))
        return std::nullopt;
    return qint32(it->value.toLongLong());
}

std::optional<bool> PropertyBag::boolean(const PropKey &key) const
{
    const auto it = find(key);
    if (it == cend() || it->type != PT_BOOLEAN)
        return std::nullopt;
    return it->value.toBool();
}

QByteArray PropertyBag::binary(const PropKey &key) const
{
    const auto it = find(key);
    if (it == cend() || isMultiValued(it->type))
        return {};
    return it->value.toByteArray();
}

QDateTime PropertyBag::time(const PropKey &key) const
{
    const auto it = find(key);
    if (it == cend() || it->type != PT_SYSTIME)
        return {};
    return fileTimeToDateTime(it->value.toULongLong());
}

QString Recipient::displayName() const
{
    QString name = props.string(PR_DISPLAY_NAME);
    if (name.isEmpty())
        name = props.string(PR_TRANSMITABLE_DISPLAY_NAME);
    return name;
}

QString Recipient::smtpAddress() const
{
    const QString smtp = props.string(PR_SMTP_ADDRESS);
    if (!smtp.isEmpty())
        return smtp;
    const QString email = props.string(PR_EMAIL_ADDRESS);
    const QString addrType = props.string(PR_ADDRTYPE);
    if (addrType.compare(QLatin1String("SMTP"), Qt::CaseInsensitive) == 0)
        return email;
    if (addrType.isEmpty() && email.contains(QLatin1Char('@')) && !email.startsWith(QLatin1Char('/')))
        return email;
    return {};
}

QString Attachment::fileName() const
{
    for (PropId id : {PR_ATTACH_LONG_FILENAME, PR_ATTACH_FILENAME, PR_DISPLAY_NAME}) {
        const QString name = props.string(id);
        if (!name.isEmpty())
            return name;
    }
    return {};
}

qint64 Attachment::dataSize() const
{
    const PropValue v = props.value(PR_ATTACH_DATA_BIN);
    return isMultiValued(v.type) ? 0 : binarySize(v.value);
}

static Expected<bool> loadDeferred(const PropertyBag &bag)
{
    if (!bag.mayHoldDeferred())
        return true;
    for (const PropValue &v : bag) {
        if (!isDeferred(v.value))
            continue;
        if (const Expected<QByteArray> bytes = bytesOf(v.value); !bytes)
            return bytes.error();
    }
    return true;
}

Expected<bool> loadDeferred(const Message &message)
{
    if (auto ok = loadDeferred(message.props); !ok)
        return ok;
    for (const Recipient &r : message.recipients)
        if (auto ok = loadDeferred(r.props); !ok)
            return ok;
    for (const Attachment &a : message.attachments) {
        if (auto ok = loadDeferred(a.props); !ok)
            return ok;
        if (a.embedded)
            if (auto ok = loadDeferred(*a.embedded); !ok)
                return ok;
    }
    return true;
}

Message Message::clone() const
{
    Message copy = *this;
    for (Attachment &a : copy.attachments)
        if (a.embedded)
            a.embedded = std::make_shared<Message>(a.embedded->clone());
    return copy;
}

bool Message::operator==(const Message &o) const
{
    if (!(props == o.props) || recipients.size() != o.recipients.size()
        || attachments.size() != o.attachments.size())
        return false;
    for (qsizetype i = 0; i < recipients.size(); ++i)
        if (!(recipients[i].props == o.recipients[i].props))
            return false;
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        const Attachment &a = attachments[i], &b = o.attachments[i];
        if (!(a.props == b.props) || bool(a.embedded) != bool(b.embedded))
            return false;
        if (a.embedded && !(*a.embedded == *b.embedded))
            return false;
    }
    return true;
}

QString recipientTypeName(qint32 type)
{
    const quint32 t = quint32(type);
    if (t == MAPI_P1 || (t & MAPI_P1))
        return QStringLiteral("p1");
    switch (t & 0x0F) {
    case MAPI_ORIG: return QStringLiteral("orig");
    case MAPI_TO: return QStringLiteral("to");
    case MAPI_CC: return QStringLiteral("cc");
    case MAPI_BCC: return QStringLiteral("bcc");
    default: return QStringLiteral("to");
    }
}

} // namespace Ndr::Mapi
