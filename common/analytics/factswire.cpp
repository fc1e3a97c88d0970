#include "analytics/factswire.h"

#include <QDate>

namespace pilothouse::analytics {

namespace {

// One list of the scalar counters for both directions, so a new counter cannot be forgotten in one.
template<typename A, typename B, typename Copy> void eachCounter(A &a, B &b, Copy copy)
{
    copy(a.conversations, b.conversations);
    copy(a.spam, b.spam);
    copy(a.aiResolvedStrict, b.aiResolvedStrict);
    copy(a.aiResolvedProvisional, b.aiResolvedProvisional);
    copy(a.aiResolvedLenient, b.aiResolvedLenient);
    copy(a.humanResolved, b.humanResolved);
    copy(a.notResolved, b.notResolved);
    copy(a.abandoned, b.abandoned);
    copy(a.handedOff, b.handedOff);
    for (std::size_t i = 0; i < kHandOffReasons; ++i)
        copy(a.handedOffByReason[i], b.handedOffByReason[i]);
    copy(a.aiFirstResponseMsSum, b.aiFirstResponseMsSum);
    copy(a.aiFirstResponseCount, b.aiFirstResponseCount);
    copy(a.humanFirstResponseMsSum, b.humanFirstResponseMsSum);
    copy(a.humanFirstResponseCount, b.humanFirstResponseCount);
    copy(a.deadlinesMet, b.deadlinesMet);
    copy(a.deadlinesMissed, b.deadlinesMissed);
    copy(a.resolutionMsSum, b.resolutionMsSum);
    copy(a.resolutionCount, b.resolutionCount);
    copy(a.surveysSent, b.surveysSent);
    copy(a.rated, b.rated);
    copy(a.ratedPositive, b.ratedPositive);
    copy(a.ratingSum, b.ratingSum);
    copy(a.aiReplies, b.aiReplies);
    copy(a.aiTokens, b.aiTokens);
    copy(a.humanHandleMsSum, b.humanHandleMsSum);
    copy(a.humanHandledConversations, b.humanHandledConversations);
    copy(a.salesConversations, b.salesConversations);
    copy(a.qualified, b.qualified);
    copy(a.won, b.won);
    copy(a.lost, b.lost);
    for (std::size_t i = 0; i < kAttributionWindows.size(); ++i) {
        copy(a.attributedOrders[i], b.attributedOrders[i]);
        copy(a.revenueCents[i], b.revenueCents[i]);
    }
    for (std::size_t i = 0; i < kConfidenceBands; ++i) {
        copy(a.aiRepliesByConfidence[i], b.aiRepliesByConfidence[i]);
        copy(a.judgedByConfidence[i], b.judgedByConfidence[i]);
        copy(a.wrongByConfidence[i], b.wrongByConfidence[i]);
        copy(a.notHandedOffByLowestConfidence[i], b.notHandedOffByLowestConfidence[i]);
    }
}

} // namespace

protocol::FactsCounts toWire(const FactsCounters &counts)
{
    protocol::FactsCounts out;
    eachCounter(out, counts, [](std::int64_t &to, const qint64 &from) { to = from; });
    return out;
}

FactsCounters fromWire(const protocol::FactsCounts &counts)
{
    FactsCounters out;
    eachCounter(out, counts, [](qint64 &to, const std::int64_t &from) { to = from; });
    return out;
}

protocol::FactsRow toWire(const DayFacts &row)
{
    return {row.key.day.toString(Qt::ISODate).toStdString(), row.key.channel, row.key.kind,
        row.key.intent.toStdString(), row.key.segment.toStdString(), row.key.language.toStdString(), row.key.vip,
        toWire(row.counts)};
}

bool fromWire(const protocol::FactsRow &row, DayFacts &out)
{
    const QDate day = QDate::fromString(QString::fromStdString(row.day), Qt::ISODate);
    if (!day.isValid())
        return false;
    out.key = {day, row.channel, row.kind, QString::fromStdString(row.intent), QString::fromStdString(row.segment),
        QString::fromStdString(row.language), row.vip};
    out.counts = fromWire(row.counts);
    return true;
}

} // namespace pilothouse::analytics
