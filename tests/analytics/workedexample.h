#pragma once
// The worked example of docs/metrics.md ("Worked example"), built by hand: 16 conversations from
// 1 to 8 March 2025 and 2 on 27 February (the previous period), as they stand at 11 March 12:00
// UTC, and the cost model the example uses. The tables in the doc and this file must agree.

#include "analytics/costmodel.h"
#include "analytics/factsbuilder.h"

namespace workedexample {

inline constexpr qint64 kSecond = 1000;
inline constexpr qint64 kMinute = 60 * kSecond;
inline constexpr qint64 kHour = 60 * kMinute;
inline constexpr qint64 kDay = 24 * kHour;

/// Milliseconds since the epoch of a UTC time in 2025.
qint64 at(int month, int day, int hour = 9);

/// 11 March 2025, 12:00 UTC: the example's "now".
qint64 asOf();

pilothouse::analytics::History history();
pilothouse::analytics::CostModel costModel();

} // namespace workedexample
