#pragma once
// The compound file ([MS-CFB]) under a .msg: read by our own code (cfbreader.cpp) from memory
// or from a file whose sectors are read as they are used (filebytes.h), and written by our own
// code too (cfbwriter.cpp). Callers see storages, entries and streams as Qt values.
#include "error.h"
#include "mapi/deferredbytes.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace Ndr::Msg::Cfb {

struct FileImpl;
struct StorageImpl;
class FileBytes;

// One storage (directory) of an open compound file. Copies share the same open objects.
class Storage {
public:
    Storage() = default;
    bool isValid() const { return bool(m_d); }
    QString path() const;  // for messages: "__attach_version1.0_#00000000/__substg1.0_3701000D"

    bool contains(QStringView name) const;
    bool isStorage(QStringView name) const;  // false for a stream and for what is not there

    // The whole stream; nullopt with *problem set when it is missing, larger than maxSize
    // or cannot be read (a broken sector chain). A stream whose sectors lie in one run in the
    // file's buffer shares that buffer, as slices of a QByteArray do.
    std::optional<QByteArray> readStream(QStringView name, qint64 maxSize, QString *problem) const;
    // A big stream (64 KiB or more, attachment data) of a file read from disk, left there: its
    // bytes are read when the value is first used. nullopt where that cannot be done (the bytes
    // are in memory anyway, the stream is small or its sectors are not in one run): read it.
    std::optional<Mapi::DeferredBytes> deferredStream(QStringView name) const;
    // The sub-storages' names, in directory order: views into the open file, valid while a
    // Storage of it is.
    QList<QStringView> storageNames() const;
    // A sub-storage; invalid with *problem set when missing or not a storage.
    Storage storage(QStringView name, QString *problem) const;

private:
    friend class Reader;
    explicit Storage(std::shared_ptr<StorageImpl> d) : m_d(std::move(d)) {}
    std::shared_ptr<StorageImpl> m_d;
};

// An open compound file. Damage met while it is opened (entries linked twice, a short mini
// stream) becomes warnings; a stream that cannot be read says why when it is read.
// Storages of one file share state: use them from one thread at a time.
class Reader {
public:
    static Expected<Reader> open(const QByteArray &bytes, QStringList *warnings);
    // From a file (FileBytes::fromFile): only what is used is read.
    static Expected<Reader> open(std::shared_ptr<FileBytes> source, QStringList *warnings);
    Storage root() const { return m_root; }

private:
    Storage m_root;
};

struct WriterImpl;

// Writes a compound file to memory. Streams and storages are written one after the other:
// a stream is complete when writeStream returns (its bytes are copied into the file then); a
// storage takes no more entries once closeStorage is called for it. A bad handle, a name that
// is empty, longer than 31 characters or holds / \ : !, or two entries of one name in one
// storage make finish() fail.
class Writer {
public:
    Writer();
    ~Writer();
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    using Handle = int;  // a storage; 0 is the root
    Handle createStorage(Handle parent, const QString &name);
    bool writeStream(Handle parent, const QString &name, const QByteArray &data);
    bool closeStorage(Handle storage);
    Expected<QByteArray> finish();

private:
    std::unique_ptr<WriterImpl> m_d;
};

} // namespace Ndr::Msg::Cfb
