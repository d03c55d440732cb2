// Fuzz target: any bytes through the MIME reader (Mime::readMime: GMime, RFC 5322 headers,
// multipart trees, RFC 3464 delivery-status parts, charsets, embedded messages).
#include "mime/mimereader.h"

#include <QByteArray>
#include <QStringList>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList warnings;
    const auto message = Ndr::Mime::readMime(bytes, &warnings);
    volatile qsizetype n = message ? message->recipients.size() + message->attachments.size() : warnings.size();
    (void)n;
    return 0;
}
