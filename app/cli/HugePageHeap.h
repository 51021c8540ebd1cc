#pragma once

#include <cstddef>

#include <gperftools/malloc_extension.h>

// Where tcmalloc takes memory from the system (a gperftools extension point): blocks aligned to 2 MiB and
// marked MADV_HUGEPAGE, so that the kernel may back them with transparent huge pages. A batch check grows its
// heap by ~150 MB; 4 KiB at a time that is ~37,000 page faults, and on the VM in docs/performance.md each
// costs ~12 µs (0.45 s of a 100k-row batch). With huge pages, one fault maps 2 MiB. Where the kernel gives no
// huge pages (THP "never"), the blocks are ordinary memory.
class HugePageAllocator : public SysAllocator
{
public:
    static constexpr std::size_t hugePage = std::size_t(2) << 20;

    // `fallback` (tcmalloc's own) is asked when a block cannot be had this way.
    explicit HugePageAllocator(SysAllocator *fallback) : m_fallback(fallback) {}
    void *Alloc(std::size_t size, std::size_t *actualSize, std::size_t alignment) override;

    // Installs one for the process, in front of tcmalloc's own; false when the allocator is not tcmalloc.
    static bool install();

private:
    SysAllocator *m_fallback;
};
