#include "database.h"

#include "schema.h"

#include "log/log.h"

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
    if (!QDir().mkpath(dir)) {
        *error = tr("cannot create the data directory %1").arg(QDir::toNativeSeparators(dir));
        return false;
    }
    m_path = QDir(dir).absoluteFilePath(QStringLiteral("pilothouse-server.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_path);
        if (!db.open()) {
            *error = tr("cannot open the database %1: %2").arg(QDir::toNativeSeparators(m_path), db.lastError().text());
            return false;
        }
    }
    if (!configure(error) || !migrate(error)) {
        close();
        return false;
    }
    return true;
}

void Database::close()
{
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

bool Database::configure(QString *error)
{
    QSqlQuery q = query();
    // synchronous=FULL: an ack is only sent after commit, so the commit must survive a power cut.
    const QString pragmas[] = {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = FULL"),
        QStringLiteral("PRAGMA busy_timeout = 5000")};
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) || !q.next()
        || q.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0) {
        *error = tr("cannot use the database %1 (is it a SQLite file?): %2")
                     .arg(QDir::toNativeSeparators(m_path), q.lastError().text());
        return false;
    }
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma)) {
            *error = tr("cannot configure the database: %1").arg(q.lastError().text());
            return false;
        }
    }
    return true;
}

bool Database::migrate(QString *error)
{
    QSqlQuery q = query();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        *error = tr("cannot read the schema version: %1").arg(q.lastError().text());
        return false;
    }
    const int current = q.value(0).toInt();
    if (current > schema::kVersion) {
        *error = tr("the database %1 has schema version %2, newer than this server supports (%3); "
                    "use a newer pilothouse-server or another --data-dir")
                     .arg(QDir::toNativeSeparators(m_path))
                     .arg(current)
                     .arg(schema::kVersion);
        return false;
    }
    for (int version = current + 1; version <= schema::kVersion; ++version) {
        if (!begin()) {
            *error = tr("cannot start a migration: %1").arg(handle().lastError().text());
            return false;
        }
        QStringList statements = schema::migration(version);
        statements.append(QStringLiteral("PRAGMA user_version = %1").arg(version));
        for (const QString &statement : statements) {
            if (!q.exec(statement)) {
                *error = tr("migration to schema version %1 failed: %2").arg(version).arg(q.lastError().text());
                rollback();
                return false;
            }
        }
        if (!commit()) {
            *error = tr("cannot commit migration %1: %2").arg(version).arg(handle().lastError().text());
            rollback();
            return false;
        }
        pilothouse::log::get("server")->info("database migrated to schema version {}", version);
    }
    return true;
}

bool Database::begin()
{
    return handle().transaction();
}

bool Database::commit()
{
    return handle().commit();
}

void Database::rollback()
{
    handle().rollback();
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
