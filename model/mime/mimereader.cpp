// readMime and readHeaders: the reader module (readermodule.h), loaded at the first call.
#include "mimereader.h"
#include "readermodule.h"

#include <QDir>
#include <QFileInfo>

#include <dlfcn.h>

namespace Ndr::Mime {

namespace {

constexpr char kModuleFile[] = "libndr_mimereader.so";

// Where the module is: beside an installed program (bin/ -> NDR_MODULE_INSTALL_DIR, relative),
// else in the build tree this program was built in.
QStringList moduleCandidates()
{
    QStringList out;
    Dl_info self{};
    if (dladdr(reinterpret_cast<void *>(&moduleCandidates), &self) && self.dli_fname)
        out << QDir::cleanPath(QFileInfo(QFile::decodeName(self.dli_fname)).absolutePath() + QLatin1String("/" NDR_MODULE_INSTALL_DIR "/") + QLatin1String(kModuleFile));
    out << QFile::decodeName(NDR_MODULE_BUILD_DIR "/") + QLatin1String(kModuleFile);
    return out;
}

struct Loaded {
    const ReaderModule *module = nullptr;
    QString error;
};

Loaded load()
{
    QStringList tried;
    for (const QString &path : moduleCandidates()) {
        if (!QFileInfo::exists(path)) {
            tried << path;
            continue;
        }
        // Never closed: the messages it made share code with it (their deleters) as long as we run.
        void *handle = dlopen(QFile::encodeName(path).constData(), RTLD_NOW | RTLD_LOCAL);
        if (!handle)
            return {nullptr, QStringLiteral("the MIME reader %1 could not be loaded: %2").arg(path, QString::fromLocal8Bit(dlerror()))};
        using Entry = const ReaderModule *(*)();
        const auto entry = reinterpret_cast<Entry>(dlsym(handle, NDR_MIME_READER_MODULE_ENTRY));
        if (!entry)
            return {nullptr, QStringLiteral("%1 is not the MIME reader: it has no %2").arg(path, QLatin1String(NDR_MIME_READER_MODULE_ENTRY))};
        return {entry(), QString()};
    }
    return {nullptr, QStringLiteral("the MIME reader %1 is missing (looked for %2)").arg(QLatin1String(kModuleFile), tried.join(QLatin1String(", ")))};
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
