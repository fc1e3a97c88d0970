#include "statemachine.h"

#include "auth/roles.h"

#include "protocol/codec.h"

#include <QCoreApplication>

#include <algorithm>

namespace pilothouse::server {
namespace {

using protocol::ConversationStatus;

std::string tr(const char *text)
{
    return QCoreApplication::translate("pilothouse::server::ConversationStateMachine", text).toStdString();
}

std::string trArg(const char *text, const std::string &a)
{
    return QCoreApplication::translate("pilothouse::server::ConversationStateMachine", text)
        .arg(QString::fromStdString(a))
        .toStdString();
}

bool isSupervisor(const Actor &actor)
{
    return roles::leads(actor.role);
}

Refusal refuse(const char *code, std::string message)
{
    return Refusal {code, std::move(message), nlohmann::json::object()};
}

/// The refusal when someone else owns the conversation, naming them so the UI can say who.
Refusal ownedByOther(const char *code, const protocol::Conversation &c)
{
    const std::string &who = c.assigneeName.empty() ? c.assignee : c.assigneeName;
    Refusal refusal = refuse(code, trArg("This conversation is already owned by %1.", who));
    refusal.details = {{"owner", c.assignee}, {"ownerName", c.assigneeName}};
    return refusal;
}

Change change(const protocol::Conversation &before, protocol::Conversation after, const std::string &actor,
    std::string reason, std::string note, std::optional<protocol::ResolveOutcome> outcome, protocol::Millis at)
{
    // Handling time: from a transition into human to the next one out of it (a transfer keeps it).
    if (after.status == ConversationStatus::Human && before.status != ConversationStatus::Human)
        after.humanSince = at;
    if (before.status == ConversationStatus::Human && after.status != ConversationStatus::Human) {
        if (before.humanSince)
            after.humanHandleMs += std::max<protocol::Millis>(0, at - *before.humanSince);
        after.humanSince.reset();
    }
    // A sales conversation closed before the customer bought is lost (docs/protocol.md, salesStage).
    if (after.status == ConversationStatus::Resolved && before.status != ConversationStatus::Resolved
        && (after.salesStage == protocol::SalesStage::Engaged || after.salesStage == protocol::SalesStage::Qualified))
        after.salesStage = protocol::SalesStage::Lost;
    // Closing and the first hand-off, for history and review (docs/protocol.md, Conversation).
    if (after.status == ConversationStatus::Resolved)
        after.closed = protocol::Closed {outcome.value_or(protocol::ResolveOutcome::Resolved), actor, at};
    else
        after.closed.reset();
    const bool toPeople = after.status == ConversationStatus::Escalated || after.status == ConversationStatus::Human;
    if (before.status == ConversationStatus::Ai && toPeople && !after.handoff) {
        after.handoff = protocol::Handoff {at, std::nullopt};
        if (after.escalation) {
            after.handoff->reason = after.escalation->reason;
            after.handoff->dueAt = after.escalation->slaDueAt;
        }
    }
    protocol::Transition t {
        before.id, before.status, after.status, actor, std::move(reason), std::move(note), outcome, at};
    if (after.status == ConversationStatus::Human)
        t.assigneeName = after.assigneeName.empty() ? after.assignee : after.assigneeName;
    return Change {std::move(after), std::move(t)};
}

/// A change made by a person: the transition also carries their display name.
Change change(const protocol::Conversation &before, protocol::Conversation after, const Actor &actor,
    std::string reason, std::string note, std::optional<protocol::ResolveOutcome> outcome, protocol::Millis at)
{
    Change made = change(before, std::move(after), actor.name, std::move(reason), std::move(note), outcome, at);
    made.transition.actorName = actor.displayName;
    return made;
}

void clearOwner(protocol::Conversation &c)
{
    c.assignee.clear();
    c.assigneeName.clear();
}

} // namespace

protocol::Millis ConversationStateMachine::slaTargetMs(int priority)
{
    // Urgent conversations must be answered first; the targets a support lead would set.
    constexpr protocol::Millis minute = 60 * 1000;
    switch (std::clamp(priority, 0, 3)) {
    case 3:
        return 2 * minute;
    case 2:
        return 5 * minute;
    case 1:
        return 10 * minute;
    default:
        return 15 * minute;
    }
}

bool ConversationStateMachine::ownedByPerson(const protocol::Conversation &c)
{
    return c.status == ConversationStatus::Human && !c.assignee.empty();
}

std::optional<Change> ConversationStateMachine::escalate(const protocol::Conversation &c, const std::string &rule,
    protocol::EscalationReason reason, int priority, protocol::Millis at)
{
    if (c.status != ConversationStatus::Ai)
        return std::nullopt;
    protocol::Conversation after = c;
    after.status = ConversationStatus::Escalated;
    priority = std::clamp(priority, 0, 3);
    after.priority = std::max(after.priority, priority);
    after.waitingSince = at;
    after.escalation = protocol::Escalation {rule, reason, priority, at, at + slaTargetMs(priority)};
    return change(c, std::move(after), "ai", std::string(protocol::toString(reason)), {}, std::nullopt, at);
}

std::optional<Change> ConversationStateMachine::closeForErasure(
    const protocol::Conversation &c, const Actor &actor, protocol::Millis at)
{
    if (c.status == ConversationStatus::Resolved)
        return std::nullopt;
    protocol::Conversation after = c;
    after.status = ConversationStatus::Resolved;
    clearOwner(after);
    after.escalation.reset();
    after.waitingSince.reset();
    return change(
        c, std::move(after), actor, transition_reasons::CustomerErased, {}, protocol::ResolveOutcome::NotResolved, at);
}

std::optional<Change> ConversationStateMachine::reopen(const protocol::Conversation &c, protocol::Millis at)
{
    if (c.status != ConversationStatus::Resolved)
        return std::nullopt;
    protocol::Conversation after = c;
    after.status = ConversationStatus::Ai;
    clearOwner(after);
    after.escalation.reset();
    return change(c, std::move(after), "system", transition_reasons::CustomerWrote, {}, std::nullopt, at);
}

std::optional<Change> ConversationStateMachine::close(
    const protocol::Conversation &c, std::string_view reason, protocol::Millis at)
{
    namespace r = transition_reasons;
    std::string actor = "system";
    auto outcome = protocol::ResolveOutcome::Resolved;
    if (reason == r::CustomerConfirmed || reason == r::NoReply) {
        if (c.status != ConversationStatus::Ai)
            return std::nullopt;
        if (reason == r::CustomerConfirmed)
            actor = "ai";
    } else if (reason == r::Abandoned) {
        if (c.status != ConversationStatus::Escalated)
            return std::nullopt;
        outcome = protocol::ResolveOutcome::Abandoned;
    } else {
        return std::nullopt;
    }
    protocol::Conversation after = c;
    after.status = ConversationStatus::Resolved;
    clearOwner(after);
    after.escalation.reset();
    after.waitingSince.reset();
    return change(c, std::move(after), actor, std::string(reason), {}, outcome, at);
}

Decision ConversationStateMachine::takeOver(const protocol::Conversation &c, const Actor &actor, protocol::Millis at)
{
    if (c.status == ConversationStatus::Resolved)
        return {std::nullopt, refuse(protocol::errors::InvalidState, tr("This conversation is resolved."))};
    if (ownedByPerson(c)) {
        if (c.assignee == actor.name)
            return {}; // already yours: nothing to change, and a repeat is not a failure
        return {std::nullopt, ownedByOther(protocol::errors::Conflict, c)};
    }
    protocol::Conversation after = c;
    after.status = ConversationStatus::Human;
    after.assignee = actor.name;
    after.assigneeName = actor.displayName;
    return {change(c, std::move(after), actor, transition_reasons::TakeOver, {}, std::nullopt, at), {}};
}

Decision ConversationStateMachine::handBack(
    const protocol::Conversation &c, const Actor &actor, const std::string &note, protocol::Millis at)
{
    if (!ownedByPerson(c))
        return {std::nullopt, refuse(protocol::errors::InvalidState, tr("Nobody owns this conversation."))};
    if (c.assignee != actor.name)
        return {std::nullopt, ownedByOther(protocol::errors::InvalidState, c)};
    protocol::Conversation after = c;
    after.status = ConversationStatus::Ai;
    clearOwner(after);
    after.escalation.reset();
    return {change(c, std::move(after), actor, transition_reasons::HandBack, note, std::nullopt, at), {}};
}

Decision ConversationStateMachine::resolve(const protocol::Conversation &c, const Actor &actor,
    protocol::ResolveOutcome outcome, const std::string &note, protocol::Millis at)
{
    if (c.status == ConversationStatus::Resolved)
        return {std::nullopt, refuse(protocol::errors::InvalidState, tr("This conversation is already resolved."))};
    if (ownedByPerson(c) && c.assignee != actor.name)
        return {std::nullopt, ownedByOther(protocol::errors::InvalidState, c)};
    if (!ownedByPerson(c) && !isSupervisor(actor))
        return {
            std::nullopt, refuse(protocol::errors::Forbidden, tr("Take the conversation over before resolving it."))};
    protocol::Conversation after = c;
    after.status = ConversationStatus::Resolved;
    clearOwner(after);
    after.escalation.reset();
    after.waitingSince.reset();
    return {change(c, std::move(after), actor, transition_reasons::Resolve, note, outcome, at), {}};
}

Decision ConversationStateMachine::transfer(
    const protocol::Conversation &c, const Actor &actor, const Actor &to, protocol::Millis at)
{
    if (!isSupervisor(actor))
        return {std::nullopt, refuse(protocol::errors::Forbidden, tr("Only supervisors can transfer conversations."))};
    if (c.status == ConversationStatus::Resolved)
        return {std::nullopt, refuse(protocol::errors::InvalidState, tr("This conversation is resolved."))};
    if (ownedByPerson(c) && c.assignee == to.name)
        return {};
    protocol::Conversation after = c;
    after.status = ConversationStatus::Human;
    after.assignee = to.name;
    after.assigneeName = to.displayName;
    return {change(c, std::move(after), actor, transition_reasons::Transfer, {}, std::nullopt, at), {}};
}

Decision ConversationStateMachine::merge(
    const protocol::Conversation &c, const protocol::Conversation &into, const Actor &actor, protocol::Millis at)
{
    if (!isSupervisor(actor))
        return {std::nullopt, refuse(protocol::errors::Forbidden, tr("Only supervisors can merge conversations."))};
    if (c.id == into.id)
        return {std::nullopt, refuse(protocol::errors::BadRequest, tr("A conversation cannot be merged into itself."))};
    // Never across customers: the copies would put one customer's words into another customer's
    // conversation, where an erasure of the first would not find them.
    if (c.customerId != into.customerId)
        return {std::nullopt,
            refuse(protocol::errors::BadRequest, tr("Only conversations of the same customer can be merged."))};
    if (c.status == ConversationStatus::Resolved)
        return {std::nullopt, refuse(protocol::errors::InvalidState, tr("This conversation is resolved."))};
    if (into.status == ConversationStatus::Resolved)
        return {
            std::nullopt, refuse(protocol::errors::InvalidState, tr("The conversation to merge into is resolved."))};
    protocol::Conversation after = c;
    after.status = ConversationStatus::Resolved;
    clearOwner(after);
    after.escalation.reset();
    after.waitingSince.reset(); // the customer waits in the other conversation now
    // Spelled out, not through trArg(), so lupdate finds the text.
    std::string note
        = QCoreApplication::translate("pilothouse::server::ConversationStateMachine", "Merged into conversation %1.")
              .arg(QString::fromStdString(into.id))
              .toStdString();
    Change made = change(c, std::move(after), actor, transition_reasons::Merged, std::move(note),
        protocol::ResolveOutcome::Resolved, at);
    made.transition.mergedInto = into.id;
    return {std::move(made), {}};
}

std::optional<Refusal> ConversationStateMachine::checkWhisper(const protocol::Conversation &c, const Actor &actor)
{
    if (!isSupervisor(actor))
        return refuse(protocol::errors::Forbidden, tr("Only supervisors can whisper to the AI."));
    // While the AI talks, a whisper shapes its next reply; while a person owns the conversation,
    // the AI's next suggestion to them. Queued or closed, nobody would follow it.
    if (c.status != ConversationStatus::Ai && !ownedByPerson(c))
        return refuse(protocol::errors::InvalidState, tr("The AI is not handling this conversation."));
    return std::nullopt;
}

std::optional<Refusal> ConversationStateMachine::checkSend(const protocol::Conversation &c, const Actor &actor)
{
    if (!ownedByPerson(c))
        return refuse(protocol::errors::InvalidState, tr("Take the conversation over before replying."));
    if (c.assignee != actor.name)
        return ownedByOther(protocol::errors::InvalidState, c);
    return std::nullopt;
}

} // namespace pilothouse::server
