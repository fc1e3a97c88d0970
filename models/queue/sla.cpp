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

QString Sla::text(qint64 dueAt, qint64 now)
{
    if (dueAt <= 0)
        return {};
    const qint64 left = dueAt - now;
    if (left >= 0) {
        // A countdown: seconds matter while the clock runs, so "2:14" under an hour.
        const qint64 seconds = left / 1000;
        if (seconds < 3600) {
            const QString clock = QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
            return tr("%1 left", "SLA countdown, e.g. 2:14 left").arg(clock);
        }
        return tr("%1 h %2 min left", "SLA countdown over an hour").arg(seconds / 3600).arg((seconds % 3600) / 60);
    }
    // Over the target: whole units, counting up; seconds only in the first minute.
    const qint64 seconds = (-left) / 1000;
    if (seconds < 60)
        return tr("%n s over", "SLA passed by seconds", int(seconds));
    if (seconds < 3600)
        return tr("%n min over", "SLA passed by minutes", int(seconds / 60));
    return tr("%1 h %2 min over", "SLA passed by hours").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

} // namespace pilothouse::models
