#pragma once
// Edits a compound file ([MS-CFB]) in place to make the damage a hostile-input test needs.
// Assumes what our writer (cfbwriter.cpp) makes: version 3, 512-byte sectors, 64-byte mini sectors,
// the FAT listed in the header's DIFAT array.
#include <QByteArray>
#include <QString>
#include <QtEndian>

namespace HostileTest {

class CfbEdit {
public:
    // [MS-CFB] 2.2 header fields
    static constexpr qint64 kSectorShift = 30, kFatSectors = 44, kFirstDirSector = 48, kMiniCutoff = 56,
                            kFirstMiniFatSector = 60, kMiniFatSectors = 64, kFirstDifatSector = 68,
                            kDifatSectors = 72, kDifat = 76;
    // [MS-CFB] 2.6.1 directory entry fields
    static constexpr qint64 kLeft = 68, kRight = 72, kChild = 76, kStart = 116, kSize = 120;
    static constexpr quint32 kEndOfChain = 0xFFFFFFFE, kFree = 0xFFFFFFFF;

    explicit CfbEdit(QByteArray bytes) : m_bytes(std::move(bytes)) {}
    const QByteArray &bytes() const { return m_bytes; }

    quint32 u32(qint64 at) const { return qFromLittleEndian<quint32>(m_bytes.constData() + at); }
    void setU32(qint64 at, quint32 v) { qToLittleEndian<quint32>(v, m_bytes.data() + at); }
    void setU16(qint64 at, quint16 v) { qToLittleEndian<quint16>(v, m_bytes.data() + at); }

    static qint64 sectorOffset(quint32 sector) { return 512 + qint64(sector) * 512; }
    qint64 fatEntry(quint32 sector) const { return sectorOffset(u32(kDifat + 4 * (sector / 128))) + (sector % 128) * 4; }
    quint32 next(quint32 sector) const { return u32(fatEntry(sector)); }

    // The n-th sector of the chain from `start` (n = 0 is start), or kEndOfChain.
    quint32 nth(quint32 start, int n) const
    {
        quint32 s = start;
        for (int i = 0; i < n && s < 0xFFFFFFFA; ++i)
            s = next(s);
        return s;
    }

    qint64 miniFatEntry(quint32 miniSector) const
    {
        return sectorOffset(nth(u32(kFirstMiniFatSector), int(miniSector / 128))) + (miniSector % 128) * 4;
    }

    // The first directory entry named `name` (in directory order), or -1.
    qint64 entry(const QString &name) const
    {
        QByteArray utf16;
        for (QChar c : name) {
            utf16 += char(c.unicode() & 0xFF);
            utf16 += char(c.unicode() >> 8);
        }
        int guard = 0;
        for (quint32 s = u32(kFirstDirSector); s < 0xFFFFFFFA && guard++ < 100000; s = next(s))
            for (int i = 0; i < 4; ++i) {
                const qint64 at = sectorOffset(s) + i * 128;
                if (at + 128 <= m_bytes.size() && m_bytes.mid(at, utf16.size()) == utf16 && m_bytes.at(at + utf16.size()) == 0)
                    return at;
            }
        return -1;
    }
    quint32 start(qint64 entry) const { return u32(entry + kStart); }
    quint32 size(qint64 entry) const { return u32(entry + kSize); }

private:
    QByteArray m_bytes;
};

} // namespace HostileTest
