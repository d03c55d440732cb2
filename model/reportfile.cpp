#include "reportfile.h"

#include "heapreserve.h"
#include "mime/mimereader.h"
#include "msg/msgreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

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

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 0, QLocale::DataSizeIecFormat);
}

// What is not read as it is used is read whole. A pipe or a device tells no size beforehand:
// it is read in pieces up to the limit, and refused as soon as its start cannot begin a
// message, so /dev/zero ends at once instead of filling the memory.
Expected<QByteArray> readWhole(QFile &file, const QString &path, qint64 limit)
{
    const auto tooLarge = [&] {
        return makeError(Error::TooLarge, QStringLiteral("%1: the file is larger than %2").arg(path, sizeText(limit)));
    };
    if (!file.isSequential())
        return file.size() > limit ? Expected<QByteArray>(tooLarge()) : Expected<QByteArray>(file.readAll());
    constexpr qint64 kPiece = 64 * 1024;  // also more than any message's first header line
    QByteArray bytes;
    bool startChecked = false;
    for (;;) {
        const qsizetype had = bytes.size();
        bytes.resize(had + kPiece);
        const qint64 n = file.read(bytes.data() + had, kPiece);
        if (n < 0)
            return makeError(Error::ReadFailed, QStringLiteral("%1: cannot read: %2").arg(path, file.errorString()));
        bytes.resize(had + n);
        if (n == 0)
            return bytes;
        if (bytes.size() > limit)
            return tooLarge();
        if (!startChecked && bytes.size() >= kPiece) {
            startChecked = true;
            if (!Msg::isCompoundFile(bytes))
                if (const std::optional<Error> e = Mime::checkMessageStart(bytes))
                    return makeError(e->code, QStringLiteral("%1: %2").arg(path, e->detail), e->offset);
        }
    }
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

Expected<OpenedFile> openMessageFile(const QString &path, qint64 maxInMemory)
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
    const Expected<QByteArray> bytes = readWhole(*file, path, maxInMemory);
    if (!bytes)
        return bytes.error();
    return openMessageBytes(*bytes, path);
}

namespace {

Expected<ReadReport> interpret(Expected<OpenedFile> opened)
{
    if (!opened)
        return opened.error();
    if (!opened->message)
        return makeError(Error::Malformed, QCoreApplication::translate("Ndr::ReportFile", "the file holds no message"));
    return ReadReport{Report::NdrReport::fromMessage(opened->message), opened->warnings};
}

} // namespace

Expected<ReadReport> readReport(const QString &path)
{
    const HeapReserve reserve(QFileInfo(path).size());  // a big report's heap in huge pages
    return interpret(openMessageFile(path));
}

Expected<ReadReport> readReport(const QByteArray &bytes, const QString &nameForErrors)
{
    return interpret(openMessageBytes(bytes, nameForErrors));
}

} // namespace Ndr
