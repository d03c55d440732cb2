#include "heapreserve.h"

#if defined(__GLIBC__) && defined(__linux__)
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
} // namespace

void HeapReserve::shareWithThreads()
{
    mallopt(M_ARENA_MAX, 1);
}

HeapReserve::HeapReserve(qint64 fileSize)
{
    if (fileSize < kFromFileSize)
        return;
    // Reading a report allocates up to about twice its size (its recipients' properties as maps
    // and strings); the rest of the reserve stays virtual unless touched.
    const int reserve = int(qMin<qint64>(3 * fileSize, 1 << 30));
    mallopt(M_TOP_PAD, reserve);         // the heap grows by this much beyond a request...
    mallopt(M_TRIM_THRESHOLD, reserve);  // ...and keeps it when blocks are freed
    // Make it grow now: blocks under the mmap threshold come from the heap's top; the first that
    // does not fit there extends the heap by the reserve.
    const quintptr end = quintptr(sbrk(0));
    std::vector<void *> blocks;
    while (quintptr(sbrk(0)) == end && blocks.size() < 64)
        blocks.push_back(malloc(64 * 1024));
    const quintptr lo = (end + kHugePage - 1) & ~(kHugePage - 1);
    const quintptr hi = quintptr(sbrk(0)) & ~(kHugePage - 1);
    if (hi > lo)
        madvise(reinterpret_cast<void *>(lo), hi - lo, MADV_HUGEPAGE);
    for (void *b : blocks)
        free(b);
    m_active = true;
}

HeapReserve::~HeapReserve()
{
    if (!m_active)
        return;
    mallopt(M_TOP_PAD, kGlibcDefault);
    mallopt(M_TRIM_THRESHOLD, kGlibcDefault);
}

#else

void HeapReserve::shareWithThreads() {}
HeapReserve::HeapReserve(qint64) {}
HeapReserve::~HeapReserve() = default;

#endif

} // namespace Ndr
