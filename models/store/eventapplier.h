#pragma once
// The transactional core of StoreWriter, free of Qt signals and timers: each call is one SQLite
// transaction that writes records and the cursor together, or nothing at all.

#include "domain/records.h"
#include "protocol/frames.h"

#include "store/batchstatements.h"
#include <QCoreApplication>
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

    /// Replaces the whole cache with the parts of one snapshot; the cursor becomes its position.
    std::optional<ChangeBatch> applySnapshot(const std::vector<protocol::Snapshot> &parts);

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
    /// Customers the cache holds that the snapshot leaves out, with their cached conversations.
    QList<Erased> vanishedCustomers(const std::vector<protocol::Snapshot> &parts) const;

    LocalStore &m_store;
    BatchStatements m_statements;
    std::optional<protocol::Cursor> m_cursor;
    QList<Erased> m_erased;
    QString m_error;
    std::shared_ptr<spdlog::logger> m_log;
};

} // namespace pilothouse::models
