#pragma once
// The escalation rule set (docs/config.md, "Escalation rules"): an ordered list of rules, the first
// enabled one whose conditions all hold decides the turn. Three built-in guardrails (a request for
// a person, a legal threat, self-harm) stand in the list like any rule: they can be moved and their
// action's priority changed, never removed or switched off.

#include "protocol/frames.h"

#include "tuning/phrases.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace pilothouse::tuning {

/// What a condition looks at (docs/config.md spells them).
enum class Fact {
    Confidence, ///< The AI's confidence in its intent, 0..1.
    Sentiment, ///< Of the customer's message, -1..1.
    Intent,
    Vip,
    Segment,
    LifetimeValue, ///< The customer's, in the currency's major unit.
    OrderValue, ///< Of the order the customer's words are about; absent = no such order.
    Language, ///< Of the customer's message (ISO 639-1).
    Channel,
    Kind, ///< support or sales
    Text, ///< The customer's words: any of the phrases.
    TurnsWithoutProgress, ///< AI turns in a row answering the same intent, this one included.
    AskedForHuman,
    LegalThreat,
    SelfHarm,
    ToolFailed, ///< A lookup the answer needed failed (an unknown order, ...).
    MissingKnowledge, ///< The agent has no answer for what was asked.
    BusinessHours, ///< The message came inside the rule set's business hours.
};

enum class Op { Below, AtOrBelow, Above, AtOrAbove, In, NotIn, Is, ContainsAny };

struct Condition {
    Fact fact = Fact::Confidence;
    Op op = Op::Below;
    double number = 0.0; ///< Below .. AtOrAbove. Money facts: in the currency's major unit.
    bool flag = false; ///< Is
    std::vector<std::string> values {}; ///< In, NotIn (spellings), ContainsAny (phrases as typed)
    PhraseSet phrases {}; ///< ContainsAny, compiled from `values`
};

enum class Guardrail { None, AskedForHuman, LegalThreat, SelfHarm };

enum class ActionKind {
    HandOver, ///< The AI says it is passing the conversation on and it goes to the queue.
    DraftForApproval, ///< The AI's answer is not sent; it waits as a draft for a person to approve.
};

struct Action {
    ActionKind kind = ActionKind::HandOver;
    protocol::EscalationReason reason = protocol::EscalationReason::LowConfidence;
    int priority = 1; ///< 0 normal .. 3 urgent
};

struct Rule {
    std::string id; ///< Stable: [a-z0-9-], 1..64 characters; what a hand-off records.
    std::string name; ///< What supervisors call it.
    bool enabled = true;
    Guardrail guardrail = Guardrail::None; ///< Guardrails have no conditions: the detector is one.
    std::vector<Condition> when {}; ///< All must hold.
    Action then {};
};

/// Opening hours in one fixed offset from UTC (daylight saving is the editor's to follow).
struct BusinessHours {
    int utcOffsetMinutes = 0; ///< -720 .. 840
    std::array<bool, 7> days {true, true, true, true, true, false, false}; ///< Monday first
    int opensMinute = 9 * 60; ///< Minutes after midnight, local.
    int closesMinute = 17 * 60; ///< After opensMinute; 1440 = midnight.
    bool operator==(const BusinessHours &) const = default;
};

struct RuleSet {
    std::vector<Rule> rules;
    BusinessHours businessHours {};
};

inline constexpr std::size_t kMaxRules = 64;
inline constexpr std::size_t kMaxConditionsPerRule = 16;
inline constexpr std::size_t kMaxValuesPerCondition = 100;

} // namespace pilothouse::tuning
