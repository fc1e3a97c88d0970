#pragma once
// The additive daily facts every supervisor metric is computed from (docs/metrics.md, "Facts").
// One DayFacts per (day, channel, kind, intent, segment, language, vip): counts and sums only, so
// any set of rows adds up with operator+= and every rate is a ratio of two such sums, never an
// average of ratios. A row's day is the creation day (UTC) of the conversations it counts: the
// cohort. Plain values; safe to copy between threads.

#include "domain/enums.h"

#include <QDate>
#include <QString>

#include <array>
#include <cstddef>

namespace pilothouse::analytics {

/// The attribution windows of orders to sales conversations, in days; index into the per-window
/// counters below. 5 days is the default.
inline constexpr std::array<int, 4> kAttributionWindows = {1, 5, 7, 30};
inline constexpr std::size_t kDefaultAttributionWindow = 1; // 5 days

/// One slot per EscalationReason value; None counts take-overs without an escalation.
inline constexpr std::size_t kHandOffReasons = std::size_t(models::EscalationReason::AiLooping) + 1;

/// What a facts row is about.
struct FactsKey {
    QDate day; ///< UTC creation day of the conversations counted.
    models::Channel::Value channel = models::Channel::Chat;
    models::Kind::Value kind = models::Kind::Support;
    QString intent; ///< Last detected intent; "" when none.
    QString segment;
    QString language;
    bool vip = false;

    friend bool operator==(const FactsKey &, const FactsKey &) = default;
};

/// The counters of a row. Each says which events set it in docs/metrics.md.
struct FactsCounters {
    qint64 conversations = 0;
    qint64 spam = 0;
    qint64 aiResolvedStrict = 0;
    qint64 aiResolvedProvisional = 0;
    qint64 aiResolvedLenient = 0;
    qint64 humanResolved = 0;
    qint64 notResolved = 0;
    qint64 abandoned = 0;
    qint64 handedOff = 0;
    std::array<qint64, kHandOffReasons> handedOffByReason {};
    qint64 aiFirstResponseMsSum = 0;
    qint64 aiFirstResponseCount = 0;
    qint64 humanFirstResponseMsSum = 0;
    qint64 humanFirstResponseCount = 0;
    qint64 resolutionMsSum = 0;
    qint64 resolutionCount = 0;
    qint64 surveysSent = 0;
    qint64 rated = 0;
    qint64 ratedPositive = 0;
    qint64 ratingSum = 0;
    qint64 aiReplies = 0;
    qint64 aiTokens = 0;
    qint64 humanHandleMsSum = 0;
    qint64 humanHandledConversations = 0;
    qint64 salesConversations = 0;
    qint64 qualified = 0;
    qint64 won = 0;
    qint64 lost = 0;
    std::array<qint64, kAttributionWindows.size()> attributedOrders {};
    std::array<qint64, kAttributionWindows.size()> revenueCents {};

    FactsCounters &operator+=(const FactsCounters &other);
    friend bool operator==(const FactsCounters &, const FactsCounters &) = default;
};

/// One row of facts.
struct DayFacts {
    FactsKey key;
    FactsCounters counts;
};

inline FactsCounters &FactsCounters::operator+=(const FactsCounters &o)
{
    conversations += o.conversations;
    spam += o.spam;
    aiResolvedStrict += o.aiResolvedStrict;
    aiResolvedProvisional += o.aiResolvedProvisional;
    aiResolvedLenient += o.aiResolvedLenient;
    humanResolved += o.humanResolved;
    notResolved += o.notResolved;
    abandoned += o.abandoned;
    handedOff += o.handedOff;
    for (std::size_t i = 0; i < handedOffByReason.size(); ++i)
        handedOffByReason[i] += o.handedOffByReason[i];
    aiFirstResponseMsSum += o.aiFirstResponseMsSum;
    aiFirstResponseCount += o.aiFirstResponseCount;
    humanFirstResponseMsSum += o.humanFirstResponseMsSum;
    humanFirstResponseCount += o.humanFirstResponseCount;
    resolutionMsSum += o.resolutionMsSum;
    resolutionCount += o.resolutionCount;
    surveysSent += o.surveysSent;
    rated += o.rated;
    ratedPositive += o.ratedPositive;
    ratingSum += o.ratingSum;
    aiReplies += o.aiReplies;
    aiTokens += o.aiTokens;
    humanHandleMsSum += o.humanHandleMsSum;
    humanHandledConversations += o.humanHandledConversations;
    salesConversations += o.salesConversations;
    qualified += o.qualified;
    won += o.won;
    lost += o.lost;
    for (std::size_t i = 0; i < attributedOrders.size(); ++i) {
        attributedOrders[i] += o.attributedOrders[i];
        revenueCents[i] += o.revenueCents[i];
    }
    return *this;
}

} // namespace pilothouse::analytics
