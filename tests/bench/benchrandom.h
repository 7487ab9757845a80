#pragma once

#include <QtGlobal>

namespace copydesk::bench {

// A small seeded generator (SplitMix64) whose sequence is the same on every platform, unlike the
// standard library's distributions.
class BenchRandom
{
public:
    explicit BenchRandom(quint64 seed) : m_state(seed) {}

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    // Uniform in [0, bound); bound > 0.
    int below(int bound) { return int(next() % quint64(bound)); }
    // Uniform in [low, high].
    int between(int low, int high) { return low + below(high - low + 1); }

private:
    quint64 m_state;
};

} // namespace copydesk::bench
