#pragma once
// Lives on the io thread beside the session. Owns the SQLite connection of that thread, applies
// incoming snapshots and events in batched transactions (cursor in the same transaction), and
// hands each applied batch to the GUI thread as a ChangeBatch. Also answers read requests so the
// GUI thread never runs a query itself.

#include "domain/records.h"
#include "protocol/frames.h"

#include <QObject>
#include <QStringList>

#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

namespace pilothouse::models {

class LocalStore;

/// The io thread's single writer to the SQLite cache: batches events into one transaction per
/// event-loop turn, replaces the cache from snapshots, and serves reads for the GUI thread.
class StoreWriter : public QObject {
    Q_OBJECT
public:
    /// Pending events are written at once when this many are buffered, bounding memory and latency.
    static constexpr std::size_t kFlushThreshold = 5000;

    /// `databasePath` is opened in open(), on the io thread.
    explicit StoreWriter(QString databasePath, QObject *parent = nullptr);
    ~StoreWriter() override;

    /// Thread: io. The cursor to send in hello; nullopt when the cache is empty.
    std::optional<protocol::Cursor> cursor() const;
    /// Thread: io. The hello's `factsSince`: the time of the last whole set of facts cached.
    std::optional<qint64> factsSince() const;
    /// Thread: io. A snapshot's first part arrived and its final part has not: reads wait for it.
    bool receivingSnapshot() const;

public Q_SLOTS:
    /// Checks the file first (PRAGMA quick_check): a damaged cache is moved aside, never deleted,
    /// recovered() tells the user, and a fresh one is created (no cursor, so the next session gets
    /// a snapshot). Then opens (creating or migrating) it and emits opened() or storeError().
    void open();
    /// Buffers the events; they are written in one transaction on the next turn of the io
    /// thread's event loop (or at once past a size threshold). Events at or below the position
    /// already held are duplicates and skipped. A frame with a gap (a seq past the next one) or
    /// another epoch is refused whole: nothing of it is written and streamRejected() says why.
    /// `arrivedAtUs` (log::monotonicMicros(), 0 = unknown) travels in the batch's `arrivals`.
    void applyEvents(std::vector<pilothouse::protocol::Event> events, qint64 arrivedAtUs = 0);
    /// Writes each part as it arrives, in one transaction from part 0 to the final part, which
    /// commits it with the cursor (EventApplier::beginSnapshot): memory holds one part, and the
    /// cache's other readers see the old state until then. The final part emits a reset batch
    /// with what the board shows. A part out of order abandons the snapshot (the cache stays as
    /// it was; the server's next snapshot starts again at part 0). Reads and facts asked for in
    /// the meantime are answered once it ends.
    void applySnapshot(const pilothouse::protocol::Snapshot &snapshot);
    /// Rolls back a snapshot not finished (the connection was lost mid-snapshot): the cache and
    /// its cursor stay as they were, so the next hello resumes from there.
    void abandonSnapshot();
    /// Stores a `facts` frame (store/factscache.h) and hands it on with factsApplied().
    void applyFacts(pilothouse::protocol::Facts facts);
    /// Emits factsLoaded with every cached facts row (nothing when there are none), and
    /// costModelLoaded with the cached cost model (nothing when there is none).
    void loadFacts();
    /// Forgets the cached facts and cost model (the user may no longer read them).
    void clearFacts();
    /// Keeps the organisation's cost model (the JSON of GET /api/v1/cost-model) for offline use.
    void saveCostModel(const QString &body);
    /// Emits savedRepliesLoaded with the version of the saved replies the cache holds (nothing
    /// when it holds none: version 0, the built-in document, is in force).
    void loadSavedReplies();
    /// Emits boardLoaded with every conversation and customer in the cache.
    void loadBoard();
    /// Emits transcriptLoaded with the conversation's messages, oldest first.
    void loadTranscript(const QString &conversationId);
    /// Emits draftsLoaded with the drafts for `forUser` in the conversation, oldest first.
    void loadDrafts(const QString &conversationId, const QString &forUser);
    /// Writes pending events now (tests, shutdown).
    void flush();
    /// Keeps closed conversations for `days` (store/retention.h; clamped to its limits) and
    /// purges what is older now, then every hour, in batches that never hold the stream up.
    void setRetentionDays(int days);
    /// Purges one batch of expired conversations; schedules the next batch while any remain.
    void purgeExpired();
    /// Indexes one batch of the messages a snapshot stored unindexed (store/searchbacklog.h);
    /// schedules the next while any wait. Runs after each snapshot and when a cache opens with a
    /// backlog left.
    void indexSearchBacklog();
    /// Writes pending events and closes the database. Call on the io thread before it stops
    /// (the destructor does the same if the writer is deleted there).
    void close();

Q_SIGNALS:
    void opened();
    void storeError(const QString &message);
    /// The cache was damaged and replaced by a fresh one; `notice` says where the old one went.
    void recovered(const QString &notice);
    /// An events frame broke the sequence rules of docs/protocol.md section 5 and was dropped.
    /// The composition root hands this to SessionWorker::rejectStream (close 4000, reconnect with
    /// the stored cursor, so the server replays the gap or sends a snapshot).
    void streamRejected(const QString &reason);
    void changesApplied(const pilothouse::models::ChangeBatch &batch);
    /// A facts frame, stored; apply it with the same rules (FactsLedger).
    void factsApplied(const pilothouse::protocol::Facts &facts);
    /// Everything cached, for a console that starts (online or offline).
    void factsLoaded(const pilothouse::protocol::Facts &facts);
    void costModelLoaded(const QString &body);
    /// The team's saved replies in force (docs/config.md): at start, and after each snapshot or
    /// event that publishes a version.
    void savedRepliesLoaded(qint64 version, const QString &body);
    /// Expired conversations left the cache (retention), or an erased customer's (erasure);
    /// views that list the cache re-read it.
    void conversationsPurged(int count);
    /// A customer was erased from the cache (a `customer.erased` event, or a snapshot that no
    /// longer has them): the outbox drops every command about `conversationIds`, the GUI every
    /// draft. The board is reloaded after it (boardLoaded) when the event erased it.
    void customerErased(const QString &customerId, const QStringList &conversationIds);
    /// After an erasure: the WAL was checkpointed and truncated (`truncated`), or could not be
    /// within a minute because a reader kept it busy.
    void erasureScrubbed(bool truncated);
    void boardLoaded(const pilothouse::models::ChangeBatch &everything);
    void transcriptLoaded(const QString &conversationId, const QList<pilothouse::models::MessageRecord> &messages);
    void draftsLoaded(const QString &conversationId, const QList<pilothouse::models::DraftRecord> &drafts);

private:
    bool moveAsideIfDamaged();
    /// Every customer and conversation as a reset batch at the cursor; nullopt (storeError
    /// emitted) when the cache cannot be read.
    std::optional<ChangeBatch> readBoard();
    /// After a snapshot committed or was abandoned: writes the events that followed it and runs
    /// the requests that waited.
    void endSnapshot();
    /// After a commit that erased customers: tells the outbox and the GUI, optimizes the search
    /// index so their tokens leave it, and checkpoints the WAL (store/erasure.h).
    void scrubErased(bool reloadBoard);

    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace pilothouse::models
