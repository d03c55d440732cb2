#pragma once
// Opens a report file of any kind we read: an Outlook .msg (compound file) or a MIME .eml.
// Chooses the reader by content, not by file name.
#include "error.h"
#include "mapi/message.h"
#include "mime/mimereader.h"
#include "report/ndrreport.h"

#include <QString>
#include <memory>

namespace Ndr {

struct OpenedFile {
    std::shared_ptr<Mapi::Message> message;
    QStringList warnings;  // lenient-parse warnings, each with its offset where known
};

// A .msg file is read as it is used; anything else (MIME, and any pipe or device) is read
// whole into memory, at most `maxInMemory` bytes.
Expected<OpenedFile> openMessageFile(const QString &path, qint64 maxInMemory = Mime::kMaxMessageSize);
Expected<OpenedFile> openMessageBytes(const QByteArray &bytes, const QString &nameForErrors);

// A report read and interpreted, not yet shown.
struct ReadReport {
    Report::NdrReport report;
    QStringList warnings;  // from reading the file leniently
};

// Reads a report file whole, in a heap made ready for it when it is big (HeapReserve). Touches
// no widget and may run on any thread: ndrform reads its first report while it loads its window.
Expected<ReadReport> readReport(const QString &path);
Expected<ReadReport> readReport(const QByteArray &bytes, const QString &nameForErrors);

} // namespace Ndr
