#include "store/dryrun.h"

#include <QSqlQuery>
#include <QVariant>

namespace pilothouse::models::dryrun {
namespace {

std::optional<Change> changeOf(const tuning::Decision &before, const tuning::Decision &after)
{
    if (before.decided() != after.decided())
        return before.decided() ? Change::WouldNoLongerHandOver : Change::WouldHandOver;
    if (!before.decided())
        return std::nullopt;
    if (before.action.kind != after.action.kind)
        return Change::OtherAction;
    if (before.action.reason != after.action.reason)
        return Change::OtherReason;
    if (before.action.priority != after.action.priority)
        return Change::OtherPriority;
    return std::nullopt;
}

int hourOf(qint64 atMs, int utcOffsetSeconds)
{
    constexpr qint64 kHourMs = 3'600'000;
    const qint64 local = atMs + qint64(utcOffsetSeconds) * 1000;
    return int(((local / kHourMs) % 24 + 24) % 24);
}

} // namespace

void compare(const std::vector<ruleturns::Turn> &turns, std::size_t begin, std::size_t end,
    const tuning::RuleSet &inForce, const tuning::RuleSet &draft, const QSet<QString> &shouldHaveHandedOver,
    int utcOffsetSeconds, Summary &summary)
{
    for (std::size_t i = begin; i < end && i < turns.size(); ++i) {
        const ruleturns::Turn &turn = turns[i];
        const tuning::TurnFacts facts = ruleturns::factsOf(turn);
        tuning::Decision before = tuning::evaluate(inForce, facts);
        tuning::Decision after = tuning::evaluate(draft, facts);
        ++summary.turns;
        summary.conversations.insert(turn.conversationId);
        summary.handOversBefore += before.decided() ? 1 : 0;
        summary.handOversAfter += after.decided() ? 1 : 0;
        if (!after.decided() && shouldHaveHandedOver.contains(turn.replyId))
            summary.stillMissed.push_back(i);
        const auto change = changeOf(before, after);
        if (!change)
            continue;
        const int hour = hourOf(turn.facts.atMs, utcOffsetSeconds);
        if (*change == Change::WouldHandOver)
            ++summary.moreByHour[std::size_t(hour)];
        else if (*change == Change::WouldNoLongerHandOver)
            ++summary.fewerByHour[std::size_t(hour)];
        summary.flips.push_back(Flip {i, *change, std::move(before), std::move(after)});
    }
}

QSet<QString> shouldHaveHandedOver(const QSqlDatabase &db)
{
    QSet<QString> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The latest label by anyone is the verdict (docs/protocol.md, Judgement): the highest rowid.
    if (!q.exec(
            QStringLiteral("SELECT j.message_id FROM judgements j WHERE j.category = 'should_have_handed_over'"
                           " AND j.rowid = (SELECT MAX(rowid) FROM judgements k WHERE k.message_id = j.message_id)")))
        return out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

} // namespace pilothouse::models::dryrun
