#include "commandplanner.h"
#include "planning.h"

#include "auth/roles.h"
#include "auth/userstore.h"
#include "db/statestore.h"
#include "privacy/erasure.h"
#include "privacy/tombstone.h"
#include "protocol/commands.h"

#include <QCoreApplication>

namespace pilothouse::server {

using namespace planning;
namespace commands = protocol::commands;

CommandPlanner::CommandPlanner(StateStore &state, UserStore &users, privacy::Erasure &erasure)
    : m_state(state)
    , m_users(users)
    , m_erasure(erasure)
{ }

std::optional<CommandPlan> CommandPlanner::plan(
    const protocol::Command &command, const Actor &actor, protocol::Millis at)
{
    const std::string &name = command.name;
    // A viewer reads and sends nothing: refused before anything about the command is looked at.
    if (!roles::operates(actor.role))
        return refused(
            command, protocol::errors::Forbidden, tr("A viewer can read but not act; ask an admin for another role."));
    // An erased customer's conversations no longer exist for operators: a command written
    // offline before the erasure and sent after it must not bring text back.
    if (const auto refusal = refuseErased(command))
        return refusal;
    if (name == commands::JudgeMessage::kName)
        return judge(command, actor);
    if (name == commands::TakeOver::kName)
        return takeOver(command, actor, at);
    if (name == commands::HandBack::kName)
        return handBack(command, actor, at);
    if (name == commands::Resolve::kName)
        return resolve(command, actor, at);
    if (name == commands::Transfer::kName)
        return transfer(command, actor, at);
    if (name == commands::Whisper::kName)
        return whisper(command, actor, at);
    if (name == commands::SendMessage::kName)
        return send(command, actor, at);
    if (name == commands::AddNote::kName)
        return addNote(command, actor, at);
    if (name == commands::EraseCustomer::kName)
        return erase(command, actor, at);
    if (name == commands::Merge::kName)
        return merge(command, actor, at);
    if (name == commands::SetPresence::kName)
        return setPresence(command, actor);
    return std::nullopt;
}

CommandPlan CommandPlanner::setPresence(const protocol::Command &command, const Actor &actor)
{
    // Any role; no event. The presence changes once the ack is remembered: a resend of the same
    // id gets that ack and changes nothing again.
    CommandPlan plan;
    const auto args = argsOf<commands::SetPresence>(command, plan);
    if (args && m_setPresence)
        plan.afterCommit
            = [setter = m_setPresence, user = actor.name, presence = args->presence] { setter(user, presence); };
    return plan;
}

CommandPlan CommandPlanner::judge(const protocol::Command &command, const Actor &actor)
{
    CommandPlan plan;
    const auto args = argsOf<commands::JudgeMessage>(command, plan);
    if (!args)
        return plan;
    if (args->reason.size() > 2000)
        return refused(command, protocol::errors::BadRequest, tr("reason is longer than 2000 bytes"));
    const auto message = m_state.message(args->messageId);
    if (!message)
        return refused(command, protocol::errors::NotFound, tr("no such message"));
    if (message->author != protocol::Author::Ai)
        return refused(
            command, protocol::errors::BadRequest, tr("only AI replies can be judged"), message->conversationId);
    const protocol::Judgement judgement {
        args->messageId, message->conversationId, args->correct, args->reason, actor.name, args->category};
    plan.conversationId = message->conversationId;
    plan.events.push_back(NewEvent {protocol::kinds::MessageJudged, judgement, command.id});
    plan.effect = [this, judgement] { return m_state.upsertJudgement(judgement); }; // for snapshots
    return plan;
}

CommandPlan CommandPlanner::fromDecision(
    const protocol::Command &command, const protocol::Conversation &before, Decision decision)
{
    if (decision.refusal)
        return refused(command, *decision.refusal, before.id);
    CommandPlan plan;
    plan.conversationId = before.id;
    if (!decision.change)
        return plan; // already so: acknowledged without an event
    Change change = std::move(*decision.change);
    plan.events.push_back(NewEvent {protocol::kinds::ConversationTransitioned, change.transition, command.id});
    plan.events.push_back(NewEvent {protocol::kinds::ConversationUpserted, change.conversation, command.id});
    plan.effect = [this, before, after = std::move(change.conversation), lost = plan.lost] {
        switch (m_state.swapConversation(before, after)) {
        case StateStore::SwapResult::Swapped:
            return true;
        case StateStore::SwapResult::Lost:
            *lost = true;
            return false;
        case StateStore::SwapResult::Error:
            return false;
        }
        return false;
    };
    return plan;
}

CommandPlan CommandPlanner::takeOver(const protocol::Command &command, const Actor &actor, protocol::Millis at)
{
    CommandPlan plan;
    const auto args = argsOf<commands::TakeOver>(command, plan);
    if (!args)
        return plan;
    const auto conversation = m_state.conversation(args->conversationId);
    if (!conversation)
        return refused(command, protocol::errors::NotFound, tr("no such conversation"), args->conversationId);
    return fromDecision(command, *conversation, ConversationStateMachine::takeOver(*conversation, actor, at));
}

CommandPlan CommandPlanner::handBack(const protocol::Command &command, const Actor &actor, protocol::Millis at)
{
    CommandPlan plan;
    const auto args = argsOf<commands::HandBack>(command, plan);
    if (!args)
        return plan;
    if (args->note.size() > kMaxTextBytes)
        return refused(command, protocol::errors::BadRequest, tr("the note is too long"), args->conversationId);
    const auto conversation = m_state.conversation(args->conversationId);
    if (!conversation)
        return refused(command, protocol::errors::NotFound, tr("no such conversation"), args->conversationId);
    return fromDecision(
        command, *conversation, ConversationStateMachine::handBack(*conversation, actor, args->note, at));
}

CommandPlan CommandPlanner::resolve(const protocol::Command &command, const Actor &actor, protocol::Millis at)
{
    CommandPlan plan;
    const auto args = argsOf<commands::Resolve>(command, plan);
    if (!args)
        return plan;
    if (args->note.size() > kMaxTextBytes)
        return refused(command, protocol::errors::BadRequest, tr("the note is too long"), args->conversationId);
    const auto conversation = m_state.conversation(args->conversationId);
    if (!conversation)
        return refused(command, protocol::errors::NotFound, tr("no such conversation"), args->conversationId);
    return fromDecision(
        command, *conversation, ConversationStateMachine::resolve(*conversation, actor, args->outcome, args->note, at));
}

CommandPlan CommandPlanner::transfer(const protocol::Command &command, const Actor &actor, protocol::Millis at)
{
    CommandPlan plan;
    const auto args = argsOf<commands::Transfer>(command, plan);
    if (!args)
        return plan;
    const auto conversation = m_state.conversation(args->conversationId);
    if (!conversation)
        return refused(command, protocol::errors::NotFound, tr("no such conversation"), args->conversationId);
    // Roles first: an agent learns nothing about other users from a refused transfer.
    if (actor.role == Role::Agent)
        return fromDecision(
            command, *conversation, ConversationStateMachine::transfer(*conversation, actor, actor, at));
    const auto target = m_users.user(QString::fromStdString(args->toUser));
    if (!target)
        return refused(command, protocol::errors::NotFound, tr("no such user"), args->conversationId);
    if (!roles::operates(target->role))
        return refused(command, protocol::errors::BadRequest,
            QCoreApplication::translate(
                "pilothouse::server::CommandPlanner", "%1 is a viewer and cannot answer customers.")
                .arg(target->displayName)
                .toStdString(),
            args->conversationId);
    const Actor to {args->toUser, target->displayName.toStdString(), target->role};
    return fromDecision(command, *conversation, ConversationStateMachine::transfer(*conversation, actor, to, at));
}

CommandPlan CommandPlanner::addMessage(const protocol::Command &command, const Actor &actor,
    const protocol::Conversation &before, protocol::Visibility visibility, const std::string &text, protocol::Millis at,
    bool updateRow)
{
    CommandPlan plan;
    plan.conversationId = before.id;
    protocol::Message message;
    // Derived from the command id so the console can match its local echo (docs/protocol.md).
    message.id = commands::sentMessageId(command.id);
    message.conversationId = before.id;
    message.author = protocol::Author::Human;
    message.authorName = actor.displayName.empty() ? actor.name : actor.displayName;
    message.text = text;
    message.at = at;
    message.visibility = visibility;
    plan.events.push_back(NewEvent {protocol::kinds::MessageCreated, message, command.id});
    protocol::Conversation after = before;
    if (updateRow) {
        after.lastMessage = text;
        after.lastAuthor = protocol::Author::Human;
        after.lastMessageAt = at;
        after.messageCount += 1;
        after.waitingSince.reset(); // a person answered
        // The first public answer after an escalation is the one its deadline is measured by.
        if (visibility == protocol::Visibility::Public && after.escalation && !after.escalation->respondedAt)
            after.escalation->respondedAt = at;
        plan.events.push_back(NewEvent {protocol::kinds::ConversationUpserted, after, command.id});
    }
    plan.effect = [this, before, after, message, updateRow, lost = plan.lost] {
        if (updateRow) {
            const auto swapped = m_state.swapConversation(before, after);
            if (swapped == StateStore::SwapResult::Lost)
                *lost = true;
            if (swapped != StateStore::SwapResult::Swapped)
                return false;
        }
        return m_state.insertMessage(message);
    };
    return plan;
}

CommandPlan CommandPlanner::planMessage(const protocol::Command &command, const Actor &actor, protocol::Millis at,
    const std::string &conversationId, const std::string &text, const char *tooLong, MessageCheck check,
    protocol::Visibility visibility, bool updateRow)
{
    if (text.size() > kMaxTextBytes)
        return refused(command, protocol::errors::BadRequest, tr(tooLong), conversationId);
    const auto conversation = m_state.conversation(conversationId);
    if (!conversation)
        return refused(command, protocol::errors::NotFound, tr("no such conversation"), conversationId);
    if (check) {
        if (const auto refusal = check(*conversation, actor))
            return refused(command, *refusal, conversationId);
    }
    return addMessage(command, actor, *conversation, visibility, text, at, updateRow);
}

CommandPlan CommandPlanner::whisper(const protocol::Command &command, const Actor &actor, protocol::Millis at)
{
    CommandPlan plan;
    const auto args = argsOf<commands::Whisper>(command, plan);
    if (!args)
        return plan;
    return planMessage(command, actor, at, args->conversationId, args->text, "the text is too long",
        &ConversationStateMachine::checkWhisper, protocol::Visibility::Whisper, false);
}

CommandPlan CommandPlanner::send(const protocol::Command &command, const Actor &actor, protocol::Millis at)
{
    CommandPlan plan;
    const auto args = argsOf<commands::SendMessage>(command, plan);
    if (!args)
        return plan;
    return planMessage(command, actor, at, args->conversationId, args->text, "the message is too long",
        &ConversationStateMachine::checkSend, protocol::Visibility::Public, true);
}

CommandPlan CommandPlanner::addNote(const protocol::Command &command, const Actor &actor, protocol::Millis at)
{
    CommandPlan plan;
    const auto args = argsOf<commands::AddNote>(command, plan);
    if (!args)
        return plan;
    return planMessage(command, actor, at, args->conversationId, args->text, "the note is too long", nullptr,
        protocol::Visibility::Note, false);
}

std::optional<CommandPlan> CommandPlanner::refuseErased(const protocol::Command &command) const
{
    if (!command.args.is_object())
        return std::nullopt;
    std::string conversationId;
    if (const auto it = command.args.find("conversationId"); it != command.args.end() && it->is_string()) {
        conversationId = it->get<std::string>();
    } else if (const auto msg = command.args.find("messageId"); msg != command.args.end() && msg->is_string()) {
        if (const auto message = m_state.message(msg->get<std::string>()))
            conversationId = message->conversationId;
    }
    if (conversationId.empty())
        return std::nullopt;
    const auto conversation = m_state.conversation(conversationId);
    if (!conversation || !m_state.isErased(conversation->customerId))
        return std::nullopt;
    return refused(command, protocol::errors::NotFound, tr("no such conversation"), conversationId);
}

CommandPlan CommandPlanner::erase(const protocol::Command &command, const Actor &actor, protocol::Millis at)
{
    CommandPlan plan;
    const auto args = argsOf<commands::EraseCustomer>(command, plan);
    if (!args)
        return plan;
    // The role first: nobody else learns which customers exist.
    if (actor.role != Role::Admin)
        return refused(command, protocol::errors::Forbidden, tr("Only an admin may erase a customer."));
    if (!m_state.hasCustomer(args->customerId))
        return refused(command, protocol::errors::NotFound, tr("no such customer"));
    if (m_state.isErased(args->customerId))
        return refused(command, protocol::errors::NotFound, tr("this customer was already erased"));

    // Open conversations close first, so nobody (the AI included) goes on writing in them. Their
    // rows travel with the personal text already replaced: the event carries no more than the
    // log keeps after the rewrite.
    std::vector<std::pair<protocol::Conversation, protocol::Conversation>> closes;
    for (const std::string &id : m_state.conversationIdsOf(args->customerId)) {
        const auto row = m_state.conversation(id);
        if (!row)
            continue;
        auto change = ConversationStateMachine::closeForErasure(*row, actor, at);
        if (!change)
            continue;
        nlohmann::json scrubbed = change->conversation;
        privacy::tombstone(protocol::kinds::ConversationUpserted, scrubbed);
        if (auto decoded = protocol::conversationFromJson(scrubbed))
            change->conversation = std::move(decoded).value();
        plan.events.push_back(NewEvent {protocol::kinds::ConversationTransitioned, change->transition, command.id});
        plan.events.push_back(NewEvent {protocol::kinds::ConversationUpserted, change->conversation, command.id});
        closes.emplace_back(*row, std::move(change->conversation));
    }
    plan.events.push_back(NewEvent {
        protocol::kinds::CustomerErased, protocol::CustomerErasure {args->customerId, actor.name}, command.id});
    plan.effect
        = [this, closes = std::move(closes), customerId = args->customerId, by = actor.name, at, lost = plan.lost] {
              for (const auto &[before, after] : closes) {
                  const auto swapped = m_state.swapConversation(before, after);
                  if (swapped == StateStore::SwapResult::Lost)
                      *lost = true;
                  if (swapped != StateStore::SwapResult::Swapped)
                      return false;
              }
              return m_erasure.rewrite(customerId, by, at);
          };
    plan.afterCommit = [this] { m_erasure.scrub(); };
    return plan;
}

} // namespace pilothouse::server
