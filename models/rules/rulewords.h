#pragma once
// The escalation rules in a supervisor's words (docs/config.md): each condition, action and change
// of the dry run as a translated sentence, with every code (intent, reason, channel, segment,
// language) through its catalogue label. Rule names are the supervisor's own text: shown as written.

#include "store/dryrun.h"
#include "tuning/evaluator.h"
#include "tuning/ruleset.h"

#include <QCoreApplication>
#include <QString>

namespace pilothouse::models {

class RuleWords {
    Q_DECLARE_TR_FUNCTIONS(RuleWords)
public:
    /// "Confidence below 45 %", "Intent is Refund or Cancel order", "The message contains “refund*”".
    static QString condition(const tuning::Condition &condition);
    /// Every condition of `rule`, joined ("VIP customer and sentiment at or below −0.5"); a
    /// guardrail's built-in detector in words.
    static QString when(const tuning::Rule &rule);
    /// "Hand over: VIP, urgent", "Hold the answer for approval: Legal or policy, normal".
    static QString action(const tuning::Action &action);
    /// "Would hand over", "Would no longer hand over", ...
    static QString change(dryrun::Change change);
    /// What a decision was: "The AI answered", or the rule's name and action.
    static QString decision(const tuning::RuleSet &rules, const tuning::Decision &decision);
    static QString priority(int priority); ///< "normal", "raised", "high", "urgent"
    /// The rule trace of one turn: every rule in precedence order, whether it held (the first that
    /// held decides), and each of its conditions with ✓ or ✗. `trace` is tuning::evaluate's.
    static QStringList trace(const tuning::RuleSet &rules, const std::vector<tuning::RuleOutcome> &trace);
    /// How `to` differs from `from` (tuning::diff), one sentence per changed rule, then business hours.
    static QStringList changes(const tuning::RuleSet &from, const tuning::RuleSet &to);
};

} // namespace pilothouse::models
