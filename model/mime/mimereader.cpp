// readMime and readHeaders: the reader module (readermodule.h), loaded at the first call.
#include "mimereader.h"
#include "readermodule.h"

#include <QDir>
#include <QFileInfo>

#include <dlfcn.h>

namespace Ndr::Mime {

namespace {

constexpr char kModuleFile[] = "libndr_mimereader.so";

// Where the module is: beside the program as installed (bin/ -> NDR_MODULE_INSTALL_DIR,
// relative); for a program inside the build tree it was built in (the tests, and the programs
// run from there), in that tree. An installed program never loads code from a build folder.
QStringList moduleCandidates()
{
    Dl_info self{};
    if (!dladdr(reinterpret_cast<void *>(&moduleCandidates), &self) || !self.dli_fname)
        return {};
    const QString programDir = QFileInfo(QFile::decodeName(self.dli_fname)).canonicalPath();
    QStringList out{QDir::cleanPath(programDir + QLatin1String("/" NDR_MODULE_INSTALL_DIR "/") + QLatin1String(kModuleFile))};
    const QString buildTree = QFileInfo(QFile::decodeName(NDR_BUILD_TREE)).canonicalFilePath();
    if (!buildTree.isEmpty() && (programDir + QLatin1Char('/')).startsWith(buildTree + QLatin1Char('/')))
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
