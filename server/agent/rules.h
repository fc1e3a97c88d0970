#pragma once
// The agent's default escalation rules: what the built-in agent applies on its own (there is no
// rules editor in the console yet). First matching rule wins, in order of urgency.

#include "agent/agent.h"

#include <string_view>

namespace pilothouse::server {

inline constexpr double kLowConfidence = 0.45;
inline constexpr double kVipNegative = -0.5;
inline constexpr double kNegative = -0.6;
inline constexpr int kLoopTurns = 3;

/// What the rules look at for one customer message.
struct RuleInput {
    Classification classification;
    double sentiment = 0.0;
    bool vip = false;
    bool asksForHuman = false; ///< Intent human_request or an explicit phrase.
    bool legalThreat = false;
    bool toolFailed = false; ///< A lookup the answer depends on failed (unknown order, ...).
    bool missingKnowledge = false; ///< The catalog has no answer for what was asked.
    int sameIntentAiTurns = 0; ///< AI turns in a row, including this one, answering this intent.
};

/// Explicit requests for a person: "talk to a human", "real person", "supervisor", ...
bool asksForHuman(std::string_view text);
/// Lawyer, sue, attorney, chargeback, "dispute the charge", "small claims", legal action.
bool mentionsLegalThreat(std::string_view text);

Escalation evaluateDefaultRules(const RuleInput &input);

} // namespace pilothouse::server
