#pragma once
// One cached conversation as the History page, its filters and the exports see it: the board's
// record plus what the cache derives for review (who closed it and how, the customer's rating, the
// AI's weakest and mean confidence, response times). Read from the cache by the history query
// (store/historyquery.h); every optional is absent when the cache does not know it.

#include "domain/enums.h"

#include <QString>

#include <optional>

namespace pilothouse::models {

struct HistoryRow {
    QString conversationId;
    QString customerId;
    QString customerName; ///< Untrusted plain text.
    QString customerEmail; ///< Untrusted plain text; redactable in exports.
    QString segment; ///< "new", "returning", "vip", "business"; "" when unknown.
    QString language; ///< The customer's BCP 47 primary subtag ("en", "fr"); "" when unknown.
    bool vip = false;
    Channel::Value channel = Channel::Chat;
    Kind::Value kind = Kind::Support;
    Status::Value status = Status::Ai;
    QString subject; ///< Untrusted plain text.
    QString intent; ///< The last detected intent code, "" if none.
    qint64 createdAt = 0; ///< ms since epoch
    qint64 lastMessageAt = 0; ///< ms since epoch
    qint64 messageCount = 0;

    // Timing.
    std::optional<qint64> aiFirstResponseMs; ///< From the first customer message to the first AI reply.
    /// From the hand-off to the first reply a person sent the customer.
    std::optional<qint64> humanFirstResponseMs;

    // Closing; Outcome::None while the conversation is open.
    Outcome::Value outcome = Outcome::None;
    QString closedBy; ///< A user name, or "ai" / "system".
    std::optional<qint64> closedAt; ///< ms since epoch
    std::optional<qint64> resolutionMs() const
    {
        return closedAt ? std::optional<qint64>(*closedAt - createdAt) : std::nullopt;
    }

    // The first hand-off to people, and why the AI escalated (None when a person took it over
    // unasked, or when it was never handed off).
    bool handedOff = false;
    EscalationReason::Value handoffReason = EscalationReason::None;

    // The customer's satisfaction rating, 1..5.
    std::optional<int> csat;

    // The AI's replies.
    int aiReplies = 0;
    int judgedReplies = 0; ///< AI replies someone reviewed (right or wrong).
    int wrongReplies = 0; ///< Of those, judged wrong.
    std::optional<double> minConfidence; ///< The weakest AI reply's confidence, 0..1.
    QString minConfidenceMessageId; ///< That reply's message id.
    std::optional<double> meanConfidence; ///< Mean over the AI replies, 0..1.

    // Versions of the brand voice and rules that produced the replies (a later issue); "" when unknown.
    QString voiceVersion;
    QString rulesVersion;

    /// Orders attributed to this conversation (docs/metrics.md, attribution), in cents. Absent while
    /// the cache does not compute it: the history query leaves it out for now.
    std::optional<qint64> revenueCents;

    bool reviewed() const { return judgedReplies > 0; }
    bool operator==(const HistoryRow &) const = default;
};

} // namespace pilothouse::models
