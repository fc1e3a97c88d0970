#include "sessionstore.h"

#include "db/database.h"

#include <QSqlQuery>
#include <QVariant>

namespace pilothouse::server {
namespace {

const QString kColumns = QStringLiteral("id, user, device, address, created_at, last_seen, expires_at");

SessionRow rowFrom(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
        q.value(4).toLongLong(), q.value(5).toLongLong(), q.value(6).toLongLong()};
}

} // namespace

SessionStore::SessionStore(Database &db)
    : m_db(db)
{ }

QList<SessionRow> SessionStore::list(const QString &user, std::int64_t now) const
{
    QList<SessionRow> rows;
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT ") + kColumns
        + (user.isEmpty() ? QStringLiteral(" FROM tokens WHERE expires_at > ?")
                          : QStringLiteral(" FROM tokens WHERE expires_at > ? AND user = ?"))
        + QStringLiteral(" ORDER BY created_at DESC, id"));
    q.addBindValue(qint64(now));
    if (!user.isEmpty())
        q.addBindValue(user);
    if (!Database::exec(q))
        return rows;
    while (q.next())
        rows.append(rowFrom(q));
    return rows;
}

std::optional<SessionRow> SessionStore::find(const QString &id, std::int64_t now) const
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM tokens WHERE id = ? AND expires_at > ?"));
    q.addBindValue(id);
    q.addBindValue(qint64(now));
    if (!Database::exec(q) || !q.next())
        return std::nullopt;
    return rowFrom(q);
}

bool SessionStore::end(const QString &id)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("DELETE FROM tokens WHERE id = ?"));
    q.addBindValue(id);
    return Database::exec(q) && q.numRowsAffected() == 1;
}

} // namespace pilothouse::server
