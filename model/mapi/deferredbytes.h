#pragma once
// A binary value that stays in its file until it is used: the data of a big attachment, so
// that opening a report does not read megabytes that nobody looks at. A PropValue holds it in
// its QVariant like a QByteArray; toByteArray() reads it (a converter is registered), and
// load() says why it cannot (the file was changed or cut short after it was opened).
#include "error.h"

#include <QByteArray>
#include <QMetaType>
#include <QVariant>
#include <memory>

namespace Ndr::Mapi {

class DeferredBytes {
public:
    // Where the bytes are: an open file that reads [offset, offset + size) on request.
    class Source {
    public:
        virtual ~Source() = default;
        virtual Expected<QByteArray> read(qint64 offset, qint64 size) const = 0;
    };

    DeferredBytes() = default;
    DeferredBytes(std::shared_ptr<const Source> source, qint64 offset, qint64 size);

    qint64 size() const { return m_size; }
    // The bytes; with a limit, only the first `limit` of them are read.
    Expected<QByteArray> load(qint64 limit = -1) const;

    bool operator==(const DeferredBytes &o) const
    {
        return m_source == o.m_source && m_offset == o.m_offset && m_size == o.m_size;
    }

private:
    std::shared_ptr<const Source> m_source;
    qint64 m_offset = 0;
    qint64 m_size = 0;
};

bool isDeferred(const QVariant &value);
// A binary value's bytes, read from its file when deferred; with a limit, only the first
// `limit` of them (a preview does not read a whole attachment).
Expected<QByteArray> bytesOf(const QVariant &value, qint64 limit = -1);
// A binary value's size, without reading a deferred one.
qint64 binarySize(const QVariant &value);

} // namespace Ndr::Mapi

Q_DECLARE_METATYPE(Ndr::Mapi::DeferredBytes)
