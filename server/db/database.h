#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <QHash>

#include <memory>
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
    /// `sql` prepared once for this connection's life, for the statements every append runs (the
    /// log's inserts, the conversation row, messages): preparing costs more than running them.
    /// Bind by index (every value, each time); finish() a SELECT after reading it. nullptr if the
    /// statement does not prepare (the error is logged).
    QSqlQuery *prepared(const QString &sql) const;

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
    mutable QHash<QString, std::shared_ptr<QSqlQuery>> m_prepared;
};

} // namespace pilothouse::server
