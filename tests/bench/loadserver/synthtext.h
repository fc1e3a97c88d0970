#pragma once
// Made-up text of realistic sizes for pilothouse-loadserver (tests/bench/loadserver/main.cpp):
// customer names, subjects, intents, order summaries and message texts, drawn from small
// vocabularies by a generator seeded per item, so one index always gives the same text and
// nothing has to be kept in memory.

#include <cstdint>
#include <string>
#include <string_view>

namespace pilothouse::loadserver {

/// SplitMix64: a generator cheap enough to make one per message (a seeded QRandomGenerator
/// initialises a Mersenne twister, far too slow for half a million of them per snapshot).
class Rng {
public:
    explicit Rng(std::uint64_t seed)
        : m_state(seed)
    { }
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    /// 0 .. n-1 (n > 0).
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    /// [0, 1)
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    bool percent(int chance) { return below(100) < chance; }

private:
    std::uint64_t m_state;
};

/// A seed for item `index` of the family `salt` (customers, conversations, messages, ...).
inline std::uint64_t seedFor(std::uint64_t salt, std::uint64_t index)
{
    return Rng((salt << 56) ^ index).next();
}

std::string personName(Rng &rng);
std::string subject(Rng &rng);
std::string_view intent(Rng &rng);
std::string orderSummary(Rng &rng);
/// A message of 80 to 400 characters, in the voice of a customer or of the AI agent.
std::string messageText(Rng &rng, bool fromCustomer);

} // namespace pilothouse::loadserver
