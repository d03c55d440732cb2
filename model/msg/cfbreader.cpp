// Reading the compound file ([MS-CFB]) straight from its bytes. libgsf opens every stream as
// a GObject whose set-up costs time in proportion to the whole file (it builds a block list
// and clears a bitmap the size of the FAT), so a message with 10,000 recipient storages took
// most of a second before a byte was used. Here the directory is decoded once, a storage
// lists its children from it, and a stream is read when asked for: a slice of the file's
// buffer where its sectors lie in one run (most do), else copied sector by sector. From a
// file, only the sectors used are read (filebytes.h): a big stream (attachment data) may stay
// on disk.
#include "cfb.h"
#include "cfblayout.h"
#include "filebytes.h"

#include <QVarLengthArray>
#include <QtEndian>
#include <algorithm>
#include <numeric>
#include <vector>

namespace Ndr::Msg::Cfb {

namespace {

constexpr qint64 kShareFrom = 64 * 1024;  // big streams (attachment data) are shared, not copied
constexpr qsizetype kSearchInOrderUpTo = 32;  // children of a storage, found without an index
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
    // Every walk (of a sector chain, of a storage's children) stamps what it passes with its
    // own number, so a loop is seen at once without clearing anything.
    std::vector<quint32> bigStamp, miniStamp;
    quint32 walk = 0;

    // Every directory entry, decoded in one pass at open. A message's directory is 128 bytes an
    // entry, 11 MB for 10,000 recipients: read where each storage's tree led, it missed the cache
    // at nearly every step.
    struct Node {
        quint32 left = kNoStream, right = kNoStream, child = kNoStream, start = kNoStream;
        qint64 size = 0;
        quint32 nameAt = 0;  // in names
        quint8 nameLength = 0;
        quint8 type = UnusedEntry;
        bool inFile = false;  // all 128 bytes are in the file
        // Which storage it is listed under: an entry reached twice (a cycle, or two parents) is
        // listed once.
        quint32 listedUnder = kNoStream;
        quint32 walkStamp = 0;
    };
    std::vector<Node> nodes;
    QString names;  // every entry's name, back to back

    bool entryInFile(quint32 e) const { return e < nodes.size() && nodes[e].inFile; }
    QStringView nameOf(quint32 e) const { return QStringView(names).mid(nodes[e].nameAt, nodes[e].nameLength); }
    void readNodes()
    {
        const char *d = bytes.constData();  // bytes[] would detach from the file's buffer
        auto u32 = [d](qint64 at) { return qFromLittleEndian<quint32>(d + at); };
        nodes.resize(size_t(layout.entryCount()));
        names.reserve(qsizetype(nodes.size()) * 20);  // "__substg1.0_3001001F"
        for (quint32 e = 0; e < nodes.size(); ++e) {
            const qint64 at = layout.entryOffset(e);
            if (at + kDirEntrySize > bytes.size())
                continue;
            Node &n = nodes[e];
            n.inFile = true;
            n.left = u32(at + kLeft);
            n.right = u32(at + kRight);
            n.child = u32(at + kChild);
            n.start = u32(at + kStart);
            // Version 3 writers may leave garbage in the high half ([MS-CFB] 2.6.3).
            const quint64 low = u32(at + kSize), high = u32(at + kSize + 4);
            n.size = qint64(layout.version4 ? (high << 32 | low) & 0x7FFFFFFFFFFFFFFF : low);
            n.type = quint8(d[at + kType]);
            // At most 31 characters and a NUL; the length field counts bytes.
            const int room = qBound(0, int(qFromLittleEndian<quint16>(d + at + kNameLength)) / 2, 32);
            int length = 0;
            while (length < room && qFromLittleEndian<quint16>(d + at + 2 * length) != 0)
                ++length;
            n.nameAt = quint32(names.size());
            n.nameLength = quint8(length);
            names.resize(names.size() + length);
            qFromLittleEndian<char16_t>(d + at, length, names.data() + n.nameAt);
        }
    }

    std::optional<QByteArray> readChain(quint32 entry, QStringView name, QString *problem);
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
    const qint64 rootSize = nodes[0].size;
    chain(nodes[0].start, (rootSize + layout.sectorSize - 1) / layout.sectorSize,
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
    const qint64 total = nodes[entry].size;
    const quint32 first = nodes[entry].start;
    const qint64 count = (total + layout.sectorSize - 1) / layout.sectorSize;
    const qint64 at = layout.dataStart + qint64(first) * layout.sectorSize;
    if (total < layout.miniCutoff || first > kMaxRegSect || at + total > bytes.size())
        return std::nullopt;
    for (qint64 i = 0, s = first; i + 1 < count; ++i, ++s)
        if (quint64(s) >= layout.fat.size() || layout.fat[size_t(s)] != quint32(s + 1))
            return std::nullopt;
    return at;
}

std::optional<QByteArray> FileImpl::readChain(quint32 entry, QStringView name, QString *problem)
{
    const qint64 total = nodes[entry].size;
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
    // Copied only once a sector does not follow the one before in the buffer: most small
    // streams lie in one run, and share the buffer instead of taking an allocation.
    QByteArray out;
    qint64 runAt = 0;  // where the bytes so far lie, while they lie in one run
    quint32 s = nodes[entry].start;
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
        if (done == 0)
            runAt = at;
        if (out.isNull() && at != runAt + done) {
            out = QByteArray(total, Qt::Uninitialized);
            std::memcpy(out.data(), bytes.constData() + runAt, size_t(done));
        }
        if (!out.isNull())
            std::memcpy(out.data() + done, bytes.constData() + at, size_t(n));
        done += n;
    }
    if (total == 0)
        return QByteArray();
    if (!out.isNull())
        return out;
    auto slice = source->read(runAt, total);  // loaded, and in the file: cannot fail
    if (!slice) {
        *problem = QStringLiteral("stream %1 cannot be read: %2").arg(name, slice.error().detail);
        return std::nullopt;
    }
    return *slice;
}

// A storage's children are listed from the directory when it is opened: a message has one
// storage per recipient, so what each child costs counts. Their names and sizes stay in the
// file's nodes.
struct StorageImpl {
    std::shared_ptr<FileImpl> file;
    std::shared_ptr<const StorageImpl> parent;  // makes path() when a message needs it
    quint32 self = 0;  // its directory entry
    // Directory entries, in the tree's order; a recipient's (about 9) need no allocation.
    QVarLengthArray<quint32, 16> children;
    // Positions in children, sorted by name, for a storage of many (a message's with its
    // recipients); a small one (a recipient's) is searched in order, which costs less than
    // sorting it.
    std::vector<int> byName;

    const FileImpl::Node &node(int i) const { return file->nodes[children[i]]; }
    QStringView nameOf(int i) const { return file->nameOf(children[i]); }

    // The position in children of the child called n; -1 if there is none.
    int find(QStringView n) const
    {
        const int count = int(children.size());
        if (byName.empty()) {
            for (int i = 0; i < count; ++i)
                if (nameOf(i) == n)
                    return i;
            return -1;
        }
        const auto it = std::lower_bound(byName.cbegin(), byName.cend(), n,
                                         [this](int i, QStringView v) { return nameOf(i) < v; });
        return it != byName.cend() && nameOf(*it) == n ? *it : -1;
    }

    // The children form a tree through their left and right links ([MS-CFB] 2.6.4); walked
    // in order, without recursion, each entry once.
    void enumerate(QStringList *problems)
    {
        FileImpl &f = *file;
        const quint32 walk = ++f.walk;
        QVarLengthArray<quint32, 32> stack;
        quint32 cur = f.nodes[self].child;
        auto take = [&](quint32 e) {
            if (e == kNoStream)
                return false;
            if (!f.entryInFile(e)) {
                problems->append(QStringLiteral("%1: directory entry %2 lies outside the file").arg(where()).arg(e));
                return false;
            }
            FileImpl::Node &n = f.nodes[e];
            if (n.walkStamp == walk || (n.listedUnder != kNoStream && n.listedUnder != self)) {
                problems->append(QStringLiteral("%1: directory entry %2 is linked twice; listed once").arg(where()).arg(e));
                return false;
            }
            n.walkStamp = walk;
            n.listedUnder = self;
            return true;
        };
        if (!take(cur))
            cur = kNoStream;
        while (cur != kNoStream || !stack.empty()) {
            while (cur != kNoStream) {
                stack.push_back(cur);
                const quint32 left = f.nodes[cur].left;
                cur = take(left) ? left : kNoStream;
            }
            const quint32 e = stack.back();
            stack.pop_back();
            add(e, problems);
            const quint32 right = f.nodes[e].right;
            cur = take(right) ? right : kNoStream;
        }
        if (children.size() <= kSearchInOrderUpTo)
            return;
        byName.resize(size_t(children.size()));
        std::iota(byName.begin(), byName.end(), 0);
        // Stable: of two entries with one name, the first in directory order is found.
        std::stable_sort(byName.begin(), byName.end(), [this](int a, int b) { return nameOf(a) < nameOf(b); });
    }

    void add(quint32 e, QStringList *problems)
    {
        const quint8 type = file->nodes[e].type;
        if (type != StorageEntry && type != StreamEntry) {
            problems->append(QStringLiteral("%1: directory entry %2 (%3) has type %4; left out")
                                 .arg(where()).arg(e).arg(file->nameOf(e)).arg(type));
            return;
        }
        children.push_back(e);
    }

    QString path() const
    {
        const QString name = file->nameOf(self).toString();
        return !parent ? QString() : parent->parent ? parent->path() + QLatin1Char('/') + name : name;
    }
    QString where() const
    {
        const QString p = path();
        return p.isEmpty() ? QStringLiteral("root") : p;
    }
};

QString Storage::path() const { return m_d ? m_d->path() : QString(); }

bool Storage::contains(QStringView name) const { return m_d && m_d->find(name) >= 0; }

bool Storage::isStorage(QStringView name) const
{
    const int i = m_d ? m_d->find(name) : -1;
    return i >= 0 && m_d->node(i).type == StorageEntry;
}

std::optional<QByteArray> Storage::readStream(QStringView name, qint64 maxSize, QString *problem) const
{
    const int i = m_d ? m_d->find(name) : -1;
    if (i < 0) {
        *problem = QStringLiteral("stream %1 is missing").arg(name);
        return std::nullopt;
    }
    const FileImpl::Node &n = m_d->node(i);
    if (n.type == StorageEntry) {
        *problem = QStringLiteral("%1 is a storage, not a stream").arg(name);
        return std::nullopt;
    }
    if (n.size > maxSize) {
        *problem = QStringLiteral("stream %1 declares %2 bytes (limit %3)").arg(name).arg(n.size).arg(maxSize);
        return std::nullopt;
    }
    return m_d->file->readChain(m_d->children[i], name, problem);
}

std::optional<Mapi::DeferredBytes> Storage::deferredStream(QStringView name) const
{
    const int i = m_d ? m_d->find(name) : -1;
    if (i < 0 || m_d->node(i).type == StorageEntry || m_d->node(i).size < kShareFrom || !m_d->file->source->isFile())
        return std::nullopt;
    const auto at = m_d->file->contiguousAt(m_d->children[i]);
    if (!at)
        return std::nullopt;
    return Mapi::DeferredBytes(m_d->file->source, *at, m_d->node(i).size);
}

QList<QStringView> Storage::storageNames() const
{
    QList<QStringView> names;
    if (!m_d)
        return names;
    for (qsizetype i = 0; i < m_d->children.size(); ++i)
        if (m_d->node(int(i)).type == StorageEntry)
            names.append(m_d->nameOf(int(i)));
    return names;
}

Storage Storage::storage(QStringView name, QString *problem) const
{
    const int i = m_d ? m_d->find(name) : -1;
    if (i < 0) {
        *problem = QStringLiteral("storage %1 is missing").arg(name);
        return {};
    }
    if (m_d->node(i).type != StorageEntry) {
        *problem = QStringLiteral("%1 is a stream, not a storage").arg(name);
        return {};
    }
    auto d = std::make_shared<StorageImpl>();
    d->file = m_d->file;
    d->parent = m_d;
    d->self = m_d->children[i];
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
    f->readNodes();
    if (!f->entryInFile(0) || f->nodes[0].type != RootEntry)
        return makeError(Error::Malformed, QStringLiteral("broken compound file: the directory has no root entry"), 48);
    QStringList local;
    QStringList *sink = warnings ? warnings : &local;
    f->nodes[0].listedUnder = 0;
    // [MS-CFB] 2.6.4: the root entry has no siblings; what hangs off them belongs to no storage.
    if (f->nodes[0].left != kNoStream || f->nodes[0].right != kNoStream)
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
