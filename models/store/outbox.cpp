#include "store/outbox.h"

#include "sqlite/scrub.h"

#include "domain/catalogue.h"
#include "log/log.h"

#include "sqlite/sqlitefile.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;

namespace pilothouse::models {
namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter {0};
    return u"pilothouse-outbox-%1"_s.arg(counter.fetch_add(1) + 1);
}

const QString &text(const QString &value)
{
    static const QString empty = u""_s;
    return value.isNull() ? empty : value;
}

// The file's spelling of each state (a CHECK constraint in the schema holds the same four).
constexpr const char *kStateNames[] = {"pending", "inflight", "acked", "failed"};
static_assert(std::size(kStateNames) == OutboxState::Failed + 1);

} // namespace

QString Outbox::stateName(OutboxState::Value state)
{
    return QString::fromLatin1(kStateNames[state]);
}

std::optional<OutboxRecord> Outbox::recordFrom(const QSqlQuery &query, int first)
{
    const auto column = [&](int i) { return query.value(first + i); };
    OutboxRecord record;
    record.commandId = column(0).toString();
    const QString name = column(1).toString();
    const QString state = column(5).toString();
    const auto action = catalogue::actionFromCommandName(name);
    const auto known = std::find_if(std::begin(kStateNames), std::end(kStateNames),
        [&](const char *spelled) { return state == QLatin1String(spelled); });
    if (!action || known == std::end(kStateNames)) {
        pilothouse::log::get("store")->error(
            "outbox: command {} has the unknown name '{}' or state '{}'; left as it is", record.commandId.toStdString(),
            name.toStdString(), state.toStdString());
        return std::nullopt;
    }
    record.action = *action;
    record.state = OutboxState::Value(known - std::begin(kStateNames));
    record.conversationId = column(2).toString();
    record.text = column(3).toString();
    record.args = column(4).toString();
    record.errorCode = column(6).toString();
    record.error = column(7).toString();
    record.createdAt = column(8).toLongLong();
    record.attempts = column(9).toInt();
    return record;
}

QString Outbox::pathBeside(const QString &cachePath)
{
    const QFileInfo info(cachePath);
    return info.dir().filePath(info.completeBaseName() + u".outbox.sqlite"_s);
}

Outbox::Outbox()
    : m_connectionName(nextConnectionName())
{ }

Outbox::~Outbox()
{
    close();
}

bool Outbox::fail(const QString &message)
{
    m_error = message;
    pilothouse::log::get("store")->error("{}", message.toStdString());
    close();
    return false;
}

bool Outbox::open(const QString &path)
{
    close();
    m_error.clear();
    m_path = path;
    const QString shown = QDir::toNativeSeparators(path);
    // FULL: a commit returns only when the row is on disk, also in WAL mode. This is what makes
    // "written before sent" survive a power cut, not only a crash. Both pragmas wait until the
    // version is accepted: a refused file stays as it was.
    const sqlite::OpenPlan plan {
        .connectionName = m_connectionName,
        .path = path,
        .beforeVersion = {{u"PRAGMA busy_timeout = 5000"_s}},
        .knownVersion = kSchemaVersion,
        // secure_delete: a removed command's text is zeroed in the file (erasure, docs/protocol.md).
        .afterVersion
        = {{u"PRAGMA journal_mode = WAL"_s}, {u"PRAGMA synchronous = FULL"_s}, {u"PRAGMA secure_delete = ON"_s}},
    };
    const sqlite::Opened opened = sqlite::open(m_db, plan);
    if (const auto &failure = opened.failure) {
        switch (failure->stage) {
        case sqlite::Stage::CreateFolder:
            return fail(tr("Could not create the folder %1 for unsent actions.")
                            .arg(QDir::toNativeSeparators(failure->detail)));
        case sqlite::Stage::Open:
            return fail(tr("Could not open the unsent actions at %1: %2").arg(shown, failure->detail));
        case sqlite::Stage::NewerSchema:
            return fail(
                tr("The unsent actions at %1 were written by a newer Pilothouse (schema %2). Nothing was changed.")
                    .arg(shown)
                    .arg(failure->version));
        case sqlite::Stage::Configure:
            return fail(tr("Could not prepare the unsent actions at %1 (%2).").arg(shown, failure->detail));
        default: // Prepare or ReadVersion (the other stages are migrate()'s): not a database, or damaged.
            return fail(tr("The file %1 for unsent actions is damaged (%2). Move it aside; actions in it may be lost.")
                            .arg(shown, failure->detail));
        }
    }
    if (!migrate(opened.version))
        return false;
    QSqlQuery query(m_db);
    if (!query.prepare(u"DELETE FROM commands WHERE state = 'acked' AND updated_at < ?"_s))
        return fail(query.lastError().text());
    query.addBindValue(QDateTime::currentMSecsSinceEpoch() - kKeepAckedMs);
    if (!query.exec())
        return fail(query.lastError().text());
    return true;
}

bool Outbox::migrate(int version)
{
    // The last step's version is kSchemaVersion (outbox.h).
    const QList<sqlite::Migration> steps {
        {1,
            {uR"(CREATE TABLE commands (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            conversation_id TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '',
            args TEXT NOT NULL DEFAULT '{}',
            state TEXT NOT NULL CHECK (state IN ('pending', 'inflight', 'acked', 'failed')),
            error_code TEXT NOT NULL DEFAULT '',
            error TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0))"_s,
                u"CREATE INDEX commands_state ON commands(state)"_s}},
    };
    const std::optional<sqlite::Failure> failure = sqlite::migrate(m_db, version, steps);
    if (!failure)
        return true;
    if (failure->stage == sqlite::Stage::BeginMigration)
        return fail(failure->detail);
    return fail(tr("Could not create the unsent actions store (%1).").arg(failure->detail));
}

void Outbox::close()
{
    sqlite::close(m_db, m_connectionName);
}

bool Outbox::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

bool Outbox::add(const OutboxRecord &record)
{
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO commands (%1, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(
        QLatin1StringView(kColumns)));
    const QString name = QString::fromLatin1(catalogue::commandName(record.action));
    const QString state = stateName(record.state);
    for (const QString *value : {&record.commandId, &name, &record.conversationId, &record.text, &record.args, &state,
             &record.errorCode, &record.error})
        query.addBindValue(text(*value));
    query.addBindValue(record.createdAt);
    query.addBindValue(record.attempts);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    // Autocommit: the statement is its own transaction, durable when exec() returns.
    if (query.exec())
        return true;
    m_error = query.lastError().text();
    return false;
}

bool Outbox::update(const OutboxRecord &record)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE commands SET state = ?, error_code = ?, error = ?, attempts = ?, updated_at = ? "
                  "WHERE id = ?"_s);
    query.addBindValue(stateName(record.state));
    query.addBindValue(text(record.errorCode));
    query.addBindValue(text(record.error));
    query.addBindValue(record.attempts);
    query.addBindValue(QDateTime::currentMSecsSinceEpoch());
    query.addBindValue(text(record.commandId));
    if (query.exec())
        return true;
    m_error = query.lastError().text();
    return false;
}

bool Outbox::remove(const QString &commandId)
{
    QSqlQuery query(m_db);
    query.prepare(u"DELETE FROM commands WHERE id = ?"_s);
    query.addBindValue(commandId);
    if (query.exec())
        return true;
    m_error = query.lastError().text();
    return false;
}

std::optional<QStringList> Outbox::removeConversations(const QStringList &conversationIds)
{
    QStringList removed;
    if (conversationIds.isEmpty())
        return removed;
    const bool wasSecure = sqlite::setSecureDelete(m_db, true);
    const auto done = [&](bool ok) -> std::optional<QStringList> {
        sqlite::setSecureDelete(m_db, wasSecure);
        if (!ok)
            return std::nullopt;
        return removed;
    };
    if (!m_db.transaction()) {
        m_error = m_db.lastError().text();
        return done(false);
    }
    QSqlQuery select(m_db);
    QSqlQuery remove(m_db);
    select.setForwardOnly(true);
    const bool prepared = select.prepare(u"SELECT id FROM commands WHERE conversation_id = ?"_s)
        && remove.prepare(u"DELETE FROM commands WHERE conversation_id = ?"_s);
    bool ok = prepared;
    for (const QString &conversationId : conversationIds) {
        if (!ok)
            break;
        select.bindValue(0, conversationId);
        ok = select.exec();
        while (ok && select.next())
            removed.append(select.value(0).toString());
        select.finish();
        remove.bindValue(0, conversationId);
        ok = ok && remove.exec();
    }
    if (!ok) {
        m_error = (select.lastError().isValid() ? select.lastError() : remove.lastError()).text();
        m_db.rollback();
        return done(false);
    }
    if (!m_db.commit()) {
        m_error = m_db.lastError().text();
        m_db.rollback();
        return done(false);
    }
    // One connection on this file: nothing else can hold the checkpoint up.
    if (sqlite::checkpointTruncate(m_db) != sqlite::Checkpoint::Done)
        m_error = tr("The outbox's journal could not be truncated.");
    return done(true);
}

std::optional<QList<OutboxRecord>> Outbox::select(const QString &where, const QString &commandId)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT %1 FROM commands %2 ORDER BY seq"_s.arg(QLatin1StringView(kColumns), where));
    if (!commandId.isNull())
        query.addBindValue(commandId);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    QList<OutboxRecord> result;
    while (query.next()) {
        if (auto record = recordFrom(query))
            result.append(std::move(*record));
    }
    return result;
}

std::optional<OutboxRecord> Outbox::find(const QString &commandId)
{
    auto rows = select(u"WHERE id = ?"_s, text(commandId));
    if (!rows || rows->isEmpty())
        return std::nullopt;
    return rows->constFirst();
}

std::optional<QList<OutboxRecord>> Outbox::unsettled()
{
    return select(u"WHERE state <> 'acked'"_s);
}

std::optional<QList<OutboxRecord>> Outbox::all()
{
    return select({});
}

} // namespace pilothouse::models
