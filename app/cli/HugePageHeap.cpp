#include "HugePageHeap.h"

#include <cstdint>
#include <sys/mman.h>

namespace {

void *fromFallback(SysAllocator *fallback, std::size_t size, std::size_t *actualSize, std::size_t alignment)
{
    return fallback ? fallback->Alloc(size, actualSize, alignment) : nullptr;
}

} // namespace

void *HugePageAllocator::Alloc(std::size_t size, std::size_t *actualSize, std::size_t alignment)
{
    if (size == 0 || alignment > hugePage || size > SIZE_MAX / 2)
        return fromFallback(m_fallback, size, actualSize, alignment);
    const std::size_t rounded = (size + hugePage - 1) & ~(hugePage - 1);
    // Mapped with room to spare, then trimmed to the aligned block: mmap aligns only to 4 KiB.
    const std::size_t mapped = rounded + hugePage;
    void *start = mmap(nullptr, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (start == MAP_FAILED)
        return fromFallback(m_fallback, size, actualSize, alignment);
    auto *const first = static_cast<char *>(start);
    const auto address = reinterpret_cast<std::uintptr_t>(first);
    auto *const block = first + ((hugePage - address % hugePage) % hugePage);
    if (block > first)
        munmap(first, std::size_t(block - first));
    auto *const end = block + rounded;
    if (first + mapped > end)
        munmap(end, std::size_t(first + mapped - end));
    madvise(block, rounded, MADV_HUGEPAGE); // advice: without THP the block is still good memory
    if (actualSize)
        *actualSize = rounded;
    return block;
}

bool HugePageAllocator::install()
{
    MallocExtension *extension = MallocExtension::instance();
    SysAllocator *own = extension->GetSystemAllocator();
    if (!own)
        return false;
    // Never destroyed: the heap may still grow while the process exits.
    extension->SetSystemAllocator(new HugePageAllocator(own));
    return true;
}
