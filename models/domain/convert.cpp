#include "domain/convert.h"

#include "domain/catalogue.h"
#include "protocol/codec.h"

#include <QHash>

#include <string_view>

namespace pilothouse::models {
namespace {

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

template<typename Wire> QString spelled(Wire value)
{
    return fromView(protocol::toString(value));
}

template<typename Wire> QString spelled(const std::optional<Wire> &value)
{
    return value ? spelled(*value) : QString();
}

/// Parses with the codec's `parse` and maps through the catalogue.
template<typename Value, typename Wire>
bool parsed(const QString &text, Value &out, std::optional<Wire> (*parse)(std::string_view))
{
    const auto wire = parse(text.toStdString());
    if (wire)
        out = catalogue::fromProtocol(*wire);
    return wire.has_value();
}

} // namespace

QString wireName(Status::Value value)
{
    return spelled(catalogue::toProtocol(value));
}
QString wireName(Kind::Value value)
{
    return spelled(catalogue::toProtocol(value));
}
QString wireName(Channel::Value value)
{
    return spelled(catalogue::toProtocol(value));
}
QString wireName(Author::Value value)
{
    return spelled(catalogue::toProtocol(value));
}
QString wireName(Visibility::Value value)
{
    return spelled(catalogue::toProtocol(value));
}
QString wireName(EscalationReason::Value value)
{
    return spelled(catalogue::toProtocol(value));
}

QString wireName(Outcome::Value value)
{
    return spelled(catalogue::toProtocol(value));
}

QString wireName(ReviewReason::Value value)
{
    return spelled(catalogue::toProtocol(value));
}

bool fromWireName(const QString &text, ReviewReason::Value &out)
{
    if (text.isEmpty()) {
        out = ReviewReason::None;
        return true;
    }
    return parsed(text, out, protocol::reviewReasonFromString);
}

bool fromWireName(const QString &text, Outcome::Value &out)
{
    if (text.isEmpty()) {
        out = Outcome::None;
        return true;
    }
    const auto outcome = protocol::outcomeFromString(text.toStdString());
    if (!outcome)
        return false;
    out = catalogue::fromProtocol(*outcome);
    return true;
}

bool fromWireName(const QString &text, Status::Value &out)
{
    return parsed(text, out, protocol::statusFromString);
}
bool fromWireName(const QString &text, Kind::Value &out)
{
    return parsed(text, out, protocol::kindFromString);
}
bool fromWireName(const QString &text, Channel::Value &out)
{
    return parsed(text, out, protocol::channelFromString);
}
bool fromWireName(const QString &text, Author::Value &out)
{
    return parsed(text, out, protocol::authorFromString);
}
bool fromWireName(const QString &text, Visibility::Value &out)
{
    return parsed(text, out, protocol::visibilityFromString);
}
bool fromWireName(const QString &text, EscalationReason::Value &out)
{
    if (text.isEmpty()) {
        out = EscalationReason::None;
        return true;
    }
    return parsed(text, out, protocol::escalationReasonFromString);
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
    record.language = fromStd(customer.language);
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
    record.channel = catalogue::fromProtocol(conversation.channel);
    record.kind = catalogue::fromProtocol(conversation.kind);
    record.status = catalogue::fromProtocol(conversation.status);
    record.subject = fromStd(conversation.subject);
    record.intent = fromStd(conversation.intent);
    record.sentiment = conversation.sentiment;
    record.confidence = conversation.confidence;
    record.lastMessage = fromStd(conversation.lastMessage);
    record.lastAuthor = catalogue::fromProtocol(conversation.lastAuthor);
    record.lastMessageAt = conversation.lastMessageAt;
    record.createdAt = conversation.createdAt;
    record.waitingSince = conversation.waitingSince;
    record.priority = conversation.priority;
    record.messageCount = conversation.messageCount;
    record.assignee = fromStd(conversation.assignee);
    record.assigneeName = fromStd(conversation.assigneeName);
    if (const auto &escalation = conversation.escalation) {
        record.escalationRule = fromStd(escalation->rule);
        record.escalationRuleName = fromStd(escalation->ruleName);
        record.escalationReason = catalogue::fromProtocol(escalation->reason);
        record.escalationPriority = escalation->priority;
        record.escalatedAt = escalation->at;
        record.slaDueAt = escalation->slaDueAt;
        record.respondedAt = escalation->respondedAt.value_or(0);
    }
    if (const auto &closed = conversation.closed) {
        record.closedOutcome = catalogue::fromProtocol(closed->outcome);
        record.closedBy = fromStd(closed->by);
        record.closedAt = closed->at;
    }
    if (const auto &handoff = conversation.handoff) {
        record.handoffAt = handoff->at;
        if (handoff->reason)
            record.handoffReason = catalogue::fromProtocol(*handoff->reason);
        record.handoffDueAt = handoff->dueAt.value_or(0);
    }
    if (const auto &weakest = conversation.weakestReply) {
        record.weakestConfidence = weakest->confidence;
        record.weakestMessageId = fromStd(weakest->messageId);
        record.weakestIntent = fromStd(weakest->intent);
    }
    record.lastCustomerMessage = fromStd(conversation.lastCustomerMessage);
    record.lastCustomerMessageAt = conversation.lastCustomerMessageAt.value_or(0);
    return record;
}

MessageRecord toRecord(const protocol::Message &message)
{
    MessageRecord record;
    record.id = fromStd(message.id);
    record.conversationId = fromStd(message.conversationId);
    record.author = catalogue::fromProtocol(message.author);
    record.authorName = fromStd(message.authorName);
    record.text = fromStd(message.text);
    record.at = message.at;
    record.visibility = catalogue::fromProtocol(message.visibility);
    if (message.ai) {
        record.hasAi = true;
        record.intent = fromStd(message.ai->intent);
        record.confidence = message.ai->confidence;
        record.latencyMs = message.ai->latencyMs;
        record.tools.reserve(static_cast<qsizetype>(message.ai->tools.size()));
        for (const auto &tool : message.ai->tools)
            record.tools.append(ToolRecord {fromStd(tool.name), fromStd(tool.summary)});
        if (const auto &rules = message.ai->rules) {
            record.rules = RuleInputsRecord {rules->version, rules->sentiment, fromStd(rules->language),
                rules->toolFailed, rules->missingKnowledge,
                rules->orderValueCents ? std::optional<qint64>(*rules->orderValueCents) : std::nullopt,
                fromStd(rules->matched)};
        }
    }
    return record;
}

ConfigVersionRecord toRecord(const protocol::ConfigPublished &config)
{
    return {fromStd(config.document), config.version, fromStd(config.author), config.at, fromStd(config.note),
        config.restoredFrom ? std::optional<qint64>(*config.restoredFrom) : std::nullopt, fromStd(config.body)};
}

JudgementRecord toRecord(const protocol::Judgement &judgement)
{
    JudgementRecord record;
    record.messageId = fromStd(judgement.messageId);
    record.conversationId = fromStd(judgement.conversationId);
    record.correct = judgement.correct;
    record.reason = fromStd(judgement.reason);
    record.by = fromStd(judgement.by);
    if (judgement.category)
        record.category = catalogue::fromProtocol(*judgement.category);
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

TransitionReason::Value transitionReason(const QString &spelling)
{
    // The spellings of docs/protocol.md section 8.1; an escalation's reason is an escalation
    // reason's spelling.
    static const QHash<QString, TransitionReason::Value> kReasons {
        {QStringLiteral("take_over"), TransitionReason::TakeOver},
        {QStringLiteral("transfer"), TransitionReason::Transfer},
        {QStringLiteral("hand_back"), TransitionReason::HandBack},
        {QStringLiteral("resolve"), TransitionReason::Resolve},
        {QStringLiteral("customer_confirmed"), TransitionReason::CustomerConfirmed},
        {QStringLiteral("no_reply"), TransitionReason::NoReply},
        {QStringLiteral("abandoned"), TransitionReason::Abandoned},
        {QStringLiteral("customer_wrote"), TransitionReason::CustomerWrote},
        {QStringLiteral("customer_erased"), TransitionReason::CustomerErased},
        {QStringLiteral("merged"), TransitionReason::Merged},
    };
    if (const auto it = kReasons.constFind(spelling); it != kReasons.cend())
        return *it;
    EscalationReason::Value escalation = EscalationReason::None;
    return !spelling.isEmpty() && fromWireName(spelling, escalation) ? TransitionReason::Escalation
                                                                     : TransitionReason::Other;
}

TransitionRecord toRecord(const protocol::Transition &transition)
{
    TransitionRecord record;
    record.conversationId = fromStd(transition.conversationId);
    record.from = catalogue::fromProtocol(transition.from);
    record.to = catalogue::fromProtocol(transition.to);
    record.actor = fromStd(transition.actor);
    record.actorName = fromStd(transition.actorName);
    record.reason = fromStd(transition.reason);
    record.kind = transitionReason(record.reason);
    record.note = fromStd(transition.note);
    if (transition.outcome)
        record.outcome = catalogue::fromProtocol(*transition.outcome);
    record.assigneeName = fromStd(transition.assigneeName);
    record.at = transition.at;
    return record;
}

RatingRecord toRecord(const protocol::Rating &rating)
{
    return RatingRecord {fromStd(rating.conversationId), rating.rating, fromStd(rating.comment), rating.at};
}

} // namespace pilothouse::models
