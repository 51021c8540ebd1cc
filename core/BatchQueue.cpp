#include "BatchQueue.h"

#include <algorithm>

namespace recall {

void BatchQueue::add(Block block, bool forSecondThread)
{
    {
        const std::lock_guard lock(m_mutex);
        const bool setAside = forSecondThread && !m_secondThreadUnavailable;
        m_entries.push_back({std::move(block), setAside ? State::ForSecondThread : State::Untaken});
    }
    m_changed.notify_all();
}

qsizetype BatchQueue::size() const
{
    const std::lock_guard lock(m_mutex);
    return qsizetype(m_entries.size());
}

qsizetype BatchQueue::untaken() const
{
    const std::lock_guard lock(m_mutex);
    return std::count_if(m_entries.begin(), m_entries.end(),
                         [](const Entry &e) { return e.state == State::Untaken; });
}

std::deque<BatchQueue::Entry>::iterator BatchQueue::firstIn(State state)
{
    return std::find_if(m_entries.begin(), m_entries.end(), [state](const Entry &e) { return e.state == state; });
}

BatchQueue::Block *BatchQueue::take()
{
    const std::lock_guard lock(m_mutex);
    const auto it = firstIn(State::Untaken);
    if (it == m_entries.end())
        return nullptr;
    it->state = State::Taken;
    return &it->block;
}

BatchQueue::Block *BatchQueue::waitToTake()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (m_closed)
            return nullptr;
        auto it = firstIn(State::ForSecondThread);
        if (it == m_entries.end())
            it = firstIn(State::Untaken);
        if (it != m_entries.end()) {
            it->state = State::Taken;
            return &it->block;
        }
        if (m_addingDone)
            return nullptr;
        m_changed.wait(lock);
    }
}

void BatchQueue::finish(Block &block)
{
    {
        const std::lock_guard lock(m_mutex);
        const auto it = std::find_if(m_entries.begin(), m_entries.end(),
                                     [&block](const Entry &e) { return &e.block == &block; });
        if (it != m_entries.end())
            it->state = State::Checked;
    }
    m_changed.notify_all();
}

void BatchQueue::secondThreadUnavailable()
{
    {
        const std::lock_guard lock(m_mutex);
        m_secondThreadUnavailable = true;
        for (Entry &e : m_entries) {
            if (e.state == State::ForSecondThread)
                e.state = State::Untaken;
        }
    }
    m_changed.notify_all();
}

void BatchQueue::addingDone()
{
    {
        const std::lock_guard lock(m_mutex);
        m_addingDone = true;
    }
    m_changed.notify_all();
}

void BatchQueue::close()
{
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_changed.notify_all();
}

BatchQueue::Block *BatchQueue::checkedFront(bool wait)
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (m_entries.empty())
            return nullptr;
        Entry &front = m_entries.front();
        if (front.state == State::Checked)
            return &front.block;
        // Only the second thread can be checking it (or be about to): this thread is here, not checking.
        const bool theOthers = front.state == State::Taken || front.state == State::ForSecondThread;
        if (!wait || !theOthers)
            return nullptr;
        m_changed.wait(lock);
    }
}

void BatchQueue::popFront()
{
    const std::lock_guard lock(m_mutex);
    if (!m_entries.empty())
        m_entries.pop_front();
}

} // namespace recall
