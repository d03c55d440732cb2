#pragma once
// Saves attachments into a folder the user chose. An attachment's name comes from the sender
// and may be "../../.bashrc", "/etc/passwd", "C:\Windows\evil.dll" or hide its real extension
// behind a right-to-left override: whatever it is, the file is created inside the folder,
// under a name that means the same on every system, and never replaces or follows anything
// already there (DESIGN.md "Robustness").
#include "error.h"
#include "mapi/message.h"

#include <QString>

namespace Ndr {

class AttachmentSaver {
public:
    explicit AttachmentSaver(const QString &folder);

    // A plain file name made from `proposed`: its last path component (either separator), without
    // control and format characters, without the characters Windows forbids, without leading
    // dots or spaces and trailing dots or spaces, not a device name (CON, NUL, COM1, ...), at
    // most 255 UTF-8 bytes with its extension kept. `fallback` when nothing usable is left.
    static QString safeFileName(const QString &proposed, const QString &fallback = QStringLiteral("attachment"));

    // Writes `data` as a new file named after safeFileName(proposedName) inside the folder; when
    // that name is taken, "name (2).ext", "name (3).ext", ... Returns the path written.
    // Errors: FileNotFound when the folder does not exist, WriteFailed when nothing can be written.
    Expected<QString> save(const QString &proposedName, const QByteArray &data) const;

    // An attachment by value: its bytes under its file name (long, short, display name). An
    // embedded message: its MIME bytes as .eml when it came from MIME, else written as .msg.
    Expected<QString> save(const Mapi::Attachment &attachment) const;

    QString folder() const { return m_folder; }

private:
    QString m_folder;
};

} // namespace Ndr
