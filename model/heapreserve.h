#pragma once
// Heaps in huge pages. On a virtual machine a page fault costs some 10 µs, and a heap grows page
// by page: a report with 10,000 recipients grows one by some 40 MB, 10,000 page faults, most of
// its time to open; a form's start-up fills a few MB (its window's 2 MB image among them).
// A heap that grows once, by a large step, can be asked for 2 MB pages instead. Linux with glibc
// only; elsewhere, and for small files, it does nothing.
#include <QtGlobal>

namespace Ndr {

class HeapReserve {
public:
    // ndrform's start, before any other thread: the main heap (the window's) grows now, in huge
    // pages. The thread that reads the report gets a heap of its own, made whole when it is
    // made so that a HeapReserve there can ask for huge pages too: sharing one heap, the two
    // threads slowed each other by a third. Qt's worker threads use one of the two. A report too
    // large for a thread's heap (64 MB) is read on the main heap, which grows as far as it must.
    static void prepareStartup(qint64 reportSize);

    // Where a report of this size is about to be read (from 8 MB). On the main thread, its heap
    // grows by about what reading allocates; on another, its own heap is asked for huge pages.
    explicit HeapReserve(qint64 fileSize);
    ~HeapReserve();  // the main heap back to glibc's defaults: what is not used is given back
    HeapReserve(const HeapReserve &) = delete;
    HeapReserve &operator=(const HeapReserve &) = delete;

private:
    bool m_grewMainHeap = false;
};

} // namespace Ndr
