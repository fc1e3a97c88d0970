#pragma once
// The SLA of an escalation: how much of the target for the human's first response is left, as a
// state the views colour by (its text is TimeText::slaCountdown, models/domain/timetext.h). Pure
// functions of (escalated at, due at, now), so the rules are unit-tested with an injected clock
// and the views never do time arithmetic.

#include "domain/enums.h"

#include <QtGlobal>

namespace pilothouse::models {

/// SLA state of an escalation.
class Sla {
public:
    /// Below this fraction of the whole target left, the SLA is "near".
    static constexpr double kNearFraction = 0.25;

    /// `escalatedAt` and `dueAt` in ms since the epoch; `dueAt` 0 means no SLA.
    /// Near when less than kNearFraction of the target is left.
    static SlaState::Value state(qint64 escalatedAt, qint64 dueAt, qint64 now);
    /// The server stamps the escalation with its own clock: when this machine's clock is behind,
    /// a fresh escalation would show more time left than the whole target ("5:02 left" of 5 min).
    static qint64 clampNow(qint64 escalatedAt, qint64 now) { return now < escalatedAt ? escalatedAt : now; }
};

} // namespace pilothouse::models
