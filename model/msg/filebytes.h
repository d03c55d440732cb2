#pragma once
// The bytes of a compound file as its reader sees them: one buffer the size of the file. Bytes
// given in memory are all there. A file is read into it in chunks as they are first used, so
// the sectors of a big stream that nobody reads (attachment data) are never read, and those
// pages of the buffer never touched. A big stream can then be handed out unread, as
// Mapi::DeferredBytes, with this object as its source.
#include "mapi/deferredbytes.h"

#include <QByteArray>
#include <QDateTime>
#include <QMutex>
#include <QString>
#include <atomic>
#include <memory>

class QFile;

namespace Ndr::Msg::Cfb {

class FileBytes : public Mapi::DeferredBytes::Source {
public:
    static std::shared_ptr<FileBytes> inMemory(const QByteArray &bytes);
    // `file` is open for reading and not sequential; it stays open while this object lives.
    static std::shared_ptr<FileBytes> fromFile(std::unique_ptr<QFile> file);
    ~FileBytes() override;

    bool isFile() const { return bool(m_file); }
    qint64 size() const { return m_bytes.size(); }
    // Only [at, at + n) after load(at, n) has been called for it.
    const QByteArray &bytes() const { return m_bytes; }

    // Makes [at, at + n), clipped to the file, valid in bytes(). False when the file could not be
    // read there (it was changed or cut short since it was opened): those bytes read as zeros,
    // and problem() says why. Safe from any thread.
    bool load(qint64 at, qint64 n) const;
    QString problem() const;

    // [offset, offset + size) as a QByteArray that shares the buffer; an error naming the file
    // when it cannot be read.
    Expected<QByteArray> read(qint64 offset, qint64 size) const override;

private:
    FileBytes() = default;
    bool fileChanged() const;  // since it was opened: size or modification time

    static constexpr qint64 kChunk = 256 * 1024;
    QByteArray m_bytes;
    // m_bytes's buffer, written through this pointer as chunks arrive: calling m_bytes.data() while
    // slices share the buffer would copy it. Readers only look at chunks already loaded.
    char *m_data = nullptr;
    std::unique_ptr<QFile> m_file;
    qint64 m_openedSize = 0;
    QDateTime m_openedTime;
    enum ChunkState : quint8 { NotRead, Read, Unreadable /* zeros */ };
    std::unique_ptr<std::atomic<quint8>[]> m_chunks;  // a ChunkState per chunk
    mutable QMutex m_mutex;                         // the file and m_problem
    mutable QString m_problem;
};

} // namespace Ndr::Msg::Cfb
