#pragma once
// Making deleted bytes leave a SQLite file (issue 13, erasure): with `secure_delete` on, SQLite
// overwrites deleted content and freed pages with zeros; a `wal_checkpoint(TRUNCATE)` then copies
// the WAL into the main file and cuts the WAL to zero bytes, so the old page images written
// before the erasure leave the `-wal` too. Used by the server's erasure and the console's purge.

#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

namespace pilothouse::sqlite {

/// Turns `PRAGMA secure_delete` on or off for this connection. Returns the previous setting.
bool setSecureDelete(QSqlDatabase db, bool on);

/// Outcome of one `PRAGMA wal_checkpoint(TRUNCATE)`.
enum class Checkpoint {
    Done, ///< Every frame copied and the WAL truncated to zero bytes.
    Busy, ///< A reader (or writer) on another connection held frames; try again later.
    Failed, ///< An SQL error (logged by the caller); not a WAL database, or closed.
};

/// Runs `PRAGMA wal_checkpoint(TRUNCATE)` once. It waits at most `waitMs` for other connections'
/// readers (the connection's busy_timeout is set for it and restored), so a caller on an event
/// loop is not held for the usual 5 s; Busy when they still held it. Not inside a transaction.
Checkpoint checkpointTruncate(QSqlDatabase db, int waitMs = 200);

/// Tries `PRAGMA wal_checkpoint(TRUNCATE)` on the owner thread's connection until it truncates
/// the WAL: once at once, then every `intervalMs` while readers on other connections (History's
/// worker, the server's facts fold) hold it, at most `tries` times. Readers there never keep a
/// read transaction open between requests, so a second or two is usually enough.
class TruncatingCheckpoint : public QObject {
    Q_OBJECT
public:
    explicit TruncatingCheckpoint(QObject *parent = nullptr);

    /// Starts (or restarts) the attempts on `connectionName` (QSqlDatabase::database(name)).
    void start(const QString &connectionName, int tries = 60, int intervalMs = 1000);
    bool running() const { return m_left > 0; }

Q_SIGNALS:
    /// `truncated`: the WAL is empty; false: every try was busy or failed.
    void finished(bool truncated);

private:
    void attempt();

    QTimer m_timer;
    QString m_connection;
    int m_left = 0;
};

} // namespace pilothouse::sqlite
