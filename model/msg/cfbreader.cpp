// Reading the compound file ([MS-CFB]) straight from its bytes. libgsf opens every stream as
// a GObject whose set-up costs time in proportion to the whole file (it builds a block list
// and clears a bitmap the size of the FAT), so a message with 10,000 recipient storages took
// most of a second before a byte was used. Here a storage lists its children from the
// directory, and a stream is copied out sector by sector when it is read; a big stream whose
// sectors are contiguous (attachment data, as most writers lay it out) is not copied at all.
// From a file, only the sectors used are read (filebytes.h): such a stream may stay on disk.
#include "cfb.h"
#include "cfblayout.h"
#include "filebytes.h"

#include <QtEndian>
#include <algorithm>
#include <numeric>
#include <vector>

namespace Ndr::Msg::Cfb {

namespace {

constexpr qint64 kShareFrom = 64 * 1024;  // big streams (attachment data) are shared, not copied
constexpr size_t kSearchInOrderUpTo = 32;  // children of a storage, found without an index
using namespace Field;

} // namespace

// What every Storage of one open file shares: the bytes and the tables read from them.
struct FileImpl {
    std::shared_ptr<FileBytes> source;
    QByteArray bytes;  // source's buffer: a range of it is there once source->load() was called for it
    Layout layout;
    std::vector<quint32> miniFat;
    std::vector<qint64> miniStreamSectors;  // byte offsets of the mini stream's sectors
    qint64 miniStreamSize = 0;
    // Which storage each directory entry is listed under: an entry reached twice (a cycle, or
    // two parents) is listed once.
    std::vector<quint32> listedUnder;
    // Every walk (of a sector chain, of a storage's children) stamps what it passes with its
    // own number, so a loop is seen at once without clearing anything.
    std::vector<quint32> bigStamp, miniStamp, walkStamp;
    quint32 walk = 0;

    quint32 u32(quint32 entry, int field) const
    {
        return qFromLittleEndian<quint32>(bytes.constData() + layout.entryOffset(entry) + field);
    }
    bool entryInFile(quint32 e) const
    {
        return e < layout.entryCount() && layout.entryOffset(e) + kDirEntrySize <= bytes.size();
    }
    quint8 type(quint32 e) const { return quint8(bytes[layout.entryOffset(e) + kType]); }
    qint64 size(quint32 e) const
    {
        // Version 3 writers may leave garbage in the high half ([MS-CFB] 2.6.3).
        const quint64 low = u32(e, kSize), high = u32(e, kSize + 4);
        return qint64(layout.version4 ? (high << 32 | low) & 0x7FFFFFFFFFFFFFFF : low);
    }
    // The UTF-16 units entry e's name may take: at most 31 characters and a NUL; the length
    // field counts bytes.
    int nameRoom(quint32 e) const
    {
        return qBound(0, int(qFromLittleEndian<quint16>(bytes.constData() + layout.entryOffset(e) + kNameLength)) / 2, 32);
    }
    // Appends entry e's name, up to its NUL, to `to`; returns its length.
    qsizetype appendName(quint32 e, QString &to) const
    {
        const char *at = bytes.constData() + layout.entryOffset(e);
        const int units = nameRoom(e);
        int n = 0;
        while (n < units && qFromLittleEndian<quint16>(at + 2 * n) != 0)
            ++n;
        const qsizetype from = to.size();
        to.resize(from + n);
        qFromLittleEndian<char16_t>(at, n, to.data() + from);
        return n;
    }

    std::optional<QByteArray> readChain(quint32 entry, const QString &name, QString *problem);
    // Where a stream lies when its sectors follow one another in the file (the byte offset of
    // its first); nullopt for a mini stream, a chain that jumps or runs past the end.
    std::optional<qint64> contiguousAt(quint32 entry) const;
    void readMiniStream(QStringList *warnings);
};

void FileImpl::readMiniStream(QStringList *warnings)
{
    // The root entry's stream holds the mini stream; the mini FAT is an ordinary chain.
    std::vector<bool> seen(size_t(layout.sectorCount), false);
    auto chain = [&](quint32 s, qint64 limit, auto &&visit) {
        for (qint64 n = 0; n < limit && s < layout.sectorCount && s < layout.fat.size() && !seen[s]; ++n, s = layout.fat[s]) {
            seen[s] = true;
            const qint64 at = layout.dataStart + qint64(s) * layout.sectorSize;
            source->load(at, layout.sectorSize);  // what cannot be read is zeros; open() says why
            visit(at);
        }
    };
    const qint64 rootSize = size(0);
    chain(u32(0, kStart), (rootSize + layout.sectorSize - 1) / layout.sectorSize,
          [&](qint64 at) { miniStreamSectors.push_back(at); });
    miniStreamSize = qMin(rootSize, qint64(miniStreamSectors.size()) * layout.sectorSize);
    if (miniStreamSize < rootSize && warnings)
        warnings->append(QStringLiteral("compound file: the mini stream declares %1 bytes; %2 are in the file")
                             .arg(rootSize).arg(miniStreamSize));
    chain(layout.firstMiniFat, layout.sectorCount, [&](qint64 at) {
        for (qint64 i = 0; i + 4 <= layout.sectorSize && at + i + 4 <= bytes.size(); i += 4)
            miniFat.push_back(qFromLittleEndian<quint32>(bytes.constData() + at + i));
    });
}

std::optional<qint64> FileImpl::contiguousAt(quint32 entry) const
{
    const qint64 total = size(entry);
    const quint32 first = u32(entry, kStart);
    const qint64 count = (total + layout.sectorSize - 1) / layout.sectorSize;
    const qint64 at = layout.dataStart + qint64(first) * layout.sectorSize;
    if (total < layout.miniCutoff || first > kMaxRegSect || at + total > bytes.size())
        return std::nullopt;
    for (qint64 i = 0, s = first; i + 1 < count; ++i, ++s)
        if (quint64(s) >= layout.fat.size() || layout.fat[size_t(s)] != quint32(s + 1))
            return std::nullopt;
    return at;
}

std::optional<QByteArray> FileImpl::readChain(quint32 entry, const QString &name, QString *problem)
{
    const qint64 total = size(entry);
    const bool mini = total < layout.miniCutoff;
    const qint64 unit = mini ? layout.miniSectorSize : layout.sectorSize;
    const qint64 room = mini ? miniStreamSize : bytes.size();
    if (total > room) {
        *problem = QStringLiteral("stream %1 declares %2 bytes, more than the file holds").arg(name).arg(total);
        return std::nullopt;
    }
    if (!mini && total >= kShareFrom) {
        if (const auto at = contiguousAt(entry)) {
            if (!source->load(*at, total)) {
                *problem = QStringLiteral("stream %1 cannot be read: %2").arg(name, source->problem());
                return std::nullopt;
            }
            return *source->read(*at, total);  // shares the file's buffer: no copy
        }
    }
    const std::vector<quint32> &table = mini ? miniFat : layout.fat;
    std::vector<quint32> &stamp = mini ? miniStamp : bigStamp;
    if (stamp.size() != table.size())
        stamp.assign(table.size(), 0);
    ++walk;
    QByteArray out(total, Qt::Uninitialized);
    quint32 s = u32(entry, kStart);
    for (qint64 done = 0; done < total; s = table[s]) {
        if (s >= table.size()) {
            *problem = QStringLiteral("stream %1 cannot be read: its sector chain is shorter than its %2 bytes").arg(name).arg(total);
            return std::nullopt;
        }
        if (stamp[s] == walk) {
            *problem = QStringLiteral("stream %1 cannot be read: its sector chain loops").arg(name);
            return std::nullopt;
        }
        stamp[s] = walk;
        const qint64 offset = qint64(s) * unit;
        const qint64 n = qMin(unit, total - done);
        const qint64 at = !mini ? layout.dataStart + offset
            : offset + n <= miniStreamSize ? miniStreamSectors[size_t(offset / layout.sectorSize)] + offset % layout.sectorSize
                                          : bytes.size();
        if (at + n > bytes.size()) {
            *problem = QStringLiteral("stream %1 cannot be read: it runs past the end of the file").arg(name);
            return std::nullopt;
        }
        if (!source->load(at, n)) {
            *problem = QStringLiteral("stream %1 cannot be read: %2").arg(name, source->problem());
            return std::nullopt;
        }
        std::memcpy(out.data() + done, bytes.constData() + at, size_t(n));
        done += n;
    }
    return out;
}

// A storage's children are read from the directory when it is opened: a message has one
// storage per recipient, so what each child costs counts. Their names are kept back to back
// in one string; Entry values, each with a name of its own, are made only when asked for.
struct StorageImpl {
    struct Child {
        quint32 id = 0;  // directory entry
        qsizetype nameAt = 0, nameLength = 0;  // in names
        bool isStorage = false;
        qint64 size = 0;
    };

    std::shared_ptr<FileImpl> file;
    std::shared_ptr<const StorageImpl> parent;  // with name, makes path() when a message needs it
    QString name;                               // in parent
    quint32 self = 0;  // its directory entry
    QString names;
    std::vector<Child> children;
    // Indexes of children, sorted by name, for a storage of many (a message's with its
    // recipients); a small one (a recipient's) is searched in order, which costs less than
    // sorting it.
    std::vector<int> byName;
    mutable std::optional<QList<Entry>> entries;

    QStringView nameOf(const Child &c) const { return QStringView(names).mid(c.nameAt, c.nameLength); }

    const Child *find(QStringView n) const
    {
        if (byName.empty()) {
            const auto it = std::find_if(children.cbegin(), children.cend(), [&](const Child &c) { return nameOf(c) == n; });
            return it != children.cend() ? &*it : nullptr;
        }
        const auto it = std::lower_bound(byName.cbegin(), byName.cend(), n,
                                         [this](int i, QStringView v) { return nameOf(children[size_t(i)]) < v; });
        return it != byName.cend() && nameOf(children[size_t(*it)]) == n ? &children[size_t(*it)] : nullptr;
    }

    const QList<Entry> &entryList() const
    {
        if (!entries) {
            QList<Entry> list;
            list.reserve(qsizetype(children.size()));
            for (const Child &c : children)
                list.append(Entry{nameOf(c).toString(), c.isStorage, c.size});
            entries = std::move(list);
        }
        return *entries;
    }

    // The children form a tree through their left and right links ([MS-CFB] 2.6.4); walked
    // in order, without recursion, each entry once.
    void enumerate(QStringList *problems)
    {
        FileImpl &f = *file;
        const quint32 walk = ++f.walk;
        std::vector<quint32> stack, inOrder;
        quint32 cur = f.u32(self, kChild);
        auto take = [&](quint32 e) {
            if (e == kNoStream)
                return false;
            if (!f.entryInFile(e)) {
                problems->append(QStringLiteral("%1: directory entry %2 lies outside the file").arg(where()).arg(e));
                return false;
            }
            if (f.walkStamp[e] == walk || (f.listedUnder[e] != kNoStream && f.listedUnder[e] != self)) {
                problems->append(QStringLiteral("%1: directory entry %2 is linked twice; listed once").arg(where()).arg(e));
                return false;
            }
            f.walkStamp[e] = walk;
            f.listedUnder[e] = self;
            return true;
        };
        if (!take(cur))
            cur = kNoStream;
        while (cur != kNoStream || !stack.empty()) {
            while (cur != kNoStream) {
                stack.push_back(cur);
                const quint32 left = f.u32(cur, kLeft);
                cur = take(left) ? left : kNoStream;
            }
            const quint32 e = stack.back();
            stack.pop_back();
            inOrder.push_back(e);
            const quint32 right = f.u32(e, kRight);
            cur = take(right) ? right : kNoStream;
        }
        qsizetype room = 0;
        for (const quint32 e : inOrder)
            room += f.nameRoom(e);
        names.reserve(room);
        children.reserve(inOrder.size());
        for (const quint32 e : inOrder)
            add(e, problems);
        if (children.size() <= kSearchInOrderUpTo)
            return;
        byName.resize(children.size());
        std::iota(byName.begin(), byName.end(), 0);
        // Stable: of two entries with one name, the first in directory order is found.
        std::stable_sort(byName.begin(), byName.end(), [this](int a, int b) {
            return nameOf(children[size_t(a)]) < nameOf(children[size_t(b)]);
        });
    }

    void add(quint32 e, QStringList *problems)
    {
        const quint8 type = file->type(e);
        Child c;
        c.id = e;
        c.nameAt = names.size();
        c.nameLength = file->appendName(e, names);
        if (type != StorageEntry && type != StreamEntry) {
            problems->append(QStringLiteral("%1: directory entry %2 (%3) has type %4; left out")
                                 .arg(where()).arg(e).arg(nameOf(c)).arg(type));
            names.truncate(c.nameAt);
            return;
        }
        c.isStorage = type == StorageEntry;
        c.size = c.isStorage ? 0 : file->size(e);
        children.push_back(c);
    }

    QString path() const { return !parent ? QString() : parent->parent ? parent->path() + QLatin1Char('/') + name : name; }
    QString where() const
    {
        const QString p = path();
        return p.isEmpty() ? QStringLiteral("root") : p;
    }
};

QString Storage::path() const { return m_d ? m_d->path() : QString(); }

const QList<Entry> &Storage::entries() const
{
    static const QList<Entry> none;
    return m_d ? m_d->entryList() : none;
}

bool Storage::contains(const QString &name) const { return m_d && m_d->find(name); }

const Entry *Storage::entry(const QString &name) const
{
    const StorageImpl::Child *c = m_d ? m_d->find(name) : nullptr;
    return c ? &m_d->entryList()[c - m_d->children.data()] : nullptr;
}

std::optional<QByteArray> Storage::readStream(const QString &name, qint64 maxSize, QString *problem) const
{
    const StorageImpl::Child *c = m_d ? m_d->find(name) : nullptr;
    if (!c) {
        *problem = QStringLiteral("stream %1 is missing").arg(name);
        return std::nullopt;
    }
    if (c->isStorage) {
        *problem = QStringLiteral("%1 is a storage, not a stream").arg(name);
        return std::nullopt;
    }
    if (c->size > maxSize) {
        *problem = QStringLiteral("stream %1 declares %2 bytes (limit %3)").arg(name).arg(c->size).arg(maxSize);
        return std::nullopt;
    }
    return m_d->file->readChain(c->id, name, problem);
}

std::optional<Mapi::DeferredBytes> Storage::deferredStream(const QString &name) const
{
    const StorageImpl::Child *c = m_d ? m_d->find(name) : nullptr;
    if (!c || c->isStorage || c->size < kShareFrom || !m_d->file->source->isFile())
        return std::nullopt;
    const auto at = m_d->file->contiguousAt(c->id);
    if (!at)
        return std::nullopt;
    return Mapi::DeferredBytes(m_d->file->source, *at, c->size);
}

Storage Storage::storage(const QString &name, QString *problem) const
{
    const StorageImpl::Child *c = m_d ? m_d->find(name) : nullptr;
    if (!c) {
        *problem = QStringLiteral("storage %1 is missing").arg(name);
        return {};
    }
    if (!c->isStorage) {
        *problem = QStringLiteral("%1 is a stream, not a storage").arg(name);
        return {};
    }
    auto d = std::make_shared<StorageImpl>();
    d->file = m_d->file;
    d->parent = m_d;
    d->name = name;
    d->self = c->id;
    QStringList problems;
    d->enumerate(&problems);
    if (!problems.isEmpty())
        *problem = problems.join(QStringLiteral("; "));
    return Storage(d);
}

Expected<Reader> Reader::open(const QByteArray &bytes, QStringList *warnings)
{
    return open(FileBytes::inMemory(bytes), warnings);
}

Expected<Reader> Reader::open(std::shared_ptr<FileBytes> source, QStringList *warnings)
{
    auto f = std::make_shared<FileImpl>();
    const auto unreadable = [&] {
        return makeError(Error::ReadFailed, QStringLiteral("cannot read the file: %1").arg(source->problem()));
    };
    if (auto err = parseLayout(*source, f->layout))
        return source->problem().isEmpty() ? *err : unreadable();
    for (const qint64 at : f->layout.directorySectors)
        source->load(at, f->layout.sectorSize);
    f->source = source;
    f->bytes = source->bytes();  // shares the buffer, no copy
    const QByteArray &bytes = f->bytes;
    if (!f->entryInFile(0) || f->type(0) != RootEntry)
        return makeError(Error::Malformed, QStringLiteral("broken compound file: the directory has no root entry"), 48);
    QStringList local;
    QStringList *sink = warnings ? warnings : &local;
    f->listedUnder.assign(size_t(f->layout.entryCount()), kNoStream);
    f->walkStamp.assign(size_t(f->layout.entryCount()), 0);
    f->listedUnder[0] = 0;
    // [MS-CFB] 2.6.4: the root entry has no siblings; what hangs off them belongs to no storage.
    if (f->u32(0, kLeft) != kNoStream || f->u32(0, kRight) != kNoStream)
        sink->append(QStringLiteral("compound file: the root entry has siblings; what hangs off them belongs "
                                    "to no storage and is left out"));
    // [MS-CFB] 2.2: the file is whole sectors; a short last one means it was cut off.
    if (const qint64 partial = (bytes.size() - f->layout.dataStart) % f->layout.sectorSize)
        sink->append(QStringLiteral("compound file: the file ends %1 bytes into its last sector; it may be cut short")
                         .arg(partial));
    f->readMiniStream(sink);
    if (!source->problem().isEmpty())
        return unreadable();
    auto d = std::make_shared<StorageImpl>();
    d->file = f;
    d->enumerate(sink);
    Reader r;
    r.m_root = Storage(d);
    return r;
}

} // namespace Ndr::Msg::Cfb
