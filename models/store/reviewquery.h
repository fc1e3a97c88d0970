#pragma once
// Review mode's reads (issue 13, docs/history.md "Review mode"): the three queues of AI replies to
// label, the labels of a set of replies, and every reply that two or more judges labelled (their
// agreement). Plain SQL over the cache (models/store/migrations.cpp, version 5); the caller owns
// the connection and its thread (review/reviewworker.h).

#include "domain/enums.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace pilothouse::models {

/// Which replies review mode offers, in its order.
enum class ReviewQueue {
    LowestConfidence, ///< Replies nobody has labelled, the least sure first.
    DailySample, ///< N replies of each recent UTC day, the same ones in every console.
    HandedOver, ///< The replies of conversations that passed to people, the latest hand-off first.
};

/// One AI reply to review.
struct ReviewItem {
    QString messageId;
    QString conversationId;
    QString customerName;
    QString intent;
    QString text;
    double confidence = 0;
    qint64 at = 0; ///< ms since the epoch
};

/// One judge's standing label of a reply.
struct ReviewLabel {
    QString messageId;
    QString by;
    bool correct = true;
    ReviewReason::Value category = ReviewReason::None;
    QString note {};
    bool operator==(const ReviewLabel &) const = default;
};

struct ReviewRequest {
    ReviewQueue queue = ReviewQueue::LowestConfidence;
    QString me {}; ///< The signed-in user: what they labelled leaves every queue.
    int samplePerDay = 10;
    int sampleDays = 7; ///< Today (UTC) and the days before it.
    qint64 now = 0; ///< ms since the epoch
    int limit = 500;
};

class ReviewQuery {
public:
    explicit ReviewQuery(QSqlDatabase db);

    std::optional<QList<ReviewItem>> queue(const ReviewRequest &request);
    /// Every standing label of these replies, oldest first.
    std::optional<QList<ReviewLabel>> labels(const QStringList &messageIds);
    /// Every standing label of the replies two or more judges labelled, grouped by reply.
    std::optional<QList<ReviewLabel>> sharedLabels();

    /// Which of `ids` a day's sample takes: the `perDay` whose key (sampleKey) is lowest.
    static QStringList sample(QStringList ids, int perDay);
    /// A stable key of a message id (64-bit FNV-1a of its UTF-8): every console ranks alike.
    static quint64 sampleKey(const QString &messageId);

    QString errorString() const { return m_error; }

private:
    std::optional<QList<ReviewItem>> items(const QString &sql, const QVariantList &binds);
    std::optional<QList<ReviewItem>> dailySample(const ReviewRequest &request);

    QSqlDatabase m_db;
    QString m_error;
};

} // namespace pilothouse::models
