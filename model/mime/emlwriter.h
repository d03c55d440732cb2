#pragma once
// .eml export: the message as its receivers see it. Headers come from the rows that are not
// MAPI_P1, never a Bcc header; P1 rows are the envelope. A message read from MIME gives back
// its raw bytes unchanged.
#include "error.h"
#include "mapi/message.h"

namespace Ndr::Mime {

Expected<QByteArray> writeEml(const Mapi::Message &message);

} // namespace Ndr::Mime
