#include "sqlite/sqlitefile.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace pilothouse::sqlite {
namespace {

/// Runs `pragmas` on `query`; the index of the first that fails, or -1.
int runPragmas(QSqlQuery &query, const QList<Pragma> &pragmas)
{
    for (qsizetype i = 0; i < pragmas.size(); ++i) {
        const Pragma &pragma = pragmas.at(i);
        if (!query.exec(pragma.statement))
            return int(i);
        if (!pragma.expect.isEmpty()
            && (!query.next() || query.value(0).toString().compare(pragma.expect, Qt::CaseInsensitive) != 0))
            return int(i);
    }
    return -1;
}

std::optional<Failure> runStep(QSqlDatabase &db, const Migration &step)
{
    if (!db.transaction())
        return Failure {Stage::BeginMigration, db.lastError().text(), step.version};
    QSqlQuery query(db);
    QStringList statements = step.statements;
    // user_version lives in the database header and is written inside the same transaction.
    statements.append(QStringLiteral("PRAGMA user_version = %1").arg(step.version));
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            const QString error = query.lastError().text();
            db.rollback();
            return Failure {Stage::Migrate, error, step.version};
        }
    }
    query.finish();
    if (!db.commit()) {
        const QString error = db.lastError().text();
        db.rollback();
        return Failure {Stage::CommitMigration, error, step.version};
    }
    return std::nullopt;
}

} // namespace

Opened open(QSqlDatabase &db, const OpenPlan &plan)
{
    if (const QString folder = QFileInfo(plan.path).absolutePath(); !QDir().mkpath(folder))
        return {Failure {Stage::CreateFolder, folder}};

    db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), plan.connectionName);
    db.setDatabaseName(plan.path);
    if (!db.open())
        return {Failure {Stage::Open, db.lastError().text()}};

    // One query throughout, so a failure's text is what SQLite said about that very statement.
    QSqlQuery query(db);
    if (const int failed = runPragmas(query, plan.beforeVersion); failed >= 0)
        return {Failure {Stage::Prepare, query.lastError().text(), 0, failed}};
    // Reading the version also proves the file is a database at all.
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return {Failure {Stage::ReadVersion, query.lastError().text()}};
    const int version = query.value(0).toInt();
    query.finish();
    if (version > plan.knownVersion)
        return {Failure {Stage::NewerSchema, QString(), version}};
    if (const int failed = runPragmas(query, plan.afterVersion); failed >= 0)
        return {Failure {Stage::Configure, query.lastError().text(), 0, failed}};
    return {std::nullopt, version};
}

std::optional<Failure> migrate(
    QSqlDatabase &db, int fromVersion, const QList<Migration> &steps, const std::function<void(int version)> &migrated)
{
    for (const Migration &step : steps) {
        if (step.version <= fromVersion)
            continue;
        if (std::optional<Failure> failure = runStep(db, step))
            return failure;
        if (migrated)
            migrated(step.version);
    }
    return std::nullopt;
}

void close(QSqlDatabase &db, const QString &connectionName)
{
    db = QSqlDatabase();
    if (!QSqlDatabase::contains(connectionName))
        return;
    {
        QSqlDatabase registered = QSqlDatabase::database(connectionName, false);
        if (registered.isOpen())
            registered.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

} // namespace pilothouse::sqlite
