#pragma once
// Lives on the io thread beside the session. Owns the SQLite connection of that thread, applies
// incoming snapshots and events in batched transactions (cursor in the same transaction), and
// hands each applied batch to the GUI thread as a ChangeBatch. Also answers read requests so the
// GUI thread never runs a query itself.

#include "domain/records.h"
#include "protocol/frames.h"

#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace pilothouse::models {

class LocalStore;

class StoreWriter : public QObject {
    Q_OBJECT
public:
    /// `databasePath` is opened in open(), on the io thread.
    explicit StoreWriter(QString databasePath, QObject *parent = nullptr);
    ~StoreWriter() override;

    /// Thread: io. The cursor to send in hello; nullopt when the cache is empty.
    std::optional<protocol::Cursor> cursor() const;

public Q_SLOTS:
    /// Opens (creating or migrating) the database, then emits opened() or storeError().
    void open();
    /// Buffers the events; they are written in one transaction on the next turn of the io
    /// thread's event loop (or at once past a size threshold). Duplicate event ids are ignored.
    void applyEvents(std::vector<pilothouse::protocol::Event> events);
    /// Parts accumulate; on the final part the cache is replaced in one transaction (reset batch).
    void applySnapshot(pilothouse::protocol::Snapshot snapshot);
    /// Emits boardLoaded with every conversation and customer in the cache.
    void loadBoard();
    /// Emits transcriptLoaded with the conversation's messages, oldest first.
    void loadTranscript(const QString &conversationId);
    /// Writes pending events now (tests, shutdown).
    void flush();

Q_SIGNALS:
    void opened();
    void storeError(const QString &message);
    void changesApplied(const pilothouse::models::ChangeBatch &batch);
    void boardLoaded(const pilothouse::models::ChangeBatch &everything);
    void transcriptLoaded(const QString &conversationId,
                          const QList<pilothouse::models::MessageRecord> &messages);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace pilothouse::models
