#include "domain/transitionlines.h"

#include "domain/catalogue.h"
#include "domain/convert.h"
#include "domain/displaytext.h"

namespace pilothouse::models {

namespace {

/// Who acted, in words: their display name, else their user name.
QString who(const TransitionRecord &t)
{
    return displayText(t.actorName.isEmpty() ? t.actor : t.actorName);
}

QString withNote(const QString &sentence, const QString &note)
{
    const QString trimmed = displayText(note).trimmed();
    return trimmed.isEmpty() ? sentence
                             : TransitionLines::tr("%1. Note: %2", "a transition and its note").arg(sentence, trimmed);
}

} // namespace

QString TransitionLines::text(const TransitionRecord &t)
{
    switch (t.kind) {
    case TransitionReason::Escalation:
        return {}; // the server's own system message says why, in the transcript already
    case TransitionReason::TakeOver:
        return tr("Taken over by %1").arg(who(t));
    case TransitionReason::Transfer:
        return t.assigneeName.isEmpty() ? tr("Transferred by %1").arg(who(t))
                                        : tr("Transferred to %1 by %2").arg(displayText(t.assigneeName), who(t));
    case TransitionReason::HandBack:
        return withNote(tr("Handed back to the AI by %1").arg(who(t)), t.note);
    case TransitionReason::Resolve:
        return withNote(t.outcome == Outcome::None
                ? tr("Resolved by %1").arg(who(t))
                : tr("Resolved by %1 as %2", "who, and the outcome: Resolved, Not resolved, Spam")
                      .arg(who(t), catalogue::label(t.outcome)),
            t.note);
    case TransitionReason::CustomerConfirmed:
        return tr("Resolved: the customer confirmed the AI's answer");
    case TransitionReason::NoReply:
        return tr("Resolved: the customer did not write again after the AI's answer");
    case TransitionReason::Abandoned:
        return tr("Closed: the customer left before a person answered");
    case TransitionReason::CustomerWrote:
        return tr("Reopened: the customer wrote again");
    case TransitionReason::CustomerErased:
        return tr("Closed by %1: the customer's data was erased").arg(who(t));
    case TransitionReason::Merged:
        return withNote(tr("Merged into another conversation of the customer by %1").arg(who(t)), t.note);
    case TransitionReason::Other:
        break;
    }
    // A reason this console does not know: still say what changed and who did it.
    return tr("%1 by %2", "new status, actor").arg(catalogue::label(t.to), who(t));
}

std::optional<MessageRecord> TransitionLines::line(const TransitionRecord &t)
{
    const QString sentence = text(t);
    if (sentence.isEmpty())
        return std::nullopt;
    MessageRecord m;
    m.id = QStringLiteral("t:%1:%2").arg(t.at).arg(wireName(t.to));
    m.conversationId = t.conversationId;
    m.author = Author::System;
    m.text = sentence;
    m.at = t.at;
    m.visibility = Visibility::Note; // for operators: the customer never saw it
    return m;
}

} // namespace pilothouse::models
