#include "sla.h"

#include "domain/records.h"
#include "domain/timetext.h"

namespace pilothouse::models {

SlaState::Value Sla::state(qint64 dueAt, qint64 respondedAt, qint64 now)
{
    if (dueAt <= 0)
        return SlaState::None;
    if (respondedAt > 0) // answered: a missed deadline stays missed, a met one is done
        return respondedAt > dueAt ? SlaState::Breached : SlaState::None;
    const qint64 left = dueAt - now;
    if (left < 0)
        return SlaState::Breached;
    return left <= kNearMs ? SlaState::Near : SlaState::Ok;
}

QString Sla::text(qint64 dueAt, qint64 respondedAt, qint64 now)
{
    if (dueAt <= 0)
        return {};
    if (respondedAt > 0)
        return respondedAt > dueAt ? TimeText::slaMissedBy(respondedAt - dueAt) : QString();
    return TimeText::slaCountdown(dueAt, now);
}

Deadline Sla::of(const ConversationRecord &conversation, qint64 now)
{
    if (!conversation.isEscalated())
        return {};
    const qint64 at = clampNow(conversation.escalatedAt, now);
    return {state(conversation.slaDueAt, conversation.respondedAt, at),
        text(conversation.slaDueAt, conversation.respondedAt, at)};
}

} // namespace pilothouse::models
