#pragma once
// Reconnect delays: exponential backoff with full jitter (delay uniform in [0, min(cap, base*2^n)]).
// Full jitter spreads a fleet of consoles that lost the same server so they do not return in lockstep.

#include <chrono>
#include <functional>

namespace pilothouse::net {

/// Pure reconnect policy; the random source is injectable so tests can pin it.
class Backoff {
public:
    /// Returns a value in [0, 1]. The default draws from QRandomGenerator::global().
    using RandomSource = std::function<double()>;

    explicit Backoff(std::chrono::milliseconds base = std::chrono::seconds(1),
        std::chrono::milliseconds cap = std::chrono::seconds(30), RandomSource random = {});

    /// The delay before the next attempt; each call counts one more failed attempt.
    std::chrono::milliseconds next();
    /// Upper bound of the delay the next call to next() may return.
    std::chrono::milliseconds ceiling() const;
    /// Forgets the failures: called after a connection stayed up long enough.
    void reset();
    int attempts() const { return m_attempts; }

private:
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_cap;
    RandomSource m_random;
    int m_attempts = 0;
};

} // namespace pilothouse::net
