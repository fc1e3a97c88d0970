#include "eventlog.h"

#include "db/database.h"
#include "db/jsontext.h"

#include "log/log.h"
#include "protocol/codec.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace pilothouse::server {
namespace {

const QString kEpochKey = QStringLiteral("epoch");
const QString kPrunedKey = QStringLiteral("pruned_through");

std::string newEpoch()
{
    // 64 random bits: a wiped data dir must never reuse an epoch a client still remembers.
    const quint64 value = QRandomGenerator::system()->generate64();
    return QString::number(value, 16).rightJustified(16, u'0').toStdString();
}

} // namespace

EventLog::EventLog(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{ }

bool EventLog::open(QString *error)
{
    auto epoch = m_db.meta(kEpochKey);
    if (!epoch) {
        m_epoch = newEpoch();
        if (!m_db.setMeta(kEpochKey, QString::fromStdString(m_epoch))) {
            *error = QCoreApplication::translate("pilothouse::server::EventLog", "cannot write the event log's epoch");
            return false;
        }
        m_created = true;
        pilothouse::log::get("server")->info("created a new event log, epoch {}", m_epoch);
    } else {
        m_epoch = epoch->toStdString();
    }
    m_prunedThrough = m_db.meta(kPrunedKey).value_or(QStringLiteral("0")).toLongLong();
    QSqlQuery q = m_db.query();
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM events")) || !q.next()) {
        *error = QCoreApplication::translate("pilothouse::server::EventLog", "cannot read the event log: %1")
                     .arg(q.lastError().text());
        return false;
    }
    m_head = std::max<std::int64_t>(q.value(0).toLongLong(), m_prunedThrough);
    return true;
}

nlohmann::json EventLog::payloadJson(const protocol::EventPayload &payload)
{
    return std::visit(
        [](const auto &value) -> nlohmann::json {
            using T = std::decay_t<decltype(value)>;
            if constexpr (std::is_same_v<T, protocol::UnknownPayload>) {
                return value.data;
            } else {
                nlohmann::json json;
                protocol::to_json(json, value);
                return json;
            }
        },
        payload);
}

std::optional<std::vector<protocol::Event>> EventLog::append(std::vector<NewEvent> events, const Effect &effect)
{
    if (events.empty())
        return std::vector<protocol::Event> {};
    if (!m_db.begin()) {
        pilothouse::log::get("server")->error(
            "cannot begin an append: {}", m_db.handle().lastError().text().toStdString());
        return std::nullopt;
    }
    const auto now = timeOf(m_clock);
    std::vector<protocol::Event> appended;
    appended.reserve(events.size());
    std::int64_t seq = m_head;
    QSqlQuery *insertEvent = m_db.prepared(QStringLiteral("INSERT INTO events (seq, id, at, kind, command_id, data)"
                                                          " VALUES (?, ?, ?, ?, ?, ?)"));
    QSqlQuery *insertTransition
        = m_db.prepared(QStringLiteral("INSERT INTO transitions (seq, conversation_id, data) VALUES (?, ?, ?)"));
    bool ok = insertEvent && insertTransition;
    for (auto &incoming : events) {
        if (!ok)
            break;
        QSqlQuery &q = *insertEvent;
        QSqlQuery &transition = *insertTransition;
        protocol::Event event;
        event.seq = ++seq;
        event.id = m_epoch + '-' + std::to_string(event.seq);
        event.epoch = m_epoch;
        event.at = now;
        event.kind = std::move(incoming.kind);
        event.commandId = std::move(incoming.commandId);
        event.payload = std::move(incoming.payload);
        q.bindValue(0, static_cast<qint64>(event.seq));
        q.bindValue(1, QString::fromStdString(event.id));
        q.bindValue(2, static_cast<qint64>(event.at));
        q.bindValue(3, QString::fromStdString(event.kind));
        q.bindValue(4, QString::fromStdString(event.commandId));
        q.bindValue(5, toJsonText(payloadJson(event.payload)));
        if (!Database::exec(q)) {
            ok = false;
            break;
        }
        // Kept past the retention for the daily facts (schema version 5).
        if (const auto *t = std::get_if<protocol::Transition>(&event.payload)) {
            transition.bindValue(0, static_cast<qint64>(event.seq));
            transition.bindValue(1, QString::fromStdString(t->conversationId));
            transition.bindValue(2, q.boundValue(5));
            if (!Database::exec(transition)) {
                ok = false;
                break;
            }
        }
        appended.push_back(std::move(event));
    }
    if (ok && effect)
        ok = effect(appended);
    if (!ok || !m_db.commit()) {
        m_db.rollback();
        pilothouse::log::get("server")->error("append of {} event(s) rolled back", events.size());
        return std::nullopt;
    }
    m_head = seq;
    m_pending.insert(m_pending.end(), appended.begin(), appended.end());
    if (m_announceAtOnce) {
        flushPending();
    } else if (!m_flushQueued) {
        m_flushQueued = true;
        // Queued: runs after whatever else this event-loop turn appends.
        QMetaObject::invokeMethod(this, &EventLog::flushPending, Qt::QueuedConnection);
    }
    return appended;
}

void EventLog::flushPending()
{
    m_flushQueued = false; // a queued call that finds nothing pending is harmless
    if (m_pending.empty())
        return;
    auto batch = std::make_shared<const std::vector<protocol::Event>>(std::move(m_pending));
    m_pending.clear();
    Q_EMIT appended(batch);
}

bool EventLog::canReplayFrom(const protocol::Cursor &cursor) const
{
    if (cursor.epoch != m_epoch || cursor.seq < 0 || cursor.seq > m_head || cursor.seq < m_prunedThrough)
        return false;
    if (cursor.seq == m_head)
        return true;
    // Pruning deletes a prefix and appends are contiguous, so the next event being present means
    // the whole gap is; checking the table itself guards against bookkeeping that disagrees.
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT 1 FROM events WHERE seq = ?"));
    q.addBindValue(static_cast<qint64>(cursor.seq + 1));
    return Database::exec(q) && q.next();
}

std::vector<protocol::Event> EventLog::read(std::int64_t afterSeq, std::int64_t upToSeq, int limit) const
{
    std::vector<protocol::Event> events;
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, id, at, kind, command_id, data FROM events"
                             " WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?"));
    q.addBindValue(static_cast<qint64>(afterSeq));
    q.addBindValue(static_cast<qint64>(upToSeq));
    q.addBindValue(limit);
    if (!Database::exec(q))
        return events;
    while (q.next()) {
        protocol::Event event;
        event.seq = q.value(0).toLongLong();
        event.id = q.value(1).toString().toStdString();
        event.epoch = m_epoch;
        event.at = q.value(2).toLongLong();
        event.kind = q.value(3).toString().toStdString();
        event.commandId = q.value(4).toString().toStdString();
        auto data = fromJsonText(q.value(5).toString());
        event.payload = protocol::UnknownPayload {data.value_or(nlohmann::json::object())};
        // Round trip through the wire form so the payload decodes exactly as a client would.
        auto typed = protocol::eventFromJson(protocol::toJson(event));
        if (typed)
            events.push_back(std::move(typed).value());
        else
            events.push_back(std::move(event));
    }
    return events;
}

int EventLog::prune(std::int64_t nowMs)
{
    const std::int64_t cutoff = nowMs - m_retentionSeconds * 1000;
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT MAX(seq), COUNT(*) FROM events WHERE at < ?"));
    q.addBindValue(static_cast<qint64>(cutoff));
    if (!Database::exec(q) || !q.next() || q.value(1).toInt() == 0)
        return 0;
    const std::int64_t through = q.value(0).toLongLong();
    const int count = q.value(1).toInt();
    if (!m_db.begin())
        return 0;
    QSqlQuery del = m_db.query();
    del.prepare(QStringLiteral("DELETE FROM events WHERE seq <= ?"));
    del.addBindValue(static_cast<qint64>(through));
    if (!Database::exec(del) || !m_db.setMeta(kPrunedKey, QString::number(through)) || !m_db.commit()) {
        m_db.rollback();
        return 0;
    }
    m_prunedThrough = std::max(m_prunedThrough, through);
    pilothouse::log::get("server")->info("pruned {} event(s) through seq {}", count, through);
    return count;
}

} // namespace pilothouse::server
