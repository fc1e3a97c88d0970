#include "store/searchbacklog.h"
#include "store/retention.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace pilothouse::models::retention {

std::optional<int> purgeExpired(QSqlDatabase db, qint64 cutoffMs, int limit, QString *error)
{
    const auto fail = [&](const QSqlQuery &query) -> std::optional<int> {
        if (error)
            *error = query.lastError().text();
        db.rollback();
        return std::nullopt;
    };
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return std::nullopt;
    }
    QSqlQuery query(db);
    // The batch, remembered in a temporary table so every statement below names the same rows.
    if (!query.exec(u"CREATE TEMP TABLE IF NOT EXISTS purge_batch (id TEXT PRIMARY KEY)"_s)
        || !query.exec(u"DELETE FROM temp.purge_batch"_s))
        return fail(query);
    if (!query.prepare(u"INSERT INTO temp.purge_batch (id) SELECT id FROM conversations "
                       "WHERE status = 'resolved' AND last_message_at < ? ORDER BY last_message_at LIMIT ?"_s))
        return fail(query);
    query.addBindValue(cutoffMs);
    query.addBindValue(limit);
    if (!query.exec())
        return fail(query);
    const int purged = query.numRowsAffected();
    if (purged <= 0) {
        db.commit();
        return 0;
    }
    // The index entries first: an external-content index is told each text it must forget.
    const QStringList statements {
        u"INSERT INTO messages_fts (messages_fts, rowid, text) SELECT 'delete', rowid, text FROM messages "
        "WHERE conversation_id IN temp.purge_batch AND "_s
            + searchbacklog::indexedCondition(),
        u"DELETE FROM messages WHERE conversation_id IN temp.purge_batch"_s,
        u"DELETE FROM judgements WHERE conversation_id IN temp.purge_batch"_s,
        u"DELETE FROM ratings WHERE conversation_id IN temp.purge_batch"_s,
        u"DELETE FROM transitions WHERE conversation_id IN temp.purge_batch"_s,
        u"DELETE FROM drafts WHERE conversation_id IN temp.purge_batch"_s,
        u"DELETE FROM conversation_stats WHERE conversation_id IN temp.purge_batch"_s,
        u"DELETE FROM conversations WHERE id IN temp.purge_batch"_s,
        u"DELETE FROM customers WHERE id NOT IN (SELECT customer_id FROM conversations)"_s,
        u"DELETE FROM temp.purge_batch"_s,
    };
    for (const QString &sql : statements) {
        if (!query.exec(sql))
            return fail(query);
    }
    if (!db.commit()) {
        if (error)
            *error = db.lastError().text();
        db.rollback();
        return std::nullopt;
    }
    return purged;
}

} // namespace pilothouse::models::retention
