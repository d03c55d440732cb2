#pragma once
// Outlook .msg writer: what it writes reads back to the same properties.
#include "error.h"
#include "mapi/message.h"

namespace Ndr::Msg {

Expected<QByteArray> writeMsg(const Mapi::Message &message);

} // namespace Ndr::Msg
