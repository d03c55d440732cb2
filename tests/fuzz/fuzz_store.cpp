// Fuzz target: any bytes as a message store file (store/messagestore.h): opened read-only,
// every folder listed and every message loaded (up to a cap), then opened for writing (which
// checks the schema and migrates) and checked. A foreign or broken file must be an error.
#include "store/messagestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

using namespace Ndr::Store;

namespace {

constexpr int kMaxLoads = 32;

QString scratchPath()
{
    static int argc = 1;
    static char name[] = "fuzz_store";
    static char *argv[] = {name, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv);  // Qt Sql loads its driver through the application
    static QTemporaryDir dir;
    return dir.filePath(QStringLiteral("fuzz.sqlite"));
}

void exercise(const MessageStore::Options &options)
{
    auto store = MessageStore::open(options);
    if (!store)
        return;
    int loads = 0;
    for (Folder folder : allFolders()) {
        (void)(*store)->count(folder);
        const auto list = (*store)->list(folder);
        if (!list)
            continue;
        for (const MessageSummary &s : *list) {
            if (loads++ >= kMaxLoads)
                break;
            (void)(*store)->summary(s.id);
            const auto message = (*store)->load(s.id);
            volatile qsizetype n = message ? message->recipients.size() : 0;
            (void)n;
        }
    }
    (void)(*store)->check();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = scratchPath();
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 0;
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    MessageStore::Options options;
    options.path = path;
    options.readOnly = true;
    options.busyTimeoutMs = 0;
    exercise(options);
    options.readOnly = false;
    exercise(options);
    return 0;
}
