#include "BatchQueue.h"

#include <future>
#include <gtest/gtest.h>
#include <thread>

using namespace recall;

namespace {

BatchBlock blockStartingAt(int line)
{
    BatchBlock block;
    block.rows.rows.push_back(CsvRow{line, {QStringLiteral("A1263")}});
    return block;
}

int firstLine(const BatchBlock *block)
{
    return block ? block->rows.rows.front().line : -1;
}

} // namespace

// This thread takes the first block nobody has taken, never one set aside for the second thread; the second
// thread takes its own first, then any other.
TEST(BatchQueue, EachThreadTakesTheBlocksItMay)
{
    BatchQueue queue;
    queue.add(blockStartingAt(2));
    queue.add(blockStartingAt(3), true);
    queue.add(blockStartingAt(4));
    EXPECT_EQ(queue.size(), 3);
    EXPECT_EQ(queue.untaken(), 2);
    EXPECT_EQ(firstLine(queue.waitToTake()), 3);
    EXPECT_EQ(firstLine(queue.take()), 2);
    EXPECT_EQ(firstLine(queue.waitToTake()), 4);
    EXPECT_EQ(queue.take(), nullptr);
    EXPECT_EQ(queue.untaken(), 0);
}

// A block set aside for a second thread that cannot check anything is this thread's to take.
TEST(BatchQueue, WhatWasSetAsideIsAnyonesWhenTheSecondThreadCannotCheck)
{
    BatchQueue queue;
    queue.add(blockStartingAt(2), true);
    EXPECT_EQ(queue.take(), nullptr);
    queue.secondThreadUnavailable();
    EXPECT_EQ(queue.checkedFront(true), nullptr); // does not wait for a thread that will not come
    EXPECT_EQ(firstLine(queue.take()), 2);
    queue.add(blockStartingAt(3), true); // and later ones are not set aside
    EXPECT_EQ(firstLine(queue.take()), 3);
}

// Blocks are passed on from the front only, once checked, whatever order they were checked in.
TEST(BatchQueue, TheFrontIsPassedOnOnceChecked)
{
    BatchQueue queue;
    queue.add(blockStartingAt(2));
    queue.add(blockStartingAt(3));
    BatchBlock *first = queue.take();
    BatchBlock *second = queue.take();
    queue.finish(*second);
    EXPECT_EQ(queue.checkedFront(false), nullptr);
    queue.finish(*first);
    EXPECT_EQ(queue.checkedFront(false), first);
    queue.popFront();
    EXPECT_EQ(queue.checkedFront(false), second);
    queue.popFront();
    EXPECT_EQ(queue.checkedFront(true), nullptr); // empty: nothing to wait for
}

// Once every block is added and taken, the second thread is told there is no more, so it can end before
// this one has passed on the last rows; until then it waits.
TEST(BatchQueue, TheSecondThreadEndsWhenEveryBlockIsAddedAndTaken)
{
    BatchQueue queue;
    queue.add(blockStartingAt(2));
    queue.addingDone();
    EXPECT_EQ(firstLine(queue.waitToTake()), 2);
    std::future<BatchBlock *> last = std::async(std::launch::async, [&queue] { return queue.waitToTake(); });
    const bool ended = last.wait_for(std::chrono::seconds(10)) == std::future_status::ready;
    queue.close(); // lets it end either way
    EXPECT_TRUE(ended);
    EXPECT_EQ(last.get(), nullptr);

    BatchQueue open;
    std::thread second([&open] { EXPECT_EQ(firstLine(open.waitToTake()), 5); });
    open.add(blockStartingAt(5)); // the waiting thread takes it
    second.join();
    std::thread closed([&open] { EXPECT_EQ(open.waitToTake(), nullptr); });
    open.close();
    closed.join();
}

// With nothing to check itself, this thread waits for the second thread to finish the front block.
TEST(BatchQueue, WaitsForTheFrontBlockTheSecondThreadChecks)
{
    BatchQueue queue;
    queue.add(blockStartingAt(2), true);
    std::thread second([&queue] {
        BatchBlock *block = queue.waitToTake();
        ASSERT_NE(block, nullptr);
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        block->checked.push_back(BatchRow{});
        queue.finish(*block);
    });
    const BatchBlock *front = queue.checkedFront(true);
    second.join();
    ASSERT_NE(front, nullptr);
    EXPECT_EQ(front->checked.size(), 1u);
}
