#pragma once
// The compound file's own structure ([MS-CFB] 2.2 header, 2.3 FAT, 2.5 DIFAT, 2.6 directory),
// as the reader (cfbreader.cpp) and the writer (cfbwriter.cpp) both see it.
#include "error.h"

#include <QByteArray>
#include <optional>
#include <vector>

namespace Ndr::Msg::Cfb {

constexpr quint32 kMaxRegSect = 0xFFFFFFFA;
constexpr quint32 kNoStream = 0xFFFFFFFF;
constexpr int kDirEntrySize = 128;
constexpr int kHeaderDifatCount = 109;  // FAT sector numbers in the header; the rest in DIFAT sectors

// [MS-CFB] 2.6.1: the fields of a directory entry, by byte offset, and its object types.
namespace Field {
constexpr int kName = 0, kNameLength = 64, kType = 66, kColour = 67, kLeft = 68, kRight = 72, kChild = 76,
              kStart = 116, kSize = 120;
}
enum EntryType : quint8 { UnusedEntry = 0, StorageEntry = 1, StreamEntry = 2, RootEntry = 5 };

struct Layout {
    bool version4 = false;     // 4096-byte sectors; version 3 stream sizes are 32-bit
    qint64 sectorSize = 512;
    qint64 miniSectorSize = 64;
    quint32 miniCutoff = 4096;  // streams shorter than this live in the mini stream
    quint32 firstMiniFat = kNoStream;
    qint64 dataStart = 512;    // byte offset of sector 0
    qint64 sectorCount = 0;
    std::vector<quint32> fat;  // next sector of each sector
    std::vector<qint64> directorySectors;  // byte offsets, in chain order (a loop ends the chain)

    qint64 entryCount() const { return qint64(directorySectors.size()) * (sectorSize / kDirEntrySize); }
    // Byte offset of directory entry e (e < entryCount()); the entry may be cut short at the end of the file.
    qint64 entryOffset(quint32 e) const
    {
        const qint64 perSector = sectorSize / kDirEntrySize;
        return directorySectors[size_t(e / perSector)] + qint64(e % perSector) * kDirEntrySize;
    }
};

class FileBytes;

// Reads header, FAT and directory chain (loading what it reads of `file`, not the directory
// sectors themselves); an error for what is not a compound file or declares more than the file
// holds.
std::optional<Error> parseLayout(const FileBytes &file, Layout &out);

} // namespace Ndr::Msg::Cfb
