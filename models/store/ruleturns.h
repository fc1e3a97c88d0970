#pragma once
// The AI's turns as the cache holds them, rebuilt into what the escalation rules read
// (docs/config.md, "Replaying a turn"). The dry run replays them with common/tuning's evaluator,
// the code the server decided them with, so a replay under the rule set the server used gives the
// server's decision; under a draft it gives what the draft would have done.

#include "tuning/evaluator.h"
#include "tuning/ruleset.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pilothouse::models::ruleturns {

/// One customer message the AI answered with the rules running.
struct Turn {
    QString conversationId;
    QString replyId; ///< The AI message the turn produced (a note when held for approval).
    QString customerMessageId;
    std::string text; ///< The customer's message.
    tuning::TurnFacts facts; ///< Everything but `text`; see factsOf().
    qint64 rulesVersion = 0; ///< The rule set the server decided with.
    QString matched; ///< The rule that decided, as the server recorded it; empty = none.
};

/// `turn.facts` reading `turn.text` (valid while `turn` lives).
tuning::TurnFacts factsOf(const Turn &turn);

/// Every cached AI reply that recorded its rules' inputs and answers a customer message written in
/// [from, to) (milliseconds), grouped by conversation, in order. Reads through `db` on the calling
/// thread; `cancelled`, when set, is polled between conversations and ends the read early (what was
/// read so far is returned). Erased conversations are gone from the cache and so not read.
std::vector<Turn> read(const QSqlDatabase &db, qint64 from, qint64 to, const std::function<bool()> &cancelled = {});

/// The published versions of the rule set the cache knows (`config.published`), by version; version
/// 0 is always known: it is the built-in set (tuning::defaultRuleSet()). Versions that do not parse
/// are left out.
std::map<qint64, std::shared_ptr<const tuning::RuleSet>> ruleSets(const QSqlDatabase &db);

} // namespace pilothouse::models::ruleturns
