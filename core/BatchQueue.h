#pragma once

#include "BatchChecker.h"

#include <condition_variable>
#include <deque>
#include <mutex>

namespace recall {

// Rows of a batch taken from its source together, checked by one thread.
struct BatchBlock
{
    CsvTable rows; // as read from the source
    std::vector<BatchRow> checked;
    std::optional<CatalogueError> error;
    bool stopped = false; // asked to stop before its last row
};

// The blocks of rows of a batch that have been read and not yet passed on, in order, shared by the thread
// that reads and passes them on and a second thread that checks some of them. Each block is checked by
// whichever thread takes it first, so neither waits while the other has more to do (the reading thread also
// reads and passes on every row). A block can be set aside for the second thread, so that it starts at once.
class BatchQueue
{
public:
    using Block = BatchBlock;

    // A block read from the source, at the back.
    void add(Block block, bool forSecondThread = false);
    qsizetype size() const;
    qsizetype untaken() const; // blocks no thread has taken yet

    // The first block no thread has taken (not one set aside), now the caller's; null when there is none.
    Block *take();
    // For the second thread: waits for a block set aside for it or not yet taken, and takes it; null once
    // the queue is closed, or once every block is added and taken.
    Block *waitToTake();
    // No more blocks will be added: the second thread can end (and free what it holds) once all are taken,
    // while this one passes on the last rows.
    void addingDone();
    // The taker has checked the block (or stopped, or failed).
    void finish(Block &block);
    // The second thread cannot check anything: what was set aside for it is anyone's.
    void secondThreadUnavailable();
    // Wakes the second thread to end.
    void close();

    // The front block once it is checked. With `wait`, waits while the second thread has it; null when the
    // queue is empty or the front block is not checked (and, with `wait`, not the second thread's).
    Block *checkedFront(bool wait);
    void popFront();

private:
    enum class State { Untaken, ForSecondThread, Taken, Checked };
    struct Entry
    {
        Block block;
        State state;
    };

    // The first entry in `state`, or end(); under m_mutex.
    std::deque<Entry>::iterator firstIn(State state);

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Entry> m_entries; // a deque: adding and removing at the ends moves no other block
    bool m_closed = false;
    bool m_addingDone = false;
    bool m_secondThreadUnavailable = false;
};

} // namespace recall
