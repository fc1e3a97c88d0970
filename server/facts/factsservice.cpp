#include "factsservice.h"

#include "db/database.h"
#include "eventlog/eventlog.h"

#include "analytics/factsbuilder.h"
#include "analytics/factsframes.h"
#include "analytics/factswire.h"
#include "log/log.h"
#include "protocol/codec.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <limits>

namespace pilothouse::server {
namespace {

using namespace pilothouse::analytics;

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

std::string text(const QVariant &value)
{
    return value.toString().toStdString();
}

CloseOutcome closeOutcome(const QVariant &value)
{
    if (value.isNull())
        return CloseOutcome::None;
    switch (protocol::outcomeFromString(text(value)).value_or(protocol::ResolveOutcome::Resolved)) {
    case protocol::ResolveOutcome::Resolved:
        return CloseOutcome::Resolved;
    case protocol::ResolveOutcome::NotResolved:
        return CloseOutcome::NotResolved;
    case protocol::ResolveOutcome::Spam:
        return CloseOutcome::Spam;
    case protocol::ResolveOutcome::Abandoned:
        return CloseOutcome::Abandoned;
    }
    return CloseOutcome::None;
}

constexpr int kQualificationFacts = 4; // need, timeline, budget, authority

SalesStage salesStage(const QVariant &value)
{
    if (value.isNull())
        return SalesStage::None;
    switch (protocol::salesStageFromString(text(value)).value_or(protocol::SalesStage::Engaged)) {
    case protocol::SalesStage::Engaged:
        return SalesStage::Engaged;
    case protocol::SalesStage::Qualified:
        return SalesStage::Qualified;
    case protocol::SalesStage::Won:
        return SalesStage::Won;
    case protocol::SalesStage::Lost:
        return SalesStage::Lost;
    }
    return SalesStage::None;
}

/// The history of the conversations created since `sinceMs`, from the state tables. Stored rows
/// were written by this server from values the codec encoded, so their spellings are known; a
/// row that does not read is skipped. Every query starts from the conversations created since
/// then (CROSS JOIN keeps SQLite from scanning every message to find them).
History readHistory(const Database &db, qint64 sinceMs, QHash<QString, FactsService::CustomerKey> &customers)
{
    History history;
    QHash<QString, qsizetype> index;
    using CustomerFacts = FactsService::CustomerKey;
    customers.clear();
    QSqlQuery q = db.query();
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, json_extract(data, '$.segment'), json_extract(data, '$.language'),"
                              " json_extract(data, '$.vip') FROM customers"))) {
        while (q.next())
            customers.insert(
                q.value(0).toString(), {q.value(1).toString(), q.value(2).toString(), q.value(3).toBool()});
    }

    q.prepare(QStringLiteral("SELECT id, customer_id, created_at, json_extract(data, '$.channel'),"
                             " json_extract(data, '$.kind'), json_extract(data, '$.intent'),"
                             " json_extract(data, '$.humanHandleMs'), json_extract(data, '$.salesStage'),"
                             " json_array_length(data, '$.qualification')"
                             " FROM conversations WHERE created_at >= ? ORDER BY created_at, id"));
    q.addBindValue(sinceMs);
    if (q.exec()) {
        while (q.next()) {
            HistoryConversation c;
            c.id = q.value(0).toString();
            c.customerId = q.value(1).toString();
            c.createdAt = q.value(2).toLongLong();
            const auto channel = protocol::channelFromString(text(q.value(3)));
            const auto kind = protocol::kindFromString(text(q.value(4)));
            if (!channel || !kind)
                continue;
            c.channel = *channel;
            c.kind = *kind;
            c.intent = q.value(5).toString();
            c.humanHandleMs = q.value(6).toLongLong();
            c.stage = salesStage(q.value(7));
            // The codec keeps the facts without repeats, so four are all of them.
            c.qualified = q.value(8).toInt() == kQualificationFacts;
            const CustomerFacts customer = customers.value(c.customerId);
            c.segment = customer.segment;
            c.language = customer.language;
            c.vip = customer.vip;
            index.insert(c.id, history.conversations.size());
            history.conversations.append(std::move(c));
        }
    }
    const auto conversation = [&](const QVariant &id) -> HistoryConversation * {
        const auto it = index.constFind(id.toString());
        return it == index.cend() ? nullptr : &history.conversations[*it];
    };

    q.prepare(QStringLiteral("SELECT m.conversation_id, m.author, m.at, json_extract(m.data, '$.visibility'),"
                             " json_extract(m.data, '$.ai.tokens') FROM conversations c"
                             " CROSS JOIN messages m ON m.conversation_id = c.id WHERE c.created_at >= ?"
                             " ORDER BY m.at, m.rowid"));
    q.addBindValue(sinceMs);
    if (q.exec()) {
        while (q.next()) {
            HistoryConversation *c = conversation(q.value(0));
            const auto author = protocol::authorFromString(text(q.value(1)));
            const auto visibility = q.value(3).isNull() ? std::optional(protocol::Visibility::Public)
                                                        : protocol::visibilityFromString(text(q.value(3)));
            if (c && author && visibility)
                c->messages.append({*author, *visibility, q.value(2).toLongLong(), q.value(4).toLongLong()});
        }
    }

    q.prepare(
        QStringLiteral("SELECT t.conversation_id, json_extract(t.data, '$.from'), json_extract(t.data, '$.to'),"
                       " json_extract(t.data, '$.actor'), json_extract(t.data, '$.reason'),"
                       " json_extract(t.data, '$.outcome'), json_extract(t.data, '$.at') FROM conversations c"
                       " CROSS JOIN transitions t ON t.conversation_id = c.id WHERE c.created_at >= ? ORDER BY t.seq"));
    q.addBindValue(sinceMs);
    if (q.exec()) {
        while (q.next()) {
            HistoryConversation *c = conversation(q.value(0));
            const auto from = protocol::statusFromString(text(q.value(1)));
            const auto to = protocol::statusFromString(text(q.value(2)));
            if (c && from && to) {
                c->transitions.append({*from, *to, q.value(3).toString(), q.value(4).toString(),
                    closeOutcome(q.value(5)), q.value(6).toLongLong()});
            }
        }
    }

    q.prepare(QStringLiteral("SELECT r.conversation_id, json_extract(r.data, '$.rating'), json_extract(r.data, '$.at')"
                             " FROM conversations c CROSS JOIN ratings r ON r.conversation_id = c.id"
                             " WHERE c.created_at >= ?"));
    q.addBindValue(sinceMs);
    if (q.exec()) {
        while (q.next()) {
            if (HistoryConversation *c = conversation(q.value(0)))
                c->ratings.append({q.value(1).toInt(), q.value(2).toLongLong()});
        }
    }

    q.prepare(QStringLiteral("SELECT customer_id, json_extract(data, '$.totalCents'), json_extract(data, '$.currency'),"
                             " json_extract(data, '$.placedAt') FROM orders WHERE json_extract(data, '$.placedAt') >= ?"
                             " ORDER BY json_extract(data, '$.placedAt'), id"));
    q.addBindValue(sinceMs);
    if (q.exec()) {
        while (q.next()) {
            history.orders.append(
                {q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toLongLong()});
        }
    }
    return history;
}

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
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &FactsService::refresh);
    // Throttled rather than postponed: steady traffic still gets fresh facts every interval.
    connect(&log, &EventLog::appended, this, [this](const EventBatch &events) {
        if (events)
            touch(*events);
        if (!m_debounce.isActive())
            m_debounce.start();
    });
    m_dayTurn.setSingleShot(true);
    connect(&m_dayTurn, &QTimer::timeout, this, [this] {
        recompute();
        scheduleDayTurn();
    });
    scheduleDayTurn();
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
                            Message> || std::is_same_v<T, protocol::Transition> || std::is_same_v<T, protocol::Rating>)
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
        recompute();
}

void FactsService::recompute()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    fold(today.addDays(-(kWindowDays - 1)));
}

void FactsService::refresh()
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate first = today.addDays(-(kWindowDays - 1));
    if (m_customerTouched || m_last != today) {
        fold(first);
        return;
    }
    // The oldest creation day among the touched conversations; later days are folded with it, so
    // an order is attributed exactly as in a whole fold (to the latest conversation before it).
    QDate since = today;
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT created_at FROM conversations WHERE id = ?"));
    for (const QString &id : std::as_const(m_touched)) {
        q.bindValue(0, id);
        if (q.exec() && q.next())
            since = std::min(since, QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC).date());
    }
    // An order touches the customer's conversations of the widest attribution window.
    q.prepare(QStringLiteral("SELECT MIN(created_at) FROM conversations WHERE customer_id = ? AND created_at >= ?"));
    const qint64 widest = QDateTime::currentMSecsSinceEpoch() - kAttributionWindows.back() * kDayMs;
    for (const QString &id : std::as_const(m_touchedCustomers)) {
        q.bindValue(0, id);
        q.bindValue(1, widest);
        if (q.exec() && q.next() && !q.value(0).isNull())
            since = std::min(since, QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC).date());
    }
    fold(std::max(since, first));
}

void FactsService::fold(QDate since)
{
    QElapsedTimer timer;
    timer.start();
    m_touched.clear();
    m_touchedCustomers.clear();
    m_customerTouched = false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date();
    const QDate first = today.addDays(-(kWindowDays - 1));
    const History history
        = readHistory(m_db, QDateTime(since, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(), m_customerKeys);
    const qint64 readMs = timer.elapsed();
    QList<ConversationFacts> perConversation = FactsBuilder::perConversation(history, now, m_currency);
    perConversation.removeIf([&](const ConversationFacts &c) { return c.key.day < since || c.key.day > today; });
    const QList<DayFacts> fresh = FactsBuilder::sum(perConversation);
    // What each conversation contributed, for the lists behind a figure: replaced like the rows.
    QList<Conversation> conversations = m_conversations;
    conversations.removeIf([&](const Conversation &c) { return c.key.day < first || c.key.day >= since; });
    for (const ConversationFacts &c : std::as_const(perConversation)) {
        const HistoryConversation &h = history.conversations[c.index];
        protocol::ConversationStatus status = protocol::ConversationStatus::Ai;
        qint64 latest = std::numeric_limits<qint64>::min();
        for (const HistoryTransition &t : h.transitions) {
            if (t.at <= now && t.at >= latest) {
                latest = t.at;
                status = t.to;
            }
        }
        conversations.append({h.id, h.customerId, h.createdAt, h.intent, status, c.key, c.counts});
    }
    std::stable_sort(conversations.begin(), conversations.end(),
        [](const Conversation &a, const Conversation &b) { return a.createdAt < b.createdAt; });

    // The rows before `since` stay; those from it on are replaced. Days that left the window go.
    QList<DayFacts> rows = m_rows;
    rows.removeIf([&](const DayFacts &row) { return row.key.day < first || row.key.day >= since; });
    rows.append(fresh);
    const auto before = byDay(m_rows);
    const auto after = byDay(rows);
    QList<QDate> changed;
    for (QDate day = first; day <= today; day = day.addDays(1)) {
        if (!sameRows(before.value(day), after.value(day)))
            changed.append(day);
    }
    const bool firstFold = !m_first.isValid();
    for (QDate day = first; day <= today; day = day.addDays(1)) {
        if (firstFold || changed.contains(day) || !m_changedAt.contains(day))
            m_changedAt.insert(day, now);
    }
    m_changedAt.removeIf([&](const auto &entry) { return entry.key() < first; });
    m_rows = std::move(rows);
    m_conversations = std::move(conversations);
    m_asOf = now;
    m_first = first;
    m_last = today;
    pilothouse::log::get("server")->debug("facts: {} conversations since {} folded in {} ms ({} ms reading), "
                                          "{} rows, {} day(s) changed",
        history.conversations.size(), since.toString(Qt::ISODate).toStdString(), timer.elapsed(), readMs, m_rows.size(),
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
    Behind behind;
    for (auto it = m_conversations.crbegin(); it != m_conversations.crend(); ++it) {
        const Conversation &c = *it;
        if (c.key.day < filter.from || c.key.day > filter.to || !filter.matches(c.key)
            || !isBehind(metric, side, c.counts, window))
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
