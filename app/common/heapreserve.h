#pragma once
// While a big report is read: the heap grows once, by about what reading it allocates, and that
// region is asked for huge pages. A report with 10,000 recipients grows the heap by some 40 MB
// in small blocks; page by page that was 10,000 page faults, most of its time to open on a
// virtual machine. Linux with glibc only; elsewhere, and for small files, it does nothing.
#include <QtGlobal>

namespace Ndr {

class HeapReserve {
public:
    // Before any other thread starts: every thread then allocates from the heap a reserve
    // prepares. A thread's own glibc arena would grow page by page, and a report read on a
    // second thread took twice as long.
    static void shareWithThreads();

    explicit HeapReserve(qint64 fileSize);
    ~HeapReserve();  // back to glibc's defaults: what is not used is given back on the next free
    HeapReserve(const HeapReserve &) = delete;
    HeapReserve &operator=(const HeapReserve &) = delete;

private:
    bool m_active = false;
};

} // namespace Ndr
