#include "store/storewriter.h"

#include "domain/transitionlines.h"
#include "log/log.h"
#include "sqlite/scrub.h"
#include "store/configreader.h"
#include "store/erasure.h"
#include "store/eventapplier.h"
#include "store/factscache.h"
#include "store/localstore.h"
#include "store/retention.h"
#include "store/sequencerules.h"
#include "store/storecheck.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QDir>
#include <QFileInfo>

#include <QTimer>

#include <algorithm>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <functional>
#include <exception>
#include <iterator>
#include <string>

namespace pilothouse::models {

namespace {
/// The configuration document of the team's saved replies (docs/config.md).
const QString kSavedRepliesDocument = QStringLiteral("replies");
} // namespace

struct StoreWriter::Impl {
    QString path;
    std::unique_ptr<LocalStore> store;
    std::unique_ptr<EventApplier> applier; ///< Set while the database is open.
    std::vector<protocol::Event> pending;
    std::optional<protocol::Cursor> pendingTail; ///< The position after `pending`, while it is not empty.
    QList<qint64> pendingArrivals; ///< When the frames of `pending` arrived (ChangeBatch::arrivals).
    /// The snapshot being received: its position and the number the next part must have. Its
    /// parts are written as they arrive, in a transaction the final part commits.
    struct Receiving {
        protocol::Cursor position;
        int nextPart = 0;
    };
    std::optional<Receiving> snapshot;
    /// Requests that came in while a snapshot was being written: they would see its transaction
    /// half done (reads) or join it (writes), so they run once it commits or is abandoned.
    std::vector<std::function<void()>> afterSnapshot;
    QTimer *flushTimer = nullptr; ///< Child of the writer so it follows moveToThread().
    QTimer *purgeTimer = nullptr; ///< The next retention batch (soon) or run (hourly).
    QTimer *indexTimer = nullptr; ///< The next batch of the search index's backlog.
    QElapsedTimer indexing; ///< Since the backlog's first batch, for the log.
    qint64 indexed = 0; ///< Messages indexed since then.
    sqlite::TruncatingCheckpoint *checkpoint = nullptr; ///< After an erasure; a child, like the timers.
    int retentionDays = retention::kDefaultDays;
    std::shared_ptr<spdlog::logger> log = pilothouse::log::get("store");

    bool isOpen() const { return applier != nullptr; }
    /// True, and `request` kept for later, while a snapshot is being written.
    bool defer(std::function<void()> request)
    {
        if (!snapshot)
            return false;
        afterSnapshot.push_back(std::move(request));
        return true;
    }
};

namespace {

/// A snapshot decodes hundreds of parts of half a megabyte each on this thread; glibc keeps what
/// they freed in the thread's arena. Handing it back keeps the console's memory at rest that of
/// its content, not of its largest first sync.
void returnFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

/// Messages per search-index transaction: 15 to 30 ms of the io thread each, so events and pings
/// keep flowing while a snapshot's backlog is indexed. After each batch the indexer rests as long
/// as the batch took, so at least half of the io thread stays with the stream: at 10,000 events/s
/// with a backlog of 500,000 messages, indexing back to back made the console fall behind the
/// server's replay log.
constexpr int kIndexBatch = 1000;

// Nothing may escape a slot: an exception would unwind through Qt's event loop.
template<typename Body> void guarded(StoreWriter &writer, spdlog::logger &log, const char *what, Body &&body) noexcept
{
    try {
        body();
    } catch (const std::exception &error) {
        log.error("{} failed: {}", what, error.what());
        Q_EMIT writer.storeError(
            StoreWriter::tr("The local cache failed unexpectedly (%1).").arg(QString::fromUtf8(error.what())));
    } catch (...) {
        log.error("{} failed with an unknown exception", what);
        Q_EMIT writer.storeError(StoreWriter::tr("The local cache failed unexpectedly."));
    }
}

} // namespace

StoreWriter::StoreWriter(QString databasePath, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Impl>())
{
    // Names as moc spells them, for queued connections and invokeMethod across the thread hop.
    qRegisterMetaType<ChangeBatch>("pilothouse::models::ChangeBatch");
    qRegisterMetaType<QList<MessageRecord>>("QList<pilothouse::models::MessageRecord>");
    qRegisterMetaType<QList<DraftRecord>>("QList<pilothouse::models::DraftRecord>");
    qRegisterMetaType<std::vector<protocol::Event>>("std::vector<pilothouse::protocol::Event>");
    qRegisterMetaType<protocol::Snapshot>("pilothouse::protocol::Snapshot");
    qRegisterMetaType<protocol::Facts>("pilothouse::protocol::Facts");

    d->path = std::move(databasePath);
    d->flushTimer = new QTimer(this);
    d->flushTimer->setSingleShot(true);
    d->flushTimer->setInterval(0);
    connect(d->flushTimer, &QTimer::timeout, this, &StoreWriter::flush);
    d->purgeTimer = new QTimer(this);
    d->purgeTimer->setSingleShot(true);
    connect(d->purgeTimer, &QTimer::timeout, this, &StoreWriter::purgeExpired);
    d->indexTimer = new QTimer(this);
    d->indexTimer->setSingleShot(true);
    connect(d->indexTimer, &QTimer::timeout, this, &StoreWriter::indexSearchBacklog);
    d->checkpoint = new sqlite::TruncatingCheckpoint(this);
    connect(d->checkpoint, &sqlite::TruncatingCheckpoint::finished, this, [this](bool truncated) {
        if (truncated)
            d->log->info("erasure: the cache's WAL was checkpointed and truncated");
        else
            d->log->error("erasure: the cache's WAL could not be truncated (a reader kept it busy)");
        Q_EMIT erasureScrubbed(truncated);
    });
}

void StoreWriter::scrubErased(bool reloadBoard)
{
    const QList<EventApplier::Erased> erased = d->applier->takeErased();
    if (erased.isEmpty())
        return;
    qsizetype conversations = 0;
    for (const EventApplier::Erased &customer : erased) {
        conversations += customer.conversationIds.size();
        Q_EMIT customerErased(customer.customerId, customer.conversationIds);
    }
    // secure_delete is on (LocalStore): the index pages 'optimize' frees are zeroed.
    QElapsedTimer timer;
    timer.start();
    QString error;
    QSqlDatabase db = d->store->database();
    if (!erasure::optimizeSearchIndex(db, &error))
        d->log->error("erasure: the search index could not be optimized: {}", error.toStdString());
    d->log->info("erasure: {} customer(s) and {} conversation(s) purged from the cache; index optimized in {} ms",
        erased.size(), conversations, timer.elapsed());
    d->checkpoint->start(db.connectionName());
    Q_EMIT conversationsPurged(int(conversations));
    if (reloadBoard)
        loadBoard();
}

namespace {
constexpr int kPurgeBatch = 200; ///< Conversations per retention transaction.
constexpr int kPurgeBatchGapMs = 50; ///< Between batches, so events keep flowing.
constexpr int kPurgeFirstMs = 30'000; ///< After opening: the first sync comes first.
constexpr int kPurgeEveryMs = 3600'000;
} // namespace

void StoreWriter::indexSearchBacklog()
{
    guarded(*this, *d->log, "indexSearchBacklog", [this] {
        if (!d->isOpen() || d->defer([this] { indexSearchBacklog(); }))
            return;
        if (d->indexed == 0)
            d->indexing.start();
        QElapsedTimer batch;
        batch.start();
        const std::optional<int> indexed = d->applier->indexSearchBacklog(kIndexBatch);
        if (!indexed) {
            d->log->error("{}", d->applier->errorString().toStdString());
            d->indexed = 0;
            return; // the backlog stays; the next snapshot or start tries again
        }
        if (*indexed > 0) {
            d->indexed += *indexed;
            d->indexTimer->start(int(batch.elapsed()));
            return;
        }
        if (d->indexed > 0)
            d->log->info("search index complete: {} messages indexed in {} ms", d->indexed, d->indexing.elapsed());
        d->indexed = 0;
    });
}

void StoreWriter::setRetentionDays(int days)
{
    d->retentionDays = std::clamp(days, retention::kMinDays, retention::kMaxDays);
    if (d->isOpen())
        d->purgeTimer->start(0);
}

void StoreWriter::purgeExpired()
{
    guarded(*this, *d->log, "purgeExpired", [this] {
        if (!d->isOpen() || d->defer([this] { purgeExpired(); }))
            return;
        flush(); // Pending events first: the purge sees what they wrote.
        const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - qint64(d->retentionDays) * 24 * 3600 * 1000;
        QString error;
        const std::optional<int> purged = retention::purgeExpired(d->store->database(), cutoff, kPurgeBatch, &error);
        if (!purged) {
            d->log->error("retention purge failed: {}", error.toStdString());
            d->purgeTimer->start(kPurgeEveryMs);
            return;
        }
        if (*purged > 0) {
            d->log->info("retention: purged {} conversations older than {} days", *purged, d->retentionDays);
            Q_EMIT conversationsPurged(*purged);
        }
        d->purgeTimer->start(*purged == kPurgeBatch ? kPurgeBatchGapMs : kPurgeEveryMs);
    });
}

StoreWriter::~StoreWriter()
{
    close();
}

std::optional<protocol::Cursor> StoreWriter::cursor() const
{
    return d->applier ? d->applier->cursor() : std::nullopt;
}

bool StoreWriter::receivingSnapshot() const
{
    return d->snapshot.has_value();
}

std::optional<qint64> StoreWriter::factsSince() const
{
    if (!d->isOpen())
        return std::nullopt;
    FactsCache cache(d->store->database());
    return cache.completeAsOf();
}

void StoreWriter::open()
{
    guarded(*this, *d->log, "open", [this] {
        close();
        if (!moveAsideIfDamaged())
            return;
        auto store = std::make_unique<LocalStore>();
        if (!store->open(d->path)) {
            Q_EMIT storeError(store->errorString()); // LocalStore logged it.
            return;
        }
        auto applier = std::make_unique<EventApplier>(*store);
        if (!applier->prepare()) {
            d->log->error("{}", applier->errorString().toStdString());
            Q_EMIT storeError(applier->errorString());
            return;
        }
        d->store = std::move(store);
        d->applier = std::move(applier);
        const auto &cursor = d->applier->cursor();
        d->log->info("cache open (schema {}), cursor {}:{}", LocalStore::schemaVersion(),
            cursor ? cursor->epoch : std::string("none"), cursor ? cursor->seq : 0);
        Q_EMIT opened();
        d->purgeTimer->start(kPurgeFirstMs);
        d->indexTimer->start(); // a backlog an earlier run left, if any
    });
}

bool StoreWriter::moveAsideIfDamaged()
{
    if (storecheck::takeCleanMark(d->path)) {
        d->log->info("cache unchanged since its clean close: not checked again");
        return true;
    }
    const storecheck::Report report = storecheck::inspect(d->path, LocalStore::schemaVersion());
    if (report.verdict != storecheck::Verdict::Damaged)
        return true; // A newer schema is refused by LocalStore::open, untouched.
    const QString shown = QDir::toNativeSeparators(d->path);
    QString error;
    const QString movedTo = storecheck::moveAside(d->path, &error);
    if (movedTo.isEmpty()) {
        const QString message = tr("The local cache at %1 is damaged and could not be moved aside (%2). Move or "
                                   "delete it; it will be filled again from the server.")
                                    .arg(shown, error);
        d->log->error("cache {} failed its check ({}); {}", shown.toStdString(), report.detail.toStdString(),
            message.toStdString());
        Q_EMIT storeError(message);
        return false;
    }
    d->log->warn("cache {} failed its check ({}); moved to {}{}; a fresh cache is filled from the server",
        shown.toStdString(), report.detail.toStdString(), QDir::toNativeSeparators(movedTo).toStdString(),
        error.isEmpty() ? std::string() : " (" + error.toStdString() + ")");
    Q_EMIT recovered(tr("The local cache was damaged. It was moved to %1 and is being rebuilt from the server.")
                         .arg(QFileInfo(movedTo).fileName()));
    return true;
}

void StoreWriter::close()
{
    guarded(*this, *d->log, "close", [this] {
        if (!d->isOpen())
            return;
        flush();
        d->flushTimer->stop();
        d->purgeTimer->stop();
        d->indexTimer->stop();
        abandonSnapshot();
        d->afterSnapshot.clear();
        d->applier.reset(); // Its statements must be finalised before the connection is removed.
        d->store.reset();
        storecheck::markClean(d->path); // the next start need not read every page again
    });
}

void StoreWriter::applyEvents(std::vector<pilothouse::protocol::Event> events, qint64 arrivedAtUs)
{
    guarded(*this, *d->log, "applyEvents", [this, &events, arrivedAtUs] {
        if (!d->isOpen()) {
            // The cursor did not move, so the server replays these after the next connect.
            d->log->warn("dropped {} events: the cache is not open", events.size());
            return;
        }
        // The position this frame must follow: the last buffered event, else the snapshot being
        // received, else the committed cursor.
        std::optional<protocol::Cursor> position = d->applier->cursor();
        if (!d->pending.empty())
            position = d->pendingTail;
        else if (d->snapshot)
            position = d->snapshot->position;
        if (const auto problem = sequence::frameProblem(position, events)) {
            d->log->error("refused an events frame of {} events: {}", events.size(), *problem);
            Q_EMIT streamRejected(QString::fromStdString(*problem));
            return;
        }
        d->pendingTail = position;
        if (arrivedAtUs > 0)
            d->pendingArrivals.append(arrivedAtUs);
        if (d->pending.empty()) {
            d->pending = std::move(events);
        } else {
            d->pending.insert(
                d->pending.end(), std::make_move_iterator(events.begin()), std::make_move_iterator(events.end()));
        }
        if (d->pending.size() >= kFlushThreshold && !d->snapshot)
            flush();
        else if (!d->flushTimer->isActive())
            d->flushTimer->start();
    });
}

void StoreWriter::flush()
{
    guarded(*this, *d->log, "flush", [this] {
        d->flushTimer->stop();
        // Events that arrive during a snapshot follow its position: they wait for the final part.
        if (!d->isOpen() || d->pending.empty() || d->snapshot)
            return;
        const std::vector<protocol::Event> events = std::exchange(d->pending, {});
        QList<qint64> arrivals = std::exchange(d->pendingArrivals, {});
        std::optional<ChangeBatch> batch = d->applier->applyEvents(events);
        if (!batch) {
            // Rolled back: the cursor is unchanged, so a resync replays these events.
            d->log->error("{}", d->applier->errorString().toStdString());
            Q_EMIT storeError(d->applier->errorString());
            return;
        }
        if (!batch->isEmpty()) {
            batch->arrivals = std::move(arrivals);
            Q_EMIT changesApplied(*batch);
        }
        if (configreader::publishes(events, kSavedRepliesDocument))
            loadSavedReplies();
        scrubErased(true);
    });
}

void StoreWriter::applySnapshot(const pilothouse::protocol::Snapshot &snapshot)
{
    guarded(*this, *d->log, "applySnapshot", [this, &snapshot] {
        if (!d->isOpen()) {
            d->log->warn("dropped snapshot part {}: the cache is not open", snapshot.part);
            return;
        }
        if (snapshot.part == 0) {
            if (d->snapshot) {
                d->log->warn("a new snapshot began before part {} of the last one; that one is discarded",
                    d->snapshot->nextPart);
                abandonSnapshot();
            }
            flush(); // Events received before the snapshot began are older than it.
            if (!d->applier->beginSnapshot(snapshot.position)) {
                d->log->error("{}", d->applier->errorString().toStdString());
                Q_EMIT storeError(d->applier->errorString());
                return;
            }
            d->snapshot = Impl::Receiving {snapshot.position, 0};
        } else if (!d->snapshot || snapshot.part != d->snapshot->nextPart
            || !(snapshot.position == d->snapshot->position)) {
            d->log->warn("snapshot part {} out of order (expected {}); discarded until a new snapshot", snapshot.part,
                d->snapshot ? d->snapshot->nextPart : 0);
            abandonSnapshot();
            return;
        }
        if (!d->applier->writeSnapshotPart(snapshot)) {
            d->snapshot.reset(); // rolled back
            d->log->error("{}", d->applier->errorString().toStdString());
            Q_EMIT storeError(d->applier->errorString());
            endSnapshot();
            return;
        }
        ++d->snapshot->nextPart;
        if (!snapshot.final)
            return;

        d->snapshot.reset();
        if (!d->applier->finishSnapshot()) {
            d->log->error("{}", d->applier->errorString().toStdString());
            Q_EMIT storeError(d->applier->errorString());
        } else {
            // What the board shows, as a start on this cache reads it; transcripts are read
            // from the store when they are opened.
            if (const std::optional<ChangeBatch> board = readBoard())
                Q_EMIT changesApplied(*board);
            scrubErased(false); // the reset batch already replaced the board
            loadSavedReplies();
            d->indexTimer->start(); // its messages, into the search index
            returnFreedMemory();
        }
        endSnapshot();
    });
}

void StoreWriter::abandonSnapshot()
{
    guarded(*this, *d->log, "abandonSnapshot", [this] {
        if (!d->snapshot)
            return;
        d->log->info("snapshot abandoned after {} part(s): the cache stays as it was", d->snapshot->nextPart);
        d->snapshot.reset();
        if (d->applier)
            d->applier->abandonSnapshot();
        endSnapshot();
    });
}

void StoreWriter::endSnapshot()
{
    // Events that followed the snapshot, then what waited for it, in the order it came.
    if (!d->pending.empty())
        d->flushTimer->start();
    for (auto &request : std::exchange(d->afterSnapshot, {}))
        request();
}

void StoreWriter::loadBoard()
{
    guarded(*this, *d->log, "loadBoard", [this] {
        if (d->defer([this] { loadBoard(); }))
            return;
        if (!d->isOpen()) {
            Q_EMIT storeError(tr("The local cache is not open."));
            return;
        }
        flush(); // The board must include everything received so far.
        if (const std::optional<ChangeBatch> everything = readBoard())
            Q_EMIT boardLoaded(*everything);
    });
}

std::optional<ChangeBatch> StoreWriter::readBoard()
{
    auto customers = d->store->customers();
    auto conversations = d->store->conversations();
    if (!customers || !conversations) {
        const QString message = tr("Could not read the cache (%1).").arg(d->store->errorString());
        d->log->error("{}", message.toStdString());
        Q_EMIT storeError(message);
        return std::nullopt;
    }
    ChangeBatch everything;
    everything.reset = true;
    everything.customers = std::move(*customers);
    everything.conversations = std::move(*conversations);
    const auto &cursor = d->applier->cursor();
    everything.lastSeq = cursor ? cursor->seq : 0;
    return everything;
}

void StoreWriter::applyFacts(pilothouse::protocol::Facts facts)
{
    guarded(*this, *d->log, "applyFacts", [this, &facts] {
        if (d->defer([this, facts] { applyFacts(facts); }))
            return;
        if (!d->isOpen()) {
            d->log->warn("facts for {} day(s) not cached: the cache is not open", facts.days.size());
        } else if (FactsCache cache(d->store->database()); !cache.apply(facts)) {
            // The figures still reach the pages; only the offline copy is behind.
            d->log->error("{}", cache.errorString().toStdString());
            Q_EMIT storeError(cache.errorString());
        }
        Q_EMIT factsApplied(facts);
    });
}

void StoreWriter::loadFacts()
{
    guarded(*this, *d->log, "loadFacts", [this] {
        if (!d->isOpen() || d->defer([this] { loadFacts(); }))
            return;
        FactsCache cache(d->store->database());
        auto facts = cache.load();
        if (!facts) {
            d->log->error("{}", cache.errorString().toStdString());
            Q_EMIT storeError(cache.errorString());
            return;
        }
        if (!facts->rows.empty())
            Q_EMIT factsLoaded(*facts);
        const auto model = cache.costModel();
        if (!model)
            d->log->error("{}", cache.errorString().toStdString());
        else if (!model->isEmpty())
            Q_EMIT costModelLoaded(*model);
    });
}

void StoreWriter::loadSavedReplies()
{
    guarded(*this, *d->log, "loadSavedReplies", [this] {
        if (!d->isOpen() || d->defer([this] { loadSavedReplies(); }))
            return;
        QString error;
        const auto replies = configreader::latest(d->store->database(), kSavedRepliesDocument, &error);
        if (!error.isEmpty())
            d->log->error("reading the saved replies: {}", error.toStdString());
        else if (replies)
            Q_EMIT savedRepliesLoaded(replies->version, replies->body);
    });
}

void StoreWriter::saveCostModel(const QString &body)
{
    guarded(*this, *d->log, "saveCostModel", [this, &body] {
        if (!d->isOpen() || d->defer([this, body] { saveCostModel(body); }))
            return;
        FactsCache cache(d->store->database());
        if (!cache.saveCostModel(body))
            d->log->error("{}", cache.errorString().toStdString());
    });
}

void StoreWriter::clearFacts()
{
    guarded(*this, *d->log, "clearFacts", [this] {
        if (!d->isOpen() || d->defer([this] { clearFacts(); }))
            return;
        FactsCache cache(d->store->database());
        if (!cache.clear())
            d->log->error("{}", cache.errorString().toStdString());
    });
}

void StoreWriter::loadTranscript(const QString &conversationId)
{
    guarded(*this, *d->log, "loadTranscript", [this, &conversationId] {
        if (d->defer([this, conversationId] { loadTranscript(conversationId); }))
            return;
        if (!d->isOpen()) {
            Q_EMIT storeError(tr("The local cache is not open."));
            return;
        }
        flush();
        auto messages = d->store->messages(conversationId);
        const auto transitions = messages ? d->store->transitions(conversationId) : std::nullopt;
        if (!messages || !transitions) {
            const QString message = tr("Could not read the cache (%1).").arg(d->store->errorString());
            d->log->error("{}", message.toStdString());
            Q_EMIT storeError(message);
            return;
        }
        // Who did what, as lines among the messages (domain/transitionlines.h).
        for (const TransitionRecord &transition : *transitions) {
            if (auto line = TransitionLines::line(transition))
                messages->append(std::move(*line));
        }
        std::stable_sort(messages->begin(), messages->end(),
            [](const MessageRecord &a, const MessageRecord &b) { return a.at < b.at; });
        Q_EMIT transcriptLoaded(conversationId, *messages);
    });
}

void StoreWriter::loadDrafts(const QString &conversationId, const QString &forUser)
{
    guarded(*this, *d->log, "loadDrafts", [this, &conversationId, &forUser] {
        if (d->defer([this, conversationId, forUser] { loadDrafts(conversationId, forUser); }))
            return;
        if (!d->isOpen()) {
            Q_EMIT storeError(tr("The local cache is not open."));
            return;
        }
        flush();
        auto drafts = d->store->drafts(conversationId, forUser);
        if (!drafts) {
            const QString message = tr("Could not read the cache (%1).").arg(d->store->errorString());
            d->log->error("{}", message.toStdString());
            Q_EMIT storeError(message);
            return;
        }
        Q_EMIT draftsLoaded(conversationId, *drafts);
    });
}

} // namespace pilothouse::models
