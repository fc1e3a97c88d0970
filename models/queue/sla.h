#pragma once
// The first-reply deadline of an escalation, as a state the views colour by and the text they show.
// One rule for every view (board, queue, conversation header), stated in the queue's legend:
// - running: green while more than kNearMs is left, amber from kNearMs on, red once it passed;
// - answered: a person's first public reply on time ends it (nothing shown); a late one stays red,
//   "replied 54 s late", for as long as the escalation lasts (until hand-back or resolve).
// Pure functions of the conversation and now, so the rules are unit-tested with an injected clock
// and the views never do time arithmetic.

#include "domain/enums.h"

#include <QString>
#include <QtGlobal>

namespace pilothouse::models {

struct ConversationRecord;

/// What one view shows of a deadline: its state (the colour) and its text ("0:52 left").
struct Deadline {
    SlaState::Value state = SlaState::None;
    QString text;
};

class Sla {
public:
    /// From this much time left on, the deadline is "near" (amber), whatever its priority.
    static constexpr qint64 kNearMs = 2 * 60 * 1000;

    /// `dueAt` and `respondedAt` (0: nobody answered yet) in ms since the epoch; `dueAt` 0 means
    /// no deadline.
    static SlaState::Value state(qint64 dueAt, qint64 respondedAt, qint64 now);
    /// The text for state(): a countdown, "54 s over", "replied 54 s late", or "" (none, or met).
    static QString text(qint64 dueAt, qint64 respondedAt, qint64 now);
    /// The deadline of `conversation`'s current escalation at `now` (None when not escalated).
    static Deadline of(const ConversationRecord &conversation, qint64 now);
    /// The server stamps the escalation with its own clock: when this machine's clock is behind,
    /// a fresh escalation would show more time left than the whole target ("5:02 left" of 5 min).
    static qint64 clampNow(qint64 escalatedAt, qint64 now) { return now < escalatedAt ? escalatedAt : now; }
};

} // namespace pilothouse::models
