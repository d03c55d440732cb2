// Fuzz target: any bytes through the .msg reader (Msg::readMsg: the [MS-CFB] reader,
// [MS-OXMSG] property streams, named properties, embedded messages), from memory and from a
// file (an in-memory one, memfd), where sectors are read as they are used and big values stay
// in the file. Both must read the same message with the same warnings.
#include "msg/msgreader.h"

#include <QByteArray>
#include <QFile>
#include <QStringList>

#include <cstdlib>
#include <sys/mman.h>
#include <unistd.h>

namespace {

// The bytes as a file: a fresh memfd each time, opened through /proc like a path.
std::unique_ptr<QFile> asFile(const uint8_t *data, size_t size)
{
    const int fd = memfd_create("fuzz_msg", 0);
    if (fd < 0)
        return nullptr;
    auto file = std::make_unique<QFile>(QStringLiteral("/proc/self/fd/%1").arg(fd));
    const bool ok = ::write(fd, data, size) == ssize_t(size) && file->open(QIODevice::ReadOnly);
    ::close(fd);  // the QFile has its own descriptor
    return ok ? std::move(file) : nullptr;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QStringList warnings, fileWarnings;
    const auto message = Ndr::Msg::readMsg(bytes, &warnings);
    auto file = asFile(data, size);
    if (!file)
        return 0;
    const auto fromFile = Ndr::Msg::readMsg(std::move(file), &fileWarnings);
    if (bool(message) != bool(fromFile) || warnings != fileWarnings || (message && !(*message == *fromFile)))
        std::abort();  // the two ways of reading disagree
    return 0;
}
