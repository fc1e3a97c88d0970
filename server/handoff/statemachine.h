#pragma once
// The conversation state machine the server owns (docs/protocol.md, section 8.1):
// ai -> escalated -> human (one owner) -> ai, or resolved; resolved reopens to ai when the
// customer writes. Pure decisions over a conversation row: the caller logs the transition and the
// new row together, so the rules can be tested without a database or a socket.

#include "protocol/frames.h"

#include <optional>
#include <string>
#include <string_view>

namespace pilothouse::server {

using protocol::Role;

/// The person (or "ai"/"system") causing a change.
struct Actor {
    std::string name;
    std::string displayName;
    Role role = Role::Agent;
};

/// Why a command may not change the conversation: becomes the nack.
struct Refusal {
    std::string code; ///< protocol::errors::*
    std::string message;
    nlohmann::json details = nlohmann::json::object();
};

/// A change to log: the transition event and the conversation row after it.
struct Change {
    protocol::Conversation conversation;
    protocol::Transition transition;
};

/// Exactly one of: a change, a refusal, or neither (the state already is what was asked).
struct Decision {
    std::optional<Change> change;
    std::optional<Refusal> refusal;
};

/// Transition reasons that are not escalation categories.
namespace transition_reasons {
inline constexpr const char *TakeOver = "take_over";
inline constexpr const char *HandBack = "hand_back";
inline constexpr const char *Resolve = "resolve";
inline constexpr const char *Transfer = "transfer";
inline constexpr const char *CustomerWrote = "customer_wrote";
/// An admin erased the customer (customer.erase): their open conversations close first.
inline constexpr const char *CustomerErased = "customer_erased";
/// Closes the server's engine makes (docs/protocol.md, section 8.1).
inline constexpr const char *CustomerConfirmed = "customer_confirmed"; ///< actor "ai", outcome resolved
inline constexpr const char *NoReply = "no_reply"; ///< actor "system", outcome resolved
inline constexpr const char *Abandoned = "abandoned"; ///< actor "system", outcome abandoned
/// A supervisor merged the conversation into another open one of the customer (conversation.merge):
/// outcome resolved, the transition's mergedInto names the other one.
inline constexpr const char *Merged = "merged";
} // namespace transition_reasons

class ConversationStateMachine {
public:
    /// Target time for the human's first response after an escalation, by priority 0..3.
    static protocol::Millis slaTargetMs(int priority);

    /// AI -> escalated by the agent's rules. nullopt unless the AI handles the conversation.
    static std::optional<Change> escalate(const protocol::Conversation &conversation, const std::string &rule,
        protocol::EscalationReason reason, int priority, protocol::Millis at);
    /// Resolved -> AI because the customer wrote again. nullopt unless resolved.
    static std::optional<Change> reopen(const protocol::Conversation &conversation, protocol::Millis at);
    /// A close the engine makes: the AI resolved it (the customer confirmed, or did not come back),
    /// or the customer left the queue. Only from the status each rule names, else nullopt:
    /// customer_confirmed and no_reply from `ai`, abandoned from `escalated`.
    static std::optional<Change> close(
        const protocol::Conversation &conversation, std::string_view reason, protocol::Millis at);

    /// Closes an open conversation because an admin erases its customer: from any status but
    /// resolved, actor the admin, reason customer_erased, outcome not_resolved. nullopt when resolved.
    static std::optional<Change> closeForErasure(
        const protocol::Conversation &conversation, const Actor &actor, protocol::Millis at);

    static Decision takeOver(const protocol::Conversation &conversation, const Actor &actor, protocol::Millis at);
    static Decision handBack(
        const protocol::Conversation &conversation, const Actor &actor, const std::string &note, protocol::Millis at);
    static Decision resolve(const protocol::Conversation &conversation, const Actor &actor,
        protocol::ResolveOutcome outcome, const std::string &note, protocol::Millis at);
    static Decision transfer(
        const protocol::Conversation &conversation, const Actor &actor, const Actor &to, protocol::Millis at);
    /// Closes `conversation` into `into`, another open conversation of the same customer
    /// (conversation.merge): -> resolved, reason merged, outcome resolved, `mergedInto` = into's id,
    /// from any open status and whoever owns either. Refusals, in order: forbidden (not a
    /// supervisor or admin), bad_request (the same conversation, or another customer's),
    /// invalid_state (either one is resolved). What `into` gains is the caller's (the planner's).
    static Decision merge(const protocol::Conversation &conversation, const protocol::Conversation &into,
        const Actor &actor, protocol::Millis at);

    /// Checks that change no state but depend on it.
    static std::optional<Refusal> checkWhisper(const protocol::Conversation &conversation, const Actor &actor);
    static std::optional<Refusal> checkSend(const protocol::Conversation &conversation, const Actor &actor);

    /// True while a person owns the conversation: the AI may then only draft.
    static bool ownedByPerson(const protocol::Conversation &conversation);
};

} // namespace pilothouse::server
