#include "costmodelstore.h"

#include "auth/userstore.h"
#include "audit/auditlog.h"
#include "db/database.h"

#include "analytics/costmodelwire.h"
#include "log/log.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

namespace pilothouse::server {
namespace {

protocol::CostModelVersion defaults()
{
    return {0, {}, 0, {}, analytics::toWire(analytics::CostModel {})};
}

} // namespace

CostModelStore::CostModelStore(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{ }

std::optional<protocol::CostModelVersion> CostModelStore::read(const QString &where) const
{
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT version, author, at, note, data FROM cost_models ") + where) || !q.next())
        return std::nullopt;
    protocol::CostModelVersion v;
    v.version = q.value(0).toLongLong();
    v.author = q.value(1).toString().toStdString();
    v.at = q.value(2).toLongLong();
    v.note = q.value(3).toString().toStdString();
    auto values = protocol::decodeCostModelValues(q.value(4).toString().toStdString());
    if (!values) {
        // Written by this server from a validated model; a row that does not read is a damaged file.
        pilothouse::log::get("server")->error(
            "cost model version {} does not read: {}", v.version, values.error().message);
        return std::nullopt;
    }
    v.model = std::move(values.value());
    return v;
}

protocol::CostModelVersion CostModelStore::current() const
{
    return read(QStringLiteral("ORDER BY version DESC LIMIT 1")).value_or(defaults());
}

analytics::CostModel CostModelStore::currentModel() const
{
    return analytics::fromWire(current().model);
}

std::vector<protocol::CostModelVersion> CostModelStore::versions() const
{
    std::vector<protocol::CostModelVersion> out;
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT version FROM cost_models ORDER BY version DESC")))
        return out;
    QList<qint64> numbers;
    while (q.next())
        numbers.append(q.value(0).toLongLong());
    for (qint64 number : std::as_const(numbers)) {
        if (auto v = read(QStringLiteral("WHERE version = %1").arg(number)))
            out.push_back(std::move(*v));
    }
    return out;
}

CostModelStore::SaveResult CostModelStore::save(const analytics::CostModel &model, std::int64_t baseVersion,
    const QString &note, const User &author, protocol::CostModelVersion &saved)
{
    if (!m_db.begin())
        return SaveResult::Failed;
    const protocol::CostModelVersion before = current();
    if (before.version != baseVersion) {
        m_db.rollback();
        return SaveResult::Stale;
    }
    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    const std::int64_t version = before.version + 1;
    const protocol::CostModelValues values = analytics::toWire(model);
    QSqlQuery insert = m_db.query();
    insert.prepare(QStringLiteral("INSERT INTO cost_models (version, data, author, at, note) VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(qint64(version));
    insert.addBindValue(QString::fromStdString(protocol::encode(values)));
    insert.addBindValue(author.name);
    insert.addBindValue(at);
    insert.addBindValue(note.isNull() ? QStringLiteral("") : note);
    // The audit trail (server/audit/auditlog.h): who, when, which version, from where.
    AuditRecord audit {at, author.name, QString::fromLatin1(protocol::toString(author.role).data()),
        QString::fromLatin1(audit_actions::kCostModelUpdate)};
    audit.commandId = QStringLiteral("cost-model/%1").arg(version);
    audit.seq = version;
    audit.source = author.source;
    if (!Database::exec(insert) || !appendAudit(m_db, audit) || !m_db.commit()) {
        m_db.rollback();
        return SaveResult::Failed;
    }
    saved = {version, author.name.toStdString(), at, note.toStdString(), values};
    pilothouse::log::get("server")->info("cost model version {} saved by '{}'", version, author.name.toStdString());
    Q_EMIT changed(model);
    return SaveResult::Saved;
}

} // namespace pilothouse::server
