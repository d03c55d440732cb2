#include "reportfile.h"

#include "mime/mimereader.h"
#include "msg/msgreader.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace Ndr {

// Larger inputs are refused before reading: no report is anywhere near this.
constexpr qint64 kMaxFileSize = qint64(1) << 31;

Expected<OpenedFile> openMessageBytes(const QByteArray &bytes, const QString &nameForErrors)
{
    OpenedFile opened;
    if (bytes.isEmpty())
        return makeError(Error::NotAMessageFile, QStringLiteral("%1: the file is empty").arg(nameForErrors));
    if (Msg::isCompoundFile(bytes)) {
        auto m = Msg::readMsg(bytes, &opened.warnings);
        if (!m)
            return makeError(m.error().code, QStringLiteral("%1: %2").arg(nameForErrors, m.error().detail), m.error().offset);
        opened.message = std::make_shared<Mapi::Message>(std::move(m).value());
        return opened;
    }
    // Anything else is tried as MIME; the reader refuses what has no header block.
    auto m = Mime::readMime(bytes, &opened.warnings);
    if (!m)
        return makeError(m.error().code, QStringLiteral("%1: %2").arg(nameForErrors, m.error().detail), m.error().offset);
    opened.message = std::make_shared<Mapi::Message>(std::move(m).value());
    return opened;
}

namespace {

// The whole file, read at once into a buffer of its size. On Linux the buffer asks for huge
// pages first: a 40 MB report otherwise costs 10,000 page faults, and on a virtual machine
// those took a third of the time to open it.
QByteArray readWhole(QFile &file)
{
    if (file.isSequential())  // a pipe: its size is not known before it ends
        return file.readAll();
    QByteArray bytes(file.size(), Qt::Uninitialized);
#if defined(Q_OS_LINUX) && defined(MADV_HUGEPAGE)
    constexpr quintptr kHugePage = 2 << 20;
    const quintptr begin = (quintptr(bytes.data()) + kHugePage - 1) & ~(kHugePage - 1);
    const quintptr end = (quintptr(bytes.data()) + quintptr(bytes.size())) & ~(kHugePage - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
#endif
    qint64 done = 0;
    for (qint64 n = 0; done < bytes.size() && (n = file.read(bytes.data() + done, bytes.size() - done)) > 0;)
        done += n;
    bytes.truncate(done);  // the file shrank while it was read: what was there
    return bytes;
}

} // namespace

Expected<OpenedFile> openMessageFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {  // why, asked only then: a dump of many files opens each
        if (!QFileInfo::exists(path))
            return makeError(Error::FileNotFound, QStringLiteral("%1: no such file").arg(path));
        if (QFileInfo(path).isDir())
            return makeError(Error::ReadFailed, QStringLiteral("%1: is a folder, not a message file").arg(path));
        return makeError(Error::ReadFailed, QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    }
    if (file.size() > kMaxFileSize)
        return makeError(Error::TooLarge, QStringLiteral("%1: the file is too large (%2 bytes)").arg(path).arg(file.size()));
    return openMessageBytes(readWhole(file), path);
}

} // namespace Ndr
