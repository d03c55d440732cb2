#include "cfblayout.h"

#include "bytecursor.h"
#include "filebytes.h"

namespace Ndr::Msg::Cfb {

std::optional<Error> parseLayout(const FileBytes &file, Layout &out)
{
    static const char kSignature[] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    const QByteArray &bytes = file.bytes();
    file.load(0, 512);
    if (bytes.size() < 512 || !bytes.startsWith(QByteArrayView(kSignature, 8)))
        return makeError(Error::NotAMessageFile,
                         QStringLiteral("not an Outlook .msg file: no compound file signature (D0 CF 11 E0 A1 B1 1A E1)"), 0);
    ByteCursor header(QByteArrayView(bytes).first(512));
    quint16 sectorShift = 0, miniShift = 0;
    quint16 major = 0;
    quint32 numFat = 0, firstDir = 0, firstDifat = 0, numDifat = 0, miniCutoff = 0, firstMiniFat = 0;
    header.seek(26);
    header.read(major);
    header.seek(30);
    header.read(sectorShift);
    header.read(miniShift);
    header.seek(44);
    header.read(numFat);
    header.read(firstDir);
    header.seek(56);
    header.read(miniCutoff);
    header.read(firstMiniFat);
    header.seek(68);
    header.read(firstDifat);
    header.read(numDifat);
    // [MS-CFB] 2.2: 512-byte sectors (version 3) or 4096 (version 4); 128..64K read too, as libgsf does.
    if (sectorShift < 7 || sectorShift > 16 || miniShift > sectorShift)
        return makeError(Error::Malformed, QStringLiteral("compound file header: unusable sector size 2^%1").arg(sectorShift), 30);
    out.version4 = major == 4;
    out.sectorSize = qint64(1) << sectorShift;
    out.miniSectorSize = qint64(1) << miniShift;
    out.miniCutoff = miniCutoff;
    out.firstMiniFat = firstMiniFat;
    out.dataStart = qMax<qint64>(512, out.sectorSize);
    out.sectorCount = bytes.size() > out.dataStart ? (bytes.size() - out.dataStart + out.sectorSize - 1) / out.sectorSize : 0;
    if (numFat > out.sectorCount)
        return makeError(Error::TooLarge, QStringLiteral("compound file header declares %1 FAT sectors; the file has only %2 sectors")
                                              .arg(numFat).arg(out.sectorCount), 44);
    if (numDifat > out.sectorCount)
        return makeError(Error::TooLarge, QStringLiteral("compound file header declares %1 DIFAT sectors; the file has only %2 sectors")
                                              .arg(numDifat).arg(out.sectorCount), 72);
    const QByteArrayView all(bytes);
    auto sector = [&](quint32 id) -> QByteArrayView {
        const qint64 at = out.dataStart + qint64(id) * out.sectorSize;
        if (id > kMaxRegSect || at >= all.size())
            return {};
        file.load(at, out.sectorSize);  // a part it cannot read is zeros, and the reader says so
        return all.sliced(at, qMin<qint64>(out.sectorSize, all.size() - at));  // the last may be short
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
    const qint64 perSector = out.sectorSize / 4;
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
    out.fat.clear();
    out.fat.reserve(fatSectors.size() * size_t(perSector));
    for (quint32 id : fatSectors) {
        ByteCursor c(sector(id));
        if (c.size() == 0)
            return makeError(Error::Malformed, QStringLiteral("compound file: FAT sector %1 lies outside the file").arg(id), 76);
        quint32 next = 0;
        while (c.read(next))
            out.fat.push_back(next);
    }

    // The directory chain; a loop ends it.
    std::vector<bool> seen(size_t(out.sectorCount), false);
    out.directorySectors.clear();
    for (quint32 s = firstDir; s < out.fat.size() && s < out.sectorCount && !seen[s]; s = out.fat[s]) {
        seen[s] = true;
        out.directorySectors.push_back(out.dataStart + qint64(s) * out.sectorSize);
    }
    if (out.directorySectors.empty())
        return makeError(Error::Malformed, QStringLiteral("compound file: the directory starts outside the file (sector %1)").arg(firstDir), 48);
    return std::nullopt;
}

} // namespace Ndr::Msg::Cfb
