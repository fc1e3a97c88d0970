#include "statestore.h"

#include "database.h"
#include "jsontext.h"

#include "agent/catalog.h"
#include "log/log.h"
#include "protocol/codec.h"

#include <QSqlQuery>

namespace pilothouse::server {
namespace {

QString q(const std::string &text)
{
    return QString::fromStdString(text);
}

template<typename T> QString jsonOf(const T &value)
{
    nlohmann::json json;
    protocol::to_json(json, value);
    return toJsonText(json);
}

/// Decodes a stored JSON column; a row that no longer decodes is logged and skipped.
template<typename T, typename Decoder>
std::optional<T> decodeColumn(const QString &text, Decoder decoder, const char *what)
{
    auto json = fromJsonText(text);
    if (!json) {
        pilothouse::log::get("server")->error("stored {} is not JSON", what);
        return std::nullopt;
    }
    auto decoded = decoder(*json);
    if (!decoded) {
        pilothouse::log::get("server")->error("stored {} does not decode: {}", what, decoded.error().message);
        return std::nullopt;
    }
    return std::move(decoded).value();
}

/// The rows `sql` selects for one conversation (its one parameter), each a decoded JSON column;
/// a row that no longer decodes is logged and skipped.
template<typename T, typename Decoder>
std::vector<T> rowsOf(
    const Database &db, const QString &sql, const std::string &conversationId, Decoder decoder, const char *what)
{
    std::vector<T> result;
    QSqlQuery query = db.query();
    query.setForwardOnly(true);
    query.prepare(sql);
    query.addBindValue(q(conversationId));
    if (!Database::exec(query))
        return result;
    while (query.next()) {
        if (auto row = decodeColumn<T>(query.value(0).toString(), decoder, what))
            result.push_back(std::move(*row));
    }
    return result;
}

} // namespace

StateStore::StateStore(Database &db)
    : m_db(db)
{ }

bool StateStore::upsertCustomer(const protocol::Customer &customer, std::size_t orders)
{
    QSqlQuery query = m_db.query();
    query.prepare(QStringLiteral("INSERT INTO customers (id, data) VALUES (?, ?)"
                                 " ON CONFLICT(id) DO UPDATE SET data = excluded.data"));
    query.addBindValue(q(customer.id));
    query.addBindValue(jsonOf(customer));
    if (!Database::exec(query))
        return false;
    QSqlQuery order = m_db.query();
    order.prepare(QStringLiteral("INSERT INTO orders (id, customer_id, data) VALUES (?, ?, ?)"
                                 " ON CONFLICT(id) DO UPDATE SET customer_id = excluded.customer_id,"
                                 " data = excluded.data"));
    for (const auto &item : customer.orders) {
        if (orders-- == 0)
            break;
        nlohmann::json json = {{"id", item.id}, {"totalCents", item.totalCents}, {"currency", item.currency},
            {"status", item.status}, {"placedAt", item.placedAt}, {"summary", item.summary}};
        order.bindValue(0, q(item.id));
        order.bindValue(1, q(customer.id));
        order.bindValue(2, toJsonText(json));
        if (!Database::exec(order))
            return false;
    }
    return true;
}

bool StateStore::upsertProduct(const Product &product)
{
    QSqlQuery query = m_db.query();
    query.prepare(QStringLiteral("INSERT INTO products (sku, name, category, price_cents, stock, description)"
                                 " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(sku) DO UPDATE SET name = excluded.name,"
                                 " category = excluded.category, price_cents = excluded.price_cents,"
                                 " stock = excluded.stock, description = excluded.description"));
    query.addBindValue(q(product.sku));
    query.addBindValue(q(product.name));
    query.addBindValue(q(product.category));
    query.addBindValue(static_cast<qint64>(product.priceCents));
    query.addBindValue(product.stock);
    query.addBindValue(q(product.description));
    return Database::exec(query);
}

bool StateStore::upsertConversation(const protocol::Conversation &conversation)
{
    QSqlQuery *query = m_db.prepared(
        QStringLiteral("INSERT INTO conversations (id, customer_id, status, created_at, last_message_at, data)"
                       " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET status = excluded.status,"
                       " last_message_at = excluded.last_message_at, data = excluded.data"));
    if (!query)
        return false;
    query->bindValue(0, q(conversation.id));
    query->bindValue(1, q(conversation.customerId));
    query->bindValue(2, q(std::string(protocol::toString(conversation.status))));
    query->bindValue(3, static_cast<qint64>(conversation.createdAt));
    query->bindValue(4, static_cast<qint64>(conversation.lastMessageAt));
    query->bindValue(5, jsonOf(conversation));
    return Database::exec(*query);
}

StateStore::SwapResult StateStore::swapConversation(
    const protocol::Conversation &expected, const protocol::Conversation &next)
{
    // Compare-and-set on the row's status and owner: the change applies only if nobody changed
    // either since `expected` was read, whatever else runs against this database.
    QSqlQuery *query = m_db.prepared(
        QStringLiteral("UPDATE conversations SET status = ?, last_message_at = ?, data = ?"
                       " WHERE id = ? AND status = ? AND COALESCE(json_extract(data, '$.assignee'), '') = ?"));
    if (!query)
        return SwapResult::Error;
    query->bindValue(0, q(std::string(protocol::toString(next.status))));
    query->bindValue(1, static_cast<qint64>(next.lastMessageAt));
    query->bindValue(2, jsonOf(next));
    query->bindValue(3, q(expected.id));
    query->bindValue(4, q(std::string(protocol::toString(expected.status))));
    query->bindValue(5, q(expected.assignee));
    if (!Database::exec(*query))
        return SwapResult::Error;
    return query->numRowsAffected() == 1 ? SwapResult::Swapped : SwapResult::Lost;
}

bool StateStore::insertMessage(const protocol::Message &message)
{
    QSqlQuery *query = m_db.prepared(
        QStringLiteral("INSERT INTO messages (id, conversation_id, at, author, data) VALUES (?, ?, ?, ?, ?)"));
    if (!query)
        return false;
    query->bindValue(0, q(message.id));
    query->bindValue(1, q(message.conversationId));
    query->bindValue(2, static_cast<qint64>(message.at));
    query->bindValue(3, q(std::string(protocol::toString(message.author))));
    query->bindValue(4, jsonOf(message));
    return Database::exec(*query);
}

bool StateStore::upsertJudgement(const protocol::Judgement &judgement)
{
    QSqlQuery query = m_db.query();
    // REPLACE, not an upsert: the row gets a new rowid, so rowid order stays the order of making.
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO judgements (message_id, judged_by, conversation_id, data)"
                                 " VALUES (?, ?, ?, ?)"));
    query.addBindValue(q(judgement.messageId));
    query.addBindValue(q(judgement.by));
    query.addBindValue(q(judgement.conversationId));
    query.addBindValue(jsonOf(judgement));
    return Database::exec(query);
}

bool StateStore::upsertRating(const protocol::Rating &rating)
{
    QSqlQuery query = m_db.query();
    query.prepare(QStringLiteral("INSERT INTO ratings (conversation_id, data) VALUES (?, ?)"
                                 " ON CONFLICT(conversation_id) DO UPDATE SET data = excluded.data"));
    query.addBindValue(q(rating.conversationId));
    query.addBindValue(jsonOf(rating));
    return Database::exec(query);
}

bool StateStore::hasCustomer(const std::string &id) const
{
    QSqlQuery *query = m_db.prepared(QStringLiteral("SELECT 1 FROM customers WHERE id = ?"));
    if (!query)
        return false;
    query->bindValue(0, q(id));
    const bool found = Database::exec(*query) && query->next();
    query->finish();
    return found;
}

bool StateStore::isErased(const std::string &customerId) const
{
    QSqlQuery *query
        = m_db.prepared(QStringLiteral("SELECT 1 FROM customers WHERE id = ? AND json_extract(data, '$.erased') = 1"));
    if (!query)
        return false;
    query->bindValue(0, q(customerId));
    const bool erased = Database::exec(*query) && query->next();
    query->finish();
    return erased;
}

std::vector<std::string> StateStore::conversationIdsOf(const std::string &customerId) const
{
    std::vector<std::string> ids;
    QSqlQuery query = m_db.query();
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM conversations WHERE customer_id = ? ORDER BY created_at, id"));
    query.addBindValue(q(customerId));
    if (!Database::exec(query))
        return ids;
    while (query.next())
        ids.push_back(query.value(0).toString().toStdString());
    return ids;
}

std::optional<protocol::Customer> StateStore::customer(const std::string &id) const
{
    QSqlQuery *query = m_db.prepared(QStringLiteral("SELECT data FROM customers WHERE id = ?"));
    if (!query)
        return std::nullopt;
    query->bindValue(0, q(id));
    if (!Database::exec(*query) || !query->next()) {
        query->finish();
        return std::nullopt;
    }
    const QString data = query->value(0).toString();
    query->finish();
    return decodeColumn<protocol::Customer>(data, protocol::customerFromJson, "customer");
}

std::optional<protocol::Conversation> StateStore::conversation(const std::string &id) const
{
    QSqlQuery *query = m_db.prepared(QStringLiteral("SELECT data FROM conversations WHERE id = ?"));
    if (!query)
        return std::nullopt;
    query->bindValue(0, q(id));
    if (!Database::exec(*query) || !query->next()) {
        query->finish();
        return std::nullopt;
    }
    const QString data = query->value(0).toString();
    query->finish();
    return decodeColumn<protocol::Conversation>(data, protocol::conversationFromJson, "conversation");
}

std::optional<protocol::Conversation> StateStore::latestSalesConversation(
    const std::string &customerId, protocol::Millis sinceMs, const std::string &exceptId) const
{
    // Spam is the outcome of the conversation's latest close (its transitions, newest last).
    QSqlQuery query = m_db.query();
    query.prepare(QStringLiteral(
        "SELECT c.data FROM conversations c WHERE c.customer_id = ? AND c.created_at >= ? AND c.id <> ?"
        " AND json_extract(c.data, '$.kind') = 'sales' AND COALESCE((SELECT json_extract(t.data, '$.outcome')"
        " FROM transitions t WHERE t.conversation_id = c.id ORDER BY t.seq DESC LIMIT 1), '') <> 'spam'"
        " ORDER BY c.created_at DESC, c.id DESC LIMIT 1"));
    query.addBindValue(q(customerId));
    query.addBindValue(static_cast<qint64>(sinceMs));
    query.addBindValue(q(exceptId));
    if (!Database::exec(query) || !query.next())
        return std::nullopt;
    return decodeColumn<protocol::Conversation>(
        query.value(0).toString(), protocol::conversationFromJson, "conversation");
}

std::optional<protocol::Conversation> StateStore::openConversationOf(
    const std::string &customerId, protocol::Channel channel, protocol::ConversationKind kind) const
{
    // The status column and the customer index (schema version 11) find the few open rows.
    QSqlQuery *query = m_db.prepared(
        QStringLiteral("SELECT data FROM conversations WHERE customer_id = ? AND status IN ('ai', 'escalated', 'human')"
                       " AND json_extract(data, '$.channel') = ? AND json_extract(data, '$.kind') = ?"
                       " ORDER BY last_message_at DESC, id DESC LIMIT 1"));
    if (!query)
        return std::nullopt;
    query->bindValue(0, q(customerId));
    query->bindValue(1, q(std::string(protocol::toString(channel))));
    query->bindValue(2, q(std::string(protocol::toString(kind))));
    if (!Database::exec(*query) || !query->next()) {
        query->finish();
        return std::nullopt;
    }
    const QString data = query->value(0).toString();
    query->finish();
    return decodeColumn<protocol::Conversation>(data, protocol::conversationFromJson, "conversation");
}

std::optional<protocol::Message> StateStore::message(const std::string &id) const
{
    QSqlQuery *query = m_db.prepared(QStringLiteral("SELECT data FROM messages WHERE id = ?"));
    if (!query)
        return std::nullopt;
    query->bindValue(0, q(id));
    if (!Database::exec(*query) || !query->next()) {
        query->finish();
        return std::nullopt;
    }
    const QString data = query->value(0).toString();
    query->finish();
    return decodeColumn<protocol::Message>(data, protocol::messageFromJson, "message");
}

std::vector<protocol::Message> StateStore::messages(const std::string &conversationId, int limit) const
{
    std::vector<protocol::Message> result;
    // rowid breaks ties between messages written in the same millisecond, in insertion order.
    QSqlQuery *query = m_db.prepared(
        QStringLiteral("SELECT data FROM (SELECT data, at, rowid AS r FROM messages WHERE conversation_id = ?"
                       " ORDER BY at DESC, r DESC LIMIT ?) ORDER BY at, r"));
    if (!query)
        return result;
    query->bindValue(0, q(conversationId));
    query->bindValue(1, limit > 0 ? limit : -1);
    if (!Database::exec(*query))
        return result;
    while (query->next()) {
        if (auto message
            = decodeColumn<protocol::Message>(query->value(0).toString(), protocol::messageFromJson, "message"))
            result.push_back(std::move(*message));
    }
    query->finish();
    return result;
}

std::vector<protocol::Judgement> StateStore::judgements(const std::string &conversationId) const
{
    return rowsOf<protocol::Judgement>(m_db,
        QStringLiteral("SELECT data FROM judgements WHERE conversation_id = ? ORDER BY rowid"), conversationId,
        protocol::judgementFromJson, "judgement");
}

std::vector<protocol::Transition> StateStore::transitions(const std::string &conversationId) const
{
    return rowsOf<protocol::Transition>(m_db,
        QStringLiteral("SELECT data FROM transitions WHERE conversation_id = ? ORDER BY seq"), conversationId,
        protocol::transitionFromJson, "transition");
}

std::optional<protocol::Rating> StateStore::rating(const std::string &conversationId) const
{
    QSqlQuery query = m_db.query();
    query.prepare(QStringLiteral("SELECT data FROM ratings WHERE conversation_id = ?"));
    query.addBindValue(q(conversationId));
    if (!Database::exec(query) || !query.next())
        return std::nullopt;
    return decodeColumn<protocol::Rating>(query.value(0).toString(), protocol::ratingFromJson, "rating");
}

std::vector<std::string> StateStore::conversationIds() const
{
    std::vector<std::string> ids;
    QSqlQuery query = m_db.query();
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id FROM conversations WHERE customer_id NOT IN"
                                   " (SELECT id FROM customers WHERE json_extract(data, '$.erased') = 1)"
                                   " ORDER BY last_message_at DESC, id")))
        return ids;
    while (query.next())
        ids.push_back(query.value(0).toString().toStdString());
    return ids;
}

std::vector<std::string> StateStore::customerIds() const
{
    std::vector<std::string> ids;
    QSqlQuery query = m_db.query();
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT id FROM customers WHERE json_extract(data, '$.erased') IS NOT 1 ORDER BY id")))
        return ids;
    while (query.next())
        ids.push_back(query.value(0).toString().toStdString());
    return ids;
}

} // namespace pilothouse::server
