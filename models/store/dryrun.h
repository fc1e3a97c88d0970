#pragma once
// The dry run of a draft rule set (issue 12, section 6): every cached turn replayed under the rule
// set in force and under the draft, with the same evaluator the server decides with
// (common/tuning), and what would change. Pure computation over ruleturns::read()'s turns: the
// worker that reads the cache, reports progress and cancels calls it in slices.

#include "store/ruleturns.h"

#include <QSet>
#include <QString>

#include <array>
#include <vector>

namespace pilothouse::models::dryrun {

enum class Change {
    WouldHandOver, ///< The AI answered; the draft hands over (or holds for approval).
    WouldNoLongerHandOver, ///< Handed over; under the draft the AI answers.
    OtherReason, ///< Both hand over, for another reason.
    OtherPriority, ///< Both hand over for the same reason, at another priority.
    OtherAction, ///< Hand over one way, hold for approval the other.
};

struct Flip {
    std::size_t turn = 0; ///< Index into the turns compared.
    Change change = Change::WouldHandOver;
    tuning::Decision before; ///< Under the rule set in force.
    tuning::Decision after; ///< Under the draft.
};

struct Summary {
    std::size_t turns = 0; ///< Turns compared.
    QSet<QString> conversations; ///< Conversations they belong to.
    std::size_t handOversBefore = 0; ///< Turns the rule set in force hands over (or holds).
    std::size_t handOversAfter = 0;
    /// By hour of the day (the customer's message, local to the offset given): hand-offs the draft
    /// adds and removes.
    std::array<int, 24> moreByHour {};
    std::array<int, 24> fewerByHour {};
    std::vector<Flip> flips; ///< Every turn whose decision changes, in turn order.
    /// Turns a reviewer judged "should have handed over" that the draft still lets the AI answer.
    std::vector<std::size_t> stillMissed;
    bool cancelled = false;
};

/// Compares `turns[begin, end)` into `summary` (call with consecutive slices to show progress).
/// `shouldHaveHandedOver` holds the reply ids reviewers labelled so.
void compare(const std::vector<ruleturns::Turn> &turns, std::size_t begin, std::size_t end,
    const tuning::RuleSet &inForce, const tuning::RuleSet &draft, const QSet<QString> &shouldHaveHandedOver,
    int utcOffsetSeconds, Summary &summary);

/// The reply ids whose latest label by anyone says "should have handed over".
QSet<QString> shouldHaveHandedOver(const QSqlDatabase &db);

} // namespace pilothouse::models::dryrun
