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

#include "cfblayout.h"

#include <QLoggingCategory>
#include <QtEndian>
#include <mutex>
#include <vector>

Q_LOGGING_CATEGORY(lcCfb, "ndr.msg", QtWarningMsg)

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
    if (!t_logSink) {
        g_log_default_handler(domain, level, message, nullptr);
        return;
    }
    const QString text = QString::fromUtf8(message).trimmed();
    // A child that cannot be opened is reported by Storage itself, with its path.
    if (!text.startsWith(QLatin1String("Unable to get child")))
        t_logSink->append(QStringLiteral("compound file: %1").arg(text));
    qCDebug(lcCfb) << (domain ? domain : "") << message;
}

void installLogHandler()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // gsf-infile.c logs without a domain; the handler passes on what is not ours.
        const auto levels = GLogLevelFlags(G_LOG_LEVEL_MASK | G_LOG_FLAG_RECURSION);
        for (const char *domain : {"libgsf:msole", "libgsf", static_cast<const char *>(nullptr)})
            g_log_set_handler(domain, levels, logHandler, nullptr);
    });
}

// [MS-CFB] 2.6.4: the root entry has no siblings. libgsf reads a subtree hanging off them
// with no parent and leaks it (found by fuzzing); those entries belong to no storage, so the
// links are cut before libgsf sees them. True when the bytes were changed.
bool detachRootSiblings(QByteArray &bytes)
{
    Layout layout;
    if (parseLayout(bytes, layout) || layout.entryCount() == 0)
        return false;
    const qint64 root = layout.entryOffset(0);
    if (root + kDirEntrySize > bytes.size())
        return false;
    bool changed = false;
    for (const qint64 link : {root + 68, root + 72}) {  // left and right sibling ids
        const quint32 id = qFromLittleEndian<quint32>(bytes.constData() + link);
        if (id != kNoStream && id != 0) {  // 0: the root itself, which libgsf skips
            qToLittleEndian<quint32>(kNoStream, bytes.data() + link);
            changed = true;
        }
    }
    return changed;
}

// ---------------------------------------------------------------------------------------------
} // namespace

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
    if (detachRootSiblings(shared->bytes) && warnings)  // a copy, for such files only
        warnings->append(QStringLiteral("compound file: the root entry has siblings; what hangs off them belongs "
                                        "to no storage and is left out"));
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
    QByteArray bytes(reinterpret_cast<const char *>(gsf_output_memory_get_bytes(mem)), qsizetype(size));
    m_d->sink.reset();  // the memory sink's buffer goes before the caller gets the copy
    relinkDirectory(bytes);
    return bytes;
}

} // namespace Ndr::Msg::Cfb
