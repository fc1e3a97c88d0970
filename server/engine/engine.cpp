#include "engine.h"

#include "db/statestore.h"
#include "eventlog/eventlog.h"

#include "agent/agent.h"
#include "agent/qualification.h"
#include "handoff/instruction.h"
#include "handoff/statemachine.h"
#include "log/log.h"
#include "protocol/codec.h"

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

std::string systemAuthorName()
{
    return QCoreApplication::translate("pilothouse::server::Engine", "Pilothouse").toStdString();
}

/// The escalation reason in words an operator reads on the transcript (the server's own wording,
/// stored in the message; the console's catalogue labels the reason chips).
QString reasonInWords(protocol::EscalationReason reason)
{
    // lupdate files these under the namespace (a lambda's tr() has no class), so that is the context.
    const auto tr = [](const char *text) { return QCoreApplication::translate("pilothouse::server", text); };
    using R = protocol::EscalationReason;
    switch (reason) { // no default: a new reason is a compile error here (-Wswitch)
    case R::AskedForHuman:
        return tr("the customer asked for a person");
    case R::LowConfidence:
        return tr("the AI was not confident in its answer");
    case R::NegativeSentiment:
        return tr("the customer is upset");
    case R::Vip:
        return tr("the customer is a VIP");
    case R::LegalOrPolicy:
        return tr("the request touches legal or policy questions");
    case R::MissingKnowledge:
        return tr("the AI does not know the answer");
    case R::ToolFailure:
        return tr("a lookup the AI needed failed");
    case R::AiLooping:
        return tr("the AI kept going in circles");
    }
    return tr("a rule asked for a person");
}

std::string escalationNote(const Escalation &escalation)
{
    QString note = QCoreApplication::translate("pilothouse::server::Engine", "Handed to a person: %1.")
                       .arg(reasonInWords(escalation.reason));
    if (!escalation.rule.empty()) {
        const std::string &rule = escalation.ruleName.empty() ? escalation.rule : escalation.ruleName;
        note += u' '
            + QCoreApplication::translate("pilothouse::server::Engine", "Rule: %1.").arg(QString::fromStdString(rule));
    }
    return note.toStdString();
}

} // namespace

Engine::Engine(EventLog &log, StateStore &state, std::shared_ptr<const Catalog> catalog, SimulatorConfig config,
    CloseRules rules, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_state(state)
    , m_catalog(std::move(catalog))
    , m_closer(rules)
    , m_rng(config.seed)
{
    m_simulator = std::make_unique<Simulator>(m_catalog, std::move(config));
    m_agent = std::make_unique<Agent>(m_catalog, BrandVoice {});
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &Engine::tick);
    connect(&m_log, &EventLog::appended, this, &Engine::onAppended);
}

Engine::~Engine() = default;

void Engine::start()
{
    m_clockBase = now();
    m_clock.start();
    // Rows that were waiting for a close when the server stopped keep their deadlines.
    for (const auto &id : m_state.conversationIds())
        if (const auto row = m_state.conversation(id))
            m_closer.track(*row);
    if (!m_time.clock)
        m_timer.start(); // a simulated clock is stepped by its owner
}

void Engine::stop()
{
    m_timer.stop();
}

protocol::Millis Engine::simulatorClock() const
{
    if (m_time.clock)
        return m_time.clock();
    // Monotonic: a wall-clock step must not make the simulator replay or skip a stretch.
    return m_clockBase + m_clock.elapsed();
}

void Engine::tick()
{
    runDue();
}

std::optional<protocol::Millis> Engine::nextDue() const
{
    auto due = m_simulator->nextDue();
    if (const auto deadline = m_closer.nextDeadline(); deadline && (!due || *deadline < *due))
        due = deadline;
    return due;
}

void Engine::runDue()
{
    try {
        for (const auto &message : m_simulator->tick(simulatorClock()))
            onCustomerMessage(message);
        for (const auto &key : m_simulator->takeDepartures()) {
            // A customer who gives up while queued for a person abandons the conversation.
            if (const auto known = m_conversationByKey.find(key); known != m_conversationByKey.end())
                closeConversation(known->second, transition_reasons::Abandoned);
        }
        for (const auto &[id, reason] : m_closer.due(now()))
            closeConversation(id, reason);
        for (const auto &rating : m_simulator->takeRatings())
            recordRating(rating);
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
        customer = protocol::Customer {customerId, customerId, {}, false, "new", 0, now(), {}};
    return m_log
        .append({NewEvent {protocol::kinds::CustomerUpserted, customer, {}}},
            [&](const auto &) { return m_state.upsertCustomer(customer); })
        .has_value();
}

void Engine::onCustomerMessage(const SimulatedMessage &incoming)
{
    // An erased customer's simulated persona writes no more: nothing new is kept about them.
    if (!ensureCustomer(incoming.customerId) || m_state.isErased(incoming.customerId))
        return;
    const auto customer = m_state.customer(incoming.customerId);
    std::optional<protocol::Conversation> conversation;
    if (auto known = m_conversationByKey.find(incoming.conversationKey); known != m_conversationByKey.end())
        conversation = m_state.conversation(known->second);
    // One open conversation per customer, channel and kind (docs/protocol.md, section 8.1): a new
    // thread, or one whose conversation was closed, writes into the customer's open conversation
    // there. Only without one does a closed conversation reopen for its own thread.
    if (!conversation || conversation->status == protocol::ConversationStatus::Resolved) {
        if (auto open = m_state.openConversationOf(incoming.customerId, incoming.channel, incoming.kind))
            conversation = std::move(open);
    }
    const protocol::Millis at = now();
    if (!conversation) {
        // Also when the key is unknown after a restart: the simulator's thread continues as new.
        conversation = protocol::Conversation {};
        conversation->id = newId('c');
        conversation->customerId = incoming.customerId;
        conversation->channel = incoming.channel;
        conversation->kind = incoming.kind;
        conversation->subject = incoming.subject;
        conversation->createdAt = at;
        if (incoming.kind == protocol::ConversationKind::Sales)
            conversation->salesStage = protocol::SalesStage::Engaged;
    }
    std::vector<NewEvent> events;
    // The order comes first: the customer's record with it, then what it changes.
    std::optional<protocol::Customer> buyer;
    std::optional<protocol::Conversation> wonElsewhere;
    if (incoming.order && customer)
        buyer = withOrder(*customer, *incoming.order, at);
    if (buyer)
        events.push_back(NewEvent {protocol::kinds::CustomerUpserted, *buyer, {}});
    // The customer confirms the AI's answer solved it: the AI resolved the conversation.
    const bool confirms = incoming.confirmsResolution && conversation->status == protocol::ConversationStatus::Ai
        && conversation->lastAuthor == protocol::Author::Ai && !conversation->waitingSince;
    // A resolved conversation reopens when the customer writes again. Like every transition, the
    // reopened row follows it at once (docs/protocol.md, event kinds); the message comes after.
    if (auto reopened = ConversationStateMachine::reopen(*conversation, at)) {
        events.push_back(NewEvent {protocol::kinds::ConversationTransitioned, reopened->transition, {}});
        events.push_back(NewEvent {protocol::kinds::ConversationUpserted, reopened->conversation, {}});
        conversation = std::move(reopened->conversation);
    }

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
    conversation->lastCustomerMessage = message.text;
    conversation->lastCustomerMessageAt = at;
    conversation->messageCount += 1;
    conversation->sentiment = m_agent->sentiment(message.text);
    if (!conversation->waitingSince)
        conversation->waitingSince = at;
    if (conversation->salesStage) {
        updateSalesStage(*conversation, message.text, customer ? customer->language : std::string(), incoming);
    } else if (buyer) {
        // An order in a support conversation: it goes to the customer's latest sales conversation.
        wonElsewhere = m_state.latestSalesConversation(conversation->customerId, at - kAttributionMs, conversation->id);
        if (wonElsewhere && wonElsewhere->salesStage != protocol::SalesStage::Won)
            wonElsewhere->salesStage = protocol::SalesStage::Won;
        else
            wonElsewhere.reset();
    }

    events.push_back(NewEvent {protocol::kinds::MessageCreated, message, {}});
    if (confirms) {
        conversation->waitingSince.reset(); // nothing left to answer
        if (auto closed = ConversationStateMachine::close(*conversation, transition_reasons::CustomerConfirmed, at)) {
            events.push_back(NewEvent {protocol::kinds::ConversationTransitioned, closed->transition, {}});
            conversation = std::move(closed->conversation);
        }
    }
    events.push_back(NewEvent {protocol::kinds::ConversationUpserted, *conversation, {}});
    if (wonElsewhere)
        events.push_back(NewEvent {protocol::kinds::ConversationUpserted, *wonElsewhere, {}});
    const auto appended = m_log.append(std::move(events), [&](const auto &) {
        // Conversation first: the message row references it.
        return (!buyer || m_state.upsertCustomer(*buyer, 1)) && m_state.upsertConversation(*conversation)
            && m_state.insertMessage(message) && (!wonElsewhere || m_state.upsertConversation(*wonElsewhere));
    });
    if (!appended)
        return;
    mapKey(incoming.conversationKey, conversation->id);
    // The AI answers when it handles the conversation and drafts for the owner when a person
    // does; an escalated conversation waits for a person.
    if (conversation->status == protocol::ConversationStatus::Ai
        || ConversationStateMachine::ownedByPerson(*conversation))
        scheduleTurn(conversation->id);
}

protocol::Customer Engine::withOrder(protocol::Customer customer, const SimulatedOrder &order, protocol::Millis at)
{
    // System randomness like every id: a rerun with the same seed must not reuse one.
    const auto number = QRandomGenerator::system()->bounded(Q_INT64_C(1000000000), Q_INT64_C(9999999999));
    protocol::Order placed {std::to_string(number), order.totalCents, order.currency, "processing", at, order.summary};
    customer.orders.insert(customer.orders.begin(), std::move(placed));
    if (customer.orders.size() > kMaxOrders)
        customer.orders.resize(kMaxOrders); // the table keeps them all; the record the latest
    customer.lifetimeValueCents += order.totalCents;
    return customer;
}

void Engine::updateSalesStage(protocol::Conversation &conversation, const std::string &text,
    const std::string &language, const SimulatedMessage &incoming)
{
    using protocol::SalesStage;
    conversation.qualification = mergeFacts(conversation.qualification, qualificationFacts(text, language));
    if (conversation.salesStage == SalesStage::Engaged && conversation.qualification.size() == kQualificationFacts)
        conversation.salesStage = SalesStage::Qualified;
    if (incoming.order)
        conversation.salesStage = SalesStage::Won; // also after a decline: they bought after all
    else if (incoming.declines && conversation.salesStage != SalesStage::Won)
        conversation.salesStage = SalesStage::Lost;
}

void Engine::scheduleTurn(const std::string &conversationId)
{
    std::uniform_int_distribution<int> thinking(250, 900);
    const int delay = thinking(m_rng);
    if (m_time.schedule)
        m_time.schedule(delay, [this, conversationId] { aiTurn(conversationId); });
    else
        QTimer::singleShot(delay, this, [this, conversationId] { aiTurn(conversationId); });
}

void Engine::onAppended(const EventBatch &batch)
{
    std::string mergedInto; // the conversation a merge in this batch went into
    for (const auto &event : *batch) {
        if (const auto *row = std::get_if<protocol::Conversation>(&event.payload)) {
            m_closer.track(*row); // every row, also those commands wrote
            // A merge that brought a question still unanswered: whoever handles the conversation
            // owes the customer an answer (the AI a reply, the owner a draft).
            if (row->id == mergedInto && row->waitingSince && row->lastAuthor == protocol::Author::Customer)
                scheduleTurn(row->id);
            continue;
        }
        if (const auto *message = std::get_if<protocol::Message>(&event.payload)) {
            if (message->author != protocol::Author::Human)
                continue;
            if (message->visibility == protocol::Visibility::Whisper) {
                scheduleTurn(message->conversationId); // the AI follows the instruction now
            } else if (message->visibility == protocol::Visibility::Public) {
                // A person's reply counts like the AI's: the simulated customer may answer it.
                for (const auto &key : keysOf(message->conversationId)) {
                    m_simulator->onHumanReply(key);
                    m_simulator->onReply(key, message->text, false);
                }
            }
        } else if (const auto *transition = std::get_if<protocol::Transition>(&event.payload)) {
            if (transition->to == protocol::ConversationStatus::Resolved
                && transition->reason == transition_reasons::Merged && !transition->mergedInto.empty()) {
                // Not an end for the customer: their threads go on in the other conversation, and
                // nobody sends them a survey about this one.
                moveKeys(transition->conversationId, transition->mergedInto);
                mergedInto = transition->mergedInto;
                continue;
            }
            if (transition->to == protocol::ConversationStatus::Resolved) {
                // However it was closed, the customer may answer the survey (once per conversation).
                if (const auto keys = keysOf(transition->conversationId); !keys.empty())
                    m_simulator->onClosed(keys,
                        SimulatedClose {transition->reason,
                            transition->outcome.value_or(protocol::ResolveOutcome::Resolved),
                            transition->conversationId});
                continue;
            }
            // Handed back, taken over or transferred: whoever handles it now may owe the customer
            // an answer (the AI a reply, the new owner a draft).
            if (transition->to == protocol::ConversationStatus::Human
                || (transition->to == protocol::ConversationStatus::Ai
                    && transition->from == protocol::ConversationStatus::Human))
                scheduleTurn(transition->conversationId);
        }
    }
}

void Engine::aiTurn(const std::string &conversationId)
{
    try {
        auto conversation = m_state.conversation(conversationId);
        const auto customer = conversation ? m_state.customer(conversation->customerId) : std::nullopt;
        if (!conversation || !customer || m_state.isErased(conversation->customerId))
            return;
        const bool owned = ConversationStateMachine::ownedByPerson(*conversation);
        if (conversation->status != protocol::ConversationStatus::Ai && !owned)
            return;

        AgentTurn turn;
        turn.conversation = *conversation;
        turn.customer = *customer;
        if (m_time.clock) {
            // On a simulated clock (the demo's history) the words follow the seed, not the ids.
            if (const auto keys = keysOf(conversationId); !keys.empty())
                turn.variationKey = keys.front(); // the thread that started the conversation
        }
        const protocol::Message *question = nullptr; // the customer's message still unanswered
        const protocol::Message *lastFromCustomer = nullptr;
        // Whispers since the last public reply (the AI's or a person's): instructions not yet followed.
        std::vector<const protocol::Message *> whispers;
        const auto recent = m_state.messages(conversationId, 50);
        for (const auto &m : recent) {
            if (m.visibility == protocol::Visibility::Whisper) {
                whispers.push_back(&m);
                continue;
            }
            if (m.visibility != protocol::Visibility::Public)
                continue; // notes are for operators, not part of the conversation
            if (m.author == protocol::Author::Customer) {
                question = lastFromCustomer = &m;
            } else if (m.author == protocol::Author::Ai || m.author == protocol::Author::Human) {
                question = nullptr;
                whispers.clear();
            }
        }
        for (const auto &m : recent) {
            if (&m == question) {
                turn.text = m.text;
                turn.at = m.at;
            } else if (m.visibility == protocol::Visibility::Public)
                turn.history.push_back(m); // the agent sees only what the customer saw
        }
        // The whispers in the AI's own words (handoff/instruction.h); a note for operators says nothing.
        for (const auto *whisper : whispers) {
            if (std::string sentence = followInstruction(whisper->text); !sentence.empty())
                turn.alsoSay.push_back(std::move(sentence));
        }
        if (owned) {
            // A new owner also gets a suggestion for what the customer last asked, even when the
            // AI's last word was only the handover. After a whisper the suggestion follows it: with
            // the answer to the customer's message if nobody has answered it yet, else on its own.
            const protocol::Message *ask = question ? question : whispers.empty() ? lastFromCustomer : nullptr;
            if (ask) {
                turn.text = ask->text;
                turn.at = ask->at;
                turn.history.clear();
                for (const auto &m : recent)
                    if (m.visibility == protocol::Visibility::Public && m.at <= ask->at && &m != ask)
                        turn.history.push_back(m);
            } else {
                turn.text.clear();
            }
            if (ask || !turn.alsoSay.empty())
                draftFor(*conversation, turn,
                    (ask ? ask->id : std::string()) + '\n' + (whispers.empty() ? std::string() : whispers.back()->id));
            return;
        }
        if (!question && turn.alsoSay.empty())
            return; // answered already, nothing new to say

        const protocol::Millis at = now();
        AgentReply answer;
        if (question) {
            answer = m_agent->respond(turn); // the whispers' sentences included
            answer.ai.latencyMs = at - question->at; // what the customer experienced
        } else {
            // A follow-up on a whisper alone: keep the conversation's topic, add no new escalation.
            answer.ai = protocol::AiAnnotation {conversation->intent, conversation->confidence.value_or(1.0), 0, {}};
            answer.sentiment = conversation->sentiment;
            for (const auto &sentence : turn.alsoSay)
                answer.text += (answer.text.empty() ? "" : " ") + sentence;
        }
        // What the reply cost, counted on what was finally said (docs/protocol.md, AiAnnotation).
        answer.ai.tokens = Agent::estimateTokens(turn, answer.text);

        std::vector<NewEvent> events;
        std::vector<protocol::Message> messages;
        const bool held = answer.escalation.draftOnly;
        if (!answer.text.empty()) {
            protocol::Message message {
                newId('m'), conversationId, protocol::Author::Ai, m_agent->voice().persona, answer.text, at, answer.ai};
            if (held) {
                // A draft_for_approval rule: the answer waits, as a note, for a person to approve;
                // the customer heard nothing and is still waiting.
                message.visibility = protocol::Visibility::Note;
            } else {
                conversation->lastMessage = message.text;
                conversation->lastAuthor = protocol::Author::Ai;
                conversation->lastMessageAt = at;
                conversation->waitingSince.reset();
            }
            messages.push_back(std::move(message));
        }
        conversation->intent = answer.ai.intent;
        conversation->confidence = answer.ai.confidence;
        conversation->sentiment = answer.sentiment;
        if (!messages.empty() && question
            && (!conversation->weakestReply || answer.ai.confidence < conversation->weakestReply->confidence))
            conversation->weakestReply
                = protocol::WeakestReply {messages.front().id, answer.ai.confidence, answer.ai.intent};
        std::optional<protocol::Transition> transition;
        const Escalation &escalation = answer.escalation;
        if (escalation.escalate) {
            const auto reason = escalation.reason;
            if (auto change
                = ConversationStateMachine::escalate(*conversation, escalation.rule, reason, escalation.priority, at)) {
                transition = change->transition;
                *conversation = std::move(change->conversation);
                if (conversation->escalation)
                    conversation->escalation->ruleName = escalation.ruleName;
            }
            messages.push_back(protocol::Message {newId('m'), conversationId, protocol::Author::System,
                systemAuthorName(), escalationNote(escalation), at, {}});
        }
        conversation->messageCount += static_cast<std::int64_t>(messages.size());
        for (const auto &message : messages)
            events.push_back(NewEvent {protocol::kinds::MessageCreated, message, {}});
        if (transition)
            events.push_back(NewEvent {protocol::kinds::ConversationTransitioned, *transition, {}});
        events.push_back(NewEvent {protocol::kinds::ConversationUpserted, *conversation, {}});
        const auto appended = m_log.append(std::move(events), [&](const auto &) {
            for (const auto &message : messages) {
                if (!m_state.insertMessage(message))
                    return false;
            }
            return m_state.upsertConversation(*conversation);
        });
        // Every thread writing here hears the reply (docs/protocol.md 8.1: one conversation per
        // customer, channel and kind), as they would in one chat.
        if (appended) {
            for (const auto &key : keysOf(conversationId))
                m_simulator->onReply(key, held ? std::string() : answer.text, escalation.escalate, answer.ai.intent);
        }
    } catch (const std::exception &error) {
        logger()->error("AI turn in {} failed: {}", conversationId, error.what());
    }
}

void Engine::setRules(std::shared_ptr<const tuning::RuleSet> rules, std::int64_t version)
{
    m_agent->setRules(std::move(rules), version);
}

void Engine::closeConversation(const std::string &conversationId, const std::string &reason)
{
    try {
        const auto row = m_state.conversation(conversationId);
        if (!row)
            return;
        const protocol::Millis at = now();
        // The timed rules must still hold on the stored row (a command may have changed it); a
        // departure closes only a conversation still queued.
        const auto [rule, deadline] = m_closer.pending(*row);
        if (reason != rule || (reason != transition_reasons::Abandoned && deadline > at)
            || (reason == transition_reasons::Abandoned && row->status != protocol::ConversationStatus::Escalated))
            return;
        auto closed = ConversationStateMachine::close(*row, reason, at);
        if (!closed)
            return;
        bool lost = false;
        m_log.append({NewEvent {protocol::kinds::ConversationTransitioned, closed->transition, {}},
                         NewEvent {protocol::kinds::ConversationUpserted, closed->conversation, {}}},
            [&](const auto &) {
                // Compare-and-set, like commands: a take-over that just won keeps the conversation.
                const auto swapped = m_state.swapConversation(*row, closed->conversation);
                lost = swapped == StateStore::SwapResult::Lost;
                return swapped == StateStore::SwapResult::Swapped;
            });
        if (lost)
            logger()->debug("close of {} lost to a concurrent change", conversationId);
    } catch (const std::exception &error) {
        logger()->error("closing {} failed: {}", conversationId, error.what());
    }
}

void Engine::recordRating(const SimulatedRating &simulated)
{
    // The conversation that was closed, not the one the thread writes in now (it may have gone on
    // in the customer's open conversation since).
    const std::string &conversationId = simulated.conversationId;
    if (conversationId.empty())
        return;
    if (const auto row = m_state.conversation(conversationId); !row || m_state.isErased(row->customerId))
        return; // the survey of an erased customer's conversation is never recorded
    const protocol::Rating rating {conversationId, simulated.rating, simulated.comment, now()};
    m_log.append({NewEvent {protocol::kinds::ConversationRated, rating, {}}},
        [&](const auto &) { return m_state.upsertRating(rating); });
}

void Engine::mapKey(const std::string &key, const std::string &conversationId)
{
    auto &mapped = m_conversationByKey[key];
    if (mapped == conversationId)
        return;
    if (!mapped.empty()) {
        if (const auto old = m_keysByConversation.find(mapped); old != m_keysByConversation.end()) {
            std::erase(old->second, key);
            if (old->second.empty())
                m_keysByConversation.erase(old);
        }
    }
    mapped = conversationId;
    m_keysByConversation[conversationId].push_back(key);
}

std::vector<std::string> Engine::keysOf(const std::string &conversationId) const
{
    const auto found = m_keysByConversation.find(conversationId);
    return found == m_keysByConversation.end() ? std::vector<std::string> {} : found->second;
}

void Engine::moveKeys(const std::string &conversationId, const std::string &into)
{
    for (const auto &key : keysOf(conversationId))
        mapKey(key, into);
}

void Engine::draftFor(const protocol::Conversation &conversation, const AgentTurn &turn, const std::string &basis)
{
    // Per owner: after a transfer the new owner gets their own suggestion.
    auto &drafted = m_draftedFor[conversation.id + '\n' + conversation.assignee];
    if (drafted == basis)
        return;
    AgentReply answer;
    if (turn.text.empty()) {
        // Only a whisper to follow: its sentences are the suggestion.
        for (const auto &sentence : turn.alsoSay)
            answer.text += (answer.text.empty() ? "" : " ") + sentence;
        answer.ai.intent = conversation.intent;
        answer.ai.confidence = conversation.confidence.value_or(1.0);
    } else {
        AgentTurn suggestion = turn;
        suggestion.forDraft = true; // escalation rules do not apply to a draft, nor does the hand-over line
        answer = m_agent->respond(suggestion);
    }
    if (answer.text.empty())
        return; // the agent has nothing to suggest
    // The owner sees what the AI would answer.
    protocol::Draft draft {
        newId('d'), conversation.id, conversation.assignee, answer.text, answer.ai.intent, answer.ai.confidence, now()};
    if (m_log.append({NewEvent {protocol::kinds::DraftCreated, std::move(draft), {}}}))
        drafted = basis;
}

} // namespace pilothouse::server
