#include "store/outboxsalvage.h"

#include "store/outbox.h"
#include "store/storecheck.h"

#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <map>

using namespace Qt::StringLiterals;

namespace pilothouse::models::outboxsalvage {
namespace {

/// Point lookups past a damaged page stop after this many ids (a corrupt counter must not spin).
constexpr qint64 kMaxLookups = 200000;
const QString kColumns = u"seq, "_s + QLatin1StringView(Outbox::kColumns);

QString nextConnectionName()
{
    static std::atomic<int> counter {0};
    return u"pilothouse-salvage-%1"_s.arg(counter.fetch_add(1) + 1);
}

bool isUnsettled(OutboxState::Value state)
{
    return state != OutboxState::Acked;
}

Rows read(QSqlDatabase &db)
{
    Rows rows;
    if (!db.open())
        return rows;
    std::map<qint64, OutboxRecord> found; // every readable row by seq, acked ones too
    QSqlQuery scan(db);
    scan.setForwardOnly(true);
    qint64 lastScanned = 0;
    bool scanComplete = false;
    if (scan.exec(u"SELECT %1 FROM commands NOT INDEXED ORDER BY seq"_s.arg(kColumns))) {
        rows.readable = true;
        while (scan.next()) {
            lastScanned = scan.value(0).toLongLong();
            if (auto record = Outbox::recordFrom(scan, 1))
                found.emplace(lastScanned, std::move(*record));
            else
                ++rows.lost; // a row this build cannot read: it is not carried over
        }
        scanComplete = !scan.lastError().isValid();
    }
    scan.finish();

    // Unsettled rows by the state index (state, seq): it may survive a damaged table page.
    QSet<qint64> indexed;
    QSqlQuery index(db);
    index.setForwardOnly(true);
    bool indexComplete = false;
    if (index.exec(u"SELECT seq FROM commands INDEXED BY commands_state "
                   "WHERE state IN ('pending', 'inflight', 'failed')"_s)) {
        rows.readable = true;
        while (index.next())
            indexed.insert(index.value(0).toLongLong());
        indexComplete = !index.lastError().isValid();
    }
    index.finish();
    QSet<qint64> candidates = indexed;
    // Past a damaged page the scan stopped: every id up to the autoincrement counter may exist.
    if (!scanComplete) {
        QSqlQuery counter(db);
        qint64 highest = lastScanned;
        if (counter.exec(u"SELECT seq FROM sqlite_sequence WHERE name = 'commands'"_s) && counter.next())
            highest = std::max(highest, counter.value(0).toLongLong());
        for (qint64 seq = lastScanned + 1; seq <= highest && seq - lastScanned <= kMaxLookups; ++seq)
            candidates.insert(seq);
    }
    QSqlQuery lookup(db);
    lookup.setForwardOnly(true);
    lookup.prepare(u"SELECT %1 FROM commands WHERE seq = ?"_s.arg(kColumns));
    for (const qint64 seq : std::as_const(candidates)) {
        if (found.count(seq))
            continue;
        lookup.addBindValue(seq);
        const bool ok = lookup.exec() && (lookup.next() || !lookup.lastError().isValid());
        if (ok && lookup.isValid()) {
            if (auto record = Outbox::recordFrom(lookup, 1))
                found.emplace(seq, std::move(*record));
            else
                ++rows.lost;
        }
        // Unreadable: lost if the index says it was unsettled, or when the index cannot tell.
        else if (!ok && (indexed.contains(seq) || !indexComplete))
            ++rows.lost;
        lookup.finish();
    }
    for (const auto &[seq, record] : found) {
        if (isUnsettled(record.state))
            rows.unsettled.append(record);
    }
    return rows;
}

QString salvagePath(const QString &path)
{
    return path + u".salvage"_s;
}

void removeWithCompanions(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

} // namespace

Rows readUnsettled(const QString &path)
{
    const QString name = nextConnectionName();
    Rows rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        rows = read(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

Outcome salvage(const QString &path)
{
    Outcome outcome;
    const Rows rows = readUnsettled(path);
    const QString fresh = salvagePath(path);
    removeWithCompanions(fresh); // A half-written salvage from an earlier crash is redone.
    {
        Outbox outbox;
        if (!outbox.open(fresh)) {
            outcome.error = outbox.errorString();
            return outcome;
        }
        for (const OutboxRecord &record : rows.unsettled) {
            if (!outbox.add(record)) {
                outcome.error = outbox.errorString();
                outbox.close();
                removeWithCompanions(fresh);
                return outcome;
            }
        }
        outbox.close(); // Checkpoints and removes its -wal: one self-contained file.
    }
    QString error;
    outcome.movedTo = storecheck::moveAside(path, &error);
    if (outcome.movedTo.isEmpty()) {
        outcome.error = error;
        removeWithCompanions(fresh);
        return outcome;
    }
    if (!QFile::rename(fresh, path)) {
        outcome.error = QFile(fresh).errorString();
        return outcome; // finishInterrupted() retries on the next start.
    }
    outcome.salvaged = static_cast<int>(rows.unsettled.size());
    outcome.lost = rows.readable ? rows.lost : -1;
    return outcome;
}

bool finishInterrupted(const QString &path)
{
    const QString fresh = salvagePath(path);
    if (QFileInfo::exists(path) || !QFileInfo::exists(fresh))
        return false;
    return QFile::rename(fresh, path);
}

} // namespace pilothouse::models::outboxsalvage
