#include "auditlog.h"

#include "db/database.h"

#include <QSqlQuery>
#include <QVariant>

namespace pilothouse::server {
namespace {

/// Long values are cut, not refused: an audit row is written whatever a client sent. Never null
/// (a null QString binds as NULL, and every column is NOT NULL).
QString bounded(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text.left(128);
}

/// The WHERE clause of `query` (without paging) and its values in order.
QString whereOf(const AuditQuery &query, QVariantList &values)
{
    QStringList terms;
    if (!query.user.isEmpty()) {
        terms << QStringLiteral("user = ?");
        values << query.user;
    }
    if (!query.actions.isEmpty()) {
        terms << QStringLiteral("name IN (%1)").arg(QStringList(query.actions.size(), QStringLiteral("?")).join(u','));
        for (const QString &action : query.actions)
            values << action;
    }
    if (query.outcome) {
        terms << QStringLiteral("outcome = ?");
        values << QString::fromLatin1(protocol::toString(*query.outcome).data());
    }
    if (query.from) {
        terms << QStringLiteral("at >= ?");
        values << qint64(*query.from);
    }
    if (query.to) {
        terms << QStringLiteral("at < ?");
        values << qint64(*query.to);
    }
    return terms.isEmpty() ? QString() : QStringLiteral(" WHERE ") + terms.join(QStringLiteral(" AND "));
}

std::string text(const QVariant &value)
{
    return value.toString().toStdString();
}

} // namespace

bool appendAudit(const Database &db, const AuditRecord &record)
{
    QSqlQuery *insert = db.prepared(QStringLiteral("INSERT INTO audit (at, user, role, command_id, name,"
                                                   " conversation_id, outcome, code, seq, source, target,"
                                                   " detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return false;
    insert->bindValue(0, qint64(record.at));
    insert->bindValue(1, bounded(record.user));
    insert->bindValue(2, bounded(record.role));
    insert->bindValue(3, bounded(record.commandId));
    insert->bindValue(4, bounded(record.action));
    insert->bindValue(5, bounded(record.conversationId));
    insert->bindValue(6, record.applied ? QStringLiteral("applied") : QStringLiteral("refused"));
    insert->bindValue(7, bounded(record.code));
    insert->bindValue(8, qint64(record.seq));
    insert->bindValue(9, bounded(record.source));
    insert->bindValue(10, bounded(record.target));
    insert->bindValue(11, bounded(record.detail));
    return Database::exec(*insert);
}

std::optional<protocol::AuditPage> readAudit(const Database &db, const AuditQuery &query)
{
    QVariantList values;
    const QString where = whereOf(query, values);

    protocol::AuditPage page;
    QSqlQuery count = db.query();
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM audit") + where);
    for (const QVariant &value : values)
        count.addBindValue(value);
    if (!Database::exec(count) || !count.next())
        return std::nullopt;
    page.total = count.value(0).toLongLong();

    QString sql = QStringLiteral("SELECT id, at, user, role, name, outcome, code, conversation_id, target,"
                                 " command_id, seq, source, detail FROM audit")
        + where;
    if (query.before) {
        sql += where.isEmpty() ? QStringLiteral(" WHERE id < ?") : QStringLiteral(" AND id < ?");
        values << qint64(*query.before);
    }
    // One row more than asked says whether there is another page.
    sql += QStringLiteral(" ORDER BY id DESC LIMIT ?");
    values << query.limit + 1;
    QSqlQuery rows = db.query();
    rows.setForwardOnly(true);
    rows.prepare(sql);
    for (const QVariant &value : values)
        rows.addBindValue(value);
    if (!Database::exec(rows))
        return std::nullopt;
    while (rows.next()) {
        if (int(page.entries.size()) == query.limit) {
            page.more = true;
            break;
        }
        protocol::AuditEntry entry;
        entry.id = rows.value(0).toLongLong();
        entry.at = rows.value(1).toLongLong();
        entry.user = text(rows.value(2));
        entry.role = protocol::roleFromString(text(rows.value(3)));
        entry.action = text(rows.value(4));
        entry.outcome = rows.value(5).toString() == QLatin1String("refused") ? protocol::AuditOutcome::Refused
                                                                             : protocol::AuditOutcome::Applied;
        entry.code = text(rows.value(6));
        entry.conversationId = text(rows.value(7));
        entry.target = text(rows.value(8));
        entry.commandId = text(rows.value(9));
        entry.seq = rows.value(10).toLongLong();
        entry.source = text(rows.value(11));
        entry.detail = text(rows.value(12));
        page.entries.push_back(std::move(entry));
    }
    return page;
}

QString clientAddress(const QHostAddress &address)
{
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    return mapped ? QHostAddress(v4).toString() : address.toString();
}

} // namespace pilothouse::server
