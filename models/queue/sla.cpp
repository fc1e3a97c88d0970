#include "sla.h"

namespace pilothouse::models {

SlaState::Value Sla::state(qint64 escalatedAt, qint64 dueAt, qint64 now)
{
    if (dueAt <= 0)
        return SlaState::None;
    const qint64 left = dueAt - now;
    if (left < 0)
        return SlaState::Breached;
    // Without a known start (or a start after the due time) the whole target is unknown:
    // then only "ok" or "breached" can be told apart honestly.
    const qint64 target = escalatedAt > 0 ? dueAt - escalatedAt : 0;
    if (target > 0 && double(left) < kNearFraction * double(target))
        return SlaState::Near;
    return SlaState::Ok;
}

} // namespace pilothouse::models
