// readMime and readHeaders: the reader module (readermodule.h), loaded at the first call.
#include "mimereader.h"
#include "modules.h"
#include "readermodule.h"

namespace Ndr::Mime {

namespace {

struct Loaded {
    const ReaderModule *module = nullptr;
    QString error;
};

Loaded load()
{
    const LoadedModule m = loadModule("libndr_mimereader.so", NDR_MIME_READER_MODULE_ENTRY, QStringLiteral("the MIME reader"));
    if (!m.entry)
        return {nullptr, m.error};
    using Entry = const ReaderModule *(*)();
    return {reinterpret_cast<Entry>(m.entry)(), QString()};
}

const Loaded &reader()
{
    static const Loaded loaded = load();  // once per process, thread-safe
    return loaded;
}

} // namespace

Expected<Mapi::Message> readMime(const QByteArray &bytes, QStringList *warnings)
{
    const Loaded &r = reader();
    if (!r.module)
        return makeError(Error::Unsupported, r.error);
    return r.module->readMime(bytes, warnings);
}

Expected<Mapi::Message> readHeaders(const QByteArray &headerBlock)
{
    const Loaded &r = reader();
    if (!r.module)
        return makeError(Error::Unsupported, r.error);
    return r.module->readHeaders(headerBlock);
}

} // namespace Ndr::Mime
