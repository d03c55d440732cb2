#include "reportfile.h"

#include "mime/mimereader.h"
#include "msg/msgreader.h"

#include <QFile>
#include <QFileInfo>

namespace Ndr {

// Larger inputs are refused before reading: no report is anywhere near this.
constexpr qint64 kMaxFileSize = qint64(1) << 31;

namespace {

Expected<OpenedFile> opened(Expected<Mapi::Message> message, QStringList warnings, const QString &nameForErrors)
{
    if (!message)
        return makeError(message.error().code, QStringLiteral("%1: %2").arg(nameForErrors, message.error().detail),
                         message.error().offset);
    return OpenedFile{std::make_shared<Mapi::Message>(std::move(message).value()), std::move(warnings)};
}

} // namespace

Expected<OpenedFile> openMessageBytes(const QByteArray &bytes, const QString &nameForErrors)
{
    QStringList warnings;
    if (bytes.isEmpty())
        return makeError(Error::NotAMessageFile, QStringLiteral("%1: the file is empty").arg(nameForErrors));
    if (Msg::isCompoundFile(bytes)) {
        auto m = Msg::readMsg(bytes, &warnings);
        return opened(std::move(m), warnings, nameForErrors);
    }
    // Anything else is tried as MIME; the reader refuses what has no header block.
    auto m = Mime::readMime(bytes, &warnings);
    return opened(std::move(m), warnings, nameForErrors);
}

Expected<OpenedFile> openMessageFile(const QString &path)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {  // why, asked only then: a dump of many files opens each
        if (!QFileInfo::exists(path))
            return makeError(Error::FileNotFound, QStringLiteral("%1: no such file").arg(path));
        if (QFileInfo(path).isDir())
            return makeError(Error::ReadFailed, QStringLiteral("%1: is a folder, not a message file").arg(path));
        return makeError(Error::ReadFailed, QStringLiteral("%1: cannot read: %2").arg(path, file->errorString()));
    }
    if (file->size() > kMaxFileSize)
        return makeError(Error::TooLarge, QStringLiteral("%1: the file is too large (%2 bytes)").arg(path).arg(file->size()));
    // An Outlook message is read from the file as it is used (its attachment data when needed).
    if (!file->isSequential() && file->size() > 0 && Msg::isCompoundFile(file->peek(8))) {
        QStringList warnings;
        auto m = Msg::readMsg(std::move(file), &warnings);
        return opened(std::move(m), warnings, path);
    }
    return openMessageBytes(file->readAll(), path);
}

} // namespace Ndr
