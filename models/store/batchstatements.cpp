#include "store/batchstatements.h"

#include "store/jsoncolumns.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace pilothouse::models {
namespace {

// Qt binds a null QString as SQL NULL; every text column is NOT NULL, and "" is what an absent
// protocol string means.
const QString &text(const QString &value)
{
    static const QString empty = u""_s;
    return value.isNull() ? empty : value;
}

} // namespace

BatchStatements::BatchStatements(const QSqlDatabase &db)
    : m_db(db)
    , m_customer(db)
    , m_conversation(db)
    , m_message(db)
    , m_judgement(db)
    , m_meta(db)
{ }

bool BatchStatements::prepare()
{
    const auto prep = [this](QSqlQuery &query, const QString &sql) {
        if (query.prepare(sql))
            return true;
        m_error = query.lastError().text();
        return false;
    };
    // ON CONFLICT(id) only covers the key: any other constraint failure still fails loudly,
    // unlike INSERT OR IGNORE. DO UPDATE keeps the rowid (and so the transcript's tie order) stable, unlike
    // INSERT OR REPLACE, which deletes and reinserts.
    return prep(m_customer,
               u"INSERT INTO customers (id, name, email, vip, segment, lifetime_value_cents, since, orders) "
               "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
               "email = excluded.email, vip = excluded.vip, segment = excluded.segment, "
               "lifetime_value_cents = excluded.lifetime_value_cents, since = excluded.since, "
               "orders = excluded.orders"_s)
        && prep(m_conversation,
            u"INSERT INTO conversations (id, customer_id, channel, kind, status, subject, intent, sentiment, "
            "confidence, last_message, last_author, last_message_at, created_at, waiting_since, priority, "
            "message_count, assignee) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET customer_id = excluded.customer_id, channel = excluded.channel, "
            "kind = excluded.kind, status = excluded.status, subject = excluded.subject, "
            "intent = excluded.intent, sentiment = excluded.sentiment, confidence = excluded.confidence, "
            "last_message = excluded.last_message, last_author = excluded.last_author, "
            "last_message_at = excluded.last_message_at, created_at = excluded.created_at, "
            "waiting_since = excluded.waiting_since, priority = excluded.priority, "
            "message_count = excluded.message_count, assignee = excluded.assignee"_s)
        && prep(m_message,
            u"INSERT INTO messages (id, conversation_id, author, author_name, text, at, has_ai, intent, "
            "confidence, latency_ms, tools) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO NOTHING"_s)
        && prep(m_judgement,
            u"INSERT INTO judgements (message_id, conversation_id, correct, reason, judged_by) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT(message_id) DO UPDATE SET "
            "conversation_id = excluded.conversation_id, correct = excluded.correct, "
            "reason = excluded.reason, judged_by = excluded.judged_by"_s)
        && prep(m_meta,
            u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s);
}

bool BatchStatements::run(QSqlQuery &query)
{
    if (query.exec())
        return true;
    m_error = query.lastError().text();
    return false;
}

bool BatchStatements::upsert(const CustomerRecord &customer)
{
    m_customer.bindValue(0, text(customer.id));
    m_customer.bindValue(1, text(customer.name));
    m_customer.bindValue(2, text(customer.email));
    m_customer.bindValue(3, customer.vip ? 1 : 0);
    m_customer.bindValue(4, text(customer.segment));
    m_customer.bindValue(5, customer.lifetimeValueCents);
    m_customer.bindValue(6, customer.since);
    m_customer.bindValue(7, jsoncolumns::fromOrders(customer.orders));
    return run(m_customer);
}

bool BatchStatements::upsert(const ConversationRecord &conversation)
{
    m_conversation.bindValue(0, text(conversation.id));
    m_conversation.bindValue(1, text(conversation.customerId));
    m_conversation.bindValue(2, text(conversation.channel));
    m_conversation.bindValue(3, text(conversation.kind));
    m_conversation.bindValue(4, text(conversation.status));
    m_conversation.bindValue(5, text(conversation.subject));
    m_conversation.bindValue(6, text(conversation.intent));
    m_conversation.bindValue(7, conversation.sentiment);
    m_conversation.bindValue(8, conversation.confidence ? QVariant(*conversation.confidence) : QVariant());
    m_conversation.bindValue(9, text(conversation.lastMessage));
    m_conversation.bindValue(10, text(conversation.lastAuthor));
    m_conversation.bindValue(11, conversation.lastMessageAt);
    m_conversation.bindValue(12, conversation.createdAt);
    m_conversation.bindValue(13, conversation.waitingSince ? QVariant(*conversation.waitingSince) : QVariant());
    m_conversation.bindValue(14, conversation.priority);
    m_conversation.bindValue(15, conversation.messageCount);
    m_conversation.bindValue(16, text(conversation.assignee));
    return run(m_conversation);
}

bool BatchStatements::upsert(const JudgementRecord &judgement)
{
    m_judgement.bindValue(0, text(judgement.messageId));
    m_judgement.bindValue(1, text(judgement.conversationId));
    m_judgement.bindValue(2, judgement.correct ? 1 : 0);
    m_judgement.bindValue(3, text(judgement.reason));
    m_judgement.bindValue(4, text(judgement.by));
    return run(m_judgement);
}

bool BatchStatements::insert(const MessageRecord &message, bool &inserted)
{
    m_message.bindValue(0, text(message.id));
    m_message.bindValue(1, text(message.conversationId));
    m_message.bindValue(2, text(message.author));
    m_message.bindValue(3, text(message.authorName));
    m_message.bindValue(4, text(message.text));
    m_message.bindValue(5, message.at);
    m_message.bindValue(6, message.hasAi ? 1 : 0);
    m_message.bindValue(7, text(message.intent));
    m_message.bindValue(8, message.confidence);
    m_message.bindValue(9, message.latencyMs);
    m_message.bindValue(10, jsoncolumns::fromTools(message.tools));
    if (!run(m_message))
        return false;
    inserted = m_message.numRowsAffected() > 0;
    return true;
}

bool BatchStatements::writeCursor(const protocol::Cursor &cursor)
{
    m_meta.bindValue(0, u"epoch"_s);
    m_meta.bindValue(1, QString::fromStdString(cursor.epoch));
    if (!run(m_meta))
        return false;
    m_meta.bindValue(0, u"seq"_s);
    m_meta.bindValue(1, qint64(cursor.seq));
    return run(m_meta);
}

bool BatchStatements::clearForSnapshot()
{
    QSqlQuery query(m_db);
    for (const QString &sql : {u"DELETE FROM messages"_s, u"DELETE FROM conversations"_s, u"DELETE FROM customers"_s}) {
        if (!query.exec(sql)) {
            m_error = query.lastError().text();
            return false;
        }
    }
    return true;
}

bool BatchStatements::dropOrphanJudgements()
{
    QSqlQuery query(m_db);
    if (query.exec(u"DELETE FROM judgements WHERE message_id NOT IN (SELECT id FROM messages)"_s))
        return true;
    m_error = query.lastError().text();
    return false;
}

} // namespace pilothouse::models
