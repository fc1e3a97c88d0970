#include "privacy/erasure.h"

#include "privacy/tombstone.h"

#include "db/database.h"
#include "db/jsontext.h"
#include "log/log.h"
#include "sqlite/scrub.h"

#include <QSqlQuery>

#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

namespace pilothouse::server::privacy {
namespace {

/// The customer's conversations, for the statements below (bound once per `?`).
const QString kTheirConversations = u"(SELECT id FROM conversations WHERE customer_id = ?)"_s;

struct Row {
    qint64 key = 0;
    std::string kind;
    QString data;
};

/// Reads (key, kind, data) rows, tombstones each payload and writes it back by key.
bool rewriteRows(Database &db, const QString &select, int binds, const QString &customerId, const QString &update,
    const std::function<void(nlohmann::json &)> &extra = {})
{
    std::vector<Row> rows;
    {
        QSqlQuery query = db.query();
        query.setForwardOnly(true);
        if (!query.prepare(select))
            return false;
        for (int i = 0; i < binds; ++i)
            query.addBindValue(customerId);
        if (!Database::exec(query))
            return false;
        while (query.next())
            rows.push_back(
                Row {query.value(0).toLongLong(), query.value(1).toString().toStdString(), query.value(2).toString()});
    }
    QSqlQuery write = db.query();
    if (!write.prepare(update))
        return false;
    for (const Row &row : rows) {
        auto json = fromJsonText(row.data);
        if (!json) // not JSON: nothing can be read back from it, but it must not keep the text
            json = nlohmann::json::object();
        tombstone(row.kind, *json);
        if (extra)
            extra(*json);
        write.bindValue(0, toJsonText(*json));
        write.bindValue(1, row.key);
        if (!Database::exec(write))
            return false;
    }
    return true;
}

} // namespace

Erasure::Erasure(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    connect(&m_checkpoint, &sqlite::TruncatingCheckpoint::finished, this, [](bool truncated) {
        if (truncated)
            pilothouse::log::get("server")->info("erasure: the WAL was checkpointed and truncated");
        else
            pilothouse::log::get("server")->error("erasure: the WAL could not be truncated within a minute");
    });
}

bool Erasure::rewrite(const std::string &customerId, const std::string &by, protocol::Millis at)
{
    sqlite::setSecureDelete(m_db.handle(), true); // stays on: every later delete is zeroed too
    const QString id = QString::fromStdString(customerId);
    const auto kind = [](const char *k) -> QString { return u"'"_s + QLatin1StringView(k) + u"'"_s; };
    const auto markErased = [&](nlohmann::json &json) {
        json["erased"] = true;
        json["erasedAt"] = at;
        json["erasedBy"] = by;
    };
    const bool ok
        = rewriteRows(m_db,
              u"SELECT rowid, "_s + kind(protocol::kinds::CustomerUpserted) + u", data FROM customers WHERE id = ?"_s,
              1, id, u"UPDATE customers SET data = ? WHERE rowid = ?"_s, markErased)
        && rewriteRows(m_db,
            u"SELECT rowid, "_s + kind(protocol::kinds::ConversationUpserted)
                + u", data FROM conversations WHERE customer_id = ?"_s,
            1, id, u"UPDATE conversations SET data = ? WHERE rowid = ?"_s)
        && rewriteRows(m_db,
            u"SELECT rowid, "_s + kind(protocol::kinds::MessageCreated)
                + u", data FROM messages WHERE conversation_id IN "_s + kTheirConversations,
            1, id, u"UPDATE messages SET data = ? WHERE rowid = ?"_s)
        && rewriteRows(m_db,
            u"SELECT rowid, "_s + kind(protocol::kinds::MessageJudged)
                + u", data FROM judgements WHERE conversation_id IN "_s + kTheirConversations,
            1, id, u"UPDATE judgements SET data = ? WHERE rowid = ?"_s)
        && rewriteRows(m_db,
            u"SELECT rowid, "_s + kind(protocol::kinds::ConversationRated)
                + u", data FROM ratings WHERE conversation_id IN "_s + kTheirConversations,
            1, id, u"UPDATE ratings SET data = ? WHERE rowid = ?"_s)
        && rewriteRows(m_db,
            u"SELECT seq, "_s + kind(protocol::kinds::ConversationTransitioned)
                + u", data FROM transitions WHERE conversation_id IN "_s + kTheirConversations,
            1, id, u"UPDATE transitions SET data = ? WHERE seq = ?"_s)
        && rewriteRows(m_db,
            u"SELECT seq, kind, data FROM events WHERE (kind = "_s + kind(protocol::kinds::CustomerUpserted)
                + u" AND json_extract(data, '$.id') = ?) OR (kind = "_s + kind(protocol::kinds::ConversationUpserted)
                + u" AND json_extract(data, '$.id') IN "_s + kTheirConversations
                + u") OR json_extract(data, '$.conversationId') IN "_s + kTheirConversations,
            3, id, u"UPDATE events SET data = ? WHERE seq = ?"_s);
    if (!ok)
        return false;
    // Orders keep their amounts, currency, status and time (revenue figures); the summary goes.
    QSqlQuery orders = m_db.query();
    orders.prepare(u"UPDATE orders SET data = json_set(data, '$.summary', '') WHERE customer_id = ?"_s);
    orders.addBindValue(id);
    return Database::exec(orders);
}

void Erasure::scrub()
{
    m_checkpoint.start(m_db.handle().connectionName());
}

} // namespace pilothouse::server::privacy
