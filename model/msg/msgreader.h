#pragma once
// Outlook .msg reader ([MS-OXMSG] over [MS-CFB], through libgsf).
#include "error.h"
#include "mapi/message.h"

namespace Ndr::Msg {

// True when the bytes start with the compound file signature D0 CF 11 E0 A1 B1 1A E1.
bool isCompoundFile(const QByteArray &head);

// Reads a whole .msg: properties, recipients, attachments, embedded messages at any depth,
// named properties resolved to GUID plus id or name. Lenient: damaged parts become warnings.
Expected<Mapi::Message> readMsg(const QByteArray &bytes, QStringList *warnings = nullptr);

} // namespace Ndr::Msg
