#pragma once
// A conversation's status changes as lines in its transcript: "Taken over by Maria Lopez",
// "Handed back to the AI by Maria Lopez. Note: refund approved", "Resolved by Sam as Spam". So a
// transcript says who did what, when, with the note they left, wherever it is read (the live
// conversation, offline review). The AI's escalation has its own note in the transcript (a system
// message from the server), so it gets no line here.

#include "domain/records.h"

#include <QCoreApplication>

#include <optional>

namespace pilothouse::models {

class TransitionLines {
    Q_DECLARE_TR_FUNCTIONS(TransitionLines)

public:
    /// The sentence for `transition`; "" when it needs none (an escalation).
    static QString text(const TransitionRecord &transition);
    /// The transcript line for `transition`: a system message at its time, id "t:<at>:<to>"
    /// (stable, so a transition seen live and again in the cache is one line); nothing when
    /// text() is empty.
    static std::optional<MessageRecord> line(const TransitionRecord &transition);
};

} // namespace pilothouse::models
