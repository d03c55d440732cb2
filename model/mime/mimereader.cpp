// readMime and readHeaders: the reader module (readermodule.h), loaded at the first call.
#include "mimereader.h"
#include "modules.h"
#include "readermodule.h"

namespace Ndr::Mime {

namespace {

// Loaded once per process, at the first MIME file (thread-safe).
const ModuleTable<ReaderModule> &reader()
{
    static const auto loaded =
        loadModuleTable<ReaderModule>("libndr_mimereader.so", NDR_MIME_READER_MODULE_ENTRY, QStringLiteral("the MIME reader"));
    return loaded;
}

} // namespace

Expected<Mapi::Message> readMime(const QByteArray &bytes, QStringList *warnings)
{
    const auto &r = reader();
    if (!r.table)
        return makeError(Error::Unsupported, r.error);
    return r.table->readMime(bytes, warnings);
}

Expected<Mapi::Message> readHeaders(const QByteArray &headerBlock)
{
    const auto &r = reader();
    if (!r.table)
        return makeError(Error::Unsupported, r.error);
    return r.table->readHeaders(headerBlock);
}

} // namespace Ndr::Mime
