#pragma once
// MAPI property types and values ([MS-OXCDATA] 2.11.1, [MS-OXMSG] 2.1.2).
#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>
#include <QVariant>
#include <optional>

namespace Ndr::Mapi {

enum PropType : quint16 {
    PT_UNSPECIFIED = 0x0000,
    PT_NULL = 0x0001,
    PT_SHORT = 0x0002,      // qint16, held as int
    PT_LONG = 0x0003,       // qint32, held as int
    PT_FLOAT = 0x0004,      // float
    PT_DOUBLE = 0x0005,     // double
    PT_CURRENCY = 0x0006,   // qint64
    PT_APPTIME = 0x0007,    // double
    PT_ERROR = 0x000A,      // quint32
    PT_BOOLEAN = 0x000B,    // bool
    PT_OBJECT = 0x000D,     // QByteArray (the object's raw stream, where kept)
    PT_I8 = 0x0014,         // qint64
    PT_STRING8 = 0x001E,    // QString, decoded by the message's code page
    PT_UNICODE = 0x001F,    // QString
    PT_SYSTIME = 0x0040,    // quint64 FILETIME (100 ns since 1601), kept exactly
    PT_CLSID = 0x0048,      // QUuid
    PT_SVREID = 0x00FB,     // QByteArray
    PT_SRESTRICT = 0x00FD,  // QByteArray
    PT_ACTIONS = 0x00FE,    // QByteArray
    PT_BINARY = 0x0102,     // QByteArray, or DeferredBytes still in its file (deferredbytes.h)
    MV_FLAG = 0x1000,       // multi-valued: QVariantList of the base type
};

constexpr quint16 baseType(quint16 type) { return type & ~quint16(MV_FLAG); }
constexpr bool isMultiValued(quint16 type) { return (type & MV_FLAG) != 0; }
constexpr bool isStringType(quint16 type) { return baseType(type) == PT_STRING8 || baseType(type) == PT_UNICODE; }
// Fixed-size types live in the property stream itself ([MS-OXMSG] 2.4.2.1).
bool isFixedSize(quint16 type);
// Size in bytes of one value of a fixed-size type; 0 for variable-size types.
int fixedSize(quint16 type);
QString typeName(quint16 type);  // "PT_LONG", "PT_MV_UNICODE", ...

// FILETIME <-> QDateTime (UTC). FILETIME keeps 100 ns; QDateTime only ms, so values stay FILETIME.
QDateTime fileTimeToDateTime(quint64 fileTime);
quint64 dateTimeToFileTime(const QDateTime &dt);

struct PropValue {
    quint16 type = PT_UNSPECIFIED;
    QVariant value;

    PropValue() = default;
    PropValue(quint16 t, QVariant v) : type(t), value(std::move(v)) {}

    static PropValue fromInt(qint32 v) { return {PT_LONG, QVariant::fromValue<int>(v)}; }
    static PropValue fromBool(bool v) { return {PT_BOOLEAN, v}; }
    static PropValue fromString(const QString &v) { return {PT_UNICODE, v}; }
    static PropValue fromBinary(const QByteArray &v) { return {PT_BINARY, v}; }
    static PropValue fromTime(const QDateTime &v) { return {PT_SYSTIME, QVariant::fromValue<quint64>(dateTimeToFileTime(v))}; }
    static PropValue fromFileTime(quint64 v) { return {PT_SYSTIME, QVariant::fromValue<quint64>(v)}; }

    bool isValid() const { return type != PT_UNSPECIFIED; }
    // Equality by type and exact value (doubles bitwise); used by round-trip tests and the resend diff.
    bool operator==(const PropValue &other) const;
    bool operator!=(const PropValue &other) const { return !(*this == other); }
};

} // namespace Ndr::Mapi
