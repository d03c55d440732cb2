#pragma once
// Opens a report file of any kind we read: an Outlook .msg (compound file) or a MIME .eml.
// Chooses the reader by content, not by file name.
#include "error.h"
#include "mapi/message.h"

#include <QString>
#include <memory>

namespace Ndr {

struct OpenedFile {
    std::shared_ptr<Mapi::Message> message;
    QStringList warnings;  // lenient-parse warnings, each with its offset where known
};

Expected<OpenedFile> openMessageFile(const QString &path);
Expected<OpenedFile> openMessageBytes(const QByteArray &bytes, const QString &nameForErrors);

} // namespace Ndr
