#include "propcodec.h"

#include <QtEndian>
#include <QUuid>
#include <cstring>

namespace Ndr::Store {

using namespace Ndr::Mapi;

namespace {

template <typename To, typename From>
To bitsOf(From v)
{
    static_assert(sizeof(To) == sizeof(From));
    To out;
    std::memcpy(&out, &v, sizeof out);
    return out;
}

// UTF-8 gives back a QString exactly unless it holds a lone surrogate; a NUL would cut
// the text short in some readers. Both go to a UTF-16LE blob instead.
bool textIsExact(const QString &s)
{
    return s.isValidUtf16() && !s.contains(QChar(u'\0'));
}

QByteArray utf16le(const QString &s)
{
    QByteArray out(s.size() * 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < s.size(); ++i)
        qToLittleEndian<quint16>(s.at(i).unicode(), out.data() + 2 * i);
    return out;
}

QString fromUtf16le(const QByteArray &b)
{
    QString s(b.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < s.size(); ++i)
        s[i] = QChar(qFromLittleEndian<quint16>(b.constData() + 2 * i));
    return s;
}

template <typename T>
QByteArray le(T v)
{
    QByteArray out(sizeof(T), Qt::Uninitialized);
    qToLittleEndian<T>(v, out.data());
    return out;
}

// One item of a multi-valued property, as bytes.
QByteArray itemBytes(quint16 base, const QVariant &v)
{
    switch (base) {
    case PT_SHORT: return le<qint16>(qint16(v.toInt()));
    case PT_LONG: return le<qint32>(v.toInt());
    case PT_ERROR: return le<quint32>(v.toUInt());
    case PT_BOOLEAN: return le<quint16>(v.toBool() ? 1 : 0);
    case PT_FLOAT: return le<quint32>(bitsOf<quint32>(v.toFloat()));
    case PT_DOUBLE:
    case PT_APPTIME: return le<quint64>(bitsOf<quint64>(v.toDouble()));
    case PT_CURRENCY:
    case PT_I8: return le<qint64>(v.toLongLong());
    case PT_SYSTIME: return le<quint64>(v.toULongLong());
    case PT_STRING8:
    case PT_UNICODE: return utf16le(v.toString());
    case PT_CLSID: return v.toUuid().toRfc4122();
    case PT_NULL: return {};
    default: return v.toByteArray();
    }
}

std::optional<QVariant> itemFromBytes(quint16 base, const QByteArray &b)
{
    const char *p = b.constData();
    auto need = [&](qsizetype n) { return b.size() == n; };
    switch (base) {
    case PT_SHORT: return need(2) ? std::optional<QVariant>(int(qFromLittleEndian<qint16>(p))) : std::nullopt;
    case PT_LONG: return need(4) ? std::optional<QVariant>(int(qFromLittleEndian<qint32>(p))) : std::nullopt;
    case PT_ERROR: return need(4) ? std::optional<QVariant>(QVariant::fromValue<quint32>(qFromLittleEndian<quint32>(p))) : std::nullopt;
    case PT_BOOLEAN: return need(2) ? std::optional<QVariant>(qFromLittleEndian<quint16>(p) != 0) : std::nullopt;
    case PT_FLOAT: return need(4) ? std::optional<QVariant>(bitsOf<float>(qFromLittleEndian<quint32>(p))) : std::nullopt;
    case PT_DOUBLE:
    case PT_APPTIME: return need(8) ? std::optional<QVariant>(bitsOf<double>(qFromLittleEndian<quint64>(p))) : std::nullopt;
    case PT_CURRENCY:
    case PT_I8: return need(8) ? std::optional<QVariant>(QVariant::fromValue<qint64>(qFromLittleEndian<qint64>(p))) : std::nullopt;
    case PT_SYSTIME: return need(8) ? std::optional<QVariant>(QVariant::fromValue<quint64>(qFromLittleEndian<quint64>(p))) : std::nullopt;
    case PT_STRING8:
    case PT_UNICODE: return b.size() % 2 == 0 ? std::optional<QVariant>(fromUtf16le(b)) : std::nullopt;
    case PT_CLSID: return need(16) ? std::optional<QVariant>(QUuid::fromRfc4122(b)) : std::nullopt;
    case PT_NULL: return QVariant();
    default: return QVariant(b);
    }
}

Error badValue(quint16 type, const QString &why)
{
    return makeError(Error::Malformed, QStringLiteral("stored %1 value %2").arg(typeName(type), why));
}

} // namespace

QVariant encodeValue(const PropValue &value)
{
    const QVariant &v = value.value;
    if (isMultiValued(value.type))
        return encodeMulti(value);
    switch (value.type) {
    case PT_NULL: return QVariant();
    case PT_SHORT:
    case PT_LONG: return qlonglong(v.toInt());
    case PT_ERROR: return qlonglong(v.toUInt());
    case PT_BOOLEAN: return qlonglong(v.toBool() ? 1 : 0);
    case PT_FLOAT: return qlonglong(bitsOf<quint32>(v.toFloat()));
    case PT_DOUBLE:
    case PT_APPTIME: return qlonglong(bitsOf<qint64>(v.toDouble()));
    case PT_CURRENCY:
    case PT_I8: return qlonglong(v.toLongLong());
    case PT_SYSTIME: return qlonglong(bitsOf<qint64>(v.toULongLong()));
    case PT_STRING8:
    case PT_UNICODE: {
        const QString s = v.toString();
        return textIsExact(s) ? QVariant(s) : QVariant(utf16le(s));
    }
    case PT_CLSID: return v.toUuid().toRfc4122();
    default: {
        // Binary types: an empty value stays an empty blob, not NULL.
        QByteArray b = v.toByteArray();
        if (b.isNull())
            b = QByteArray("");
        return b;
    }
    }
}

Expected<PropValue> decodeValue(quint16 type, const QVariant &stored)
{
    if (isMultiValued(type)) {
        if (stored.typeId() != QMetaType::QByteArray)
            return badValue(type, QStringLiteral("is not a blob"));
        return decodeMulti(type, stored.toByteArray());
    }
    const int id = stored.typeId();
    const bool isInt = id == QMetaType::LongLong || id == QMetaType::Int || id == QMetaType::ULongLong;
    const qint64 n = stored.toLongLong();
    switch (type) {
    case PT_NULL: return PropValue(type, QVariant());
    case PT_SHORT:
    case PT_LONG:
    case PT_ERROR:
    case PT_BOOLEAN:
    case PT_FLOAT:
    case PT_DOUBLE:
    case PT_APPTIME:
    case PT_CURRENCY:
    case PT_I8:
    case PT_SYSTIME:
        if (!isInt || stored.isNull())
            return badValue(type, QStringLiteral("is not an integer"));
        break;
    default: break;
    }
    switch (type) {
    case PT_SHORT:
    case PT_LONG: return PropValue(type, int(n));
    case PT_ERROR: return PropValue(type, QVariant::fromValue<quint32>(quint32(n)));
    case PT_BOOLEAN: return PropValue(type, n != 0);
    case PT_FLOAT: return PropValue(type, bitsOf<float>(quint32(n)));
    case PT_DOUBLE:
    case PT_APPTIME: return PropValue(type, bitsOf<double>(n));
    case PT_CURRENCY:
    case PT_I8: return PropValue(type, QVariant::fromValue<qint64>(n));
    case PT_SYSTIME: return PropValue(type, QVariant::fromValue<quint64>(quint64(n)));
    case PT_STRING8:
    case PT_UNICODE:
        if (id == QMetaType::QByteArray) {
            const QByteArray b = stored.toByteArray();
            if (b.size() % 2)
                return badValue(type, QStringLiteral("has an odd UTF-16 length"));
            return PropValue(type, fromUtf16le(b));
        }
        return PropValue(type, stored.toString());
    case PT_CLSID: {
        const QByteArray b = stored.toByteArray();
        if (b.size() != 16)
            return badValue(type, QStringLiteral("is not 16 bytes"));
        return PropValue(type, QUuid::fromRfc4122(b));
    }
    default: {
        QByteArray b = stored.toByteArray();
        if (b.isNull())
            b = QByteArray("");
        return PropValue(type, b);
    }
    }
}

QByteArray encodeMulti(const PropValue &value)
{
    const QVariantList items = value.value.toList();
    QByteArray out = le<quint32>(quint32(items.size()));
    for (const QVariant &item : items) {
        const QByteArray b = itemBytes(baseType(value.type), item);
        out += le<quint32>(quint32(b.size()));
        out += b;
    }
    return out;
}

Expected<PropValue> decodeMulti(quint16 type, const QByteArray &blob)
{
    qsizetype pos = 0;
    auto readU32 = [&](quint32 *v) {
        if (blob.size() - pos < 4)
            return false;
        *v = qFromLittleEndian<quint32>(blob.constData() + pos);
        pos += 4;
        return true;
    };
    quint32 count = 0;
    if (!readU32(&count))
        return badValue(type, QStringLiteral("is truncated"));
    // Each item takes at least its 4-byte length: a count beyond that is damage, not a value.
    if (count > quint32((blob.size() - pos) / 4))
        return badValue(type, QStringLiteral("claims %1 items").arg(count));
    QVariantList list;
    list.reserve(count);
    for (quint32 i = 0; i < count; ++i) {
        quint32 len = 0;
        if (!readU32(&len) || len > quint64(blob.size() - pos))
            return badValue(type, QStringLiteral("is truncated"));
        const auto item = itemFromBytes(baseType(type), blob.mid(pos, len));
        if (!item)
            return badValue(type, QStringLiteral("has a bad item %1").arg(i));
        list.append(*item);
        pos += len;
    }
    if (pos != blob.size())
        return badValue(type, QStringLiteral("has trailing bytes"));
    return PropValue(type, list);
}

} // namespace Ndr::Store
