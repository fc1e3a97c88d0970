#pragma once
// The additive daily facts every supervisor metric is computed from (docs/metrics.md, "Facts").
// One DayFacts per (day, channel, kind, intent, segment, language, vip): counts and sums only, so
// any set of rows adds up with operator+= and every rate is a ratio of two such sums, never an
// average of ratios. A row's day is the creation day (UTC) of the conversations it counts: the
// cohort. Plain values; safe to copy between threads.

#include "protocol/frames.h"

#include <QDate>
#include <QHashFunctions>
#include <QString>

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>

namespace pilothouse::analytics {

/// The attribution windows of orders to sales conversations, in days; index into the per-window
/// counters below. 5 days is the default.
inline constexpr std::array<int, 4> kAttributionWindows = {1, 5, 7, 30};
inline constexpr std::size_t kDefaultAttributionWindow = 1; // 5 days

/// The hand-off slots: one per protocol::EscalationReason (at the enum's value), then one for a
/// conversation taken over without an escalation (kTakenOverSlot).
inline constexpr std::size_t kTakenOverSlot = std::size_t(protocol::EscalationReason::AiLooping) + 1;
inline constexpr std::size_t kHandOffReasons = kTakenOverSlot + 1;

/// The slot of an escalation reason.
constexpr std::size_t handOffSlot(protocol::EscalationReason reason)
{
    return std::size_t(reason);
}
/// The escalation reason of a slot; nothing for kTakenOverSlot.
constexpr std::optional<protocol::EscalationReason> handOffReason(std::size_t slot)
{
    return slot < kTakenOverSlot ? std::optional(protocol::EscalationReason(slot)) : std::nullopt;
}

/// The confidence bands of the calibration counters: band b holds AI replies whose confidence is
/// at least b/10 and below (b+1)/10; the last band also holds 1.0.
inline constexpr std::size_t kConfidenceBands = protocol::kFactsConfidenceBands;

/// The band of a confidence in 0..1 (clamped).
constexpr std::size_t confidenceBand(double confidence)
{
    // The small epsilon keeps 0.3 (stored as 0.29999...) in the 30 % band, as a reader expects.
    const double scaled = confidence * double(kConfidenceBands) + 1e-9;
    if (!(scaled > 0))
        return 0;
    return std::min(kConfidenceBands - 1, std::size_t(scaled));
}

/// What a facts row is about.
struct FactsKey {
    QDate day; ///< UTC creation day of the conversations counted.
    protocol::Channel channel = protocol::Channel::Chat;
    protocol::ConversationKind kind = protocol::ConversationKind::Support;
    QString intent; ///< Last detected intent; "" when none.
    QString segment;
    QString language;
    bool vip = false;

    friend bool operator==(const FactsKey &, const FactsKey &) = default;
};

inline size_t qHash(const FactsKey &key, size_t seed = 0) noexcept
{
    return qHashMulti(seed, key.day, int(key.channel), int(key.kind), key.intent, key.segment, key.language, key.vip);
}

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
    qint64 deadlinesMet = 0; ///< First hand-offs whose first-reply deadline a person met.
    qint64 deadlinesMissed = 0; ///< ... and those nobody answered by it (once it passed).
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
    /// Calibration, per confidence band: public AI replies with a confidence, those a reviewer
    /// judged (the latest judgement), those judged wrong; and conversations never handed off by
    /// the band of their lowest AI confidence (what a higher hand-off threshold would add).
    using Bands = std::array<qint64, kConfidenceBands>;
    Bands aiRepliesByConfidence {};
    Bands judgedByConfidence {};
    Bands wrongByConfidence {};
    Bands notHandedOffByLowestConfidence {};

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
    deadlinesMet += o.deadlinesMet;
    deadlinesMissed += o.deadlinesMissed;
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
    for (std::size_t b = 0; b < kConfidenceBands; ++b) {
        aiRepliesByConfidence[b] += o.aiRepliesByConfidence[b];
        judgedByConfidence[b] += o.judgedByConfidence[b];
        wrongByConfidence[b] += o.wrongByConfidence[b];
        notHandedOffByLowestConfidence[b] += o.notHandedOffByLowestConfidence[b];
    }
    return *this;
}

} // namespace pilothouse::analytics

namespace pilothouse::protocol {
/// So that a QSet or QHash can hold the channels a filter keeps (Qt 6.4 has no qHash for enums).
inline size_t qHash(Channel channel, size_t seed = 0) noexcept
{
    return ::qHash(int(channel), seed);
}
} // namespace pilothouse::protocol
