#include "domain/convert.h"

#include "protocol/codec.h"

#include <array>
#include <string_view>

namespace pilothouse::models {
namespace {

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

// Built once from the codec's spellings; a function-local static is initialised thread-safely.
template<typename Enum, std::size_t N> const QString &lookup(Enum value, const std::array<Enum, N> &all)
{
    static const std::array<QString, N> names = [&all] {
        std::array<QString, N> built;
        for (std::size_t i = 0; i < N; ++i)
            built[i] = fromView(protocol::toString(all[i]));
        return built;
    }();
    const auto index = static_cast<std::size_t>(value);
    static const QString unknown;
    return index < N ? names[index] : unknown;
}

} // namespace

const QString &spelling(protocol::Channel value)
{
    using protocol::Channel;
    return lookup(value, std::array {Channel::Chat, Channel::Email, Channel::Sms, Channel::Voice});
}

const QString &spelling(protocol::ConversationKind value)
{
    using protocol::ConversationKind;
    return lookup(value, std::array {ConversationKind::Support, ConversationKind::Sales});
}

const QString &spelling(protocol::ConversationStatus value)
{
    using protocol::ConversationStatus;
    return lookup(value,
        std::array {ConversationStatus::Ai, ConversationStatus::Escalated, ConversationStatus::Human,
            ConversationStatus::Resolved});
}

const QString &spelling(protocol::Author value)
{
    using protocol::Author;
    return lookup(value, std::array {Author::Customer, Author::Ai, Author::Human, Author::System});
}

const QString &spelling(protocol::EscalationReason value)
{
    using R = protocol::EscalationReason;
    return lookup(value,
        std::array {R::AskedForHuman, R::LowConfidence, R::NegativeSentiment, R::Vip, R::LegalOrPolicy,
            R::MissingKnowledge, R::ToolFailure, R::AiLooping});
}

const QString &spelling(protocol::Visibility value)
{
    using protocol::Visibility;
    return lookup(value, std::array {Visibility::Public, Visibility::Note, Visibility::Whisper});
}

const QString &spelling(protocol::ResolveOutcome value)
{
    using protocol::ResolveOutcome;
    return lookup(value, std::array {ResolveOutcome::Resolved, ResolveOutcome::NotResolved, ResolveOutcome::Spam});
}

OrderRecord toRecord(const protocol::Order &order)
{
    OrderRecord record;
    record.id = fromStd(order.id);
    record.totalCents = order.totalCents;
    record.currency = fromStd(order.currency);
    record.status = fromStd(order.status);
    record.placedAt = order.placedAt;
    record.summary = fromStd(order.summary);
    return record;
}

CustomerRecord toRecord(const protocol::Customer &customer)
{
    CustomerRecord record;
    record.id = fromStd(customer.id);
    record.name = fromStd(customer.name);
    record.email = fromStd(customer.email);
    record.vip = customer.vip;
    record.segment = fromStd(customer.segment);
    record.lifetimeValueCents = customer.lifetimeValueCents;
    record.since = customer.since;
    record.orders.reserve(static_cast<qsizetype>(customer.orders.size()));
    for (const auto &order : customer.orders)
        record.orders.append(toRecord(order));
    return record;
}

ConversationRecord toRecord(const protocol::Conversation &conversation)
{
    ConversationRecord record;
    record.id = fromStd(conversation.id);
    record.customerId = fromStd(conversation.customerId);
    record.channel = spelling(conversation.channel);
    record.kind = spelling(conversation.kind);
    record.status = spelling(conversation.status);
    record.subject = fromStd(conversation.subject);
    record.intent = fromStd(conversation.intent);
    record.sentiment = conversation.sentiment;
    record.confidence = conversation.confidence;
    record.lastMessage = fromStd(conversation.lastMessage);
    record.lastAuthor = spelling(conversation.lastAuthor);
    record.lastMessageAt = conversation.lastMessageAt;
    record.createdAt = conversation.createdAt;
    record.waitingSince = conversation.waitingSince;
    record.priority = conversation.priority;
    record.messageCount = conversation.messageCount;
    record.assignee = fromStd(conversation.assignee);
    record.assigneeName = fromStd(conversation.assigneeName);
    if (const auto &escalation = conversation.escalation) {
        record.escalationRule = fromStd(escalation->rule);
        record.escalationReason = spelling(escalation->reason);
        record.escalationPriority = escalation->priority;
        record.escalatedAt = escalation->at;
        record.slaDueAt = escalation->slaDueAt;
    }
    return record;
}

MessageRecord toRecord(const protocol::Message &message)
{
    MessageRecord record;
    record.id = fromStd(message.id);
    record.conversationId = fromStd(message.conversationId);
    record.author = spelling(message.author);
    record.authorName = fromStd(message.authorName);
    record.text = fromStd(message.text);
    record.at = message.at;
    record.visibility = spelling(message.visibility);
    if (message.ai) {
        record.hasAi = true;
        record.intent = fromStd(message.ai->intent);
        record.confidence = message.ai->confidence;
        record.latencyMs = message.ai->latencyMs;
        record.tools.reserve(static_cast<qsizetype>(message.ai->tools.size()));
        for (const auto &tool : message.ai->tools)
            record.tools.append(ToolRecord {fromStd(tool.name), fromStd(tool.summary)});
    }
    return record;
}

JudgementRecord toRecord(const protocol::Judgement &judgement)
{
    JudgementRecord record;
    record.messageId = fromStd(judgement.messageId);
    record.conversationId = fromStd(judgement.conversationId);
    record.correct = judgement.correct;
    record.reason = fromStd(judgement.reason);
    record.by = fromStd(judgement.by);
    return record;
}

DraftRecord toRecord(const protocol::Draft &draft)
{
    DraftRecord record;
    record.id = fromStd(draft.id);
    record.conversationId = fromStd(draft.conversationId);
    record.forUser = fromStd(draft.forUser);
    record.text = fromStd(draft.text);
    record.intent = fromStd(draft.intent);
    record.confidence = draft.confidence;
    record.at = draft.at;
    return record;
}

TransitionRecord toRecord(const protocol::Transition &transition)
{
    TransitionRecord record;
    record.conversationId = fromStd(transition.conversationId);
    record.from = spelling(transition.from);
    record.to = spelling(transition.to);
    record.actor = fromStd(transition.actor);
    record.reason = fromStd(transition.reason);
    record.note = fromStd(transition.note);
    if (transition.outcome)
        record.outcome = spelling(*transition.outcome);
    record.at = transition.at;
    return record;
}

} // namespace pilothouse::models
