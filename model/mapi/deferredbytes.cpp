#include "deferredbytes.h"

namespace Ndr::Mapi {

DeferredBytes::DeferredBytes(std::shared_ptr<const Source> source, qint64 offset, qint64 size)
    : m_source(std::move(source)), m_offset(offset), m_size(size)
{
    // Registered before the first value exists, so that every QVariant holding one converts.
    static const bool converts = QMetaType::registerConverter<DeferredBytes, QByteArray>(
        [](const DeferredBytes &d) {
            const Expected<QByteArray> bytes = d.load();
            return bytes ? *bytes : QByteArray();  // writers call loadDeferred first, and see why
        });
    Q_UNUSED(converts);
}

Expected<QByteArray> DeferredBytes::load(qint64 limit) const
{
    if (!m_source)
        return QByteArray();
    return m_source->read(m_offset, limit < 0 ? m_size : qMin(limit, m_size));
}

bool isDeferred(const QVariant &value)
{
    return value.metaType() == QMetaType::fromType<DeferredBytes>();
}

Expected<QByteArray> bytesOf(const QVariant &value, qint64 limit)
{
    if (isDeferred(value))
        return value.value<DeferredBytes>().load(limit);
    const QByteArray bytes = value.toByteArray();
    return limit < 0 ? bytes : bytes.first(qMin<qint64>(limit, bytes.size()));
}

qint64 binarySize(const QVariant &value)
{
    return isDeferred(value) ? value.value<DeferredBytes>().size() : value.toByteArray().size();
}

} // namespace Ndr::Mapi
