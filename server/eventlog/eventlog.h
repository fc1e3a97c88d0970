#pragma once

#include "eventlog/clock.h"
#include "protocol/frames.h"

#include <QObject>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace pilothouse::server {

class Database;

/// An event about to be appended; the log assigns id, seq, epoch and time.
struct NewEvent {
    std::string kind;
    protocol::EventPayload payload;
    std::string commandId;
};

using EventBatch = std::shared_ptr<const std::vector<protocol::Event>>;

/// The durable, append-only event log. Every append runs in one SQLite transaction together with
/// the state change it describes, so the log and the state tables never disagree. Appends made
/// during one event-loop turn are announced together by `appended`, which is what lets the gateway
/// send them to every client in one `events` frame.
class EventLog : public QObject {
    Q_OBJECT
public:
    /// Default retention; `pilothouse-server --retention-seconds N` shortens it for tests.
    static constexpr std::int64_t kRetentionSeconds = 7 * 24 * 3600;

    explicit EventLog(Database &db, QObject *parent = nullptr);

    /// Loads the epoch and head, creating the epoch if this log is new.
    bool open(QString *error);
    /// True when open() created the log (a new epoch) in this run.
    bool createdNow() const { return m_created; }

    const std::string &epoch() const { return m_epoch; }
    std::int64_t head() const { return m_head; }
    protocol::Cursor headCursor() const { return {m_epoch, m_head}; }

    /// Runs inside the append's transaction after the events are written; false rolls back.
    using Effect = std::function<bool(const std::vector<protocol::Event> &appended)>;
    /// Appends `events` and applies `effect` atomically. nullopt: nothing was written.
    std::optional<std::vector<protocol::Event>> append(std::vector<NewEvent> events, const Effect &effect = {});

    /// How long events stay available for replay (announced in the welcome, used by prune()).
    std::int64_t retentionSeconds() const { return m_retentionSeconds; }
    void setRetentionSeconds(std::int64_t seconds) { m_retentionSeconds = seconds; }

    /// True when `cursor` is in this epoch, not ahead of the head, and every later event is kept:
    /// the bookkeeping says so and the next event after it is really in the table.
    bool canReplayFrom(const protocol::Cursor &cursor) const;
    /// Events with afterSeq < seq <= upToSeq, in order, at most `limit`.
    std::vector<protocol::Event> read(std::int64_t afterSeq, std::int64_t upToSeq, int limit) const;
    /// Drops events older than the retention window. Returns how many went.
    int prune(std::int64_t nowMs);

    /// Announces pending appends now instead of at the end of the turn, e.g. so a command's event
    /// reaches clients before its ack (docs/protocol.md section 9).
    void flushPending();

    /// The time each appended event is stamped with (`at`); empty = the wall clock. The demo's
    /// history sets a simulated clock, which must not go backwards: seq order follows `at` order.
    void setClock(Clock clock) { m_clock = std::move(clock); }
    /// True: every append is announced as soon as it committed, before append() returns, instead
    /// of at the end of the event-loop turn. For the demo's history, which runs without an event
    /// loop and whose engine must react to each step before the simulated clock moves on.
    void setAnnounceAtOnce(bool atOnce) { m_announceAtOnce = atOnce; }

    /// The JSON a payload is stored as (the codec's payload form).
    static nlohmann::json payloadJson(const protocol::EventPayload &payload);

Q_SIGNALS:
    /// Everything appended in one event-loop turn, in sequence order.
    void appended(const pilothouse::server::EventBatch &events);

private:
    Database &m_db;
    std::string m_epoch;
    std::int64_t m_head = 0;
    std::int64_t m_prunedThrough = 0;
    std::int64_t m_retentionSeconds = kRetentionSeconds;
    bool m_created = false;
    Clock m_clock;
    bool m_announceAtOnce = false;
    std::vector<protocol::Event> m_pending;
    bool m_flushQueued = false;
};

} // namespace pilothouse::server
