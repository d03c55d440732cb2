#pragma once
// How a property value is kept in a SQLite column, exactly: integers as INTEGER, doubles and
// floats as their IEEE bits in an INTEGER (bitwise-exact, NaN payloads included), strings as
// TEXT (or UTF-16LE BLOB where UTF-8 would not give them back), GUIDs and binaries as BLOB,
// multi-valued properties as one BLOB (encodeMulti).
#include "error.h"
#include "mapi/propvalue.h"

#include <QVariant>

namespace Ndr::Store {

// The value to bind for a property of this type.
QVariant encodeValue(const Mapi::PropValue &value);
// The property back from what the column gave (its QVariant type tells the storage class).
Expected<Mapi::PropValue> decodeValue(quint16 type, const QVariant &stored);

// Multi-valued: u32 count, then per item u32 byte length and the item's bytes
// (integers little-endian at their width, strings UTF-16LE, GUIDs in RFC 4122 order).
QByteArray encodeMulti(const Mapi::PropValue &value);
Expected<Mapi::PropValue> decodeMulti(quint16 type, const QByteArray &blob);

} // namespace Ndr::Store
