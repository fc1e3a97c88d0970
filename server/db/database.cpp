#include "database.h"

#include "schema.h"

#include "log/log.h"
#include "sqlite/sqlitefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace pilothouse::server {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("pilothouse::server::Database", text);
}

} // namespace

Database::Database()
    : m_connection(QStringLiteral("pilothouse-server-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

Database::~Database()
{
    close();
}

bool Database::open(const QString &dir, QString *error)
{
    m_path = QDir(dir).absoluteFilePath(QStringLiteral("pilothouse-server.sqlite"));
    const QString shown = QDir::toNativeSeparators(m_path);
    // synchronous=FULL: an ack is only sent after commit, so the commit must survive a power cut.
    // The journal mode comes first and must really be WAL: SQLite keeps another mode silently.
    // secure_delete: overwritten and deleted values are zeroed in the file, so an erased
    // customer's earlier texts (a conversation row's older lastMessage) leave no trace in free
    // space (docs/protocol.md, "Erasure").
    const sqlite::OpenPlan plan {
        .connectionName = m_connection,
        .path = m_path,
        .beforeVersion = {{QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("wal")},
            {QStringLiteral("PRAGMA foreign_keys = ON")}, {QStringLiteral("PRAGMA synchronous = FULL")},
            {QStringLiteral("PRAGMA busy_timeout = 5000")}, {QStringLiteral("PRAGMA secure_delete = ON")}},
        .knownVersion = schema::kVersion,
        .afterVersion = {},
    };
    QSqlDatabase db;
    const sqlite::Opened opened = sqlite::open(db, plan);
    std::optional<sqlite::Failure> failure = opened.failure;
    if (!failure) {
        QList<sqlite::Migration> steps;
        for (int version = 1; version <= schema::kVersion; ++version)
            steps.append({version, schema::migration(version)});
        failure = sqlite::migrate(db, opened.version, steps, [](int version) {
            pilothouse::log::get("server")->info("database migrated to schema version {}", version);
        });
    }
    if (!failure)
        return true;

    switch (failure->stage) {
    case sqlite::Stage::CreateFolder:
        *error = tr("cannot create the data directory %1").arg(QDir::toNativeSeparators(dir));
        break;
    case sqlite::Stage::Open:
        *error = tr("cannot open the database %1: %2").arg(shown, failure->detail);
        break;
    case sqlite::Stage::Prepare:
    case sqlite::Stage::Configure:
        *error = failure->pragma == 0
            ? tr("cannot use the database %1 (is it a SQLite file?): %2").arg(shown, failure->detail)
            : tr("cannot configure the database: %1").arg(failure->detail);
        break;
    case sqlite::Stage::ReadVersion:
        *error = tr("cannot read the schema version: %1").arg(failure->detail);
        break;
    case sqlite::Stage::NewerSchema:
        *error = tr("the database %1 has schema version %2, newer than this server supports (%3); "
                    "use a newer pilothouse-server or another --data-dir")
                     .arg(shown)
                     .arg(failure->version)
                     .arg(schema::kVersion);
        break;
    case sqlite::Stage::BeginMigration:
        *error = tr("cannot start a migration: %1").arg(failure->detail);
        break;
    case sqlite::Stage::Migrate:
        *error = tr("migration to schema version %1 failed: %2").arg(failure->version).arg(failure->detail);
        break;
    case sqlite::Stage::CommitMigration:
        *error = tr("cannot commit migration %1: %2").arg(failure->version).arg(failure->detail);
        break;
    }
    close();
    return false;
}

void Database::close()
{
    m_prepared.clear(); // statements go before their connection
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && handle().isOpen();
}

QSqlDatabase Database::handle() const
{
    return QSqlDatabase::database(m_connection, false);
}

QSqlQuery Database::query() const
{
    return QSqlQuery(handle());
}

QSqlQuery *Database::prepared(const QString &sql) const
{
    if (const auto found = m_prepared.constFind(sql); found != m_prepared.cend())
        return found->get();
    auto statement = std::make_shared<QSqlQuery>(handle());
    statement->setForwardOnly(true);
    if (!statement->prepare(sql)) {
        pilothouse::log::get("server")->error("sql failed to prepare: {}", statement->lastError().text().toStdString());
        return nullptr;
    }
    m_prepared.insert(sql, statement);
    return statement.get();
}

bool Database::begin()
{
    if (m_depth > 0) {
        QSqlQuery q = query();
        if (!q.exec(QStringLiteral("SAVEPOINT nested%1").arg(m_depth)))
            return false;
        ++m_depth;
        return true;
    }
    if (!handle().transaction())
        return false;
    m_depth = 1;
    return true;
}

bool Database::commit()
{
    if (m_depth > 1) {
        QSqlQuery q = query();
        if (!q.exec(QStringLiteral("RELEASE nested%1").arg(m_depth - 1)))
            return false;
        --m_depth;
        return true;
    }
    if (!handle().commit())
        return false; // still open: the caller rolls back
    m_depth = 0;
    return true;
}

void Database::rollback()
{
    if (m_depth > 1) {
        QSqlQuery q = query();
        q.exec(QStringLiteral("ROLLBACK TO nested%1").arg(m_depth - 1));
        q.exec(QStringLiteral("RELEASE nested%1").arg(m_depth - 1));
        --m_depth;
        return;
    }
    handle().rollback();
    m_depth = 0;
}

std::optional<QString> Database::meta(const QString &key) const
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(key);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

bool Database::setMeta(const QString &key, const QString &value)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return exec(q);
}

bool Database::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    pilothouse::log::get("server")->error("sql failed: {}", query.lastError().text().toStdString());
    return false;
}

} // namespace pilothouse::server
