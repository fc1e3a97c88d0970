#pragma once
// The start-up health check of the console's SQLite files (cache and outbox), and moving a damaged
// file aside. Both are used before the file is opened for writing: the check runs on its own
// read-only connection, so a damaged file (and its -wal) is never changed by looking at it.

#include <QString>

namespace pilothouse::models::storecheck {

enum class Verdict {
    Missing, ///< No file yet: it will be created.
    Healthy, ///< A database that passes PRAGMA quick_check, with a schema this build knows.
    Newer, ///< Written by a newer schema: refused and left untouched, never treated as damage.
    Damaged, ///< Not a database at all, or quick_check found a problem.
};

struct Report {
    Verdict verdict = Verdict::Missing;
    int version = 0; ///< PRAGMA user_version, when it could be read.
    QString detail; ///< What SQLite said (first quick_check line or the open error), for the log.
};

/// Reads `path` without writing to it: the schema version, then PRAGMA quick_check (a read of every
/// page; proportional to the file size). `knownVersion` is the newest schema this build writes.
Report inspect(const QString &path, int knownVersion);

/// Renames `path` and its -wal and -shm companions to "<base>.corrupt-<UTC yyyyMMddTHHmmssZ>.sqlite"
/// (with -2, -3... when that exists) in the same folder. Never deletes or copies anything. Returns
/// the new path of the main file, or an empty string with `error` set when the main file could not
/// be moved (the main file stays where it was when its -wal cannot follow; a -shm that cannot
/// move is only reported in `error`).
QString moveAside(const QString &path, QString *error);

/// After a clean close (no connection left, no -wal): notes beside `path`, in "<path>.clean", the
/// file as it was left: its size and a modification time set for the mark (a second back, at an
/// odd nanosecond), which any later write replaces. A cache of 200 MB takes about 300 ms to quick_check: a start on a file nobody touched since
/// skips that (bench_startup).
void markClean(const QString &path);

/// Whether `path` is exactly as markClean() left it, with no -wal beside it; the mark is removed
/// either way, so a session that ends in a crash is checked at the next start.
bool takeCleanMark(const QString &path);

} // namespace pilothouse::models::storecheck
