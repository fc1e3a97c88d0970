#include "analytics/calibration.h"

#include <algorithm>
#include <cmath>

namespace pilothouse::analytics {

namespace {
constexpr int kBandPercent = 100 / int(kConfidenceBands);
}

Calibration calibrationOf(const FactsCounters &t)
{
    Calibration c;
    for (std::size_t b = 0; b < kConfidenceBands; ++b) {
        CalibrationBand &band = c.bands[b];
        band.fromPercent = int(b) * kBandPercent;
        band.toPercent = band.fromPercent + kBandPercent;
        band.replies = t.aiRepliesByConfidence[b];
        band.judged = t.judgedByConfidence[b];
        band.wrong = t.wrongByConfidence[b];
        c.judged += band.judged;
        c.wrong += band.wrong;
    }
    c.notHandedOff = t.notHandedOffByLowestConfidence;
    c.conversations = t.conversations - t.spam;
    return c;
}

ThresholdEffect Calibration::effectOf(int thresholdPercent) const
{
    ThresholdEffect e;
    e.thresholdPercent = thresholdPercent;
    e.totalWrong = wrong;
    e.conversations = conversations;
    for (std::size_t b = 0; b < kConfidenceBands && bands[b].toPercent <= thresholdPercent; ++b) {
        e.caughtWrong += bands[b].wrong;
        e.extraHandOffs += notHandedOff[b];
    }
    return e;
}

std::optional<ThresholdEffect> Calibration::thresholdToCatch(double share) const
{
    if (wrong == 0)
        return std::nullopt;
    // Whole replies: catching 80 % of 7 wrong replies means catching 6.
    const auto needed = qint64(std::ceil(std::clamp(share, 0.0, 1.0) * double(wrong) - 1e-9));
    for (std::size_t b = 1; b <= kConfidenceBands; ++b) {
        const ThresholdEffect e = effectOf(int(b) * kBandPercent);
        if (e.caughtWrong >= needed)
            return e;
    }
    return effectOf(100);
}

} // namespace pilothouse::analytics
