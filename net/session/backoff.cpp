#include "session/backoff.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace pilothouse::net {

Backoff::Backoff(std::chrono::milliseconds base, std::chrono::milliseconds cap, RandomSource random)
    : m_base(std::max(base, std::chrono::milliseconds(1)))
    , m_cap(std::max(cap, m_base))
    , m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

std::chrono::milliseconds Backoff::ceiling() const
{
    // Doubling stops once the cap is reached, so a long outage cannot overflow the shift.
    auto bound = m_base;
    for (int i = 0; i < m_attempts && bound < m_cap; ++i)
        bound *= 2;
    return std::min(bound, m_cap);
}

std::chrono::milliseconds Backoff::next()
{
    const auto bound = ceiling();
    ++m_attempts;
    const double fraction = std::clamp(m_random(), 0.0, 1.0);
    return std::chrono::milliseconds(std::llround(fraction * double(bound.count())));
}

void Backoff::reset()
{
    m_attempts = 0;
}

} // namespace pilothouse::net
