#pragma once

#include "handoff/statemachine.h"

#include "eventlog/eventlog.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pilothouse::server {

class StateStore;
class UserStore;
namespace privacy {
class Erasure;
}

/// What one command will do, decided before anything is written: either a refusal, or events
/// plus the state writes that must commit with them. No events and no refusal = nothing to change.
struct CommandPlan {
    std::optional<protocol::Nack> refusal;
    std::vector<NewEvent> events;
    /// State writes, run inside the append's transaction. False rolls everything back.
    std::function<bool()> effect;
    std::string conversationId; ///< For the audit trail.
    /// Set by the effect when a compare-and-set found the row changed since it was read.
    std::shared_ptr<bool> lost = std::make_shared<bool>(false);
    /// Runs once the events and the effect committed (customer.erase: the WAL checkpoint).
    std::function<void()> afterCommit;
};

/// Turns operator commands into plans: argument checks (through the shared typed commands),
/// role and state checks (ConversationStateMachine), and the events each command produces.
class CommandPlanner {
public:
    /// Sets a user's presence (docs/protocol.md 7.2) once `presence.set` is remembered.
    using PresenceSetter = std::function<void(const std::string &user, protocol::Presence presence)>;

    CommandPlanner(StateStore &state, UserStore &users, privacy::Erasure &erasure);

    /// Where `presence.set` takes effect; without one it is acknowledged and changes nothing.
    void setPresenceSetter(PresenceSetter setter) { m_setPresence = std::move(setter); }

    /// nullopt when `command.name` is not a command this server knows.
    std::optional<CommandPlan> plan(const protocol::Command &command, const Actor &actor, protocol::Millis at);

private:
    CommandPlan judge(const protocol::Command &command, const Actor &actor);
    CommandPlan takeOver(const protocol::Command &command, const Actor &actor, protocol::Millis at);
    CommandPlan handBack(const protocol::Command &command, const Actor &actor, protocol::Millis at);
    CommandPlan resolve(const protocol::Command &command, const Actor &actor, protocol::Millis at);
    CommandPlan transfer(const protocol::Command &command, const Actor &actor, protocol::Millis at);
    CommandPlan whisper(const protocol::Command &command, const Actor &actor, protocol::Millis at);
    CommandPlan send(const protocol::Command &command, const Actor &actor, protocol::Millis at);
    CommandPlan addNote(const protocol::Command &command, const Actor &actor, protocol::Millis at);
    CommandPlan erase(const protocol::Command &command, const Actor &actor, protocol::Millis at);
    CommandPlan merge(const protocol::Command &command, const Actor &actor, protocol::Millis at);
    CommandPlan setPresence(const protocol::Command &command, const Actor &actor);
    /// `not_found` for a command about a conversation (or a message of one) whose customer was erased.
    std::optional<CommandPlan> refuseErased(const protocol::Command &command) const;

    /// The plan for a state machine decision on `before`: transition + upsert, swapped in.
    CommandPlan fromDecision(const protocol::Command &command, const protocol::Conversation &before, Decision decision);
    /// A message by the actor (note, whisper or reply); `updateRow` also writes the board row.
    CommandPlan addMessage(const protocol::Command &command, const Actor &actor, const protocol::Conversation &before,
        protocol::Visibility visibility, const std::string &text, protocol::Millis at, bool updateRow);

    /// Whisper, reply and note share this: size limit, the conversation must exist, the state
    /// machine's `check` (if any) must pass, then addMessage.
    using MessageCheck = std::optional<Refusal> (*)(const protocol::Conversation &, const Actor &);
    CommandPlan planMessage(const protocol::Command &command, const Actor &actor, protocol::Millis at,
        const std::string &conversationId, const std::string &text, const char *tooLong, MessageCheck check,
        protocol::Visibility visibility, bool updateRow);

    StateStore &m_state;
    UserStore &m_users;
    privacy::Erasure &m_erasure;
    PresenceSetter m_setPresence;
};

} // namespace pilothouse::server
