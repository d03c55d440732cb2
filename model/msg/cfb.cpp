// glib/gsf first: glib has a struct field named `signals`.
#include <gsf/gsf-infile-msole.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-memory.h>
#include <gsf/gsf-input.h>
#include <gsf/gsf-outfile-msole.h>
#include <gsf/gsf-outfile.h>
#include <gsf/gsf-output-memory.h>
#include <gsf/gsf-output.h>
#include <gsf/gsf-utils.h>

#include "cfb.h"

#include "bytecursor.h"

#include <QLoggingCategory>
#include <mutex>
#include <vector>

Q_LOGGING_CATEGORY(lcCfb, "ndr.msg")

namespace Ndr::Msg::Cfb {

namespace {

// An owned reference to a GObject.
template <typename T>
class GPtr {
public:
    GPtr() = default;
    explicit GPtr(T *p) : m_p(p) {}
    ~GPtr() { reset(); }
    GPtr(GPtr &&o) noexcept : m_p(std::exchange(o.m_p, nullptr)) {}
    GPtr &operator=(GPtr &&o) noexcept
    {
        if (this != &o) {
            reset();
            m_p = std::exchange(o.m_p, nullptr);
        }
        return *this;
    }
    GPtr(const GPtr &) = delete;
    GPtr &operator=(const GPtr &) = delete;

    T *get() const { return m_p; }
    explicit operator bool() const { return m_p != nullptr; }
    void reset()
    {
        if (m_p)
            g_object_unref(m_p);
        m_p = nullptr;
    }

private:
    T *m_p = nullptr;
};

struct GErrorOwner {
    GError *e = nullptr;
    ~GErrorOwner() { if (e) g_error_free(e); }
    QString message() const { return e ? QString::fromUtf8(e->message) : QString(); }
};

// ---------------------------------------------------------------------------------------------
// Log capture: libgsf reports damage (bad chains, loops) through g_warning / g_return_if_fail.

thread_local QStringList *t_logSink = nullptr;

void logHandler(const gchar *domain, GLogLevelFlags level, const gchar *message, gpointer)
{
    if (t_logSink) {
        t_logSink->append(QStringLiteral("compound file: %1").arg(QString::fromUtf8(message).trimmed()));
        return;
    }
    qCDebug(lcCfb) << domain << message;
    Q_UNUSED(level);
}

void installLogHandler()
{
    static std::once_flag once;
    std::call_once(once, [] {
        const auto levels = GLogLevelFlags(G_LOG_LEVEL_MASK | G_LOG_FLAG_RECURSION);
        g_log_set_handler("libgsf:msole", levels, logHandler, nullptr);
        g_log_set_handler("libgsf", levels, logHandler, nullptr);
    });
}

// ---------------------------------------------------------------------------------------------
// [MS-CFB] 2.2 header and 2.6 directory entries, as far as the precheck needs them.

constexpr quint32 kMaxRegSect = 0xFFFFFFFA;
constexpr quint32 kEndOfChain = 0xFFFFFFFE;
constexpr quint32 kNoStream = 0xFFFFFFFF;
constexpr int kDirEntrySize = 128;
constexpr int kHeaderDifatCount = 109;
// libgsf reads the directory tree recursively, one level per sibling link as well as per
// child link; a tree deeper than this would exhaust a thread's stack.
constexpr int kMaxDirectoryDepth = 30000;

} // namespace

std::optional<Error> precheck(const QByteArray &bytes)
{
    static const char kSignature[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    if (bytes.size() < 512 || !bytes.startsWith(QByteArrayView(kSignature, 8)))
        return makeError(Error::NotAMessageFile,
                         QStringLiteral("not an Outlook .msg file: no compound file signature (D0 CF 11 E0 A1 B1 1A E1)"), 0);
    ByteCursor header(QByteArrayView(bytes).first(512));
    quint16 sectorShift = 0, miniShift = 0;
    quint32 numFat = 0, firstDir = 0, firstDifat = 0, numDifat = 0;
    header.seek(30);
    header.read(sectorShift);
    header.read(miniShift);
    header.seek(44);
    header.read(numFat);
    header.read(firstDir);
    header.seek(68);
    header.read(firstDifat);
    header.read(numDifat);
    // [MS-CFB] 2.2: 512-byte sectors (version 3) or 4096 (version 4); libgsf reads 128..64K too.
    if (sectorShift < 7 || sectorShift > 16 || miniShift > sectorShift)
        return makeError(Error::Malformed, QStringLiteral("compound file header: unusable sector size 2^%1").arg(sectorShift), 30);
    const qint64 sectorSize = qint64(1) << sectorShift;
    const qint64 dataStart = qMax<qint64>(512, sectorSize);
    const qint64 sectorCount = bytes.size() > dataStart ? (bytes.size() - dataStart + sectorSize - 1) / sectorSize : 0;
    if (numFat > sectorCount)
        return makeError(Error::TooLarge,
                         QStringLiteral("compound file header declares %1 FAT sectors; the file has only %2 sectors")
                             .arg(numFat).arg(sectorCount), 44);
    if (numDifat > sectorCount)
        return makeError(Error::TooLarge,
                         QStringLiteral("compound file header declares %1 DIFAT sectors; the file has only %2 sectors")
                             .arg(numDifat).arg(sectorCount), 72);

    const QByteArrayView all(bytes);
    auto sector = [&](quint32 id) -> QByteArrayView {
        const qint64 at = dataStart + qint64(id) * sectorSize;
        if (id > kMaxRegSect || at >= all.size())
            return {};
        return all.sliced(at, qMin<qint64>(sectorSize, all.size() - at));  // the last may be short
    };

    // The FAT sector list: 109 in the header, the rest in the DIFAT chain ([MS-CFB] 2.5).
    std::vector<quint32> fatSectors;
    header.seek(76);
    for (int i = 0; i < kHeaderDifatCount && fatSectors.size() < numFat; ++i) {
        quint32 id = 0;
        header.read(id);
        fatSectors.push_back(id);
    }
    quint32 difat = firstDifat;
    const qint64 perSector = sectorSize / 4;
    for (quint32 n = 0; n < numDifat && fatSectors.size() < numFat && difat <= kMaxRegSect; ++n) {
        ByteCursor c(sector(difat));
        for (qint64 i = 0; i + 1 < perSector && fatSectors.size() < numFat; ++i) {
            quint32 id = 0;
            if (!c.read(id))
                break;
            fatSectors.push_back(id);
        }
        if (!c.seek((perSector - 1) * 4) || !c.read(difat))
            break;
    }
    std::vector<quint32> fat;
    fat.reserve(fatSectors.size() * perSector);
    for (quint32 id : fatSectors) {
        ByteCursor c(sector(id));
        if (c.size() == 0)
            return makeError(Error::Malformed, QStringLiteral("compound file: FAT sector %1 lies outside the file").arg(id), 76);
        quint32 next = 0;
        while (c.read(next))
            fat.push_back(next);
    }

    // The directory chain; a loop ends it (libgsf does the same and warns).
    std::vector<bool> seen(size_t(sectorCount), false);
    std::vector<QByteArrayView> dirSectors;
    for (quint32 s = firstDir; s < fat.size() && s < sectorCount && !seen[s]; s = fat[s]) {
        seen[s] = true;
        dirSectors.push_back(sector(s));
    }
    if (dirSectors.empty())
        return makeError(Error::Malformed, QStringLiteral("compound file: the directory starts outside the file (sector %1)").arg(firstDir), 48);
    const qint64 entriesPerSector = sectorSize / kDirEntrySize;
    const qint64 entryCount = qint64(dirSectors.size()) * entriesPerSector;
    auto links = [&](quint32 e, quint32 &left, quint32 &right, quint32 &child, quint8 &type) {
        ByteCursor c(dirSectors[e / entriesPerSector]);
        if (!c.seek((e % entriesPerSector) * kDirEntrySize + 66))
            return false;
        c.read(type);
        c.skip(1);
        return c.read(left) && c.read(right) && c.read(child);
    };

    // Depth of libgsf's recursion: prev, next and child links each add a level; an entry is
    // visited once. Walked here with an explicit stack, in libgsf's order.
    struct Frame { quint32 links[3]; int next; };
    std::vector<bool> visited(size_t(entryCount), false);
    std::vector<Frame> stack;
    auto enter = [&](quint32 e) {
        if (e >= quint32(entryCount) || visited[e])
            return;
        visited[e] = true;
        quint32 l = kNoStream, r = kNoStream, ch = kNoStream;
        quint8 type = 0;
        if (!links(e, l, r, ch, type))
            return;
        const bool isDir = type == 1 || type == 5;
        stack.push_back(Frame{{l, r, isDir ? ch : kNoStream}, 0});
    };
    enter(0);
    while (!stack.empty()) {
        if (stack.size() > size_t(kMaxDirectoryDepth))
            return makeError(Error::TooLarge,
                             QStringLiteral("compound file: directory tree deeper than %1 levels").arg(kMaxDirectoryDepth), 48);
        Frame &f = stack.back();
        if (f.next == 3) {
            stack.pop_back();
            continue;
        }
        enter(f.links[f.next++]);
    }
    Q_UNUSED(kEndOfChain);
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------

struct Shared {
    QByteArray bytes;  // the memory input points into this buffer
};

struct StorageImpl {
    std::shared_ptr<Shared> shared;
    GPtr<GsfInfile> dir;
    QString path;
    QList<Entry> entries;
    std::vector<GPtr<GsfInput>> children;
    QHash<QString, int> byName;
    QStringList openProblems;

    void enumerate()
    {
        // libgsf's child lookups walk a list: open every child once, by index, in one pass.
        const int n = gsf_infile_num_children(dir.get());
        for (int i = 0; i < n; ++i) {
            GsfInput *child = gsf_infile_child_by_index(dir.get(), i);
            if (!child) {
                const char *name = gsf_infile_name_by_index(dir.get(), i);
                openProblems.append(QStringLiteral("%1: cannot open %2: its sector chain is broken")
                                        .arg(path.isEmpty() ? QStringLiteral("root") : path,
                                             name ? QString::fromUtf8(name) : QStringLiteral("entry %1").arg(i)));
                continue;
            }
            Entry e;
            e.name = QString::fromUtf8(gsf_input_name(child));
            e.isStorage = GSF_IS_INFILE(child) && gsf_infile_num_children(GSF_INFILE(child)) >= 0;
            e.size = gsf_input_size(child);
            byName.insert(e.name, int(entries.size()));
            entries.append(e);
            children.emplace_back(child);
        }
    }
};

QString Storage::path() const { return m_d ? m_d->path : QString(); }

const QList<Entry> &Storage::entries() const
{
    static const QList<Entry> none;
    return m_d ? m_d->entries : none;
}

bool Storage::contains(const QString &name) const { return m_d && m_d->byName.contains(name); }

const Entry *Storage::entry(const QString &name) const
{
    if (!m_d)
        return nullptr;
    const auto it = m_d->byName.constFind(name);
    return it == m_d->byName.cend() ? nullptr : &m_d->entries[*it];
}

std::optional<QByteArray> Storage::readStream(const QString &name, qint64 maxSize, QString *problem) const
{
    const auto it = m_d ? m_d->byName.constFind(name) : decltype(m_d->byName.constFind(name))();
    if (!m_d || it == m_d->byName.cend()) {
        *problem = QStringLiteral("stream %1 is missing").arg(name);
        return std::nullopt;
    }
    const Entry &e = m_d->entries[*it];
    if (e.isStorage) {
        *problem = QStringLiteral("%1 is a storage, not a stream").arg(name);
        return std::nullopt;
    }
    if (e.size > maxSize) {
        *problem = QStringLiteral("stream %1 declares %2 bytes (limit %3)").arg(name).arg(e.size).arg(maxSize);
        return std::nullopt;
    }
    GsfInput *in = m_d->children[size_t(*it)].get();
    QByteArray data(e.size, Qt::Uninitialized);
    if (e.size > 0
        && (gsf_input_seek(in, 0, G_SEEK_SET)
            || !gsf_input_read(in, size_t(e.size), reinterpret_cast<guint8 *>(data.data())))) {
        *problem = QStringLiteral("stream %1 cannot be read: its sector chain is shorter than its %2 bytes")
                       .arg(name).arg(e.size);
        return std::nullopt;
    }
    return data;
}

Storage Storage::storage(const QString &name, QString *problem) const
{
    const auto it = m_d ? m_d->byName.constFind(name) : decltype(m_d->byName.constFind(name))();
    if (!m_d || it == m_d->byName.cend()) {
        *problem = QStringLiteral("storage %1 is missing").arg(name);
        return {};
    }
    if (!m_d->entries[*it].isStorage) {
        *problem = QStringLiteral("%1 is a stream, not a storage").arg(name);
        return {};
    }
    auto d = std::make_shared<StorageImpl>();
    d->shared = m_d->shared;
    GsfInput *child = m_d->children[size_t(*it)].get();
    d->dir = GPtr<GsfInfile>(GSF_INFILE(g_object_ref(child)));
    d->path = m_d->path.isEmpty() ? name : m_d->path + QLatin1Char('/') + name;
    d->enumerate();
    if (!d->openProblems.isEmpty())
        *problem = d->openProblems.join(QStringLiteral("; "));
    return Storage(d);
}

Expected<Reader> Reader::open(const QByteArray &bytes, QStringList *warnings)
{
    installLogHandler();
    if (auto err = precheck(bytes))
        return *err;
    auto shared = std::make_shared<Shared>();
    shared->bytes = bytes;  // shares the buffer, no copy
    GPtr<GsfInput> source(gsf_input_memory_new(reinterpret_cast<const guint8 *>(shared->bytes.constData()),
                                                shared->bytes.size(), FALSE));
    GErrorOwner err;
    GsfInfile *root = gsf_infile_msole_new(source.get(), &err.e);
    if (!root)
        return makeError(Error::Malformed, QStringLiteral("broken compound file: %1")
                                               .arg(err.e ? err.message() : QStringLiteral("unreadable directory")));
    auto d = std::make_shared<StorageImpl>();
    d->shared = shared;
    d->dir = GPtr<GsfInfile>(root);
    d->enumerate();
    if (warnings)
        warnings->append(d->openProblems);
    Reader r;
    r.m_root = Storage(d);
    return r;
}

LogCapture::LogCapture(QStringList *sink) : m_previous(t_logSink)
{
    installLogHandler();
    t_logSink = sink;
}

LogCapture::~LogCapture() { t_logSink = m_previous; }

// ---------------------------------------------------------------------------------------------

struct WriterImpl {
    GPtr<GsfOutput> sink;
    std::vector<GsfOutfile *> handles;  // owned references; null once closed
    bool failed = false;

    ~WriterImpl()
    {
        for (GsfOutfile *h : handles)
            if (h)
                g_object_unref(h);
    }
    GsfOutfile *handle(Writer::Handle h) const
    {
        return h >= 0 && size_t(h) < handles.size() ? handles[size_t(h)] : nullptr;
    }
};

Writer::Writer() : m_d(std::make_unique<WriterImpl>())
{
    installLogHandler();
    m_d->sink = GPtr<GsfOutput>(gsf_output_memory_new());
    m_d->handles.push_back(gsf_outfile_msole_new(m_d->sink.get()));
}

Writer::~Writer() = default;

Writer::Handle Writer::createStorage(Handle parent, const QString &name)
{
    GsfOutfile *p = m_d->handle(parent);
    GsfOutput *child = p ? gsf_outfile_new_child(p, name.toUtf8().constData(), TRUE) : nullptr;
    if (!child) {
        m_d->failed = true;
        return -1;
    }
    m_d->handles.push_back(GSF_OUTFILE(child));
    return Handle(m_d->handles.size() - 1);
}

bool Writer::writeStream(Handle parent, const QString &name, const QByteArray &data)
{
    GsfOutfile *p = m_d->handle(parent);
    GsfOutput *child = p ? gsf_outfile_new_child(p, name.toUtf8().constData(), FALSE) : nullptr;
    if (!child) {
        m_d->failed = true;
        return false;
    }
    // Written in one call straight from the caller's buffer: no intermediate copy.
    bool ok = data.isEmpty() || gsf_output_write(child, size_t(data.size()), reinterpret_cast<const guint8 *>(data.constData()));
    ok = gsf_output_close(child) && ok;
    g_object_unref(child);
    m_d->failed = m_d->failed || !ok;
    return ok;
}

bool Writer::closeStorage(Handle storage)
{
    GsfOutfile *h = m_d->handle(storage);
    if (!h || storage == 0)
        return false;
    const bool ok = gsf_output_close(GSF_OUTPUT(h));
    g_object_unref(h);
    m_d->handles[size_t(storage)] = nullptr;
    m_d->failed = m_d->failed || !ok;
    return ok;
}

Expected<QByteArray> Writer::finish()
{
    GsfOutfile *root = m_d->handle(0);
    const bool ok = root && gsf_output_close(GSF_OUTPUT(root));
    if (root) {
        g_object_unref(root);
        m_d->handles[0] = nullptr;
    }
    if (!ok || m_d->failed)
        return makeError(Error::WriteFailed, QStringLiteral("the compound file could not be written"));
    GsfOutputMemory *mem = GSF_OUTPUT_MEMORY(m_d->sink.get());
    const gsf_off_t size = gsf_output_size(m_d->sink.get());
    return QByteArray(reinterpret_cast<const char *>(gsf_output_memory_get_bytes(mem)), qsizetype(size));
}

} // namespace Ndr::Msg::Cfb
