#include "filebytes.h"

#include <QFile>
#include <QMutexLocker>
#include <cstring>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace Ndr::Msg::Cfb {

std::shared_ptr<FileBytes> FileBytes::inMemory(const QByteArray &bytes)
{
    std::shared_ptr<FileBytes> f(new FileBytes);
    f->m_bytes = bytes;  // shares the buffer, no copy; nothing is ever written to it
    return f;
}

std::shared_ptr<FileBytes> FileBytes::fromFile(std::unique_ptr<QFile> file)
{
    std::shared_ptr<FileBytes> f(new FileBytes);
    f->m_openedSize = file->size();
    f->m_openedTime = file->fileTime(QFileDevice::FileModificationTime);
    f->m_bytes = QByteArray(f->m_openedSize, Qt::Uninitialized);
    f->m_data = f->m_bytes.data();
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    // Huge pages where they fit: a 40 MB report otherwise costs thousands of page faults, and on
    // a virtual machine those took a third of the time to open it. Pages never used stay unmapped.
    constexpr quintptr kHugePage = 2 << 20;
    const quintptr begin = (quintptr(f->m_data) + kHugePage - 1) & ~(kHugePage - 1);
    const quintptr end = (quintptr(f->m_data) + quintptr(f->m_openedSize)) & ~(kHugePage - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
#endif
    const qint64 chunks = (f->m_openedSize + kChunk - 1) / kChunk;
    f->m_chunks = std::make_unique<std::atomic<quint8>[]>(size_t(chunks));  // all NotRead (zero)
    f->m_file = std::move(file);
    return f;
}

FileBytes::~FileBytes() = default;

bool FileBytes::fileChanged() const
{
    return m_file->size() != m_openedSize || m_file->fileTime(QFileDevice::FileModificationTime) != m_openedTime;
}

bool FileBytes::load(qint64 at, qint64 n) const
{
    if (!m_file)
        return true;
    const qint64 end = qMin(at + qMax<qint64>(n, 0), size());
    if (at < 0 || at >= end)
        return true;
    qint64 first = at / kChunk;
    const qint64 last = (end - 1) / kChunk;
    while (first <= last && m_chunks[first].load(std::memory_order_acquire) == Read)
        ++first;
    if (first > last)
        return true;
    QMutexLocker lock(&m_mutex);
    bool ok = true;
    // Runs of chunks not read yet, each read with one call.
    for (qint64 c = first; c <= last;) {
        const quint8 state = m_chunks[c].load(std::memory_order_relaxed);
        if (state != NotRead) {
            ok = ok && state == Read;
            ++c;
            continue;
        }
        qint64 runEnd = c;
        while (runEnd + 1 <= last && m_chunks[runEnd + 1].load(std::memory_order_relaxed) == NotRead)
            ++runEnd;
        const qint64 from = c * kChunk, to = qMin((runEnd + 1) * kChunk, size());
        qint64 done = 0;
        if (fileChanged()) {
            m_problem = QStringLiteral("the file was changed after it was opened; open it again");
        } else if (m_file->seek(from)) {
            for (qint64 got = 0; done < to - from && (got = m_file->read(m_data + from + done, to - from - done)) > 0;)
                done += got;
            if (done < to - from)
                m_problem = QStringLiteral("the file was cut short after it was opened");
        } else {
            m_problem = QStringLiteral("cannot read at byte %1: %2").arg(from).arg(m_file->errorString());
        }
        const bool whole = done == to - from;
        if (!whole)
            std::memset(m_data + from + done, 0, size_t(to - from - done));  // never uninitialised
        for (qint64 k = c; k <= runEnd; ++k)
            m_chunks[k].store(whole ? Read : Unreadable, std::memory_order_release);
        ok = ok && whole;
        c = runEnd + 1;
    }
    return ok;
}

QString FileBytes::problem() const
{
    QMutexLocker lock(&m_mutex);
    return m_problem;
}

Expected<QByteArray> FileBytes::read(qint64 offset, qint64 size) const
{
    if (offset < 0 || size < 0 || offset + size > this->size())
        return makeError(Error::Malformed, QStringLiteral("%1: %2 bytes at byte %3 lie outside the file")
                                               .arg(m_file ? m_file->fileName() : QString()).arg(size).arg(offset));
    if (!load(offset, size))
        return makeError(Error::ReadFailed, QStringLiteral("%1: cannot read %2 bytes at byte %3: %4")
                                                .arg(m_file->fileName()).arg(size).arg(offset).arg(problem()));
    // A slice that shares the buffer; only a buffer with an owner can be shared this way.
    QByteArray whole = m_bytes;
    QByteArray::DataPointer slice = std::move(whole.data_ptr());
    if (!slice.d_ptr())
        return m_bytes.mid(offset, size);
    slice.ptr += offset;
    slice.size = size;
    return QByteArray(std::move(slice));
}

} // namespace Ndr::Msg::Cfb
