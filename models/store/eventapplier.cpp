#include "store/eventapplier.h"

#include "domain/convert.h"
#include "log/log.h"
#include "store/changecollector.h"
#include "store/erasure.h"
#include "store/localstore.h"
#include "store/searchbacklog.h"
#include "store/sequencerules.h"

#include "sqlite/scrub.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <type_traits>
#include <variant>

namespace pilothouse::models {
namespace {

// Writes one payload and records what changed. Unknown payloads write nothing: they only advance
// the cursor (protocol principle: unknown event types are ignored but still count).
// A snapshot's writer collects nothing (changes is null): the board is read back from the
// store once it commits, and transcripts when they are opened.
struct PayloadWriter {
    BatchStatements &statements;
    ChangeCollector *changes = nullptr;

    template<typename Record> void collect(Record &&record) const
    {
        if (changes)
            changes->add(std::forward<Record>(record));
    }

    bool operator()(const protocol::UnknownPayload &) const { return true; }
    // Applied by EventApplier itself (a purge, not a record): see applyEvents.
    bool operator()(const protocol::CustomerErasure &) const { return true; }
    // Ratings are kept for History (the latest per conversation); no view updates live from them.
    bool operator()(const protocol::Rating &rating) const { return statements.upsert(toRecord(rating)); }
    // Configuration versions are read by the rules pages and the dry run from the cache.
    bool operator()(const protocol::ConfigPublished &config) const { return statements.upsert(toRecord(config)); }

    // A transition is kept for the transcript (who did what) and travels in the batch. When a
    // person lets go, their drafts are moot.
    bool operator()(const protocol::Transition &transition) const
    {
        TransitionRecord record = toRecord(transition);
        if (transition.from == protocol::ConversationStatus::Human
            && transition.to != protocol::ConversationStatus::Human && !statements.dropDrafts(record.conversationId))
            return false;
        if (!statements.upsert(record))
            return false;
        collect(std::move(record));
        return true;
    }

    template<typename Payload> bool operator()(const Payload &payload) const
    {
        auto record = toRecord(payload);
        if constexpr (std::is_same_v<Payload, protocol::Message>) {
            bool inserted = false;
            if (!statements.insert(record, inserted))
                return false;
            if (inserted) // A replayed message that is already cached is not news to the GUI.
                collect(std::move(record));
        } else {
            if (!statements.upsert(record))
                return false;
            collect(std::move(record));
        }
        return true;
    }
};

} // namespace

EventApplier::EventApplier(LocalStore &store)
    : m_store(store)
    , m_statements(store.database())
    , m_log(pilothouse::log::get("store"))
{ }

bool EventApplier::prepare()
{
    if (!m_statements.prepare()) {
        m_error = tr("The cache does not have the expected tables (%1).").arg(m_statements.lastError());
        return false;
    }
    m_cursor = m_store.cursor();
    m_statements.reloadSearchBacklog();
    return true;
}

bool EventApplier::begin()
{
    if (m_store.database().transaction())
        return true;
    m_error = tr("Could not start writing to the cache (%1).").arg(m_store.database().lastError().text());
    return false;
}

bool EventApplier::commit()
{
    if (m_store.database().commit())
        return true;
    rollback(tr("Could not save to the cache (%1).").arg(m_store.database().lastError().text()));
    return false;
}

std::nullopt_t EventApplier::rollback(const QString &error)
{
    m_error = error;
    m_store.database().rollback();
    m_statements.reloadSearchBacklog(); // the mark is as the rollback left it
    m_statements.resumeStats();
    return std::nullopt;
}

std::optional<ChangeBatch> EventApplier::applyEvents(const std::vector<protocol::Event> &events)
{
    m_erased.clear();
    QList<Erased> erased;
    bool securedDelete = false;
    protocol::Cursor running = m_cursor.value_or(protocol::Cursor {});
    ChangeCollector changes;
    const PayloadWriter writer {m_statements, &changes};
    std::size_t applied = 0;
    std::size_t duplicates = 0;
    std::size_t foreign = 0;
    const std::string *foreignEpoch = nullptr;

    for (const protocol::Event &event : events) {
        if (running.epoch.empty()) // A cache that never applied anything takes the first event's epoch.
            running.epoch = event.epoch;
        switch (sequence::fit(running, event)) {
        case sequence::Fit::ForeignEpoch:
            ++foreign;
            foreignEpoch = &event.epoch;
            continue;
        case sequence::Fit::Duplicate: // Replayed after a reconnect, or resent: already applied.
            ++duplicates;
            continue;
        case sequence::Fit::Gap:
            // Gaps are refused per frame by StoreWriter, against the position it knows (which may
            // be a snapshot still arriving); what gets this far is written like the next event.
        case sequence::Fit::Next:
            break;
        }
        if (applied == 0 && !begin())
            return std::nullopt;
        if (!std::visit(writer, event.payload))
            return rollback(
                tr("Could not write event %1 to the cache (%2).").arg(fromStd(event.id), m_statements.lastError()));
        if (const auto *gone = std::get_if<protocol::CustomerErasure>(&event.payload)) {
            // Deleted cells and freed pages are zeroed (LocalStore opens with it; made sure of).
            if (!securedDelete)
                sqlite::setSecureDelete(m_store.database(), true);
            securedDelete = true;
            QString error;
            const QString customerId = fromStd(gone->customerId);
            const auto purged = erasure::purgeCustomer(m_store.database(), customerId, &error);
            if (!purged)
                return rollback(tr("Could not erase a customer from the cache (%1).").arg(error));
            erased.append(Erased {customerId, *purged});
        }
        running.seq = event.seq;
        ++applied;
    }

    if (foreign > 0) {
        // The server lost its log; the session notices the new epoch and asks for a snapshot.
        m_log->warn("ignored {} events of epoch {}: the cache holds epoch {}", foreign, *foreignEpoch, running.epoch);
    }
    if (duplicates > 0)
        m_log->debug("skipped {} events already applied (cursor {})", duplicates, running.seq);
    if (applied == 0)
        return ChangeBatch {};

    if (!m_statements.refreshStats())
        return rollback(
            tr("Could not write event %1 to the cache (%2).").arg(fromStd(events.back().id), m_statements.lastError()));
    if (!m_statements.writeCursor(running))
        return rollback(tr("Could not save the cache position (%1).").arg(m_statements.lastError()));
    if (!commit())
        return std::nullopt;
    m_cursor = running;
    m_erased = std::move(erased);
    ChangeBatch batch = changes.take();
    batch.lastSeq = running.seq;
    return batch;
}

bool EventApplier::beginSnapshot(const protocol::Cursor &position)
{
    abandonSnapshot();
    m_erased.clear();
    SnapshotInProgress snapshot;
    snapshot.position = position;
    snapshot.held = heldCustomers();
    if (!snapshot.held.isEmpty()) // Rows of customers it no longer has go with it: zero them as they go.
        sqlite::setSecureDelete(m_store.database(), true);
    if (!begin())
        return false;
    // Its messages are stored unindexed; the search index catches up after the commit. Their
    // statistics are counted once, at the end.
    m_statements.deferStats();
    if (!m_statements.clearForSnapshot() || !m_statements.startSearchBacklog()) {
        rollback(tr("Could not clear the cache for a snapshot (%1).").arg(m_statements.lastError()));
        return false;
    }
    m_snapshot = std::move(snapshot);
    m_snapshot->since.start();
    return true;
}

bool EventApplier::writeSnapshotPart(const protocol::Snapshot &part)
{
    if (!m_snapshot) {
        m_error = tr("A snapshot part arrived without its first part.");
        return false;
    }
    const PayloadWriter writer {m_statements};
    bool ok = true;
    for (const auto &customer : part.customers) {
        ok = ok && writer(customer);
        m_snapshot->kept.insert(fromStd(customer.id));
    }
    for (const auto &conversation : part.conversations)
        ok = ok && writer(conversation);
    for (const auto &message : part.messages)
        ok = ok && writer(message);
    for (const auto &judgement : part.judgements)
        ok = ok && writer(judgement);
    for (const auto &rating : part.ratings)
        ok = ok && writer(rating);
    for (const auto &config : part.config)
        ok = ok && writer(config);
    for (const auto &transition : part.transitions)
        ok = ok && m_statements.upsert(toRecord(transition));
    if (!ok) {
        m_snapshot.reset();
        rollback(tr("Could not write a snapshot to the cache (%1).").arg(m_statements.lastError()));
        return false;
    }
    m_snapshot->customers += part.customers.size();
    m_snapshot->conversations += part.conversations.size();
    m_snapshot->messages += part.messages.size();
    m_snapshot->judgements += part.judgements.size();
    return true;
}

std::optional<ChangeBatch> EventApplier::finishSnapshot()
{
    if (!m_snapshot) {
        m_error = tr("A snapshot part arrived without its first part.");
        return std::nullopt;
    }
    const SnapshotInProgress snapshot = *std::exchange(m_snapshot, std::nullopt);
    QElapsedTimer clock;
    clock.start();
    if (!m_statements.dropOrphanJudgements() || !m_statements.dropOrphanDrafts() || !m_statements.refreshAllStats()
        || !m_statements.writeCursor(snapshot.position))
        return rollback(tr("Could not write a snapshot to the cache (%1).").arg(m_statements.lastError()));
    const qint64 statsMs = clock.restart();
    if (!commit())
        return std::nullopt;
    const qint64 commitMs = clock.restart();
    m_cursor = snapshot.position;
    for (auto it = snapshot.held.cbegin(); it != snapshot.held.cend(); ++it) {
        if (!snapshot.kept.contains(it.key()))
            m_erased.append(Erased {it.key(), it.value()});
    }
    m_log->info("snapshot applied: {} customers, {} conversations, {} messages, {} judgements, cursor {}:{} "
                "(parts written in {} ms, statistics {} ms, commit {} ms)",
        snapshot.customers, snapshot.conversations, snapshot.messages, snapshot.judgements, snapshot.position.epoch,
        snapshot.position.seq, snapshot.since.elapsed(), statsMs, commitMs);

    ChangeBatch batch;
    batch.reset = true;
    batch.lastSeq = snapshot.position.seq;
    return batch;
}

std::optional<int> EventApplier::indexSearchBacklog(int limit)
{
    QString error;
    const std::optional<int> indexed = searchbacklog::indexNext(m_store.database(), limit, &error);
    m_statements.reloadSearchBacklog();
    if (!indexed)
        m_error = tr("Could not index cached messages for search (%1).").arg(error);
    return indexed;
}

void EventApplier::abandonSnapshot()
{
    if (!m_snapshot)
        return;
    m_snapshot.reset();
    m_store.database().rollback();
    m_statements.reloadSearchBacklog();
    m_statements.resumeStats();
}

std::optional<ChangeBatch> EventApplier::applySnapshot(const std::vector<protocol::Snapshot> &parts)
{
    if (parts.empty())
        return ChangeBatch {};
    if (!beginSnapshot(parts.front().position))
        return std::nullopt;
    for (const protocol::Snapshot &part : parts) {
        if (!writeSnapshotPart(part))
            return std::nullopt;
    }
    return finishSnapshot();
}

QHash<QString, QStringList> EventApplier::heldCustomers() const
{
    QHash<QString, QStringList> held;
    for (const QString &id : erasure::customerIds(m_store.database()))
        held.insert(id, {});
    if (held.isEmpty())
        return held;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    if (query.exec(QStringLiteral("SELECT id, customer_id FROM conversations"))) {
        while (query.next()) {
            if (const auto found = held.find(query.value(1).toString()); found != held.end())
                found->append(query.value(0).toString());
        }
    }
    return held;
}

} // namespace pilothouse::models
