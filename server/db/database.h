#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>

class QSqlQuery;

namespace pilothouse::server {

/// The server's one SQLite connection (single-threaded server, so one is enough): WAL, full
/// sync, foreign keys, and user_version migrations that each run in a transaction
/// (common/sqlite/sqlitefile.h). A file whose schema is newer than this build is refused rather
/// than guessed at.
class Database {
public:
    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Creates `dir` if needed and opens (or creates) the database in it.
    bool open(const QString &dir, QString *error);
    void close();
    bool isOpen() const;
    QString filePath() const { return m_path; }

    QSqlDatabase handle() const;
    QSqlQuery query() const;

    /// A transaction; inside another one (the demo's history batches its appends), a savepoint, so
    /// the inner work still commits or rolls back as one while the outer one is written at once.
    bool begin();
    bool commit();
    void rollback();
    /// Open transactions and savepoints, 0 when none.
    int depth() const { return m_depth; }

    std::optional<QString> meta(const QString &key) const;
    bool setMeta(const QString &key, const QString &value);

    /// Runs a prepared statement and logs the failure; returns false on error.
    static bool exec(QSqlQuery &query);

private:
    QString m_connection;
    QString m_path;
    int m_depth = 0;
};

} // namespace pilothouse::server
