#include "store/searchbacklog.h"
#include "store/erasure.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pilothouse::models::erasure {

std::optional<QStringList> purgeCustomer(QSqlDatabase db, const QString &customerId, QString *error)
{
    QSqlQuery query(db);
    const auto fail = [&]() -> std::optional<QStringList> {
        if (error)
            *error = query.lastError().text();
        return std::nullopt;
    };
    if (!query.exec(u"CREATE TEMP TABLE IF NOT EXISTS erase_batch (id TEXT PRIMARY KEY)"_s)
        || !query.exec(u"DELETE FROM temp.erase_batch"_s))
        return fail();
    if (!query.prepare(u"INSERT INTO temp.erase_batch (id) SELECT id FROM conversations WHERE customer_id = ?"_s))
        return fail();
    query.addBindValue(customerId);
    if (!query.exec())
        return fail();
    QStringList ids;
    if (!query.exec(u"SELECT id FROM temp.erase_batch ORDER BY id"_s))
        return fail();
    while (query.next())
        ids.append(query.value(0).toString());
    query.finish();
    // The index entries first: an external-content index is told each text it must forget.
    const QStringList statements {
        u"INSERT INTO messages_fts (messages_fts, rowid, text) SELECT 'delete', rowid, text FROM messages "
        "WHERE conversation_id IN temp.erase_batch AND "_s
            + searchbacklog::indexedCondition(),
        u"DELETE FROM messages WHERE conversation_id IN temp.erase_batch"_s,
        u"DELETE FROM judgements WHERE conversation_id IN temp.erase_batch"_s,
        u"DELETE FROM ratings WHERE conversation_id IN temp.erase_batch"_s,
        u"DELETE FROM transitions WHERE conversation_id IN temp.erase_batch"_s,
        u"DELETE FROM drafts WHERE conversation_id IN temp.erase_batch"_s,
        u"DELETE FROM conversation_stats WHERE conversation_id IN temp.erase_batch"_s,
        u"DELETE FROM conversations WHERE id IN temp.erase_batch"_s,
        u"DELETE FROM temp.erase_batch"_s,
    };
    for (const QString &sql : statements) {
        if (!query.exec(sql))
            return fail();
    }
    if (!query.prepare(u"DELETE FROM customers WHERE id = ?"_s))
        return fail();
    query.addBindValue(customerId);
    if (!query.exec())
        return fail();
    return ids;
}

bool optimizeSearchIndex(QSqlDatabase db, QString *error)
{
    QSqlQuery query(db);
    if (query.exec(u"INSERT INTO messages_fts (messages_fts) VALUES ('optimize')"_s))
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

QStringList customerIds(QSqlDatabase db)
{
    QStringList ids;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (query.exec(u"SELECT id FROM customers"_s)) {
        while (query.next())
            ids.append(query.value(0).toString());
    }
    return ids;
}

} // namespace pilothouse::models::erasure
