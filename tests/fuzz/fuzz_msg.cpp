// Fuzz target: any bytes through the .msg reader (Msg::readMsg: the [MS-CFB] reader,
// [MS-OXMSG] property streams, named properties, embedded messages).
#include "msg/msgreader.h"

#include <QByteArray>
#include <QStringList>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList warnings;
    const auto message = Ndr::Msg::readMsg(bytes, &warnings);
    volatile qsizetype n = message ? message->recipients.size() + message->attachments.size() : warnings.size();
    (void)n;
    return 0;
}
