#pragma once
// The reference fold of a conversation history into DayFacts, exactly as docs/metrics.md says the
// server aggregates it. The server's own aggregation is tested against this, and the worked
// examples of docs/metrics.md are computed with it. The history is a plain hand-built value (no
// protocol frames, no SQL). Pure function; callable from any thread.

#include "analytics/facts.h"

#include <QList>
#include <QString>

#include <optional>

namespace pilothouse::analytics {

/// How a transition to `resolved` ended the conversation (protocol `outcome`, with the server's
/// new `abandoned`); None on every other transition.
enum class CloseOutcome { None, Resolved, NotResolved, Spam, Abandoned };

/// Where a sales conversation ended up (stage engaged -> qualified -> won or lost).
enum class SalesStage { None, Engaged, Qualified, Won, Lost };

/// A reviewer's latest judgement of an AI reply (`message.judged`).
enum class Judged { No, Correct, Wrong };

/// The fold's view of a wire close outcome and sales stage (none when absent).
CloseOutcome closeOutcomeOf(std::optional<protocol::ResolveOutcome> outcome);
SalesStage salesStageOf(std::optional<protocol::SalesStage> stage);

struct HistoryMessage {
    protocol::Author author = protocol::Author::Customer;
    protocol::Visibility visibility = protocol::Visibility::Public;
    qint64 at = 0;
    qint64 tokens = 0; ///< `ai.tokens` of an AI reply.
    std::optional<double> confidence {}; ///< `ai.confidence` of an AI reply, 0..1.
    /// The latest judgement. Judgements carry no time: the one standing when the facts are
    /// computed counts, whatever `asOfMs`.
    Judged judged = Judged::No;
};

struct HistoryTransition {
    protocol::ConversationStatus from = protocol::ConversationStatus::Ai;
    protocol::ConversationStatus to = protocol::ConversationStatus::Ai;
    QString actor; ///< A user name, or "ai" / "system".
    QString reason; ///< Wire spelling: "customer_confirmed", "no_reply", "resolve", "low_confidence", ...
    CloseOutcome outcome = CloseOutcome::None;
    qint64 at = 0;
};

struct HistoryRating {
    int rating = 0; ///< 1..5
    qint64 at = 0;
};

struct HistoryConversation {
    QString id;
    QString customerId;
    qint64 createdAt = 0;
    protocol::Channel channel = protocol::Channel::Chat;
    protocol::ConversationKind kind = protocol::ConversationKind::Support;
    QString intent;
    QString segment;
    QString language;
    bool vip = false;
    QList<HistoryMessage> messages;
    QList<HistoryTransition> transitions;
    QList<HistoryRating> ratings;
    qint64 humanHandleMs = 0; ///< The server's measured handling time of the conversation.
    qint64 handoffDueAt = 0; ///< The first hand-off's first-reply deadline, 0 when none.
    SalesStage stage = SalesStage::None;
    bool qualified = false; ///< Need, timeline, budget and authority all became known.
};

struct HistoryOrder {
    QString customerId;
    qint64 amountCents = 0;
    QString currency;
    qint64 placedAt = 0;
};

struct History {
    QList<HistoryConversation> conversations;
    QList<HistoryOrder> orders;
};

/// What one conversation contributes to the facts: its row's key and its counters, orders
/// included. The facts are the sums of these by key, so the conversations behind any sum are those
/// whose counters add to it (analytics/drilldown.h).
struct ConversationFacts {
    qsizetype index = 0; ///< Into History::conversations.
    FactsKey key;
    FactsCounters counts;
};

/// The reference aggregation.
class FactsBuilder {
public:
    /// A durable AI resolution is one the customer did not reopen within this long.
    static constexpr qint64 kDurableMs = 7LL * 24 * 3600 * 1000;

    /// The facts of `history` as they stand at `asOfMs` (later events are ignored), one row per
    /// key, in order of day and first appearance. Orders count only in `currency`.
    static QList<DayFacts> build(const History &history, qint64 asOfMs, const QString &currency);

    /// What every conversation created by `asOfMs` contributes, in history order, orders
    /// attributed (in `currency` only). build() is the sum of these by key.
    static QList<ConversationFacts> perConversation(const History &history, qint64 asOfMs, const QString &currency);

    /// The facts rows of perConversation()'s answer: its counters summed by key, in order of day
    /// and first appearance.
    static QList<DayFacts> sum(const QList<ConversationFacts> &conversations);

    /// The counters one conversation contributes to its row (orders aside).
    static FactsCounters countersOf(const HistoryConversation &conversation, qint64 asOfMs);

    /// The key of a conversation's row.
    static FactsKey keyOf(const HistoryConversation &conversation);
};

} // namespace pilothouse::analytics
