#pragma once
// Names and sizes of the .msg structure ([MS-OXMSG] 2.2 and 2.4), shared by reader and writer.
#include "mapi/message.h"

#include <QString>
#include <QUuid>
#include <algorithm>

namespace Ndr::Msg::Format {

// [MS-OXMSG] 2.2.1 / 2.2.2 storages, 2.4 property stream, 2.2.3 named property mapping.
inline QString propertiesStream() { return QStringLiteral("__properties_version1.0"); }
inline QString nameIdStorage() { return QStringLiteral("__nameid_version1.0"); }
inline QString guidStream() { return QStringLiteral("__substg1.0_00020102"); }
inline QString entryStream() { return QStringLiteral("__substg1.0_00030102"); }
inline QString stringStream() { return QStringLiteral("__substg1.0_00040102"); }
inline QString recipientPrefix() { return QStringLiteral("__recip_version1.0_#"); }
inline QString attachmentPrefix() { return QStringLiteral("__attach_version1.0_#"); }
inline QString embeddedStorage() { return QStringLiteral("__substg1.0_3701000D"); }

// Stream names are made once per property read: by hand, not through QString::arg.
inline QChar *writeHex8(quint32 v, QChar *out)
{
    for (int shift = 28; shift >= 0; shift -= 4)
        *out++ = QLatin1Char("0123456789ABCDEF"[(v >> shift) & 0xF]);
    return out;
}
inline QString withHex8(QStringView prefix, quint32 v)
{
    QString s(prefix.size() + 8, Qt::Uninitialized);
    writeHex8(v, std::copy(prefix.begin(), prefix.end(), s.data()));
    return s;
}
inline QString hex8(quint32 v) { return withHex8(QStringView(), v); }
inline QString substg(quint32 tag) { return withHex8(u"__substg1.0_", tag); }
// The same name on the stack, to look a stream up without an allocation (one per property).
class SubstgName {
public:
    explicit SubstgName(quint32 tag)
    {
        writeHex8(tag, std::copy(kPrefix.begin(), kPrefix.end(), m_text));
    }
    operator QStringView() const { return QStringView(m_text, kLength); }

private:
    static constexpr QStringView kPrefix = u"__substg1.0_";
    static constexpr qsizetype kLength = 20;
    QChar m_text[kLength];
};
inline QString substgValue(quint32 tag, quint32 index) { return substg(tag) + QLatin1Char('-') + hex8(index); }
inline QString recipientStorage(quint32 i) { return withHex8(recipientPrefix(), i); }
inline QString attachmentStorage(quint32 i) { return withHex8(attachmentPrefix(), i); }
// Named-property hash bucket streams: __substg1.0_10XX0102 ([MS-OXMSG] 2.2.3.1.4).
inline QString bucketStream(quint32 streamId) { return substg((streamId << 16) | 0x0102); }

constexpr quint32 tag(quint16 id, quint16 type) { return (quint32(id) << 16) | type; }

// [MS-OXMSG] 2.4.1: property stream header sizes.
enum class Level { TopLevel, Embedded, Child };
constexpr int headerSize(Level l) { return l == Level::TopLevel ? 32 : l == Level::Embedded ? 24 : 8; }
constexpr int kEntrySize = 16;

// [MS-OXMSG] 2.4.2.1 Flags: PROPATTR_READABLE | PROPATTR_WRITABLE.
constexpr quint32 kEntryFlags = 0x00000006;
// [MS-OXMSG] 2.4.2.2: Size of an embedded message or storage attachment entry.
constexpr quint32 kObjectSize = 0xFFFFFFFF;

// [MS-OXMSG] 2.2.3.1.2 GUID index: 1 = PS_MAPI, 2 = PS_PUBLIC_STRINGS, 3+ = the GUID stream.
constexpr quint16 kGuidIndexPsMapi = 1;
constexpr quint16 kGuidIndexPublicStrings = 2;
constexpr quint16 kFirstNamedId = 0x8000;
constexpr int kBucketCount = 0x1F;

// A GUID as 16 bytes in the little-endian layout of [MS-DTYP] 2.3.4.2.
QByteArray guidBytes(const QUuid &guid);
QUuid guidFromBytes(QByteArrayView bytes);  // expects 16 bytes

// The CRC-32 of a string name's UTF-16LE bytes, for the bucket streams ([MS-OXMSG] 2.2.3.1.4):
// reflected polynomial 0xEDB88320, initial value 0, no final inversion.
quint32 nameCrc32(const QString &name);

} // namespace Ndr::Msg::Format
