#pragma once
// The transactional core of StoreWriter, free of Qt signals and timers: each call is one SQLite
// transaction that writes records and the cursor together, or nothing at all.

#include "domain/records.h"
#include "protocol/frames.h"

#include "store/batchstatements.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QSet>
#include <QStringList>

#include <memory>
#include <optional>
#include <spdlog/logger.h>
#include <utility>
#include <vector>

namespace pilothouse::models {

class LocalStore;

/// Applies event batches and complete snapshots to an open LocalStore and reports what changed.
class EventApplier {
    Q_DECLARE_TR_FUNCTIONS(EventApplier)

public:
    /// `store` must stay open for the applier's lifetime and be used on this thread only.
    explicit EventApplier(LocalStore &store);

    /// Prepares the statements and reads the stored cursor. False with errorString() on failure.
    bool prepare();

    /// The committed cursor; nullopt while the cache has never applied anything.
    const std::optional<protocol::Cursor> &cursor() const { return m_cursor; }

    /// Writes the events that are new for the stored cursor (same epoch, higher seq) in one
    /// transaction with the new cursor. nullopt on an SQL error (rolled back; errorString()).
    /// Events of another epoch are skipped: only a snapshot may change the epoch, except on a
    /// cache that has none yet, which adopts the first event's.
    std::optional<ChangeBatch> applyEvents(const std::vector<protocol::Event> &events);

    /// A snapshot is written part by part as the parts arrive (docs/protocol.md section 7), in
    /// one transaction that stays open from the first part to the final one: the cache's other
    /// connections read the old state until it commits, and abandonSnapshot() (a lost connection,
    /// a part out of order) leaves the cache as it was. Memory stays that of one part.
    /// beginSnapshot empties the cache inside the transaction; false with errorString() on an
    /// SQL error (nothing changed).
    bool beginSnapshot(const protocol::Cursor &position);
    /// Writes one part's records; false with errorString() on an SQL error (rolled back).
    bool writeSnapshotPart(const protocol::Snapshot &part);
    /// Commits with the cursor at the snapshot's position. The batch is an empty reset: what the
    /// board shows is read back from the store (StoreWriter::readBoard), the messages stay there.
    std::optional<ChangeBatch> finishSnapshot();
    /// Rolls back a snapshot begun and not finished; nothing when none is.
    void abandonSnapshot();
    bool snapshotOpen() const { return m_snapshot.has_value(); }
    /// begin, every part, finish: the whole snapshot at once (tests).
    std::optional<ChangeBatch> applySnapshot(const std::vector<protocol::Snapshot> &parts);

    /// Indexes up to `limit` messages of the search index's backlog in one transaction
    /// (store/searchbacklog.h). The number indexed, 0 when none waited; nullopt on an SQL error.
    std::optional<int> indexSearchBacklog(int limit);

    QString errorString() const { return m_error; }

    /// A customer the last applyEvents or applySnapshot erased from the cache: a `customer.erased`
    /// event, or a customer the cache held that a snapshot no longer has (docs/protocol.md,
    /// "Erasure": a snapshot leaves erased customers out).
    struct Erased {
        QString customerId;
        QStringList conversationIds;
    };
    /// Hands over what the last committed call erased (empty when nothing).
    QList<Erased> takeErased() { return std::exchange(m_erased, {}); }

private:
    bool begin();
    bool commit();
    std::nullopt_t rollback(const QString &error);
    /// Every customer the cache holds, with their cached conversations.
    QHash<QString, QStringList> heldCustomers() const;

    struct SnapshotInProgress {
        protocol::Cursor position;
        QHash<QString, QStringList> held; ///< The customers cached before it, with their conversations.
        QSet<QString> kept; ///< The customers it has brought so far.
        std::size_t customers = 0;
        std::size_t conversations = 0;
        std::size_t messages = 0;
        std::size_t judgements = 0;
        QElapsedTimer since; ///< From the first part, for the log.
    };

    LocalStore &m_store;
    BatchStatements m_statements;
    std::optional<protocol::Cursor> m_cursor;
    std::optional<SnapshotInProgress> m_snapshot;
    QList<Erased> m_erased;
    QString m_error;
    std::shared_ptr<spdlog::logger> m_log;
};

} // namespace pilothouse::models
