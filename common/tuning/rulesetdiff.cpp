#include "tuning/rulesetdiff.h"

#include "tuning/rulesetjson.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace pilothouse::tuning {
namespace {

/// The ids of the longest common subsequence of `a` and `b` (at most 64 rules each: O(n²) is nothing).
std::unordered_set<std::string> keptInOrder(const std::vector<std::string> &a, const std::vector<std::string> &b)
{
    const std::size_t n = a.size();
    const std::size_t m = b.size();
    std::vector<std::vector<int>> length(n + 1, std::vector<int>(m + 1, 0));
    for (std::size_t i = n; i-- > 0;) {
        for (std::size_t j = m; j-- > 0;)
            length[i][j] = a[i] == b[j] ? length[i + 1][j + 1] + 1 : std::max(length[i + 1][j], length[i][j + 1]);
    }
    std::unordered_set<std::string> kept;
    for (std::size_t i = 0, j = 0; i < n && j < m;) {
        if (a[i] == b[j]) {
            kept.insert(a[i]);
            ++i;
            ++j;
        } else if (length[i + 1][j] >= length[i][j + 1]) {
            ++i;
        } else {
            ++j;
        }
    }
    return kept;
}

/// A rule's conditions or action as their canonical JSON, so equal means equal as published.
std::string canonical(const Rule &rule, bool conditions)
{
    RuleSet one;
    Rule copy = rule;
    if (conditions)
        copy.then = {};
    else
        copy.when.clear();
    copy.name.clear();
    copy.enabled = true;
    one.rules.push_back(std::move(copy));
    return toJson(one);
}

} // namespace

RuleSetDiff diff(const RuleSet &from, const RuleSet &to)
{
    RuleSetDiff out;
    std::unordered_map<std::string, int> before;
    std::vector<std::string> fromIds;
    std::vector<std::string> commonFrom;
    for (std::size_t i = 0; i < from.rules.size(); ++i) {
        before[from.rules[i].id] = int(i);
        fromIds.push_back(from.rules[i].id);
    }
    std::unordered_set<std::string> inTo;
    std::vector<std::string> commonTo;
    for (const Rule &rule : to.rules) {
        inTo.insert(rule.id);
        if (before.count(rule.id))
            commonTo.push_back(rule.id);
    }
    for (const std::string &id : fromIds) {
        if (inTo.count(id))
            commonFrom.push_back(id);
    }
    const auto kept = keptInOrder(commonFrom, commonTo);
    for (std::size_t j = 0; j < to.rules.size(); ++j) {
        const Rule &now = to.rules[j];
        const auto was = before.find(now.id);
        if (was == before.end()) {
            out.rules.push_back({RuleChange::Kind::Added, now.id, -1, int(j)});
            continue;
        }
        const Rule &old = from.rules[std::size_t(was->second)];
        RuleChange change {RuleChange::Kind::Changed, now.id, was->second, int(j)};
        change.name = old.name != now.name;
        change.enabled = old.enabled != now.enabled;
        change.when = canonical(old, true) != canonical(now, true);
        change.then = canonical(old, false) != canonical(now, false);
        change.moved = !kept.count(now.id);
        if (change.name || change.enabled || change.when || change.then)
            out.rules.push_back(change);
        else if (change.moved)
            out.rules.push_back({RuleChange::Kind::Moved, now.id, was->second, int(j), true});
    }
    for (std::size_t i = 0; i < from.rules.size(); ++i) {
        if (!inTo.count(from.rules[i].id))
            out.rules.push_back({RuleChange::Kind::Removed, from.rules[i].id, int(i), -1});
    }
    out.businessHours = from.businessHours != to.businessHours;
    return out;
}

} // namespace pilothouse::tuning
