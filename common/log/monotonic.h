#pragma once
// One clock for latency figures that cross threads (issue 16, goal 4): the session stamps a
// frame's arrival on the io thread, the window reads the same clock when the frame that shows it
// is swapped on the render thread. Monotonic, never the wall clock.

#include <chrono>
#include <cstdint>

namespace pilothouse::log {

/// Microseconds on the steady clock since an arbitrary epoch; only differences mean anything.
inline std::int64_t monotonicMicros()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace pilothouse::log
