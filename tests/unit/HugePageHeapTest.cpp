#include "HugePageHeap.h"

#include <QFile>
#include <QRegularExpression>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <gtest/gtest.h>
#include <optional>
#include <sys/mman.h>

namespace {

// Whether the kernel may give transparent huge pages to memory that asks for them.
bool hugePagesOnAdvice()
{
    QFile file(QStringLiteral("/sys/kernel/mm/transparent_hugepage/enabled"));
    return file.open(QIODevice::ReadOnly) && !file.readAll().contains("[never]");
}

// The THPeligible line of /proc/self/smaps for the mapping holding `address` (Linux 5.x and later).
std::optional<bool> hugePageEligible(const void *address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QList<QByteArray> lines = smaps.readAll().split('\n'); // its size is 0: atEnd() is always true
    const auto at = reinterpret_cast<std::uintptr_t>(address);
    static const QRegularExpression range(QStringLiteral("^([0-9a-f]+)-([0-9a-f]+) "));
    bool inside = false;
    for (const QByteArray &bytes : lines) {
        const QString line = QString::fromLatin1(bytes);
        if (const QRegularExpressionMatch m = range.match(line); m.hasMatch()) {
            inside =
                m.captured(1).toULongLong(nullptr, 16) <= at && at < m.captured(2).toULongLong(nullptr, 16);
        } else if (inside && line.startsWith(QStringLiteral("THPeligible:"))) {
            return line.section(u':', 1).trimmed() == QStringLiteral("1");
        }
    }
    return std::nullopt;
}

class RecordingAllocator : public SysAllocator
{
public:
    void *Alloc(std::size_t size, std::size_t *actualSize, std::size_t alignment) override
    {
        ++calls;
        lastAlignment = alignment;
        if (actualSize)
            *actualSize = size;
        return &block;
    }
    int calls = 0;
    std::size_t lastAlignment = 0;
    char block = 0;
};

} // namespace

TEST(HugePageHeap, GivesWholeAlignedHugePagesMarkedForTheKernel)
{
    RecordingAllocator fallback;
    HugePageAllocator allocator(&fallback);
    for (const std::size_t size : {std::size_t(1), std::size_t(8192), HugePageAllocator::hugePage + 1}) {
        std::size_t actual = 0;
        void *block = allocator.Alloc(size, &actual, 8192);
        ASSERT_NE(block, nullptr);
        EXPECT_EQ(fallback.calls, 0);
        EXPECT_EQ(reinterpret_cast<std::uintptr_t>(block) % HugePageAllocator::hugePage, 0U) << size;
        EXPECT_GE(actual, size);
        EXPECT_EQ(actual % HugePageAllocator::hugePage, 0U);
        EXPECT_LT(actual - size, HugePageAllocator::hugePage);
        std::memset(block, 0xA5, actual); // all of it is usable
        if (hugePagesOnAdvice()) {
            const std::optional<bool> eligible = hugePageEligible(block);
            if (eligible) { // kernels before 5.x do not say
                EXPECT_TRUE(*eligible) << size;
            }
        }
        munmap(block, actual);
    }
}

TEST(HugePageHeap, LeavesWhatItCannotAlignToTcmalloc)
{
    RecordingAllocator fallback;
    HugePageAllocator allocator(&fallback);
    std::size_t actual = 0;
    EXPECT_EQ(allocator.Alloc(4096, &actual, 2 * HugePageAllocator::hugePage), &fallback.block);
    EXPECT_EQ(fallback.calls, 1);
    EXPECT_EQ(fallback.lastAlignment, 2 * HugePageAllocator::hugePage);
    EXPECT_EQ(allocator.Alloc(0, &actual, 8192), &fallback.block);
    EXPECT_EQ(fallback.calls, 2);
}

// Installed, it is where tcmalloc's heap grows: a large allocation lands in memory marked for huge pages.
TEST(HugePageHeap, IsWhereTheHeapGrowsOnceInstalled)
{
    ASSERT_TRUE(HugePageAllocator::install());
    void *large = std::malloc(48 << 20);
    ASSERT_NE(large, nullptr);
    std::memset(large, 1, 48 << 20);
    if (!hugePagesOnAdvice())
        GTEST_SKIP() << "transparent huge pages are off on this machine";
    const std::optional<bool> eligible = hugePageEligible(large);
    if (!eligible)
        GTEST_SKIP() << "this kernel does not report THPeligible";
    EXPECT_TRUE(*eligible);
    std::free(large);
}
