#include "identity.h"

#include <QRegularExpression>
#include <QtEndian>

namespace Ndr::Store {

using namespace Ndr::Mapi;

Identity Identity::fromString(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*\"?(.*?)\"?\\s*<([^<>]+)>\\s*$"));
    const auto m = re.match(text);
    if (m.hasMatch())
        return {m.captured(1).trimmed(), m.captured(2).trimmed()};
    return {QString(), text.trimmed()};
}

static void appendUtf16z(QByteArray &out, const QString &s)
{
    for (QChar c : s) {
        char b[2];
        qToLittleEndian<quint16>(c.unicode(), b);
        out.append(b, 2);
    }
    out.append('\0').append('\0');
}

QByteArray oneOffEntryId(const QString &displayName, const QString &address)
{
    // [MS-OXCDATA] 2.2.5.1: Flags (4), ProviderUID (16) 812B1FA4BEA310199D6E00DD010F5402,
    // Version (2) 0, then a 16-bit field: U (Unicode strings, 0x8000) and R (no rich info,
    // 0x0001) plus the 0x1000 bit Outlook always writes; then name, type, address, NUL-ended.
    static const unsigned char kProvider[16] = {0x81, 0x2B, 0x1F, 0xA4, 0xBE, 0xA3, 0x10, 0x19,
                                                0x9D, 0x6E, 0x00, 0xDD, 0x01, 0x0F, 0x54, 0x02};
    QByteArray out(4, '\0');
    out.append(reinterpret_cast<const char *>(kProvider), sizeof kProvider);
    out.append(2, '\0');
    char flags[2];
    qToLittleEndian<quint16>(0x9001, flags);
    out.append(flags, 2);
    appendUtf16z(out, displayName.isEmpty() ? address : displayName);
    appendUtf16z(out, QStringLiteral("SMTP"));
    appendUtf16z(out, address);
    return out;
}

QByteArray smtpSearchKey(const QString &address)
{
    return QByteArray("SMTP:") + address.toUpper().toUtf8() + QByteArray(1, '\0');
}

void stampSender(PropertyBag &props, const Identity &identity)
{
    const QString name = identity.name.isEmpty() ? identity.address : identity.name;
    const QByteArray entryId = oneOffEntryId(name, identity.address);
    const QByteArray searchKey = smtpSearchKey(identity.address);
    struct Family {
        PropId name, addrType, email, smtp, entryId, searchKey;
    };
    constexpr Family kFamilies[] = {
        {PR_SENDER_NAME, PR_SENDER_ADDRTYPE, PR_SENDER_EMAIL_ADDRESS, PR_SENDER_SMTP_ADDRESS,
         PR_SENDER_ENTRYID, PR_SENDER_SEARCH_KEY},
        {PR_SENT_REPRESENTING_NAME, PR_SENT_REPRESENTING_ADDRTYPE, PR_SENT_REPRESENTING_EMAIL_ADDRESS,
         PR_SENT_REPRESENTING_SMTP_ADDRESS, PR_SENT_REPRESENTING_ENTRYID, PR_SENT_REPRESENTING_SEARCH_KEY},
    };
    for (const Family &f : kFamilies) {
        props.setString(f.name, name);
        props.setString(f.addrType, QStringLiteral("SMTP"));
        props.setString(f.email, identity.address);
        props.setString(f.smtp, identity.address);
        props.set(f.entryId, PropValue::fromBinary(entryId));
        props.set(f.searchKey, PropValue::fromBinary(searchKey));
    }
}

} // namespace Ndr::Store
