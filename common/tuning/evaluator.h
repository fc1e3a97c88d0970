#pragma once
// The one escalation-rules evaluator: the reference server runs it on every customer message the
// AI answers, and the console's dry run replays it on cached history. Given the same rule set and
// the same turn it decides the same, by construction.

#include "tuning/ruleset.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pilothouse::tuning {

/// Everything the rules see about one customer message. `text` is read, never stored.
struct TurnFacts {
    double confidence = 0.0;
    double sentiment = 0.0;
    std::string intent;
    bool vip = false;
    std::string segment;
    std::int64_t lifetimeValueCents = 0;
    std::optional<std::int64_t> orderValueCents {};
    std::string language;
    protocol::Channel channel = protocol::Channel::Chat;
    protocol::ConversationKind kind = protocol::ConversationKind::Support;
    std::string_view text;
    int turnsWithoutProgress = 0;
    bool toolFailed = false;
    bool missingKnowledge = false;
    std::int64_t atMs = 0; ///< When the customer wrote (for business hours).
};

/// How one rule fared on one turn, for the rule trace.
struct RuleOutcome {
    bool enabled = true;
    bool matched = false;
    std::vector<bool> conditions; ///< One per condition; a guardrail's detector is its one condition.
};

struct Decision {
    int rule = -1; ///< Index of the rule that decided, -1 = none (the AI answers).
    std::string ruleId;
    Action action {};
    bool decided() const { return rule >= 0; }
};

/// The first enabled rule whose conditions all hold. With `trace`, every rule is evaluated (in
/// precedence order, one entry per rule) so the trace shows what else would have matched.
Decision evaluate(const RuleSet &rules, const TurnFacts &facts, std::vector<RuleOutcome> *trace = nullptr);

/// An earlier message of the conversation, as the loop count reads it.
struct PastMessage {
    protocol::Author author = protocol::Author::Customer;
    std::string_view intent; ///< Of an AI message.
};

/// AI turns in a row, this one included, answering `intent` (docs/config.md, turns_without_progress):
/// counted back from the newest earlier message until a person's or the system's message, or an AI
/// reply about something else. Small talk never counts as a loop (0).
int turnsWithoutProgress(const std::vector<PastMessage> &history, std::string_view intent);

/// Whether `atMs` falls inside `hours`.
bool insideBusinessHours(const BusinessHours &hours, std::int64_t atMs);

} // namespace pilothouse::tuning
