#pragma once
// The escalation rule set as a JSON document (docs/config.md, "Escalation rules"): strict parsing
// that reports every invalid field, the canonical text a published version is stored as, and the
// built-in rule set a server starts with.

#include "tuning/fielderror.h"
#include "tuning/ruleset.h"

#include <memory>
#include <string>
#include <string_view>

namespace pilothouse::tuning {

/// Parses and validates `json`. Unknown fields are errors (a typo must not be ignored silently).
Validated<RuleSet> parseRuleSet(std::string_view json);

/// The canonical JSON of `rules`: fields in the documented order, two-space indented, so that two
/// versions compare line by line.
std::string toJson(const RuleSet &rules);

/// The rules the built-in agent has always applied, with the three guardrails first: version 0,
/// what a server uses until a supervisor publishes a rule set.
const RuleSet &defaultRuleSet();
/// The same set, shared (for holders of a std::shared_ptr<const RuleSet>).
std::shared_ptr<const RuleSet> sharedDefaultRuleSet();

std::string_view spelling(Fact fact);
std::string_view spelling(Op op);
std::string_view spelling(Guardrail guardrail);
std::string_view spelling(ActionKind kind);

} // namespace pilothouse::tuning
