#pragma once
// One fold of the server's tables into daily facts: read the conversations created since a day
// (with their messages, judgements, transitions, ratings and the orders since then) and fold them
// with the reference FactsBuilder. Touches nothing but the connection it is given, so it runs on
// the facts worker thread (FactsService) as well as on the main thread at start.

#include "analytics/facts.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

class QSqlDatabase;

namespace pilothouse::server {

/// One conversation as a fold saw it: what it contributed to the facts, and what a list of the
/// conversations behind a figure shows of it.
struct FoldedConversation {
    QString id;
    QString customerId;
    qint64 createdAt = 0;
    QString intent;
    protocol::ConversationStatus status = protocol::ConversationStatus::Ai;
    analytics::FactsKey key;
    analytics::FactsCounters counts;
};

/// What of a customer moves its conversations' rows (part of their key).
struct CustomerKey {
    QString segment;
    QString language;
    bool vip = false;
};

struct FactsFold {
    QDate since; ///< The rows of this day and later are in `rows`.
    qint64 nowMs = 0; ///< The facts are as of then.
    QString currency; ///< Orders counted in it.
    QList<analytics::DayFacts> rows;
    QList<FoldedConversation> conversations; ///< Created since `since`, oldest first.
    QHash<QString, CustomerKey> customers; ///< Every customer's key as the fold read it.
    qsizetype historySize = 0;
    qint64 readMs = 0;
    qint64 totalMs = 0;
};

/// Folds the conversations created from the start of `since` (UTC) to the day of `nowMs`.
FactsFold foldFacts(const QSqlDatabase &db, QDate since, qint64 nowMs, const QString &currency);

} // namespace pilothouse::server
