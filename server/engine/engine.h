#pragma once

#include "engine/closer.h"
#include "eventlog/clock.h"
#include "eventlog/eventlog.h"
#include "protocol/frames.h"
#include "sim/simulator.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

namespace pilothouse::tuning {
struct RuleSet;
}

namespace pilothouse::server {

class Agent;
struct AgentTurn;
class StateStore;

/// How the engine meets time. Live: the wall clock, a timer tick and Qt single shots. The demo's
/// history (engine/history.h): a simulated clock and an agenda, stepped by its caller.
struct EngineTime {
    Clock clock; ///< Empty = live (wall clock, ticking timer).
    /// Runs `turn` `delayMs` from now; empty = a QTimer single shot.
    std::function<void(protocol::Millis delayMs, std::function<void()> turn)> schedule;
};

/// Drives simulated customer traffic through the built-in agent. Each customer message, and
/// each AI reply after a short simulated latency, becomes events in the log together with the
/// matching state change (one transaction per step). State changes go through
/// ConversationStateMachine; while a person owns a conversation the AI only drafts for them, and
/// a supervisor's whisper shapes the AI's next reply.
class Engine : public QObject {
    Q_OBJECT
public:
    static constexpr int kTickMs = 200;

    Engine(EventLog &log, StateStore &state, std::shared_ptr<const Catalog> catalog, SimulatorConfig config,
        CloseRules rules = {}, QObject *parent = nullptr);
    ~Engine() override;

    /// Before start(): a simulated clock and agenda instead of the wall clock and timers.
    void setTime(EngineTime time) { m_time = std::move(time); }
    /// Before start(): the simulator's arrival rate over time (Simulator::setRateShape).
    void setRateShape(Simulator::RateShape shape) { m_simulator->setRateShape(std::move(shape)); }

    /// The escalation rules the agent applies from the next customer message on, and their
    /// published version (recorded on every AI reply they decide).
    void setRules(std::shared_ptr<const tuning::RuleSet> rules, std::int64_t version);

    /// Arms the closes of stored rows; live, also starts the tick.
    void start();
    void stop();

    /// One step: what the simulator and the closer have due now (the live tick runs this).
    void runDue();
    /// When runDue() next has something to do (simulated clock only); nullopt when nothing is due.
    std::optional<protocol::Millis> nextDue() const;

private:
    void tick();
    void onCustomerMessage(const SimulatedMessage &message);
    /// The customer's record with `order` placed at `at`.
    static protocol::Customer withOrder(protocol::Customer customer, const SimulatedOrder &order, protocol::Millis at);
    /// A sales conversation's stage and qualification after the customer's message
    /// (docs/protocol.md, Conversation.salesStage).
    static void updateSalesStage(protocol::Conversation &conversation, const std::string &text,
        const std::string &language, const SimulatedMessage &incoming);
    /// Orders go to sales conversations created at most this long before (the widest window).
    static constexpr protocol::Millis kAttributionMs = 30LL * 24 * 3600 * 1000;
    static constexpr std::size_t kMaxOrders = 20; ///< On the customer record (docs/protocol.md).
    static constexpr std::size_t kQualificationFacts = 4; ///< need, timeline, budget, authority
    /// Reacts to what operators did (replies, whispers, take-overs, hand-backs).
    void onAppended(const pilothouse::server::EventBatch &events);
    void scheduleTurn(const std::string &conversationId);
    /// The AI's turn in a conversation: a reply when the AI handles it, a draft for the owner
    /// when a person does, nothing when it waits in the queue or nothing is due.
    void aiTurn(const std::string &conversationId);
    /// The owner's suggestion: the agent's answer to `turn` (the customer's latest message, with
    /// the whispers' sentences), or those sentences alone when `turn` has no text. `basis` names
    /// what it answers (customer message and latest whisper), so nothing is suggested twice.
    void draftFor(const protocol::Conversation &conversation, const AgentTurn &turn, const std::string &basis);
    bool ensureCustomer(const std::string &customerId);
    /// The engine's own closes (closer.h): re-reads the row and closes it if the rule still holds.
    void closeConversation(const std::string &conversationId, const std::string &reason);
    void recordRating(const SimulatedRating &rating);
    protocol::Millis simulatorClock() const;
    /// The time things happen at: the wall clock live, the simulated one in the history.
    protocol::Millis now() const { return timeOf(m_time.clock); }

    EventLog &m_log;
    StateStore &m_state;
    std::shared_ptr<const Catalog> m_catalog;
    std::unique_ptr<Simulator> m_simulator;
    std::unique_ptr<Agent> m_agent;
    Closer m_closer;
    EngineTime m_time;
    std::mt19937_64 m_rng;
    QTimer m_timer;
    QElapsedTimer m_clock;
    protocol::Millis m_clockBase = 0;
    /// Maps the simulator's thread to the conversation it writes in, and back. Several threads
    /// share a conversation when a customer's new thread joined their open one on the same channel
    /// and kind, or after a merge; each of them hears every reply and close there.
    void mapKey(const std::string &key, const std::string &conversationId);
    /// The threads writing in the conversation, in the order they came (a copy: callers notify
    /// the simulator while iterating).
    std::vector<std::string> keysOf(const std::string &conversationId) const;
    /// After conversation.merge: the merged conversation's threads write in `into` from now on.
    void moveKeys(const std::string &conversationId, const std::string &into);

    std::unordered_map<std::string, std::string> m_conversationByKey;
    std::unordered_map<std::string, std::vector<std::string>> m_keysByConversation;
    /// What was last drafted per conversation and owner (the customer message and the latest
    /// whisper it answered), so a draft is not suggested twice.
    std::unordered_map<std::string, std::string> m_draftedFor;
};

} // namespace pilothouse::server
