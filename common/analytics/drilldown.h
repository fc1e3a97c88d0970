#pragma once
// The conversations behind a figure (docs/metrics.md, "Drill-down"): for every Metric, which
// conversations its numerator and its denominator count, decided from the counters each
// conversation contributes to the facts (FactsBuilder::perConversation). Since the figure is a
// ratio of sums of those same counters, the list matches the number: for a count, the number of
// conversations behind a side is that side's value. Pure functions; callable from any thread.

#include "analytics/facts.h"
#include "analytics/metrics.h"

#include <optional>
#include <string_view>

namespace pilothouse::analytics {

/// Which side of a figure.
enum class DrillSide { Numerator, Denominator };

/// How the conversations behind a side relate to its number.
enum class Membership {
    Count, ///< One conversation each: as many conversations as the side's value.
    Contributors, ///< The side is a sum of times, amounts or orders: the conversations that add to it.
    Population, ///< The side is no sum over conversations (a constant or 1): every conversation in range.
};

/// How a conversation ended up, as far as the facts know (one per conversation).
enum class DrillOutcome { Open, AiResolved, HumanResolved, NotResolved, Abandoned, Spam };

/// Whether a conversation contributing `counts` is behind `side` of `metric`; `window` is the
/// attribution window (an index into kAttributionWindows) of the revenue figures.
bool isBehind(
    Metric metric, DrillSide side, const FactsCounters &counts, std::size_t window = kDefaultAttributionWindow);
Membership membershipOf(Metric metric, DrillSide side);

/// The calibration's figure (docs/metrics.md, "Calibration"): the share of the replies judged in a
/// confidence band that were judged wrong. Its wire name, and whether a conversation is behind a
/// side of it for `band` (0..kConfidenceBands-1): judged wrong there (numerator) or judged there
/// (denominator). Both sides count replies, so their membership is Contributors.
inline constexpr std::string_view kCalibrationFigure = "calibrationWrongShare";
bool isBehindBand(DrillSide side, const FactsCounters &counts, std::size_t band);
DrillOutcome outcomeOf(const FactsCounters &counts);

/// Wire spellings (docs/protocol.md 2.1, "Conversations behind a figure").
std::string_view metricName(Metric metric);
std::optional<Metric> metricFromName(std::string_view name);
std::string_view sideName(DrillSide side);
std::optional<DrillSide> sideFromName(std::string_view name);
std::string_view outcomeName(DrillOutcome outcome);
std::optional<DrillOutcome> outcomeFromName(std::string_view name);
std::string_view membershipName(Membership membership);

} // namespace pilothouse::analytics
