#pragma once
// Text in a MIME charset to and from Unicode, through the system's iconv. Lenient on input:
// real mail carries misspelt charset names ("uft-8"), labels that lie ("us-ascii" over 8-bit
// bytes) and truncated multi-byte sequences.
#include <QByteArray>
#include <QString>

namespace Ndr::Mime {

struct DecodedText {
    QString text;
    bool charsetKnown = true;  // false: the label was unknown and a fallback decoded the bytes
    int invalidSequences = 0;  // bytes that decoded to U+FFFD
};

// Decodes bytes labelled with a MIME charset (RFC 2046 4.1.2). An empty or unknown label
// decodes as UTF-8 where the bytes are valid UTF-8, else as windows-1252. Never fails.
DecodedText decodeCharset(const QByteArray &bytes, const QByteArray &charset);

// Encodes text in a charset ("iso-2022-jp", "shift_jis", ...). Empty with *ok false when the
// charset is unknown or cannot hold the text.
QByteArray encodeCharset(const QString &text, const QByteArray &charset, bool *ok = nullptr);

// The iconv name our decoder uses for a MIME label: "CP932" for "shift_jis", empty when the
// label means "guess" (empty, us-ascii, unknown-8bit). Exposed for tests.
QByteArray iconvNameForLabel(const QByteArray &label);

} // namespace Ndr::Mime
