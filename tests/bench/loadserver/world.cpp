#include "world.h"

#include "synthtext.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace pilothouse::loadserver {
namespace {

using protocol::Millis;
using Status = protocol::ConversationStatus;

constexpr Millis kMinute = 60'000;
constexpr Millis kDay = 24 * 60 * kMinute;
constexpr Millis kSpan = 20 * kDay; ///< Every made-up conversation starts within the last 20 days.
constexpr Millis kLongestGap = 2 * kMinute; ///< Between two made-up messages of one conversation.

// Seed families: one per kind of item, so a customer's name never depends on its orders' draws.
enum Family : std::uint64_t { Shapes = 1, Messages, Names, Languages, Customers, Confidences };

struct Operator {
    const char *name;
    const char *displayName;
};
constexpr std::array<Operator, 4> kOperators {
    {{"sam", "Sam Ortiz"}, {"maria", "Maria Lopez"}, {"lee", "Lee Chen"}, {"ana", "Ana Costa"}}};

struct Reason {
    protocol::EscalationReason reason;
    const char *rule;
};
constexpr std::array<Reason, 6> kReasons {{{protocol::EscalationReason::AskedForHuman, "human-request"},
    {protocol::EscalationReason::LowConfidence, "low-confidence"},
    {protocol::EscalationReason::NegativeSentiment, "negative-sentiment"}, {protocol::EscalationReason::Vip, "vip"},
    {protocol::EscalationReason::LegalOrPolicy, "legal-or-policy"},
    {protocol::EscalationReason::MissingKnowledge, "missing-knowledge"}}};

constexpr std::array<std::string_view, 5> kLanguages {"en", "fr", "de", "es", "ru"};
constexpr std::array<std::string_view, 5> kOrderStates {"processing", "shipped", "delivered", "returned", "cancelled"};

std::string customerName(int index)
{
    Rng rng(seedFor(Names, std::uint64_t(index)));
    return personName(rng);
}

std::string customerLanguage(int index)
{
    const int roll = Rng(seedFor(Languages, std::uint64_t(index))).below(100);
    return std::string(kLanguages[roll < 70 ? 0 : std::size_t(1 + roll % 4)]);
}

/// Most conversations of the last two days are open; older ones are mostly resolved.
Status statusFor(bool recent, int roll)
{
    const std::array<int, 3> upTo = recent ? std::array<int, 3> {40, 55, 65} : std::array<int, 3> {3, 4, 5};
    if (roll < upTo[0])
        return Status::Ai;
    if (roll < upTo[1])
        return Status::Escalated;
    return roll < upTo[2] ? Status::Human : Status::Resolved;
}

double aiConfidence(int conversation, int index)
{
    Rng rng(seedFor(Confidences, (std::uint64_t(conversation) << 32) | std::uint32_t(index)));
    return 0.35 + 0.64 * rng.unit();
}

} // namespace

/// What stays fixed about a conversation, drawn from its index.
struct World::Shape {
    int customer = 0;
    Status status = Status::Ai;
    protocol::Channel channel = protocol::Channel::Chat;
    protocol::ConversationKind kind = protocol::ConversationKind::Support;
    Millis createdAt = 0;
    Millis gap = 0; ///< Between two made-up messages.
    std::string intent;
    std::string subject;
    double sentiment = 0;
    int humanFrom = 0; ///< Status human: from this message on, people answer instead of the AI.
    int priority = 0;
    Reason reason {};
    bool escalated = false; ///< Passed through the queue (escalated, or human after an escalation).
    bool handedOff = false; ///< Resolved: people handled it at some point.
    Operator owner {};
    protocol::ResolveOutcome outcome = protocol::ResolveOutcome::Resolved;
    int closer = 0; ///< 0: the AI, 1: the system, 2: the owner.
    int sales = 0; ///< A roll for the sales stage.
};

World::World(int conversations, int messagesEach, protocol::Millis origin)
    : m_conversations(conversations)
    , m_messagesEach(messagesEach)
    , m_customers((conversations + 1) / 2)
    , m_origin(origin)
    , m_live(std::size_t(conversations))
{
    for (int index = 0; index < conversations; ++index) {
        if (shape(index).status != Status::Resolved)
            m_open.push_back(index);
    }
}

World::Shape World::shape(int index) const
{
    Rng rng(seedFor(Shapes, std::uint64_t(index)));
    Shape s;
    s.customer = index % std::max(1, m_customers);
    // Spread over the last 20 days, oldest first; the newest tenth is the last two days, where
    // most open conversations are.
    const Millis room = std::max<Millis>(0, kSpan - m_messagesEach * kLongestGap - 2 * 60 * kMinute);
    s.createdAt = m_origin - kSpan + Millis(double(room) * index / std::max(1, m_conversations));
    s.gap = 20'000 + rng.below(int(kLongestGap - 20'000));
    const bool recent = index >= m_conversations - m_conversations / 10;
    const int roll = rng.below(100);
    s.status = statusFor(recent, roll);
    const int channel = rng.below(100);
    s.channel = channel < 60 ? protocol::Channel::Chat
        : channel < 85       ? protocol::Channel::Email
        : channel < 95       ? protocol::Channel::Sms
                             : protocol::Channel::Voice;
    s.kind = rng.percent(20) ? protocol::ConversationKind::Sales : protocol::ConversationKind::Support;
    s.intent = std::string(intent(rng));
    s.subject = subject(rng);
    s.sentiment = rng.unit() * 1.6 - 0.8;
    s.humanFrom = std::max(1, m_messagesEach - m_messagesEach / 4);
    s.priority = rng.below(4);
    s.reason = kReasons[std::size_t(rng.below(int(kReasons.size())))];
    s.escalated = s.status == Status::Escalated || (s.status == Status::Human && rng.percent(70));
    s.handedOff = rng.percent(20);
    s.owner = kOperators[std::size_t(rng.below(int(kOperators.size())))];
    const int outcome = rng.below(100);
    s.outcome = outcome < 85 ? protocol::ResolveOutcome::Resolved
        : outcome < 95       ? protocol::ResolveOutcome::NotResolved
                             : protocol::ResolveOutcome::Spam;
    s.closer = s.handedOff ? 2 : rng.below(2);
    s.sales = rng.below(100);
    return s;
}

protocol::Author World::authorOf(const Shape &s, int index) const
{
    if (index % 2 == 0)
        return protocol::Author::Customer;
    return s.status == Status::Human && index >= s.humanFrom ? protocol::Author::Human : protocol::Author::Ai;
}

protocol::Millis World::messageTime(const Shape &s, int conversation, int index) const
{
    if (index < m_messagesEach)
        return s.createdAt + Millis(index) * s.gap;
    return m_live[std::size_t(conversation)][std::size_t(index - m_messagesEach)];
}

int World::messageCount(int conversation) const
{
    return m_messagesEach + int(m_live[std::size_t(conversation)].size());
}

protocol::Customer World::customer(int index) const
{
    protocol::Customer c;
    c.id = "cu-" + std::to_string(index);
    c.name = customerName(index);
    c.email = "customer" + std::to_string(index) + "@example.com";
    c.language = customerLanguage(index);
    Rng rng(seedFor(Customers, std::uint64_t(index)));
    c.vip = rng.percent(5);
    constexpr std::array<const char *, 4> segments {"new", "returning", "returning", "business"};
    c.segment = c.vip ? "vip" : segments[std::size_t(rng.below(4))];
    c.lifetimeValueCents = rng.below(500'000);
    c.since = m_origin - (30 + rng.below(1000)) * kDay;
    const int orders = rng.below(4);
    for (int j = 0; j < orders; ++j) { // most recent first
        protocol::Order order;
        order.id = std::to_string(100'000 + index * 4 + j);
        order.totalCents = 1500 + rng.below(25'000);
        order.currency = "USD";
        order.status = std::string(kOrderStates[std::size_t(rng.below(int(kOrderStates.size())))]);
        order.placedAt = m_origin - (Millis(j) * 15 + 1 + rng.below(14)) * kDay - rng.below(int(kDay));
        order.summary = orderSummary(rng);
        c.orders.push_back(std::move(order));
    }
    return c;
}

protocol::Message World::message(int conversation, int index) const
{
    return makeMessage(shape(conversation), conversation, index);
}

std::vector<protocol::Message> World::messages(int conversation) const
{
    const Shape s = shape(conversation);
    const int count = messageCount(conversation);
    std::vector<protocol::Message> all;
    all.reserve(std::size_t(count));
    for (int index = 0; index < count; ++index)
        all.push_back(makeMessage(s, conversation, index));
    return all;
}

protocol::Message World::makeMessage(const Shape &s, int conversation, int index) const
{
    Rng rng(seedFor(Messages, (std::uint64_t(conversation) << 32) | std::uint32_t(index)));
    protocol::Message m;
    m.id = "msg-" + std::to_string(conversation) + "-" + std::to_string(index);
    m.conversationId = "cv-" + std::to_string(conversation);
    m.author = authorOf(s, index);
    m.authorName = m.author == protocol::Author::Customer ? customerName(s.customer)
        : m.author == protocol::Author::Human             ? std::string(s.owner.displayName)
                                                          : std::string("Pilot (AI)");
    m.text = messageText(rng, m.author == protocol::Author::Customer);
    m.at = messageTime(s, conversation, index);
    if (m.author == protocol::Author::Ai) {
        protocol::AiAnnotation ai;
        ai.intent = s.intent;
        ai.confidence = aiConfidence(conversation, index);
        ai.latencyMs = 300 + rng.below(2200);
        if (rng.percent(40))
            ai.tools.push_back({"order.lookup", "looked up order #" + std::to_string(10'000 + rng.below(90'000))});
        ai.tokens = 150 + rng.below(700);
        protocol::RuleInputs rules;
        rules.sentiment = rng.unit() * 1.2 - 0.6;
        rules.language = customerLanguage(s.customer);
        rules.missingKnowledge = rng.percent(3);
        ai.rules = std::move(rules);
        m.ai = std::move(ai);
    }
    return m;
}

protocol::Conversation World::conversation(int index) const
{
    const Shape s = shape(index);
    const int count = messageCount(index);
    const protocol::Message last = makeMessage(s, index, count - 1);
    protocol::Conversation c;
    c.id = "cv-" + std::to_string(index);
    c.customerId = "cu-" + std::to_string(s.customer);
    c.channel = s.channel;
    c.kind = s.kind;
    c.status = s.status;
    c.subject = s.subject;
    c.intent = s.intent;
    c.sentiment = s.sentiment;
    for (int i = count - 1; i >= 0; --i) {
        if (authorOf(s, i) == protocol::Author::Ai) {
            c.confidence = aiConfidence(index, i);
            break;
        }
    }
    c.lastMessage = last.text;
    c.lastAuthor = last.author;
    c.lastMessageAt = last.at;
    c.createdAt = s.createdAt;
    c.messageCount = count;
    const Millis lastMade = messageTime(s, index, m_messagesEach - 1);
    if (s.status != Status::Resolved && last.author == protocol::Author::Customer)
        c.waitingSince = last.at;
    if (s.escalated) {
        const Millis at = s.status == Status::Escalated ? lastMade : messageTime(s, index, s.humanFrom - 1);
        const Millis sla = std::array<Millis, 4> {15, 10, 5, 2}[std::size_t(s.priority)] * kMinute;
        c.escalation = protocol::Escalation {s.reason.rule, s.reason.reason, s.priority, at, at + sla};
        c.handoff = protocol::Handoff {at, s.reason.reason};
        c.priority = s.priority;
        if (s.status == Status::Escalated)
            c.waitingSince = at;
    }
    if (s.status == Status::Human) {
        c.assignee = s.owner.name;
        c.assigneeName = s.owner.displayName;
        c.humanSince = messageTime(s, index, s.humanFrom - 1) + 10'000;
        if (!c.handoff)
            c.handoff = protocol::Handoff {*c.humanSince, std::nullopt};
    }
    if (s.status == Status::Resolved) {
        const char *by = s.closer == 0 ? "ai" : s.closer == 1 ? "system" : s.owner.name;
        c.closed = protocol::Closed {s.outcome, by, last.at + kMinute};
        if (s.handedOff) {
            c.handoff = protocol::Handoff {s.createdAt + s.gap, s.reason.reason};
            c.humanHandleMs = (5 + s.sales % 35) * kMinute;
        }
    }
    if (s.kind == protocol::ConversationKind::Sales) {
        using Stage = protocol::SalesStage;
        c.salesStage = s.status == Status::Resolved ? (s.sales < 40 ? Stage::Won : Stage::Lost)
                                                    : (s.sales < 30 ? Stage::Qualified : Stage::Engaged);
        c.qualification = {protocol::QualificationFact::Need};
        if (c.salesStage == Stage::Qualified || s.sales < 20)
            c.qualification = {protocol::QualificationFact::Need, protocol::QualificationFact::Timeline,
                protocol::QualificationFact::Budget, protocol::QualificationFact::Authority};
    }
    return c;
}

std::pair<protocol::Message, protocol::Conversation> World::addLiveMessage(int conversation, protocol::Millis at)
{
    const int count = messageCount(conversation);
    const Millis previous = messageTime(shape(conversation), conversation, count - 1);
    m_live[std::size_t(conversation)].push_back(std::max(at, previous + 1));
    return {message(conversation, count), this->conversation(conversation)};
}

} // namespace pilothouse::loadserver
