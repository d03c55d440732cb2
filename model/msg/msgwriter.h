#pragma once
// Outlook .msg writer: what it writes reads back to the same properties.
//
// readMsg(writeMsg(m)) == m for every property type, named properties (one name map at the
// top, ids from 0x8000 in order of first use; untranslated ids >= 0x8000 keep their id),
// multi-valued properties, recipients, attachments and embedded messages up to 64 levels.
// Limits of the format, not of the writer:
// - strings end at their first NUL (MAPI strings are NUL-terminated);
// - PT_STRING8 is written in the message's code page (PR_MESSAGE_CODEPAGE, else
//   PR_INTERNET_CPID, else windows-1252); a value that code page cannot carry exactly is
//   written as EF BB BF + UTF-8, which readMsg reads back as UTF-8 (see codepage.h);
// - PT_OBJECT values are written as streams; readMsg keeps such streams up to 1 MiB.
// Big attachment values are written from the value's own buffer, without a copy. The
// output is deterministic: the same message gives the same bytes.
#include "error.h"
#include "mapi/message.h"

namespace Ndr::Msg {

Expected<QByteArray> writeMsg(const Mapi::Message &message);

} // namespace Ndr::Msg
