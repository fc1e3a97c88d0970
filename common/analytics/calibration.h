#pragma once
// The confidence calibration of docs/metrics.md ("Calibration"): per confidence band, how many AI
// replies reviewers judged and how many of those were wrong; and, for a share of the wrong replies
// a supervisor wants caught, the lowest hand-off threshold that would have caught them and the
// hand-offs it would have added. Computed from summed facts (FactsCounters); pure functions.

#include "analytics/facts.h"

#include <array>
#include <optional>

namespace pilothouse::analytics {

struct CalibrationBand {
    int fromPercent = 0; ///< The band holds confidences from fromPercent ...
    int toPercent = 0; ///< ... up to toPercent (excluded, except 100).
    qint64 replies = 0; ///< Public AI replies with a confidence in the band.
    qint64 judged = 0;
    qint64 wrong = 0;
    /// wrong / judged; nothing when no reply of the band was judged.
    std::optional<double> wrongShare() const
    {
        return judged > 0 ? std::optional(double(wrong) / double(judged)) : std::nullopt;
    }
};

/// What handing over every reply below `thresholdPercent` would have done in the period.
struct ThresholdEffect {
    int thresholdPercent = 0;
    qint64 caughtWrong = 0; ///< Judged-wrong replies below the threshold.
    qint64 totalWrong = 0; ///< All judged-wrong replies.
    /// Conversations never handed off whose lowest AI confidence is below the threshold: the
    /// hand-offs the threshold would have added.
    qint64 extraHandOffs = 0;
    qint64 conversations = 0; ///< Conversations (spam aside), the base of the hand-off rate.
};

struct Calibration {
    std::array<CalibrationBand, kConfidenceBands> bands {};
    qint64 judged = 0;
    qint64 wrong = 0;

    /// The lowest band boundary (10, 20, ... 100 %) whose threshold catches at least `share` (0..1)
    /// of the judged-wrong replies; nothing when no reply was judged wrong.
    std::optional<ThresholdEffect> thresholdToCatch(double share) const;
    /// The effect of a threshold at a band boundary (0, 10, ... 100 %).
    ThresholdEffect effectOf(int thresholdPercent) const;

    std::array<qint64, kConfidenceBands> notHandedOff {}; ///< By the lowest confidence's band.
    qint64 conversations = 0;
};

Calibration calibrationOf(const FactsCounters &totals);

} // namespace pilothouse::analytics
