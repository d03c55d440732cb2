// Writing the compound file ([MS-CFB]): version 3, 512-byte sectors, 64-byte mini sectors.
// The file is laid out as it is written: a big stream's sectors go straight after the header
// and the streams before it; at finish come the mini stream, its FAT, the directory, the FAT
// and the DIFAT. Time and memory grow with the bytes written, not with the number of entries
// (libgsf, which we used before, kept each storage's children in a sorted list and every small
// stream in a 4 KiB buffer until the end: 7 s and 450 MB for a message of 10,000 recipients).
#include "cfb.h"

#include "cfblayout.h"

#include <QtEndian>

#include <algorithm>
#include <vector>

namespace Ndr::Msg::Cfb {

namespace {

constexpr qint64 kSectorSize = 512;
constexpr qint64 kMiniSectorSize = 64;
constexpr qint64 kMiniCutoff = 4096;
constexpr quint32 kEndOfChain = 0xFFFFFFFE, kFatSect = 0xFFFFFFFD, kDifSect = 0xFFFFFFFC, kFreeSect = 0xFFFFFFFF;
constexpr qint64 kIdsPerSector = kSectorSize / 4;
constexpr int kMaxNameLength = 31;  // UTF-16 code units, and a terminating zero

using namespace Field;

struct DirEntry {
    QString name;
    EntryType type = StreamEntry;
    quint32 start = kEndOfChain;
    quint64 size = 0;
    std::vector<quint32> children;  // entry indices, storages only
    bool closed = false;
};

// [MS-CFB] 2.6.4: a shorter name sorts first; names of one length compare code unit by code
// unit, upper-cased (simple case mapping: the length stays).
QString sortingKey(const QString &name)
{
    QString key = name;
    for (QChar &c : key)
        c = c.toUpper();
    return key;
}

bool keyLess(const QString &a, const QString &b)
{
    return a.size() != b.size() ? a.size() < b.size() : a < b;
}

void put32(QByteArray &out, qint64 at, quint32 v)
{
    qToLittleEndian<quint32>(v, out.data() + at);
}

// A chain of `count` sectors from `first`, one after the other, into the FAT.
void chain(std::vector<quint32> &fat, quint32 first, qint64 count)
{
    for (qint64 i = 1; i < count; ++i)
        fat.push_back(first + quint32(i));
    if (count > 0)
        fat.push_back(kEndOfChain);
}

// How many units of `unit` hold `count` (sectors for bytes, FAT sectors for sector numbers).
qint64 unitsFor(qint64 count, qint64 unit)
{
    return (count + unit - 1) / unit;
}

void padTo(QByteArray &bytes, qint64 unit)
{
    if (const qint64 r = bytes.size() % unit)
        bytes.append(unit - r, '\0');
}

} // namespace

struct WriterImpl {
    QByteArray out = QByteArray(kSectorSize, '\0');  // the header (filled in at finish), then sector 0 on
    QByteArray mini;  // the mini stream
    std::vector<quint32> fat, miniFat;
    std::vector<DirEntry> entries;
    bool failed = false;

    WriterImpl() { entries.push_back(DirEntry{QStringLiteral("Root Entry"), RootEntry, kEndOfChain, 0, {}, false}); }

    quint32 nextSector() const { return quint32((out.size() - kSectorSize) / kSectorSize); }

    bool openStorage(Writer::Handle h) const
    {
        return h >= 0 && size_t(h) < entries.size() && entries[size_t(h)].type != StreamEntry && !entries[size_t(h)].closed;
    }

    // A new entry under `parent`; -1 (and the writer failed) for a bad parent or name.
    Writer::Handle add(Writer::Handle parent, const QString &name, EntryType type)
    {
        const bool nameOk = !name.isEmpty() && name.size() <= kMaxNameLength
            && !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\'))
            && !name.contains(QLatin1Char(':')) && !name.contains(QLatin1Char('!'));
        if (!openStorage(parent) || !nameOk || entries.size() >= size_t(kMaxRegSect)) {
            failed = true;
            return -1;
        }
        entries.push_back(DirEntry{name, type, type == StreamEntry ? kEndOfChain : 0, 0, {}, false});
        const quint32 index = quint32(entries.size() - 1);
        entries[size_t(parent)].children.push_back(index);
        return Writer::Handle(index);
    }

    QByteArray directory() const;
    void writeHeader(quint32 firstDirectory, quint32 firstFat, quint32 fatCount, quint32 firstMiniFat,
                     quint32 miniFatCount, quint32 firstDifat, quint32 difatCount);
};

// A storage's children, sorted, as a balanced search tree: the middle one on top. The tree is
// red-black ([MS-CFB] 2.6.4) with its deepest level red and the rest black (halves differ in
// size by at most one, so every path to a leaf passes the same number of black nodes). Its
// depth is log2 of the count: readers that walk it recursively cope with 10,000 recipients.
struct SiblingTree {
    std::vector<quint32> left, right, depth;

    explicit SiblingTree(size_t entryCount) : left(entryCount, kNoStream), right(entryCount, kNoStream), depth(entryCount, 0) {}

    quint32 build(const std::vector<quint32> &sorted, qsizetype from, qsizetype to, quint32 level, quint32 *deepest)
    {
        if (from >= to)
            return kNoStream;
        const qsizetype mid = from + (to - from) / 2;
        const quint32 node = sorted[size_t(mid)];
        depth[node] = level;
        *deepest = qMax(*deepest, level);
        left[node] = build(sorted, from, mid, level + 1, deepest);
        right[node] = build(sorted, mid + 1, to, level + 1, deepest);
        return node;
    }
};

// Every entry in the order it was made (the root first), 128 bytes each; empty when a storage
// holds two entries of one name.
QByteArray WriterImpl::directory() const
{
    SiblingTree tree(entries.size());
    std::vector<quint32> child(entries.size(), kNoStream);
    std::vector<bool> red(entries.size(), false);
    std::vector<QString> keys(entries.size());
    for (size_t e = 0; e < entries.size(); ++e)
        keys[e] = sortingKey(entries[e].name);
    for (size_t e = 0; e < entries.size(); ++e) {
        std::vector<quint32> sorted = entries[e].children;
        if (sorted.empty())
            continue;
        std::sort(sorted.begin(), sorted.end(), [&keys](quint32 a, quint32 b) { return keyLess(keys[a], keys[b]); });
        for (size_t i = 1; i < sorted.size(); ++i) {
            if (!keyLess(keys[sorted[i - 1]], keys[sorted[i]]))
                return {};  // two entries of one name in one storage
        }
        quint32 deepest = 0;
        child[e] = tree.build(sorted, 0, qsizetype(sorted.size()), 0, &deepest);
        for (quint32 c : sorted)
            red[c] = deepest > 0 && tree.depth[c] == deepest;
    }
    QByteArray dir(qsizetype(entries.size()) * kDirEntrySize, '\0');
    for (size_t e = 0; e < entries.size(); ++e) {
        const DirEntry &d = entries[e];
        const qint64 at = qint64(e) * kDirEntrySize;
        for (qsizetype i = 0; i < d.name.size(); ++i)
            qToLittleEndian<quint16>(d.name.at(i).unicode(), dir.data() + at + kName + 2 * i);
        qToLittleEndian<quint16>(quint16((d.name.size() + 1) * 2), dir.data() + at + kNameLength);
        dir[at + kType] = char(d.type);
        dir[at + kColour] = red[e] ? 0 : 1;
        put32(dir, at + kLeft, tree.left[e]);
        put32(dir, at + kRight, tree.right[e]);
        put32(dir, at + kChild, child[e]);
        put32(dir, at + kStart, d.start);
        qToLittleEndian<quint64>(d.size, dir.data() + at + kSize);
    }
    // Unused entries to the end of the sector: no name, no links.
    while (dir.size() % kSectorSize) {
        QByteArray unused(kDirEntrySize, '\0');
        for (const int link : {kLeft, kRight, kChild})
            put32(unused, link, kNoStream);
        dir.append(unused);
    }
    return dir;
}

void WriterImpl::writeHeader(quint32 firstDirectory, quint32 firstFat, quint32 fatCount, quint32 firstMiniFat,
                             quint32 miniFatCount, quint32 firstDifat, quint32 difatCount)
{
    static const char kSignature[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    std::copy_n(kSignature, 8, out.data());
    char *h = out.data();
    qToLittleEndian<quint16>(0x003E, h + 24);  // minor version
    qToLittleEndian<quint16>(3, h + 26);       // major version: 512-byte sectors
    qToLittleEndian<quint16>(0xFFFE, h + 28);  // little-endian
    qToLittleEndian<quint16>(9, h + 30);       // sector shift
    qToLittleEndian<quint16>(6, h + 32);       // mini sector shift
    put32(out, 44, fatCount);
    put32(out, 48, firstDirectory);
    put32(out, 56, quint32(kMiniCutoff));
    put32(out, 60, firstMiniFat);
    put32(out, 64, miniFatCount);
    put32(out, 68, firstDifat);
    put32(out, 72, difatCount);
    // The first 109 FAT sectors (the DIFAT sectors list the rest).
    for (qint64 i = 0; i < kHeaderDifatCount; ++i)
        put32(out, 76 + 4 * i, i < fatCount ? firstFat + quint32(i) : kFreeSect);
}

Writer::Writer() : m_d(std::make_unique<WriterImpl>()) {}

Writer::~Writer() = default;

Writer::Handle Writer::createStorage(Handle parent, const QString &name)
{
    return m_d->add(parent, name, StorageEntry);
}

bool Writer::writeStream(Handle parent, const QString &name, const QByteArray &data)
{
    const Handle h = m_d->add(parent, name, StreamEntry);
    if (h < 0 || quint64(data.size()) > 0xFFFFFFFFu) {  // version 3 sizes are 32-bit
        m_d->failed = true;
        return false;
    }
    DirEntry &e = m_d->entries[size_t(h)];
    e.size = quint64(data.size());
    if (data.isEmpty())
        return true;
    if (data.size() < kMiniCutoff) {
        e.start = quint32(m_d->mini.size() / kMiniSectorSize);
        m_d->mini.append(data);
        padTo(m_d->mini, kMiniSectorSize);
        chain(m_d->miniFat, e.start, unitsFor(data.size(), kMiniSectorSize));
    } else {
        e.start = m_d->nextSector();
        m_d->out.append(data);
        padTo(m_d->out, kSectorSize);
        chain(m_d->fat, e.start, unitsFor(data.size(), kSectorSize));
    }
    return true;
}

bool Writer::closeStorage(Handle storage)
{
    if (storage == 0 || !m_d->openStorage(storage)) {
        m_d->failed = true;
        return false;
    }
    m_d->entries[size_t(storage)].closed = true;
    return true;
}

Expected<QByteArray> Writer::finish()
{
    WriterImpl &w = *m_d;
    if (w.failed || w.entries.front().closed)
        return makeError(Error::WriteFailed, QStringLiteral("the compound file could not be written"));
    w.entries.front().closed = true;

    DirEntry &root = w.entries.front();  // the root's stream is the mini stream
    root.size = quint64(w.mini.size());
    if (!w.mini.isEmpty()) {
        root.start = w.nextSector();
        w.out.append(w.mini);
        padTo(w.out, kSectorSize);
        chain(w.fat, root.start, unitsFor(w.mini.size(), kSectorSize));
        w.mini = QByteArray();
    }

    quint32 firstMiniFat = kEndOfChain;
    const qint64 miniFatCount = unitsFor(qint64(w.miniFat.size()), kIdsPerSector);
    if (miniFatCount > 0) {
        firstMiniFat = w.nextSector();
        QByteArray table(miniFatCount * kSectorSize, '\xFF');  // free to the end
        for (size_t i = 0; i < w.miniFat.size(); ++i)
            put32(table, qint64(i) * 4, w.miniFat[i]);
        w.out.append(table);
        chain(w.fat, firstMiniFat, miniFatCount);
    }

    const quint32 firstDirectory = w.nextSector();
    const QByteArray dir = w.directory();
    if (dir.isEmpty())
        return makeError(Error::WriteFailed, QStringLiteral("the compound file would hold two entries of one name in one storage"));
    w.out.append(dir);
    chain(w.fat, firstDirectory, dir.size() / kSectorSize);

    // The FAT maps every sector, its own and the DIFAT's among them.
    const qint64 used = w.nextSector();
    qint64 fatCount = 0, difatCount = 0;
    while (fatCount * kIdsPerSector < used + fatCount + difatCount) {
        ++fatCount;
        difatCount = fatCount > kHeaderDifatCount ? unitsFor(fatCount - kHeaderDifatCount, kIdsPerSector - 1) : 0;
    }
    if (used + fatCount + difatCount > qint64(kMaxRegSect))
        return makeError(Error::TooLarge, QStringLiteral("the compound file would have more sectors than it can address"));
    const quint32 firstDifat = difatCount > 0 ? quint32(used) : kEndOfChain;
    const quint32 firstFat = quint32(used + difatCount);
    w.fat.insert(w.fat.end(), size_t(difatCount), kDifSect);
    w.fat.insert(w.fat.end(), size_t(fatCount), kFatSect);

    QByteArray difat(difatCount * kSectorSize, '\xFF');
    for (qint64 i = kHeaderDifatCount; i < fatCount; ++i) {
        const qint64 slot = i - kHeaderDifatCount;
        put32(difat, (slot / (kIdsPerSector - 1)) * kSectorSize + (slot % (kIdsPerSector - 1)) * 4, firstFat + quint32(i));
    }
    for (qint64 s = 0; s < difatCount; ++s)
        put32(difat, s * kSectorSize + (kIdsPerSector - 1) * 4, s + 1 < difatCount ? firstDifat + quint32(s + 1) : kEndOfChain);
    w.out.append(difat);

    QByteArray fat(fatCount * kSectorSize, '\xFF');
    for (size_t i = 0; i < w.fat.size(); ++i)
        put32(fat, qint64(i) * 4, w.fat[i]);
    w.fat = {};
    w.out.append(fat);

    w.writeHeader(firstDirectory, firstFat, quint32(fatCount), firstMiniFat, quint32(miniFatCount), firstDifat, quint32(difatCount));
    return std::move(w.out);
}

} // namespace Ndr::Msg::Cfb
