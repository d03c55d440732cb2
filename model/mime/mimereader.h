#pragma once
// MIME reader through GMime: RFC 5322 / MIME / RFC 3464 to a Message as [MS-OXCMAIL] maps it.
// A message/delivery-status part becomes an attachment with PR_ATTACH_MIME_TAG
// "message/delivery-status" and its body as PR_ATTACH_DATA_BIN; a message/rfc822 part an
// embedded message that keeps its raw bytes (Message::rawMime).
//
// Message classes: IPM.Note; a delivery-status report REPORT.IPM.Note.NDR when a recipient's
// Action is failed (or the text says so), REPORT.IPM.Note.DR when delivered/relayed/expanded
// only, REPORT.IPM.Note.DELAYED when delayed only (our own marker: MAPI has no class for it);
// a disposition-notification REPORT.IPM.Note.IPNRN (IPNNRN for deleted/denied); a
// non-standard bounce recognised by its headers (mailer-daemon sender, X-Failed-Recipients,
// bounce subject) REPORT.IPM.Note.NDR. An abuse report (ARF) stays IPM.Note with its
// message/feedback-report part as an attachment.
#include "error.h"
#include "mapi/message.h"

#include <QStringList>

#include <optional>

namespace Ndr::Mime {

// Larger input is refused: no real report comes near it.
constexpr qsizetype kMaxMessageSize = qsizetype(1) << 30;

// Whether these bytes can begin a MIME message: a header field (RFC 5322 2.2) or an mbox
// "From " line first, after any blank lines. The error's offset is where the start fails.
std::optional<Error> checkMessageStart(QByteArrayView bytes);

// Accepts LF, CRLF and CR-only line ends. `warnings` receives lenient-parse notes, with byte
// offsets where known.
Expected<Mapi::Message> readMime(const QByteArray &bytes, QStringList *warnings = nullptr);

// An embedded message built from a text/rfc822-headers part carries this named property
// (PS_PUBLIC_STRINGS, name "x-ndr-headers-only", PT_BOOLEAN true): the original's headers,
// without its body or attachments.
Mapi::PropKey headersOnlyKey();
bool isHeadersOnly(const Mapi::Message &message);

// Such a message of headers only, read from an RFC 5322 header block (a report that quotes
// the original's headers in its text); an error when the block holds no header field.
Expected<Mapi::Message> readHeaders(const QByteArray &headerBlock);

} // namespace Ndr::Mime
