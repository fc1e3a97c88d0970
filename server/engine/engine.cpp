#include "engine.h"

#include "db/statestore.h"
#include "eventlog/eventlog.h"

#include "agent/agent.h"
#include "log/log.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>

namespace pilothouse::server {
namespace {

auto logger()
{
    return pilothouse::log::get("server");
}

std::string newId(char prefix)
{
    // System randomness, not the seeded one: a rerun with the same seed must not reuse ids.
    const quint64 value = QRandomGenerator::system()->generate64();
    return std::string(1, prefix) + '-' + QString::number(value, 16).rightJustified(16, u'0').toStdString();
}

protocol::Millis wallClock()
{
    return QDateTime::currentMSecsSinceEpoch();
}

std::string systemAuthorName()
{
    return QCoreApplication::translate("pilothouse::server::Engine", "Pilothouse").toStdString();
}

/// The escalation reason in words an operator reads on the transcript.
std::string escalationNote(const Escalation &escalation)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("pilothouse::server::Engine", text);
    };
    static const std::pair<const char *, const char *> reasonsInWords[] = {
        {reasons::AskedForHuman, QT_TRANSLATE_NOOP("pilothouse::server::Engine", "the customer asked for a person")},
        {reasons::LowConfidence, QT_TRANSLATE_NOOP("pilothouse::server::Engine", "the AI was not confident in its answer")},
        {reasons::NegativeSentiment, QT_TRANSLATE_NOOP("pilothouse::server::Engine", "the customer is upset")},
        {reasons::Vip, QT_TRANSLATE_NOOP("pilothouse::server::Engine", "the customer is a VIP")},
        {reasons::LegalOrPolicy, QT_TRANSLATE_NOOP("pilothouse::server::Engine", "the request touches legal or policy questions")},
        {reasons::MissingKnowledge, QT_TRANSLATE_NOOP("pilothouse::server::Engine", "the AI does not know the answer")},
        {reasons::ToolFailure, QT_TRANSLATE_NOOP("pilothouse::server::Engine", "a lookup the AI needed failed")},
        {reasons::AiLooping, QT_TRANSLATE_NOOP("pilothouse::server::Engine", "the AI kept going in circles")},
    };
    QString why = tr("a rule asked for a person");
    for (const auto &[reason, words] : reasonsInWords) {
        if (escalation.reason == reason)
            why = tr(words);
    }
    QString note = tr("Handed to a person: %1.").arg(why);
    if (!escalation.rule.empty())
        note += u' ' + tr("Rule: %1.").arg(QString::fromStdString(escalation.rule));
    return note.toStdString();
}

} // namespace

Engine::Engine(EventLog &log, StateStore &state, std::shared_ptr<const Catalog> catalog,
               SimulatorConfig config, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_state(state)
    , m_catalog(std::move(catalog))
    , m_rng(config.seed)
{
    m_simulator = std::make_unique<Simulator>(m_catalog, std::move(config));
    m_agent = std::make_unique<Agent>(m_catalog, BrandVoice{});
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &Engine::tick);
}

Engine::~Engine() = default;

void Engine::start()
{
    m_clockBase = wallClock();
    m_clock.start();
    m_timer.start();
}

void Engine::stop()
{
    m_timer.stop();
}

protocol::Millis Engine::simulatorClock() const
{
    // Monotonic: a wall-clock step must not make the simulator replay or skip a stretch.
    return m_clockBase + m_clock.elapsed();
}

void Engine::tick()
{
    try {
        for (const auto &message : m_simulator->tick(simulatorClock()))
            onCustomerMessage(message);
    } catch (const std::exception &error) {
        logger()->error("simulation step failed: {}", error.what());
    }
}

bool Engine::ensureCustomer(const std::string &customerId)
{
    if (m_state.hasCustomer(customerId))
        return true;
    protocol::Customer customer;
    if (const auto *known = m_catalog->customer(customerId))
        customer = *known;
    else
        customer = protocol::Customer{customerId, customerId, {}, false, "new", 0, wallClock(), {}};
    return m_log
        .append({NewEvent{protocol::kinds::CustomerUpserted, customer, {}}},
                [&](const auto &) { return m_state.upsertCustomer(customer); })
        .has_value();
}

void Engine::onCustomerMessage(const SimulatedMessage &incoming)
{
    if (!ensureCustomer(incoming.customerId))
        return;
    const auto customer = m_state.customer(incoming.customerId);
    std::optional<protocol::Conversation> conversation;
    if (auto known = m_conversationByKey.find(incoming.conversationKey); known != m_conversationByKey.end())
        conversation = m_state.conversation(known->second);
    const protocol::Millis at = wallClock();
    if (!conversation) {
        // Also when the key is unknown after a restart: the simulator's thread continues as new.
        conversation = protocol::Conversation{};
        conversation->id = newId('c');
        conversation->customerId = incoming.customerId;
        conversation->channel = incoming.channel;
        conversation->kind = incoming.kind;
        conversation->subject = incoming.subject;
        conversation->createdAt = at;
    }
    if (conversation->status == protocol::ConversationStatus::Resolved)
        conversation->status = protocol::ConversationStatus::Ai;

    protocol::Message message;
    message.id = newId('m');
    message.conversationId = conversation->id;
    message.author = protocol::Author::Customer;
    message.authorName = customer ? customer->name : incoming.customerId;
    message.text = incoming.text;
    message.at = at;

    conversation->lastMessage = message.text;
    conversation->lastAuthor = protocol::Author::Customer;
    conversation->lastMessageAt = at;
    conversation->messageCount += 1;
    conversation->sentiment = m_agent->sentiment(message.text);
    if (!conversation->waitingSince)
        conversation->waitingSince = at;

    const auto appended = m_log.append(
        {NewEvent{protocol::kinds::MessageCreated, message, {}},
         NewEvent{protocol::kinds::ConversationUpserted, *conversation, {}}},
        [&](const auto &) {
            // Conversation first: the message row references it.
            return m_state.upsertConversation(*conversation) && m_state.insertMessage(message);
        });
    if (!appended)
        return;
    m_conversationByKey[incoming.conversationKey] = conversation->id;
    if (conversation->status != protocol::ConversationStatus::Ai)
        return; // the AI never talks over a human or an escalation
    std::uniform_int_distribution<int> thinking(250, 900);
    QTimer::singleShot(thinking(m_rng), this,
                       [this, id = conversation->id, key = incoming.conversationKey,
                        messageId = message.id, at] { reply(id, key, messageId, at); });
}

void Engine::reply(const std::string &conversationId, const std::string &conversationKey,
                   const std::string &customerMessageId, protocol::Millis customerAt)
{
    try {
        auto conversation = m_state.conversation(conversationId);
        const auto customer = conversation ? m_state.customer(conversation->customerId) : std::nullopt;
        if (!conversation || !customer || conversation->status != protocol::ConversationStatus::Ai)
            return;
        AgentTurn turn;
        turn.conversation = *conversation;
        turn.customer = *customer;
        for (auto &earlier : m_state.messages(conversationId, 50)) {
            if (earlier.id == customerMessageId)
                turn.text = earlier.text;
            else
                turn.history.push_back(std::move(earlier));
        }
        const AgentReply answer = m_agent->respond(turn);
        const protocol::Millis at = wallClock();

        std::vector<NewEvent> events;
        std::vector<protocol::Message> messages;
        if (!answer.text.empty()) {
            protocol::Message message{newId('m'), conversationId, protocol::Author::Ai,
                                      m_agent->voice().persona, answer.text, at, answer.ai};
            // What the customer experienced: from their message to this reply.
            message.ai->latencyMs = at - customerAt;
            conversation->lastMessage = message.text;
            conversation->lastAuthor = protocol::Author::Ai;
            conversation->lastMessageAt = at;
            conversation->waitingSince.reset();
            messages.push_back(std::move(message));
        }
        conversation->intent = answer.ai.intent;
        conversation->confidence = answer.ai.confidence;
        conversation->sentiment = answer.sentiment;
        const Escalation &escalation = answer.escalation;
        if (escalation.escalate) {
            conversation->status = protocol::ConversationStatus::Escalated;
            conversation->priority = std::max(conversation->priority, escalation.priority);
            conversation->waitingSince = at;
            messages.push_back(protocol::Message{newId('m'), conversationId, protocol::Author::System,
                                                 systemAuthorName(), escalationNote(escalation), at, {}});
        }
        conversation->messageCount += static_cast<std::int64_t>(messages.size());
        for (const auto &message : messages)
            events.push_back(NewEvent{protocol::kinds::MessageCreated, message, {}});
        events.push_back(NewEvent{protocol::kinds::ConversationUpserted, *conversation, {}});
        const auto appended = m_log.append(std::move(events), [&](const auto &) {
            for (const auto &message : messages) {
                if (!m_state.insertMessage(message))
                    return false;
            }
            return m_state.upsertConversation(*conversation);
        });
        if (appended)
            m_simulator->onReply(conversationKey, answer.text, escalation.escalate);
    } catch (const std::exception &error) {
        logger()->error("AI reply in {} failed: {}", conversationId, error.what());
    }
}

} // namespace pilothouse::server
