#pragma once
// A customer's erasure on the server (docs/protocol.md, "Erasure"; issue 13): the personal text
// in the state tables and in the event log's stored payloads becomes tombstones, so neither a
// snapshot nor a replay nor the database file gives it back.

#include "protocol/frames.h"

#include "sqlite/scrub.h"

#include <QObject>

#include <string>

namespace pilothouse::server {

class Database;

namespace privacy {

/// Rewrites one customer's rows (inside the caller's transaction) and, after the commit, gets the
/// old bytes out of the database file and its `-wal`.
class Erasure : public QObject {
    Q_OBJECT
public:
    explicit Erasure(Database &db, QObject *parent = nullptr);

    /// Inside the caller's transaction: turns `secure_delete` on (freed space is zeroed), then
    /// tombstones (privacy/tombstone.h) the customer, their orders' summaries, every conversation,
    /// message, judgement, rating and transition of theirs, and every stored event about them
    /// (customer.upserted, conversation.upserted, message.created, draft.created,
    /// conversation.transitioned, message.judged, conversation.rated). The customer's row keeps
    /// `erased: true`, `erasedAt` and `erasedBy`: snapshots leave it out, the engine writes no
    /// more for it. False on an SQL error (the caller rolls back).
    bool rewrite(const std::string &customerId, const std::string &by, protocol::Millis at);

    /// After the commit: `PRAGMA wal_checkpoint(TRUNCATE)` so the page images from before the
    /// rewrite leave the `-wal`. A reader on another connection (the facts fold) can hold it up:
    /// then it is tried again every second, for up to a minute (sqlite::TruncatingCheckpoint).
    void scrub();

private:
    Database &m_db;
    sqlite::TruncatingCheckpoint m_checkpoint;
};

} // namespace privacy
} // namespace pilothouse::server
