#pragma once

#include "factsfold.h"

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
#include <QThread>
#include <QTimer>

#include <functional>
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
    using Conversation = FoldedConversation;
    /// The conversations behind a side of a figure: how many, and the newest `limit` of them.
    struct Behind {
        qsizetype total = 0;
        QList<Conversation> newest;
    };

    /// 90 days and the 90 before them: the Analytics page's longest range and its comparison.
    static constexpr int kWindowDays = 180;
    FactsService(Database &db, EventLog &log, int debounceMs, QObject *parent = nullptr);
    ~FactsService() override;

    /// Computes the facts of the whole window now, on this thread (at start, before any client
    /// asks).
    void recompute();
    /// Computes again, now and on this thread, the days of the conversations touched since the
    /// last fold (a new order touches the customer's conversations of the last 30 days); the whole
    /// window when a customer's segment, language or VIP flag changed or the day turned. The server itself
    /// does this on its facts thread, at most every debounce interval after appends.
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
    /// The same for any test of a conversation's counters (the calibration's bands).
    Behind conversationsBehind(const std::function<bool(const analytics::FactsCounters &)> &behind,
        const analytics::MetricsFilter &filter, qsizetype limit) const;

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
    /// The day the touched conversations' facts must be folded from (the oldest creation day),
    /// and forgets them; the first day of the window when anything wider changed.
    QDate takeTouched();
    /// Folds the conversations created since the start of `since` (UTC) on this thread.
    void fold(QDate since);
    /// The same on the facts thread; applied when it is done. One fold runs at a time: a request
    /// meanwhile waits, merged with any other, for the running one to be applied.
    void foldInBackground(QDate since);
    /// Replaces the rows from the fold's day on and announces the days that changed.
    void apply(const FactsFold &fold);
    QDate firstDayOfWindow() const;

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
    QHash<QString, CustomerKey> m_customerKeys; ///< As of the last fold applied.
    qint64 m_asOf = 0;
    QDate m_first;
    QDate m_last;
    bool m_folding = false; ///< A fold runs on the facts thread.
    QDate m_pendingSince; ///< Requested while one ran; invalid when none.
    QString m_dbPath;
    QString m_connection; ///< The facts thread's own read connection to m_dbPath.
    QThread m_thread; ///< The facts thread: folds off the main thread (docs/architecture.md).
    QObject *m_worker = nullptr; ///< Lives on m_thread.
};

} // namespace pilothouse::server
