#include "privacy/customerexport.h"

#include "db/database.h"
#include "db/jsontext.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pilothouse::server::privacy {
namespace {

/// Each row's JSON `data` column, in the query's order, bound to the customer id `binds` times.
std::optional<nlohmann::json> rows(const Database &db, const QString &sql, int binds, const QString &customerId)
{
    QSqlQuery query = db.query();
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return std::nullopt;
    for (int i = 0; i < binds; ++i)
        query.addBindValue(customerId);
    if (!Database::exec(query))
        return std::nullopt;
    nlohmann::json array = nlohmann::json::array();
    while (query.next()) {
        if (auto json = fromJsonText(query.value(0).toString()))
            array.push_back(std::move(*json));
    }
    return array;
}

const QString kTheirs = u"(SELECT id FROM conversations WHERE customer_id = ?)"_s;

} // namespace

CustomerExport::CustomerExport(const Database &db)
    : m_db(db)
{ }

std::optional<nlohmann::json> CustomerExport::build(const std::string &customerId, protocol::Millis now) const
{
    const QString id = QString::fromStdString(customerId);
    const auto customer = rows(m_db, u"SELECT data FROM customers WHERE id = ?"_s, 1, id);
    if (!customer || customer->empty())
        return std::nullopt;
    const auto orders = rows(m_db, u"SELECT data FROM orders WHERE customer_id = ? ORDER BY rowid"_s, 1, id);
    const auto conversations
        = rows(m_db, u"SELECT data FROM conversations WHERE customer_id = ? ORDER BY created_at, id"_s, 1, id);
    const auto messages = rows(
        m_db, u"SELECT data FROM messages WHERE conversation_id IN "_s + kTheirs + u" ORDER BY at, rowid"_s, 1, id);
    const auto transitions
        = rows(m_db, u"SELECT data FROM transitions WHERE conversation_id IN "_s + kTheirs + u" ORDER BY seq"_s, 1, id);
    const auto judgements = rows(
        m_db, u"SELECT data FROM judgements WHERE conversation_id IN "_s + kTheirs + u" ORDER BY message_id"_s, 1, id);
    const auto ratings = rows(m_db,
        u"SELECT data FROM ratings WHERE conversation_id IN "_s + kTheirs + u" ORDER BY conversation_id"_s, 1, id);
    const auto drafts = rows(m_db,
        u"SELECT data FROM events WHERE kind = 'draft.created' AND json_extract(data, '$.conversationId') IN "_s
            + kTheirs + u" ORDER BY seq"_s,
        1, id);
    if (!orders || !conversations || !messages || !transitions || !judgements || !ratings || !drafts)
        return std::nullopt;
    nlohmann::json document = {{"exportedAt", now}, {"customer", customer->front()}, {"orders", *orders},
        {"conversations", *conversations}, {"messages", *messages}, {"transitions", *transitions},
        {"judgements", *judgements}, {"ratings", *ratings}, {"drafts", *drafts}};
    return document;
}

} // namespace pilothouse::server::privacy
