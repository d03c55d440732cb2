#pragma once
// Outlook .msg reader ([MS-OXMSG] over [MS-CFB]).
#include "error.h"
#include "mapi/message.h"

#include <QFile>
#include <memory>

namespace Ndr::Msg {

// True when the bytes start with the compound file signature D0 CF 11 E0 A1 B1 1A E1.
bool isCompoundFile(const QByteArray &head);

// Reads a whole .msg: properties, recipients, attachments, embedded messages (up to 64
// levels; deeper ones are left out with a warning), named properties resolved to GUID plus
// id or name. Values follow the canonical QVariant per type of mapi/propvalue.h; PT_STRING8
// is decoded by the message's code page (see codepage.h); PT_SYSTIME stays FILETIME.
// Lenient: damaged parts become warnings (each naming the storage path and, where known, the
// byte offset). Errors: NotAMessageFile for anything that is not an Outlook message, TooLarge
// or Malformed for compound files whose structure cannot be used. Never reads past the input,
// never allocates more than the input's size per stream.
Expected<Mapi::Message> readMsg(const QByteArray &bytes, QStringList *warnings = nullptr);
// The same from a file open for reading (not a pipe), which it keeps open: only the parts used
// are read, and big binary values (attachment data) stay in the file until first used, as
// Mapi::DeferredBytes. Errors say what the file holds; the caller names the file.
Expected<Mapi::Message> readMsg(std::unique_ptr<QFile> file, QStringList *warnings = nullptr);

} // namespace Ndr::Msg
