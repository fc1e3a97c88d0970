#pragma once
// Opening a SQLite file the way every Pilothouse database is opened: one named QSQLITE connection,
// the caller's pragmas, PRAGMA user_version read and a newer schema refused, then every missing
// schema step in a transaction of its own. Used by the console's cache (models/store/localstore.cpp)
// and outbox (models/store/outbox.cpp) and by the server's database (server/db/database.cpp).
//
// The three differ in their pragmas, their order, their schema and above all in what they tell
// the user, so this library only says where opening stopped (a Stage) and what SQLite said; each
// caller turns that into its own translated sentence. Nothing here logs or translates.

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace pilothouse::sqlite {

/// One statement run while opening, usually a PRAGMA.
struct Pragma {
    QString statement;
    /// When not empty, the statement's first value must equal this (case-insensitively), e.g.
    /// "wal" for journal_mode: SQLite answers a mode it cannot use with the one it kept, not an error.
    QString expect = {};
};

/// One schema step: the statements that take a database from `version - 1` to `version`.
struct Migration {
    int version = 0;
    QStringList statements;
};

/// Where opening or migrating stopped.
enum class Stage {
    CreateFolder, ///< The folder of the file could not be created (detail: that folder).
    Open, ///< SQLite could not open the file.
    Prepare, ///< A statement of OpenPlan::beforeVersion failed (`pragma` says which).
    ReadVersion, ///< PRAGMA user_version could not be read: not a database, or damaged.
    NewerSchema, ///< The file's version (`version`) is above OpenPlan::knownVersion.
    Configure, ///< A statement of OpenPlan::afterVersion failed (`pragma` says which).
    BeginMigration, ///< The transaction of step `version` could not start.
    Migrate, ///< A statement of step `version` failed; the step was rolled back.
    CommitMigration, ///< Step `version` could not be committed; it was rolled back.
};

/// Why open() or migrate() stopped.
struct Failure {
    Stage stage = Stage::Open;
    /// What SQLite said (may be empty, e.g. for an unexpected journal mode); for CreateFolder,
    /// the folder's absolute path.
    QString detail;
    /// NewerSchema: the file's version. The migration stages: the step's version.
    int version = 0;
    /// Prepare and Configure: the index of the statement that failed in its list.
    int pragma = -1;
};

/// What open() does, in this order.
struct OpenPlan {
    /// Registered with Qt's global connection registry: unique among the process's connections.
    QString connectionName;
    QString path;
    /// Run first, before the version is read: what must hold for every later statement
    /// (busy_timeout), or, for a file whose header may be rewritten regardless, the journal mode.
    QList<Pragma> beforeVersion;
    /// The newest schema the caller writes; a file above it is refused untouched by open() itself
    /// (so long as beforeVersion does not write).
    int knownVersion = 0;
    /// Run once the version is accepted. Switching to WAL rewrites the header, so a file that is
    /// refused must not get that far.
    QList<Pragma> afterVersion;
};

/// The outcome of open().
struct Opened {
    std::optional<Failure> failure;
    /// The file's PRAGMA user_version as found (0 for a new file); valid without a failure.
    int version = 0;
};

/// Creates the folder of `plan.path`, adds the QSQLITE connection `plan.connectionName` into `db`,
/// opens the file, runs `beforeVersion`, reads PRAGMA user_version, refuses a version above
/// `knownVersion`, then runs `afterVersion`. On a failure the connection stays registered (and
/// `db` may be open): the caller decides what to report, then calls close().
Opened open(QSqlDatabase &db, const OpenPlan &plan);

/// Applies every step of `steps` (ascending by version) above `fromVersion`, each in one
/// transaction that also sets PRAGMA user_version, so a crash mid-way leaves the previous version
/// intact. `migrated` is told each version reached. Stops at the first failure.
std::optional<Failure> migrate(QSqlDatabase &db, int fromVersion, const QList<Migration> &steps,
    const std::function<void(int version)> &migrated = {});

/// Closes the connection `connectionName` and removes it from Qt's registry. `db` (the caller's
/// handle to it) is dropped first, or Qt warns that the connection is still in use. Statements on
/// it must be gone. Does nothing when no such connection is registered.
void close(QSqlDatabase &db, const QString &connectionName);

} // namespace pilothouse::sqlite
