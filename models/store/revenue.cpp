#include "store/revenue.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pilothouse::models::revenue {

std::optional<Attributed> attributed(const QSqlDatabase &db, QString *error)
{
    Attributed result;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT value FROM meta WHERE key = 'facts_currency'"_s)) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    if (query.next())
        result.currency = query.value(0).toString();
    if (result.currency.isEmpty())
        return result;
    // Each order of a sales conversation's customer placed within the window after it, unless a
    // later sales conversation of theirs (the earlier id first among equals) was created before
    // the order: that one is the latest and takes it.
    const qint64 windowMs = qint64(kWindowDays) * 24 * 3600 * 1000;
    query.prepare(u"SELECT c.id, sum(json_extract(o.value, '$.totalCents')) FROM conversations c "
                  "JOIN customers cu ON cu.id = c.customer_id, json_each(cu.orders) o "
                  "WHERE c.kind = 'sales' AND c.closed_outcome <> 'spam' "
                  "AND json_extract(o.value, '$.currency') = ? AND json_extract(o.value, '$.totalCents') > 0 "
                  "AND json_extract(o.value, '$.placedAt') >= c.created_at "
                  "AND json_extract(o.value, '$.placedAt') - c.created_at <= ? "
                  "AND NOT EXISTS (SELECT 1 FROM conversations d WHERE d.customer_id = c.customer_id "
                  "AND d.kind = 'sales' AND d.closed_outcome <> 'spam' "
                  "AND d.created_at <= json_extract(o.value, '$.placedAt') "
                  "AND (d.created_at > c.created_at OR (d.created_at = c.created_at AND d.id > c.id))) "
                  "GROUP BY c.id"_s);
    query.addBindValue(result.currency);
    query.addBindValue(windowMs);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    while (query.next())
        result.centsByConversation.insert(query.value(0).toString(), query.value(1).toLongLong());
    return result;
}

} // namespace pilothouse::models::revenue
