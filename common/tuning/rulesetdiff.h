#pragma once
// What differs between two rule sets (docs/config.md), rule by rule: which rules one adds or
// removes, which it moves in the order of precedence, and what it changes in the others. The
// console shows it beside a version, and a review of a draft before publishing reads the same.

#include "tuning/ruleset.h"

#include <string>
#include <vector>

namespace pilothouse::tuning {

struct RuleChange {
    enum class Kind { Added, Removed, Moved, Changed };
    Kind kind = Kind::Changed;
    std::string id;
    int from = -1; ///< 0-based position in the first set; -1 when added
    int to = -1; ///< 0-based position in the second set; -1 when removed
    /// Out of the relative order both sets keep (Moved, or Changed and moved as well).
    bool moved = false;
    // What a Changed rule changed:
    bool name = false;
    bool enabled = false;
    bool when = false;
    bool then = false;
    bool operator==(const RuleChange &) const = default;
};

struct RuleSetDiff {
    std::vector<RuleChange> rules; ///< In the second set's order, removed rules last.
    bool businessHours = false;
    bool empty() const { return rules.empty() && !businessHours; }
};

/// How `to` differs from `from`. Rules are matched by id; a rule is moved when it is not in the
/// longest run of rules both sets keep in the same relative order.
RuleSetDiff diff(const RuleSet &from, const RuleSet &to);

} // namespace pilothouse::tuning
