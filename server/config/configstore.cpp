#include "config/configstore.h"

#include "auth/userstore.h"
#include "audit/auditlog.h"
#include "db/database.h"
#include "eventlog/eventlog.h"

#include "log/log.h"
#include "protocol/codec.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace pilothouse::server {
namespace {

ConfigVersion versionFrom(const QSqlQuery &q)
{
    ConfigVersion v;
    v.version = q.value(0).toLongLong();
    v.author = q.value(1).toString();
    v.at = q.value(2).toLongLong();
    v.note = q.value(3).toString();
    v.body = q.value(4).toString().toStdString();
    if (!q.value(5).isNull())
        v.restoredFrom = q.value(5).toLongLong();
    return v;
}

const QString kVersionColumns = QStringLiteral("version, author, at, note, body, restored_from");

} // namespace

ConfigStore::ConfigStore(
    Database &db, EventLog &log, std::function<std::string(const QString &)> builtIn, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_log(log)
    , m_builtIn(std::move(builtIn))
{ }

ConfigVersion ConfigStore::current(const QString &document) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT ") + kVersionColumns
        + QStringLiteral(" FROM config_versions WHERE document = ? ORDER BY version DESC LIMIT 1"));
    q.addBindValue(document);
    if (q.exec() && q.next())
        return versionFrom(q);
    return ConfigVersion {0, {}, 0, {}, m_builtIn(document)};
}

std::vector<ConfigVersion> ConfigStore::versions(const QString &document) const
{
    std::vector<ConfigVersion> out;
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kVersionColumns
        + QStringLiteral(" FROM config_versions WHERE document = ? ORDER BY version DESC"));
    q.addBindValue(document);
    if (q.exec()) {
        while (q.next())
            out.push_back(versionFrom(q));
    }
    out.push_back(ConfigVersion {0, {}, 0, {}, m_builtIn(document)});
    return out;
}

std::optional<ConfigVersion> ConfigStore::version(const QString &document, std::int64_t number) const
{
    if (number == 0)
        return ConfigVersion {0, {}, 0, {}, m_builtIn(document)};
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT ") + kVersionColumns
        + QStringLiteral(" FROM config_versions WHERE document = ? AND version = ?"));
    q.addBindValue(document);
    q.addBindValue(qint64(number));
    if (q.exec() && q.next())
        return versionFrom(q);
    return std::nullopt;
}

ConfigDraft ConfigStore::draft(const QString &document) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT revision, based_on, author, at, body FROM config_drafts WHERE document = ?"));
    q.addBindValue(document);
    if (q.exec() && q.next()) {
        return ConfigDraft {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toLongLong(), q.value(4).toString().toStdString()};
    }
    const ConfigVersion published = current(document);
    return ConfigDraft {0, published.version, {}, 0, published.body};
}

bool ConfigStore::storeDraft(const QString &document, const ConfigDraft &draft)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO config_drafts (document, revision, based_on, author, at, body)"
                             " VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(document);
    q.addBindValue(qint64(draft.revision));
    q.addBindValue(qint64(draft.basedOn));
    q.addBindValue(draft.author);
    q.addBindValue(qint64(draft.at));
    q.addBindValue(QString::fromStdString(draft.body));
    return Database::exec(q);
}

bool ConfigStore::audit(
    const QString &document, const char *action, const User &author, std::int64_t at, std::int64_t number)
{
    // The audit trail (server/audit/auditlog.h): who, when, which version, from where.
    AuditRecord record {at, author.name, QString::fromLatin1(protocol::toString(author.role).data()),
        QStringLiteral("config.%1.%2").arg(document, QLatin1String(action))};
    record.commandId = QStringLiteral("config/%1/%2/%3").arg(document, QLatin1String(action)).arg(number);
    record.seq = number;
    record.source = author.source;
    return appendAudit(m_db, record);
}

ConfigStore::Result ConfigStore::saveDraft(
    const QString &document, std::int64_t baseRevision, const std::string &body, const User &author, ConfigDraft &saved)
{
    if (!m_db.begin())
        return Result::Failed;
    const ConfigDraft before = draft(document);
    if (before.revision != baseRevision) {
        m_db.rollback();
        return Result::Stale;
    }
    const ConfigDraft next {
        before.revision + 1, before.basedOn, author.name, QDateTime::currentMSecsSinceEpoch(), body};
    if (!storeDraft(document, next) || !audit(document, "draft", author, next.at, next.revision) || !m_db.commit()) {
        m_db.rollback();
        return Result::Failed;
    }
    saved = next;
    return Result::Done;
}

ConfigStore::Result ConfigStore::publish(
    const QString &document, std::int64_t revision, const QString &note, const User &author, ConfigVersion &out)
{
    // Checked before the append: the server writes on one thread, nothing runs in between.
    const ConfigDraft before = draft(document);
    if (before.revision != revision)
        return Result::Stale;
    if (before.body == current(document).body)
        return Result::Unchanged;
    return write(document, before.body, note, author, std::nullopt, "publish", out);
}

ConfigStore::Result ConfigStore::rollback(const QString &document, std::int64_t number, std::int64_t currentVersion,
    const QString &note, const User &author, ConfigVersion &out)
{
    const auto old = version(document, number);
    const ConfigVersion now = current(document);
    if (!old)
        return Result::NotFound;
    if (now.version != currentVersion)
        return Result::Stale;
    if (old->body == now.body)
        return Result::Unchanged;
    return write(document, old->body, note, author, number, "rollback", out);
}

protocol::ConfigPublished ConfigStore::toEvent(const QString &document, const ConfigVersion &version)
{
    return {document.toStdString(), version.version, version.author.toStdString(), version.at,
        version.note.toStdString(), version.restoredFrom, version.body};
}

ConfigStore::Result ConfigStore::write(const QString &document, const std::string &body, const QString &note,
    const User &author, std::optional<std::int64_t> restoredFrom, const char *action, ConfigVersion &out)
{
    const std::int64_t at = QDateTime::currentMSecsSinceEpoch();
    const ConfigDraft before = draft(document);
    ConfigVersion next {
        current(document).version + 1, author.name, at, note.isNull() ? QStringLiteral("") : note, body, restoredFrom};
    // The draft follows what is now published, at a new revision: an editor still on the old one
    // is told what happened rather than overwriting it.
    const ConfigDraft draft {before.revision + 1, next.version, author.name, at, body};
    // The version, its event (every console learns of it on the stream), the draft and the audit
    // row in one transaction.
    const auto appended
        = m_log.append({NewEvent {protocol::kinds::ConfigPublished, toEvent(document, next), {}}}, [&](const auto &) {
              QSqlQuery insert = m_db.query();
              insert.prepare(QStringLiteral("INSERT INTO config_versions (document, version, author, at, note, body,"
                                            " restored_from) VALUES (?, ?, ?, ?, ?, ?, ?)"));
              insert.addBindValue(document);
              insert.addBindValue(qint64(next.version));
              insert.addBindValue(next.author);
              insert.addBindValue(qint64(at));
              insert.addBindValue(next.note);
              insert.addBindValue(QString::fromStdString(body));
              insert.addBindValue(restoredFrom ? QVariant(qint64(*restoredFrom)) : QVariant());
              return Database::exec(insert) && storeDraft(document, draft)
                  && audit(document, action, author, at, next.version);
          });
    if (!appended)
        return Result::Failed;
    out = next;
    pilothouse::log::get("server")->info("{} version {} published by '{}'{}", document.toStdString(), next.version,
        author.name.toStdString(), restoredFrom ? " (rollback to version " + std::to_string(*restoredFrom) + ")" : "");
    Q_EMIT published(document, next);
    return Result::Done;
}

} // namespace pilothouse::server
