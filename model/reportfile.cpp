#include "reportfile.h"

#include "mime/mimereader.h"
#include "msg/msgreader.h"

#include <QFile>
#include <QFileInfo>

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

Expected<OpenedFile> openMessageFile(const QString &path)
{
    QFile file(path);
    if (!QFileInfo::exists(path))
        return makeError(Error::FileNotFound, QStringLiteral("%1: no such file").arg(path));
    if (QFileInfo(path).isDir())
        return makeError(Error::ReadFailed, QStringLiteral("%1: is a folder, not a message file").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::ReadFailed, QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
    if (file.size() > kMaxFileSize)
        return makeError(Error::TooLarge, QStringLiteral("%1: the file is too large (%2 bytes)").arg(path).arg(file.size()));
    return openMessageBytes(file.readAll(), path);
}

} // namespace Ndr
