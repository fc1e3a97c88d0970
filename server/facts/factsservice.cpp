#include "factsservice.h"

#include "db/database.h"
#include "eventlog/eventlog.h"

#include "analytics/factsframes.h"
#include "analytics/factswire.h"
#include "log/log.h"
#include "protocol/codec.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace pilothouse::server {
namespace {

using namespace pilothouse::analytics;

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

bool sameRows(const QList<DayFacts> &a, const QList<DayFacts> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
        [](const DayFacts &x, const DayFacts &y) { return x.key == y.key && x.counts == y.counts; });
}

QMap<QDate, QList<DayFacts>> byDay(const QList<DayFacts> &rows)
{
    QMap<QDate, QList<DayFacts>> days;
    for (const DayFacts &row : rows)
        days[row.key.day].append(row);
    return days;
}

} // namespace

FactsService::FactsService(Database &db, EventLog &log, int debounceMs, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_dbPath(db.filePath())
    , m_connection(QStringLiteral("facts-%1").arg(quintptr(this)))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] { foldInBackground(takeTouched()); });
    // Throttled rather than postponed: steady traffic still gets fresh facts every interval.
    connect(&log, &EventLog::appended, this, [this](const EventBatch &events) {
        if (events)
            touch(*events);
        if (!m_debounce.isActive())
            m_debounce.start();
    });
    m_dayTurn.setSingleShot(true);
    connect(&m_dayTurn, &QTimer::timeout, this, [this] {
        foldInBackground(firstDayOfWindow());
        scheduleDayTurn();
    });
    scheduleDayTurn();

    // The facts thread reads through a connection of its own (the log is in WAL mode, so it reads
    // a consistent state while the main thread appends); closed when the thread ends.
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, [connection = m_connection] {
        if (QSqlDatabase::contains(connection)) {
            QSqlDatabase::database(connection, false).close();
            QSqlDatabase::removeDatabase(connection);
        }
    });
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("facts"));
    m_thread.start(QThread::LowPriority);
}

FactsService::~FactsService()
{
    m_thread.quit();
    m_thread.wait();
}

void FactsService::touch(const std::vector<protocol::Event> &events)
{
    for (const protocol::Event &event : events) {
        std::visit(
            [this](const auto &payload) {
                using T = std::decay_t<decltype(payload)>;
                if constexpr (std::is_same_v<T, protocol::Conversation>)
                    m_touched.insert(QString::fromStdString(payload.id));
                else if constexpr (
                    std::is_same_v<T,
                        protocol::
                            Message> || std::is_same_v<T, protocol::Transition> || std::is_same_v<T, protocol::Rating> || std::is_same_v<T, protocol::Judgement>)
                    m_touched.insert(QString::fromStdString(payload.conversationId));
                else if constexpr (std::is_same_v<T, protocol::Customer>)
                    touchCustomer(payload);
            },
            event.payload);
    }
}

void FactsService::touchCustomer(const protocol::Customer &customer)
{
    // A new segment, language or VIP flag moves the customer's rows on every day; an order (the
    // usual change) only the conversations it may be attributed to.
    const QString id = QString::fromStdString(customer.id);
    const auto known = m_customerKeys.constFind(id);
    if (known == m_customerKeys.cend() || known->segment != QString::fromStdString(customer.segment)
        || known->language != QString::fromStdString(customer.language) || known->vip != customer.vip)
        m_customerTouched = true;
    else
        m_touchedCustomers.insert(id);
}

void FactsService::scheduleDayTurn()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 next = (now / kDayMs + 1) * kDayMs + 1000; // just after the next UTC midnight
    m_dayTurn.start(int(std::min<qint64>(next - now, kDayMs + 1000)));
}

void FactsService::setCurrency(const QString &currency)
{
    if (currency == m_currency)
        return;
    m_currency = currency;
    if (m_first.isValid())
        foldInBackground(firstDayOfWindow());
}

QDate FactsService::firstDayOfWindow() const
{
    return QDateTime::currentDateTimeUtc().date().addDays(-(kWindowDays - 1));
}

void FactsService::recompute()
{
    m_touched.clear();
    m_touchedCustomers.clear();
    m_customerTouched = false;
    fold(firstDayOfWindow());
}

void FactsService::refresh()
{
    fold(takeTouched());
}

QDate FactsService::takeTouched()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate first = firstDayOfWindow();
    QDate since = today;
    if (m_customerTouched || m_last != today) {
        since = first;
    } else {
        // The oldest creation day among the touched conversations; later days are folded with
        // it, so an order is attributed exactly as in a whole fold (to the latest conversation
        // before it).
        QSqlQuery q = m_db.query();
        q.prepare(QStringLiteral("SELECT created_at FROM conversations WHERE id = ?"));
        for (const QString &id : std::as_const(m_touched)) {
            q.bindValue(0, id);
            if (q.exec() && q.next())
                since = std::min(since, QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC).date());
        }
        // An order touches the customer's conversations of the widest attribution window.
        q.prepare(
            QStringLiteral("SELECT MIN(created_at) FROM conversations WHERE customer_id = ? AND created_at >= ?"));
        const qint64 widest = QDateTime::currentMSecsSinceEpoch() - kAttributionWindows.back() * kDayMs;
        for (const QString &id : std::as_const(m_touchedCustomers)) {
            q.bindValue(0, id);
            q.bindValue(1, widest);
            if (q.exec() && q.next() && !q.value(0).isNull())
                since = std::min(since, QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC).date());
        }
    }
    m_touched.clear();
    m_touchedCustomers.clear();
    m_customerTouched = false;
    return std::max(since, first);
}

void FactsService::fold(QDate since)
{
    apply(foldFacts(m_db.handle(), since, QDateTime::currentMSecsSinceEpoch(), m_currency));
}

void FactsService::foldInBackground(QDate since)
{
    if (m_folding) {
        m_pendingSince = m_pendingSince.isValid() ? std::min(m_pendingSince, since) : since;
        return;
    }
    m_folding = true;
    QMetaObject::invokeMethod(
        m_worker, [this, since, path = m_dbPath, connection = m_connection, currency = m_currency] {
            QSqlDatabase db = QSqlDatabase::contains(connection)
                ? QSqlDatabase::database(connection)
                : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            if (!db.isOpen()) {
                db.setDatabaseName(path);
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
                db.open();
            }
            // One read transaction: every table as of the same moment.
            const bool snapshot = db.transaction();
            FactsFold fold = foldFacts(db, since, QDateTime::currentMSecsSinceEpoch(), currency);
            if (snapshot)
                db.commit();
            QMetaObject::invokeMethod(
                this,
                [this, fold = std::move(fold)] {
                    m_folding = false;
                    if (fold.currency == m_currency)
                        apply(fold);
                    else // the currency changed meanwhile: its orders are counted again, in the new one
                        m_pendingSince = firstDayOfWindow();
                    if (m_pendingSince.isValid())
                        foldInBackground(std::exchange(m_pendingSince, QDate()));
                },
                Qt::QueuedConnection);
        });
}

void FactsService::apply(const FactsFold &fold)
{
    const qint64 now = fold.nowMs;
    const QDate since = fold.since;
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date();
    const QDate first = today.addDays(-(kWindowDays - 1));
    // The conversations and rows before `since` stay as they are (in place: this runs on the main
    // thread, so it touches only the days the fold replaces); those from it on are replaced.
    // Days that left the window go.
    m_conversations.removeIf([&](const Conversation &c) { return c.key.day < first || c.key.day >= since; });
    m_conversations.append(fold.conversations);
    if (!std::is_sorted(m_conversations.cbegin(), m_conversations.cend(),
            [](const Conversation &a, const Conversation &b) { return a.createdAt < b.createdAt; }))
        std::stable_sort(m_conversations.begin(), m_conversations.end(),
            [](const Conversation &a, const Conversation &b) { return a.createdAt < b.createdAt; });

    QList<DayFacts> replaced;
    m_rows.removeIf([&](const DayFacts &row) {
        if (row.key.day >= since)
            replaced.append(row);
        return row.key.day < first || row.key.day >= since;
    });
    m_rows.append(fold.rows);
    const auto before = byDay(replaced);
    const auto after = byDay(fold.rows);
    QList<QDate> changed;
    for (QDate day = std::max(since, first); day <= today; day = day.addDays(1)) {
        if (!sameRows(before.value(day), after.value(day)))
            changed.append(day);
    }
    const bool firstFold = !m_first.isValid();
    for (QDate day = first; day <= today; day = day.addDays(1)) {
        if (firstFold || changed.contains(day) || !m_changedAt.contains(day))
            m_changedAt.insert(day, now);
    }
    m_changedAt.removeIf([&](const auto &entry) { return entry.key() < first; });
    m_customerKeys = fold.customers;
    m_asOf = now;
    m_first = first;
    m_last = today;
    pilothouse::log::get("server")->debug("facts: {} conversations since {} folded in {} ms ({} ms reading), "
                                          "{} rows, {} day(s) changed",
        fold.historySize, since.toString(Qt::ISODate).toStdString(), fold.totalMs, fold.readMs, m_rows.size(),
        changed.size());
    if (!changed.isEmpty())
        Q_EMIT factsChanged(changed);
}

protocol::Facts FactsService::facts(QDate from, QDate to) const
{
    protocol::Facts out;
    out.asOf = m_asOf;
    out.currency = m_currency.toStdString();
    for (QDate day = from; day <= to; day = day.addDays(1))
        out.days.push_back(day.toString(Qt::ISODate).toStdString());
    for (const DayFacts &row : m_rows) {
        if (row.key.day >= from && row.key.day <= to)
            out.rows.push_back(toWire(row));
    }
    return out;
}

FactsService::Behind FactsService::conversationsBehind(
    Metric metric, DrillSide side, const MetricsFilter &filter, std::size_t window, qsizetype limit) const
{
    return conversationsBehind(
        [&](const FactsCounters &counts) { return isBehind(metric, side, counts, window); }, filter, limit);
}

FactsService::Behind FactsService::conversationsBehind(
    const std::function<bool(const FactsCounters &)> &behindOf, const MetricsFilter &filter, qsizetype limit) const
{
    Behind behind;
    for (auto it = m_conversations.crbegin(); it != m_conversations.crend(); ++it) {
        const Conversation &c = *it;
        if (c.key.day < filter.from || c.key.day > filter.to || !filter.matches(c.key) || !behindOf(c.counts))
            continue;
        if (behind.total < limit)
            behind.newest.append(c);
        ++behind.total;
    }
    return behind;
}

std::vector<protocol::Facts> FactsService::window(std::size_t maxBytes) const
{
    QList<QDate> all;
    for (QDate day = m_first; m_first.isValid() && day <= m_last; day = day.addDays(1))
        all.append(day);
    return frames(all, maxBytes);
}

std::vector<protocol::Facts> FactsService::changedSince(qint64 sinceMs, std::size_t maxBytes) const
{
    QList<QDate> days;
    for (QDate day = m_first; m_first.isValid() && day <= m_last; day = day.addDays(1)) {
        if (m_changedAt.value(day, m_asOf) > sinceMs)
            days.append(day);
    }
    return frames(days, maxBytes);
}

std::vector<protocol::Facts> FactsService::frames(const QList<QDate> &days, std::size_t maxBytes) const
{
    std::vector<protocol::Facts> out = factsFrames(days, byDay(m_rows), m_asOf, m_currency, maxBytes);
    if (out.empty()) // nothing changed: still say the client is current
        out.push_back(protocol::Facts {m_asOf, m_currency.toStdString(), {}, {}});
    out.back().complete = true;
    return out;
}

} // namespace pilothouse::server
