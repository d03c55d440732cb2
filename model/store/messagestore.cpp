// The store's folders and where it lives; opening it goes to the store module (storemodule.h).
#include "messagestore.h"

#include "modules.h"
#include "storemodule.h"

#include <QStandardPaths>

namespace Ndr::Store {

using namespace Qt::StringLiterals;

namespace {

struct FolderInfo {
    Folder folder;
    const char *name;
};
constexpr FolderInfo kFolders[] = {
    {Folder::Inbox, "Inbox"},           {Folder::Outbox, "Outbox"},
    {Folder::SentItems, "Sent Items"},  {Folder::DeletedItems, "Deleted Items"},
    {Folder::Drafts, "Drafts"},
};

// Loaded once per process, at the first store opened (thread-safe).
const ModuleTable<StoreModule> &storeModule()
{
    static const auto loaded =
        loadModuleTable<StoreModule>("libndr_store.so", NDR_STORE_MODULE_ENTRY, u"the message store module"_s);
    return loaded;
}

} // namespace

QString folderName(Folder folder)
{
    for (const FolderInfo &f : kFolders)
        if (f.folder == folder)
            return QString::fromLatin1(f.name);
    return {};
}

std::optional<Folder> folderFromName(const QString &name)
{
    auto squash = [](QString s) {
        return s.remove(QLatin1Char(' ')).remove(QLatin1Char('-')).remove(QLatin1Char('_')).toLower();
    };
    const QString wanted = squash(name);
    for (const FolderInfo &f : kFolders)
        if (squash(QString::fromLatin1(f.name)) == wanted)
            return f.folder;
    return std::nullopt;
}

QList<Folder> allFolders()
{
    QList<Folder> out;
    for (const FolderInfo &f : kFolders)
        out.append(f.folder);
    return out;
}

QString MessageStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/store.sqlite"_s;
}

Expected<std::unique_ptr<MessageStore>> MessageStore::open(const QString &path)
{
    Options options;
    options.path = path;
    return open(options);
}

Expected<std::unique_ptr<MessageStore>> MessageStore::open(const Options &options)
{
    const auto &store = storeModule();
    if (!store.table)
        return makeError(Error::Unsupported, store.error);
    return store.table->open(options);
}

} // namespace Ndr::Store
