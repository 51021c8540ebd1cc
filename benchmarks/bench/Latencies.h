#pragma once

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <string>
#include <vector>

namespace recall::bench {

// Per-operation times of one benchmark run, reported as Google Benchmark counters: the median and the
// 99th percentile are what the budgets are about, the mean (benchmark's own "Time") hides the tail.
class Latencies
{
public:
    using Clock = std::chrono::steady_clock;

    void reserve(std::size_t n) { m_ns.reserve(n); }
    void add(Clock::duration d) { m_ns.push_back(double(std::chrono::duration_cast<std::chrono::nanoseconds>(d).count())); }
    void addNs(double ns) { m_ns.push_back(ns); }
    bool empty() const { return m_ns.empty(); }

    // q in [0, 1], nearest-rank on the sorted samples.
    double quantileNs(double q) const
    {
        if (m_ns.empty())
            return 0;
        std::vector<double> sorted = m_ns;
        std::sort(sorted.begin(), sorted.end());
        const auto rank = std::size_t(q * double(sorted.size() - 1) + 0.5);
        return sorted[std::min(rank, sorted.size() - 1)];
    }
    double medianNs() const { return quantileNs(0.5); }
    double maxNs() const { return m_ns.empty() ? 0 : *std::max_element(m_ns.begin(), m_ns.end()); }

    // Counters in `unit` ("us" or "ms"): median_us, p90_us, p99_us, max_us, samples.
    void report(benchmark::State &state, const std::string &unit) const
    {
        const double scale = unit == "ms" ? 1e-6 : 1e-3;
        state.counters["median_" + unit] = medianNs() * scale;
        state.counters["p90_" + unit] = quantileNs(0.90) * scale;
        state.counters["p99_" + unit] = quantileNs(0.99) * scale;
        state.counters["max_" + unit] = maxNs() * scale;
        state.counters["samples"] = double(m_ns.size());
    }

private:
    std::vector<double> m_ns;
};

inline double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Times one call and records it.
template <typename F>
auto timed(Latencies &latencies, F &&f)
{
    const auto start = Latencies::Clock::now();
    auto result = f();
    latencies.add(Latencies::Clock::now() - start);
    return result;
}

} // namespace recall::bench
