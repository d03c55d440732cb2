#include "modules.h"

#include <QDir>
#include <QFileInfo>

#include <dlfcn.h>

namespace Ndr {

LoadedModule loadModule(const char *fileName, const char *entry, const QString &what)
{
    Dl_info self{};
    if (!dladdr(reinterpret_cast<void *>(&loadModule), &self) || !self.dli_fname)
        return {nullptr, QStringLiteral("%1 cannot be found: where ndr_model is loaded from is not known").arg(what)};
    const QString path = QFileInfo(QFile::decodeName(self.dli_fname)).canonicalPath() + QLatin1Char('/')
        + QFile::decodeName(fileName);
    if (!QFileInfo::exists(path))
        return {nullptr, QStringLiteral("%1 %2 is missing (looked for %3)").arg(what, QFile::decodeName(fileName), path)};
    // Functions bound as first called, as for a program's own libraries: the window's module
    // binding all of its imports at once did 1,500 lookups more at start (LD_DEBUG=statistics).
    void *handle = dlopen(QFile::encodeName(path).constData(), RTLD_LAZY | RTLD_LOCAL);
    if (!handle)
        return {nullptr, QStringLiteral("%1 %2 could not be loaded: %3").arg(what, path, QString::fromLocal8Bit(dlerror()))};
    void *found = dlsym(handle, entry);
    if (!found)
        return {nullptr, QStringLiteral("%1 is not %2: it has no %3").arg(path, what, QLatin1String(entry))};
    return {found, QString()};
}

} // namespace Ndr
