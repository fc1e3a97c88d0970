#pragma once
// The search index's backlog (issue 16, goal 1). Indexing a message for full-text search costs
// three times what storing it does (FTS5 with prefix indexes), so a snapshot stores its messages
// without indexing them and the index catches up afterwards, in small transactions that never
// hold the stream up: the board and the transcripts are there at once, search within seconds.
//
// The invariant, kept in `meta` under `search_backlog_from`: every message whose rowid is below
// that value is in the index, and none at or above it is. No such row means every message is
// indexed. Everything that writes or deletes index entries respects it (BatchStatements::insert,
// the retention purge, erasure): an external-content FTS5 index must never be told to forget a
// text it was not given.

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pilothouse::models::searchbacklog {

/// SQL condition on a `messages` row (its `rowid`): true when the row is in the search index.
QString indexedCondition();

/// The first rowid not indexed, or nullopt when nothing waits. nullopt also on an SQL error.
std::optional<qint64> from(QSqlDatabase db);
/// Marks every message from `rowid` on as waiting (inside the caller's transaction).
bool start(QSqlDatabase db, qint64 rowid, QString *error);

/// Indexes up to `limit` waiting messages in one transaction and moves the mark past them;
/// clears it once nothing waits. Returns the number indexed (0: nothing was waiting), nullopt
/// on an SQL error (rolled back, `error` says why).
std::optional<int> indexNext(QSqlDatabase db, int limit, QString *error);

/// Messages still waiting to be indexed (0 when none).
qint64 waiting(QSqlDatabase db);

} // namespace pilothouse::models::searchbacklog
