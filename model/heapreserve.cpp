#include "heapreserve.h"

#if defined(__GLIBC__) && defined(__linux__)
#include <cstdio>
#include <cstring>
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#include <vector>
#endif

namespace Ndr {

#if defined(__GLIBC__) && defined(__linux__) && defined(MADV_HUGEPAGE)

namespace {

constexpr qint64 kFromFileSize = 8 << 20;  // smaller reports cost few page faults
constexpr int kGlibcDefault = 128 * 1024;  // M_TOP_PAD and M_TRIM_THRESHOLD (mallopt(3))
constexpr quintptr kHugePage = 2 << 20;
// glibc's largest heap for a thread (HEAP_MAX_SIZE on 64-bit): a thread's heap made while the
// heap's pad is this large is made whole, one mapping of read-write memory that huge pages fit.
constexpr int kThreadHeap = 64 << 20;

void adviseHugePages(quintptr from, quintptr to)
{
    const quintptr lo = (from + kHugePage - 1) & ~(kHugePage - 1);
    const quintptr hi = to & ~(kHugePage - 1);
    if (hi > lo)
        madvise(reinterpret_cast<void *>(lo), hi - lo, MADV_HUGEPAGE);
}

// Grows the main heap by `bytes` now, in huge pages, where little is free at its top (once per
// process). Blocks under the mmap threshold come from the heap's top; the first that does not
// fit there extends the heap by the pad.
void growMainHeap(int bytes)
{
    mallopt(M_TOP_PAD, bytes);         // the heap grows by this much beyond a request...
    mallopt(M_TRIM_THRESHOLD, bytes);  // ...and keeps it when blocks are freed
    const quintptr top = quintptr(sbrk(0));
    std::vector<void *> blocks;
    while (quintptr(sbrk(0)) == top && blocks.size() < 64)
        blocks.push_back(malloc(64 * 1024));
    adviseHugePages(top, quintptr(sbrk(0)));
    for (void *b : blocks)
        free(b);
}

// The mapping that holds `p` (/proc/self/maps), if any.
struct Mapping {
    quintptr lo = 0, hi = 0;
    bool mainHeap = false;  // the heap that sbrk grows, which the kernel names "[heap]"
};
Mapping mappingOf(const void *p)
{
    FILE *maps = std::fopen("/proc/self/maps", "re");
    if (!maps)
        return {};
    char line[4200];  // "start-end perms offset dev inode", then a path of up to PATH_MAX
    Mapping found;
    while (std::fgets(line, sizeof line, maps)) {
        unsigned long lo = 0, hi = 0;
        int nameAt = 0;
        if (std::sscanf(line, "%lx-%lx %*s %*s %*s %*s %n", &lo, &hi, &nameAt) == 2 && quintptr(p) >= lo
            && quintptr(p) < hi) {
            found = {lo, hi, nameAt > 0 && std::strncmp(line + nameAt, "[heap]", 6) == 0};
            break;
        }
    }
    std::fclose(maps);
    return found;
}

} // namespace

void HeapReserve::prepareStartup(qint64 reportSize)
{
    if (reportSize > kThreadHeap) {
        mallopt(M_ARENA_MAX, 1);  // the reader's HeapReserve grows the main heap for both
        return;
    }
    mallopt(M_ARENA_MAX, 2);
    growMainHeap(kThreadHeap);  // and the pad stays: a thread's heap is then made whole
}

HeapReserve::HeapReserve(qint64 fileSize)
{
    if (fileSize < kFromFileSize)
        return;
    void *probe = malloc(1);
    const Mapping mapping = mappingOf(probe);
    if (mapping.mainHeap) {
        // Reading a report allocates up to about twice its size (its recipients' properties and
        // strings); the rest of the reserve stays virtual unless touched.
        growMainHeap(int(qMin<qint64>(3 * fileSize, 1 << 30)));
        m_grewMainHeap = true;
    } else {
        // A thread's heap is one mapping, whole where prepareStartup made it so; a report
        // larger than that heap spills into a next one in small pages.
        adviseHugePages(mapping.lo, mapping.hi);
    }
    free(probe);
}

HeapReserve::~HeapReserve()
{
    if (!m_grewMainHeap)
        return;
    mallopt(M_TOP_PAD, kGlibcDefault);
    mallopt(M_TRIM_THRESHOLD, kGlibcDefault);
}

#else

void HeapReserve::prepareStartup(qint64) {}
HeapReserve::HeapReserve(qint64) {}
HeapReserve::~HeapReserve() = default;

#endif

} // namespace Ndr
