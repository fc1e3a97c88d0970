#include "store/searchbacklog.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pilothouse::models::searchbacklog {
namespace {

const QString kKey = u"search_backlog_from"_s;

bool fail(const QSqlQuery &query, QString *error)
{
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace

QString indexedCondition()
{
    return u"rowid < coalesce((SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'search_backlog_from'), "
           "9223372036854775807)"_s;
}

std::optional<qint64> from(QSqlDatabase db)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?"_s);
    query.addBindValue(kKey);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

bool start(QSqlDatabase db, qint64 rowid, QString *error)
{
    QSqlQuery query(db);
    query.prepare(
        u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
    query.addBindValue(kKey);
    query.addBindValue(rowid);
    return query.exec() || fail(query, error);
}

std::optional<int> indexNext(QSqlDatabase db, int limit, QString *error)
{
    const std::optional<qint64> first = from(db);
    if (!first)
        return 0;
    if (!db.transaction()) {
        if (error)
            *error = db.lastError().text();
        return std::nullopt;
    }
    const auto rollback = [&db](const QSqlQuery &query, QString *why) -> std::optional<int> {
        fail(query, why);
        db.rollback();
        return std::nullopt;
    };
    // The rowids of the next batch, in order: the index gets them, the mark moves past the last.
    QSqlQuery query(db);
    query.prepare(u"SELECT max(rowid), count(*) FROM (SELECT rowid FROM messages WHERE rowid >= ? ORDER BY rowid "
                  "LIMIT ?)"_s);
    query.addBindValue(*first);
    query.addBindValue(limit);
    if (!query.exec() || !query.next())
        return rollback(query, error);
    const int count = query.value(1).toInt();
    const qint64 last = query.value(0).toLongLong();
    query.finish();
    if (count > 0) {
        query.prepare(u"INSERT INTO messages_fts (rowid, text) SELECT rowid, text FROM messages "
                      "WHERE rowid >= ? AND rowid <= ? ORDER BY rowid"_s);
        query.addBindValue(*first);
        query.addBindValue(last);
        if (!query.exec())
            return rollback(query, error);
    }
    // Nothing past the batch: the backlog is gone (new messages are indexed as they come).
    query.prepare(u"SELECT EXISTS (SELECT 1 FROM messages WHERE rowid > ?)"_s);
    query.addBindValue(count > 0 ? last : *first - 1);
    if (!query.exec() || !query.next())
        return rollback(query, error);
    const bool more = query.value(0).toBool();
    query.finish();
    if (more) {
        if (!start(db, last + 1, error)) {
            db.rollback();
            return std::nullopt;
        }
    } else {
        query.prepare(u"DELETE FROM meta WHERE key = ?"_s);
        query.addBindValue(kKey);
        if (!query.exec())
            return rollback(query, error);
    }
    if (!db.commit()) {
        if (error)
            *error = db.lastError().text();
        db.rollback();
        return std::nullopt;
    }
    return count;
}

qint64 waiting(QSqlDatabase db)
{
    const std::optional<qint64> first = from(db);
    if (!first)
        return 0;
    QSqlQuery query(db);
    query.prepare(u"SELECT count(*) FROM messages WHERE rowid >= ?"_s);
    query.addBindValue(*first);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

} // namespace pilothouse::models::searchbacklog
