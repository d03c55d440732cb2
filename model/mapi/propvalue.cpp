#include "propvalue.h"

#include <QTimeZone>
#include <cstring>

namespace Ndr::Mapi {

namespace {
struct TypeInfo {
    quint16 type;
    int size;  // 0 = variable
    const char *name;
};
constexpr TypeInfo kTypes[] = {
    {PT_UNSPECIFIED, 0, "PT_UNSPECIFIED"}, {PT_NULL, 8, "PT_NULL"},
    {PT_SHORT, 2, "PT_SHORT"},             {PT_LONG, 4, "PT_LONG"},
    {PT_FLOAT, 4, "PT_FLOAT"},             {PT_DOUBLE, 8, "PT_DOUBLE"},
    {PT_CURRENCY, 8, "PT_CURRENCY"},       {PT_APPTIME, 8, "PT_APPTIME"},
    {PT_ERROR, 4, "PT_ERROR"},             {PT_BOOLEAN, 2, "PT_BOOLEAN"},
    {PT_OBJECT, 0, "PT_OBJECT"},           {PT_I8, 8, "PT_I8"},
    {PT_STRING8, 0, "PT_STRING8"},         {PT_UNICODE, 0, "PT_UNICODE"},
    {PT_SYSTIME, 8, "PT_SYSTIME"},         {PT_CLSID, 16, "PT_CLSID"},
    {PT_SVREID, 0, "PT_SVREID"},           {PT_SRESTRICT, 0, "PT_SRESTRICT"},
    {PT_ACTIONS, 0, "PT_ACTIONS"},         {PT_BINARY, 0, "PT_BINARY"},
};
const TypeInfo *info(quint16 type)
{
    for (const auto &t : kTypes)
        if (t.type == type)
            return &t;
    return nullptr;
}
constexpr qint64 kFileTimeUnixEpoch = 116444736000000000LL;  // 1970-01-01 in 100 ns since 1601
} // namespace

bool isFixedSize(quint16 type)
{
    if (isMultiValued(type))
        return false;
    const TypeInfo *t = info(type);
    return t && t->size > 0 && type != PT_CLSID;  // [MS-OXMSG] 2.4.2.1: CLSID is not fixed-size
}

int fixedSize(quint16 type)
{
    const TypeInfo *t = info(baseType(type));
    return t ? t->size : 0;
}

QString typeName(quint16 type)
{
    const TypeInfo *t = info(baseType(type));
    QString base = t ? QString::fromLatin1(t->name)
                     : QStringLiteral("0x%1").arg(baseType(type), 4, 16, QLatin1Char('0'));
    if (isMultiValued(type))
        base.insert(3, QStringLiteral("MV_"));
    return base;
}

QDateTime fileTimeToDateTime(quint64 fileTime)
{
    const qint64 ms = (qint64(fileTime) - kFileTimeUnixEpoch) / 10000;
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);  // Qt::UTC: ISO 8601 with "Z"
}

quint64 dateTimeToFileTime(const QDateTime &dt)
{
    return quint64(dt.toMSecsSinceEpoch() * 10000 + kFileTimeUnixEpoch);
}

static bool sameScalar(quint16 base, const QVariant &a, const QVariant &b)
{
    switch (base) {
    case PT_FLOAT: {
        const float x = a.toFloat(), y = b.toFloat();
        return std::memcmp(&x, &y, sizeof x) == 0;
    }
    case PT_DOUBLE:
    case PT_APPTIME: {
        const double x = a.toDouble(), y = b.toDouble();
        return std::memcmp(&x, &y, sizeof x) == 0;
    }
    case PT_SHORT:
    case PT_LONG:
        return a.toInt() == b.toInt();
    case PT_ERROR:
        return a.toUInt() == b.toUInt();
    case PT_CURRENCY:
    case PT_I8:
        return a.toLongLong() == b.toLongLong();
    case PT_SYSTIME:
        return a.toULongLong() == b.toULongLong();
    case PT_BOOLEAN:
        return a.toBool() == b.toBool();
    case PT_STRING8:
    case PT_UNICODE:
        return a.toString() == b.toString();
    case PT_CLSID:
        return a.toUuid() == b.toUuid();
    default:
        return a.toByteArray() == b.toByteArray();
    }
}

bool PropValue::operator==(const PropValue &other) const
{
    if (type != other.type)
        return false;
    if (!isMultiValued(type))
        return sameScalar(type, value, other.value);
    const QVariantList a = value.toList(), b = other.value.toList();
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i)
        if (!sameScalar(baseType(type), a.at(i), b.at(i)))
            return false;
    return true;
}

} // namespace Ndr::Mapi
