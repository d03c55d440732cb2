#pragma once
// Modules: code a program loads only when it needs it (the MIME reader with GMime, ndrform's
// window with Qt Widgets). They sit beside this library, in lib/ndrform, in the build tree as
// where installed: a program loads the modules of the ndr_model it runs with, never those of
// another build.
#include <QString>

namespace Ndr {

struct LoadedModule {
    void *entry = nullptr;  // the entry point; null when the module could not be loaded...
    QString error;          // ...and why, naming the file
};

// Loads the module `fileName` from beside ndr_model and looks up `entry` in it; `what` names it
// in errors ("the MIME reader"). Never unloaded: what it made may live as long as the process.
LoadedModule loadModule(const char *fileName, const char *entry, const QString &what);

// A module whose entry returns its table of functions (the MIME reader, the store, the print
// dialog): the table, or null and why.
template <typename Table>
struct ModuleTable {
    const Table *table = nullptr;
    QString error;
};

template <typename Table>
ModuleTable<Table> loadModuleTable(const char *fileName, const char *entry, const QString &what)
{
    const LoadedModule m = loadModule(fileName, entry, what);
    if (!m.entry)
        return {nullptr, m.error};
    return {reinterpret_cast<const Table *(*)()>(m.entry)(), QString()};
}

} // namespace Ndr
