#pragma once

#include "analytics/drilldown.h"
#include "analytics/facts.h"
#include "analytics/metrics.h"
#include "protocol/facts.h"

#include <QDate>
#include <QHash>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <vector>

namespace pilothouse::server {

class Database;
class EventLog;

/// The supervisors' daily facts (docs/metrics.md, "Facts"), computed from the server's own tables
/// (conversations, customers, messages, transitions, ratings, orders) with the shared reference
/// fold analytics::FactsBuilder, for the last kWindowDays UTC days. Whole at start and when a UTC
/// day begins (an AI resolution turns from provisional to strict 7 days after it); in between, at
/// most every debounce interval after the log appends, only from the oldest creation day of the
/// conversations the new events touched (usually today: a busy server's fold stays small). Served
/// by GET /api/v1/facts and `facts` frames (server/gateway).
class FactsService : public QObject {
    Q_OBJECT
public:
    /// One conversation of the window as the last recompute saw it: what it contributed to the
    /// facts, and what a list of the conversations behind a figure shows of it.
    struct Conversation {
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
    /// The conversations behind a side of a figure: how many, and the newest `limit` of them.
    struct Behind {
        qsizetype total = 0;
        QList<Conversation> newest;
    };

    /// 90 days and the 90 before them: the Analytics page's longest range and its comparison.
    static constexpr int kWindowDays = 180;
    FactsService(Database &db, EventLog &log, int debounceMs, QObject *parent = nullptr);

    /// Computes the facts of the whole window now (at start, before any client asks).
    void recompute();
    /// Computes again the days of the conversations touched since the last fold (the debounced
    /// update after appends; a new order touches the customer's conversations of the last 30
    /// days); the whole window when a customer's segment, language or VIP flag changed or the day
    /// turned.
    void refresh();
    /// The currency orders count in: the organisation's cost model's (docs/metrics.md). A change
    /// recomputes the facts, since orders in another currency are not counted.
    void setCurrency(const QString &currency);
    QString currency() const { return m_currency; }

    /// The facts of the days from..to (inclusive), every day listed.
    protocol::Facts facts(QDate from, QDate to) const;
    /// The whole window as `facts` frames: frames(every day of the window).
    std::vector<protocol::Facts> window(std::size_t maxBytes) const;
    /// The days whose rows changed after `sinceMs` (a client's `factsSince`) as `facts` frames; one
    /// empty complete frame when none did.
    std::vector<protocol::Facts> changedSince(qint64 sinceMs, std::size_t maxBytes) const;
    /// The facts of `days` (oldest first) as `facts` frames of at most `maxBytes` each when
    /// encoded: each day is listed in the frame where its rows begin, and a day too large for one
    /// frame continues, unlisted, in the next (docs/protocol.md, `facts`); the last is `complete`.
    std::vector<protocol::Facts> frames(const QList<QDate> &days, std::size_t maxBytes) const;

    /// The conversations created from filter.from to filter.to that pass `filter` and are behind
    /// `side` of `metric` (analytics/drilldown.h), from the same recompute as facts(): their
    /// number equals the figure's side computed from facts() for a count.
    Behind conversationsBehind(analytics::Metric metric, analytics::DrillSide side,
        const analytics::MetricsFilter &filter, std::size_t window, qsizetype limit) const;

    qint64 asOf() const { return m_asOf; }
    QDate firstDay() const { return m_first; }
    QDate lastDay() const { return m_last; }

Q_SIGNALS:
    /// After a recompute: the days whose rows changed (oldest first), never empty.
    void factsChanged(const QList<QDate> &days);

private:
    void scheduleDayTurn();
    /// Notes which conversations and customers the new events touch.
    void touch(const std::vector<protocol::Event> &events);
    void touchCustomer(const protocol::Customer &customer);
    /// Folds the conversations created since the start of `since` (UTC) into the rows of those
    /// days, replaces them, and announces the days that changed.
    void fold(QDate since);

    Database &m_db;
    QTimer m_debounce;
    QTimer m_dayTurn;
    QString m_currency = QStringLiteral("USD");
    QList<analytics::DayFacts> m_rows; ///< Sorted by day.
    QList<Conversation> m_conversations; ///< Of the window, oldest first.
    QHash<QDate, qint64> m_changedAt; ///< When each day's rows last changed (every day at the first fold).
    QSet<QString> m_touched; ///< Conversations with events since the last fold.
    bool m_customerTouched = false; ///< A customer's segment, language or VIP flag changed: rows of any day move.
    QSet<QString> m_touchedCustomers; ///< Customers with only new orders since the last fold.
    QHash<QString, CustomerKey> m_customerKeys; ///< As of the last fold.
    qint64 m_asOf = 0;
    QDate m_first;
    QDate m_last;
};

} // namespace pilothouse::server
