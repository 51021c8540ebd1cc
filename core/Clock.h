#pragma once

#include <QDate>

namespace recall {

// Today's date, replaceable in tests (a purchase date in the future is invalid input).
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDate today() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDate today() const override { return QDate::currentDate(); }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDate date) : m_date(date) {}
    QDate today() const override { return m_date; }

private:
    QDate m_date;
};

// The date when a task started, asked of another clock once per task: a batch of 100,000 rows judges every
// row against the same day, and does not ask the system for the date (and its time zone) 100,000 times.
class TaskDayClock final : public Clock
{
public:
    explicit TaskDayClock(const Clock &clock) : m_clock(clock), m_date(clock.today()) {}
    void startTask() { m_date = m_clock.today(); }
    QDate today() const override { return m_date; }

private:
    const Clock &m_clock;
    QDate m_date;
};

} // namespace recall
