#include "commandplanner.h"
#include "planning.h"

#include "db/statestore.h"
#include "protocol/commands.h"

#include <QCoreApplication>

// conversation.merge (docs/protocol.md section 9.2): the planner's largest command, on its own.

namespace pilothouse::server {

using namespace planning;
namespace commands = protocol::commands;

namespace {

/// The row of the conversation a merge goes into, with the customer's messages copied from
/// `from` (oldest first) as docs/protocol.md section 9.2 says: the latest customer message is the
/// latest of both; the last message and the wait change only when `from`'s customer was waiting
/// for an answer and wrote after `into`'s last message.
protocol::Conversation withCopies(
    protocol::Conversation into, const protocol::Conversation &from, const std::vector<protocol::Message> &copies)
{
    into.messageCount += static_cast<std::int64_t>(copies.size());
    if (copies.empty())
        return into;
    const protocol::Message &latest = copies.back();
    if (!into.lastCustomerMessageAt || latest.at > *into.lastCustomerMessageAt) {
        into.lastCustomerMessage = latest.text;
        into.lastCustomerMessageAt = latest.at;
    }
    if (from.waitingSince && latest.at > into.lastMessageAt) {
        into.lastMessage = latest.text;
        into.lastAuthor = protocol::Author::Customer;
        into.lastMessageAt = latest.at;
        if (!into.waitingSince || *from.waitingSince < *into.waitingSince)
            into.waitingSince = from.waitingSince;
    }
    return into;
}

} // namespace

CommandPlan CommandPlanner::merge(const protocol::Command &command, const Actor &actor, protocol::Millis at)
{
    CommandPlan plan;
    const auto args = argsOf<commands::Merge>(command, plan);
    if (!args)
        return plan;
    const auto from = m_state.conversation(args->conversationId);
    if (!from)
        return refused(command, protocol::errors::NotFound, tr("no such conversation"), args->conversationId);
    // An erased customer's conversation does not exist for operators, as everywhere (section 9.1).
    const auto into = m_state.conversation(args->intoConversationId);
    if (!into || m_state.isErased(into->customerId))
        return refused(
            command, protocol::errors::NotFound, tr("no such conversation to merge into"), args->conversationId);
    Decision decision = ConversationStateMachine::merge(*from, *into, actor, at);
    if (decision.refusal || !decision.change)
        return fromDecision(command, *from, std::move(decision));
    Change closed = std::move(*decision.change);

    // The customer's own words go along (public messages only, oldest first), each copy with an id
    // derived from its original and the original's author, name and time. A message copied by an
    // earlier merge (of a conversation reopened since) is not copied again: ids are unique.
    std::vector<protocol::Message> copies;
    for (const protocol::Message &original : m_state.messages(from->id)) {
        if (original.author != protocol::Author::Customer || original.visibility != protocol::Visibility::Public)
            continue;
        protocol::Message copy = original;
        copy.id = commands::mergedMessageId(original.id);
        copy.conversationId = into->id;
        if (!m_state.message(copy.id))
            copies.push_back(std::move(copy));
    }
    const QString who = QString::fromStdString(actor.displayName.empty() ? actor.name : actor.displayName);
    const int copied = int(copies.size());
    const QString said = QCoreApplication::translate("pilothouse::server::CommandPlanner",
        "%1 merged conversation %2 into this one: %n of the customer's messages copied from it.",
        "the merge note: who, the merged conversation's id, how many messages", copied);
    protocol::Message note;
    note.id = commands::sentMessageId(command.id);
    note.conversationId = into->id;
    note.author = protocol::Author::System;
    note.authorName = tr("Pilothouse");
    note.text = said.arg(who, QString::fromStdString(from->id)).toStdString();
    note.at = at;
    note.visibility = protocol::Visibility::Note;
    const protocol::Conversation after = withCopies(*into, *from, copies);

    plan.conversationId = from->id;
    plan.events.push_back(NewEvent {protocol::kinds::ConversationTransitioned, closed.transition, command.id});
    plan.events.push_back(NewEvent {protocol::kinds::ConversationUpserted, closed.conversation, command.id});
    for (const protocol::Message &copy : copies)
        plan.events.push_back(NewEvent {protocol::kinds::MessageCreated, copy, command.id});
    plan.events.push_back(NewEvent {protocol::kinds::MessageCreated, note, command.id});
    plan.events.push_back(NewEvent {protocol::kinds::ConversationUpserted, after, command.id});
    plan.effect = [this, fromBefore = *from, fromAfter = std::move(closed.conversation), intoBefore = *into, after,
                      copies = std::move(copies), note, lost = plan.lost] {
        if (!swapped(m_state, fromBefore, fromAfter, *lost) || !swapped(m_state, intoBefore, after, *lost))
            return false;
        for (const protocol::Message &copy : copies) {
            if (!m_state.insertMessage(copy))
                return false;
        }
        return m_state.insertMessage(note);
    };
    return plan;
}

} // namespace pilothouse::server
