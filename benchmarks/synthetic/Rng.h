#pragma once

#include <QtGlobal>

#include <cstdint>

namespace recall::synthetic {

// SplitMix64: tiny, fast and the same on every platform and standard library (std::uniform_int_distribution
// is not), so a seed always gives the same catalogue.
class Rng
{
public:
    explicit Rng(quint64 seed) : m_state(seed) {}
    // A generator for item `index` of a stream, independent of how many items came before it.
    Rng(quint64 seed, quint64 stream, quint64 index) : m_state(mix(mix(seed ^ stream) + index)) {}

    quint64 next()
    {
        m_state += 0x9E3779B97F4A7C15ULL;
        return mix(m_state);
    }

    // Uniform in [0, bound); the modulo bias is below 2^-40 for the bounds used here.
    quint64 below(quint64 bound) { return bound == 0 ? 0 : next() % bound; }
    int between(int low, int high) { return low + int(below(quint64(high - low + 1))); }
    bool chance(int percent) { return below(100) < quint64(percent); }

    template <typename List>
    const auto &pick(const List &list)
    {
        return list[std::size_t(below(quint64(std::size(list))))];
    }

    static quint64 mix(quint64 z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

private:
    quint64 m_state;
};

} // namespace recall::synthetic
