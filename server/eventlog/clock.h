#pragma once
// Where the server reads the time. Live, it is the wall clock; the demo's history (engine/history.h)
// runs the same engine, state machine and command path on a simulated clock, so every `at` it
// writes (events, transitions, messages, audit rows) is the simulated moment.

#include "protocol/frames.h"

#include <QDateTime>

#include <functional>

namespace pilothouse::server {

/// Milliseconds since the epoch, UTC. An empty Clock means the wall clock.
using Clock = std::function<protocol::Millis()>;

inline protocol::Millis wallTime()
{
    return QDateTime::currentMSecsSinceEpoch();
}

/// `clock()` when set, else the wall clock.
inline protocol::Millis timeOf(const Clock &clock)
{
    return clock ? clock() : wallTime();
}

} // namespace pilothouse::server
