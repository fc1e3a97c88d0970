#include "store/batchstatements.h"

#include "domain/convert.h"
#include "store/jsoncolumns.h"
#include "store/searchbacklog.h"
#include "store/statssql.h"

#include <QSqlError>

#include <array>

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

// Qt 6.4's QSqlResult::bindValue(int) formats a ":N" name with QString::arg and hashes it on every
// call, which cost a quarter of the write path. Binding by name with prebuilt names skips that.
constexpr int kMaxColumns = 40;

QString placeholder(int index)
{
    static const std::array<QString, kMaxColumns> names = [] {
        std::array<QString, kMaxColumns> built;
        for (int i = 0; i < kMaxColumns; ++i)
            built[std::size_t(i)] = u":p%1"_s.arg(i);
        return built;
    }();
    // A statement with more columns still works, only slower (a name made per call).
    return index < kMaxColumns ? names[std::size_t(index)] : u":p%1"_s.arg(index);
}

// The statements are written with `?`; each becomes the next named placeholder.
QString withNamedPlaceholders(const QString &sql)
{
    QString result;
    result.reserve(sql.size() + 3 * kMaxColumns);
    int next = 0;
    for (const QChar c : sql) {
        if (c == u'?')
            result += placeholder(next++);
        else
            result += c;
    }
    return result;
}

void bind(QSqlQuery &query, int index, const QVariant &value)
{
    query.bindValue(placeholder(index), value);
}

} // namespace

BatchStatements::BatchStatements(const QSqlDatabase &db)
    : m_db(db)
    , m_customer(db)
    , m_conversation(db)
    , m_message(db)
    , m_judgement(db)
    , m_draft(db)
    , m_dropDrafts(db)
    , m_meta(db)
    , m_rating(db)
    , m_config(db)
    , m_transition(db)
    , m_indexMessage(db)
    , m_refreshStats(db)
    , m_foldStats(db)
    , m_insertStats(db)
{ }

bool BatchStatements::prepare()
{
    // Most statements are written with `?`; those that use a value more than once name it.
    const auto prepNamed = [this](QSqlQuery &query, const QString &sql) {
        if (query.prepare(sql))
            return true;
        m_error = query.lastError().text();
        return false;
    };
    const auto prep
        = [&prepNamed](QSqlQuery &query, const QString &sql) { return prepNamed(query, withNamedPlaceholders(sql)); };
    // ON CONFLICT(id) only covers the key: any other constraint failure still fails loudly,
    // unlike INSERT OR IGNORE. DO UPDATE keeps the rowid (and so the transcript's tie order) stable, unlike
    // INSERT OR REPLACE, which deletes and reinserts.
    return prep(m_customer,
               u"INSERT INTO customers (id, name, email, vip, segment, lifetime_value_cents, since, orders, "
               "language) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
               "email = excluded.email, vip = excluded.vip, segment = excluded.segment, "
               "lifetime_value_cents = excluded.lifetime_value_cents, since = excluded.since, "
               "orders = excluded.orders, language = excluded.language"_s)
        && prep(m_conversation,
            u"INSERT INTO conversations (id, customer_id, channel, kind, status, subject, intent, sentiment, "
            "confidence, last_message, last_author, last_message_at, created_at, waiting_since, priority, "
            "message_count, assignee, assignee_name, escalation_rule, escalation_reason, escalation_priority, "
            "escalated_at, sla_due_at, closed_outcome, closed_by, closed_at, handoff_at, handoff_reason, "
            "responded_at, handoff_due_at, weakest_confidence, weakest_message_id, weakest_intent, "
            "last_customer_message, last_customer_message_at, escalation_rule_name) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET customer_id = excluded.customer_id, channel = excluded.channel, "
            "kind = excluded.kind, status = excluded.status, subject = excluded.subject, "
            "intent = excluded.intent, sentiment = excluded.sentiment, confidence = excluded.confidence, "
            "last_message = excluded.last_message, last_author = excluded.last_author, "
            "last_message_at = excluded.last_message_at, created_at = excluded.created_at, "
            "waiting_since = excluded.waiting_since, priority = excluded.priority, "
            "message_count = excluded.message_count, assignee = excluded.assignee, "
            "assignee_name = excluded.assignee_name, escalation_rule = excluded.escalation_rule, "
            "escalation_reason = excluded.escalation_reason, escalation_priority = excluded.escalation_priority, "
            "escalated_at = excluded.escalated_at, sla_due_at = excluded.sla_due_at, "
            "closed_outcome = excluded.closed_outcome, closed_by = excluded.closed_by, "
            "closed_at = excluded.closed_at, handoff_at = excluded.handoff_at, "
            "handoff_reason = excluded.handoff_reason, responded_at = excluded.responded_at, "
            "handoff_due_at = excluded.handoff_due_at, weakest_confidence = excluded.weakest_confidence, "
            "weakest_message_id = excluded.weakest_message_id, weakest_intent = excluded.weakest_intent, "
            "last_customer_message = excluded.last_customer_message, "
            "last_customer_message_at = excluded.last_customer_message_at, "
            "escalation_rule_name = excluded.escalation_rule_name"_s)
        && prep(m_message,
            u"INSERT INTO messages (id, conversation_id, author, author_name, text, at, has_ai, intent, "
            "confidence, latency_ms, tools, visibility, rule_inputs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO NOTHING"_s)
        && prep(m_judgement,
            // REPLACE, not an upsert: a new rowid, so the highest is the latest (migrations.cpp, 5).
            u"INSERT OR REPLACE INTO judgements (message_id, conversation_id, correct, reason, judged_by, "
            "category) VALUES (?, ?, ?, ?, ?, ?)"_s)
        && prep(m_config,
            // Versions never change: a replayed event or a snapshot rewrites the same row.
            u"INSERT OR REPLACE INTO config_versions (document, version, author, at, note, restored_from, body) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"_s)
        && prep(m_draft,
            u"INSERT INTO drafts (id, conversation_id, for_user, text, intent, confidence, at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET conversation_id = excluded.conversation_id, "
            "for_user = excluded.for_user, text = excluded.text, intent = excluded.intent, "
            "confidence = excluded.confidence, at = excluded.at"_s)
        && prep(m_dropDrafts, u"DELETE FROM drafts WHERE conversation_id = ?"_s)
        && prep(m_meta,
            u"INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"_s)
        && prep(m_rating,
            u"INSERT INTO ratings (conversation_id, rating, comment, at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(conversation_id) DO UPDATE SET rating = excluded.rating, comment = excluded.comment, "
            "at = excluded.at"_s)
        && prep(m_transition,
            u"INSERT OR REPLACE INTO transitions (conversation_id, at, from_status, to_status, reason, actor, "
            "actor_name, note, outcome, assignee_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s)
        && prep(m_indexMessage, u"INSERT INTO messages_fts (rowid, text) VALUES (?, ?)"_s)
        && prep(m_refreshStats, stats::refreshSql(stats::Scope::One))
        && prepNamed(m_foldStats, stats::appendSql(stats::Append::Fold))
        && prepNamed(m_insertStats, stats::appendSql(stats::Append::Insert));
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
    bind(m_customer, 0, text(customer.id));
    bind(m_customer, 1, text(customer.name));
    bind(m_customer, 2, text(customer.email));
    bind(m_customer, 3, customer.vip ? 1 : 0);
    bind(m_customer, 4, text(customer.segment));
    bind(m_customer, 5, customer.lifetimeValueCents);
    bind(m_customer, 6, customer.since);
    bind(m_customer, 7, jsoncolumns::fromOrders(customer.orders));
    bind(m_customer, 8, text(customer.language));
    return run(m_customer);
}

bool BatchStatements::upsert(const ConversationRecord &conversation)
{
    bind(m_conversation, 0, text(conversation.id));
    bind(m_conversation, 1, text(conversation.customerId));
    bind(m_conversation, 2, wireName(conversation.channel));
    bind(m_conversation, 3, wireName(conversation.kind));
    bind(m_conversation, 4, wireName(conversation.status));
    bind(m_conversation, 5, text(conversation.subject));
    bind(m_conversation, 6, text(conversation.intent));
    bind(m_conversation, 7, conversation.sentiment);
    bind(m_conversation, 8, conversation.confidence ? QVariant(*conversation.confidence) : QVariant());
    bind(m_conversation, 9, text(conversation.lastMessage));
    bind(m_conversation, 10, wireName(conversation.lastAuthor));
    bind(m_conversation, 11, conversation.lastMessageAt);
    bind(m_conversation, 12, conversation.createdAt);
    bind(m_conversation, 13, conversation.waitingSince ? QVariant(*conversation.waitingSince) : QVariant());
    bind(m_conversation, 14, conversation.priority);
    bind(m_conversation, 15, conversation.messageCount);
    bind(m_conversation, 16, text(conversation.assignee));
    bind(m_conversation, 17, text(conversation.assigneeName));
    bind(m_conversation, 18, text(conversation.escalationRule));
    bind(m_conversation, 19, text(wireName(conversation.escalationReason)));
    bind(m_conversation, 20, conversation.escalationPriority);
    bind(m_conversation, 21, conversation.escalatedAt);
    bind(m_conversation, 22, conversation.slaDueAt);
    bind(m_conversation, 23, text(wireName(conversation.closedOutcome)));
    bind(m_conversation, 24, text(conversation.closedBy));
    bind(m_conversation, 25, conversation.closedAt);
    bind(m_conversation, 26, conversation.handoffAt);
    bind(m_conversation, 27, text(wireName(conversation.handoffReason)));
    bind(m_conversation, 28, conversation.respondedAt);
    bind(m_conversation, 29, conversation.handoffDueAt);
    bind(m_conversation, 30, conversation.weakestConfidence ? QVariant(*conversation.weakestConfidence) : QVariant());
    bind(m_conversation, 31, text(conversation.weakestMessageId));
    bind(m_conversation, 32, text(conversation.weakestIntent));
    bind(m_conversation, 33, text(conversation.lastCustomerMessage));
    bind(m_conversation, 34, conversation.lastCustomerMessageAt);
    bind(m_conversation, 35, text(conversation.escalationRuleName));
    return run(m_conversation);
}

bool BatchStatements::upsert(const JudgementRecord &judgement)
{
    bind(m_judgement, 0, text(judgement.messageId));
    bind(m_judgement, 1, text(judgement.conversationId));
    bind(m_judgement, 2, judgement.correct ? 1 : 0);
    bind(m_judgement, 3, text(judgement.reason));
    bind(m_judgement, 4, text(judgement.by));
    bind(m_judgement, 5, text(wireName(judgement.category)));
    if (!run(m_judgement))
        return false;
    m_touched.insert(judgement.conversationId);
    return true;
}

bool BatchStatements::upsert(const RatingRecord &rating)
{
    bind(m_rating, 0, text(rating.conversationId));
    bind(m_rating, 1, rating.rating);
    bind(m_rating, 2, text(rating.comment));
    bind(m_rating, 3, rating.at);
    return run(m_rating);
}

bool BatchStatements::upsert(const TransitionRecord &transition)
{
    bind(m_transition, 0, text(transition.conversationId));
    bind(m_transition, 1, transition.at);
    bind(m_transition, 2, wireName(transition.from));
    bind(m_transition, 3, wireName(transition.to));
    bind(m_transition, 4, text(transition.reason));
    bind(m_transition, 5, text(transition.actor));
    bind(m_transition, 6, text(transition.actorName));
    bind(m_transition, 7, text(transition.note));
    bind(m_transition, 8, text(wireName(transition.outcome)));
    bind(m_transition, 9, text(transition.assigneeName));
    return run(m_transition);
}

bool BatchStatements::upsert(const ConfigVersionRecord &config)
{
    bind(m_config, 0, text(config.document));
    bind(m_config, 1, config.version);
    bind(m_config, 2, text(config.author));
    bind(m_config, 3, config.at);
    bind(m_config, 4, text(config.note));
    m_config.bindValue(5, config.restoredFrom ? QVariant(*config.restoredFrom) : QVariant());
    bind(m_config, 6, text(config.body));
    return run(m_config);
}

bool BatchStatements::upsert(const DraftRecord &draft)
{
    bind(m_draft, 0, text(draft.id));
    bind(m_draft, 1, text(draft.conversationId));
    bind(m_draft, 2, text(draft.forUser));
    bind(m_draft, 3, text(draft.text));
    bind(m_draft, 4, text(draft.intent));
    bind(m_draft, 5, draft.confidence);
    bind(m_draft, 6, draft.at);
    return run(m_draft);
}

bool BatchStatements::dropDrafts(const QString &conversationId)
{
    bind(m_dropDrafts, 0, text(conversationId));
    return run(m_dropDrafts);
}

bool BatchStatements::insert(const MessageRecord &message, bool &inserted)
{
    bind(m_message, 0, text(message.id));
    bind(m_message, 1, text(message.conversationId));
    bind(m_message, 2, wireName(message.author));
    bind(m_message, 3, text(message.authorName));
    bind(m_message, 4, text(message.text));
    bind(m_message, 5, message.at);
    bind(m_message, 6, message.hasAi ? 1 : 0);
    bind(m_message, 7, text(message.intent));
    bind(m_message, 8, message.confidence);
    bind(m_message, 9, message.latencyMs);
    bind(m_message, 10, jsoncolumns::fromTools(message.tools));
    bind(m_message, 11, wireName(message.visibility));
    bind(m_message, 12, jsoncolumns::fromRuleInputs(message.rules));
    if (!run(m_message))
        return false;
    inserted = m_message.numRowsAffected() > 0;
    if (!inserted)
        return true;
    // Into the search index under the message's rowid (external content: the text stays in
    // messages), unless it belongs to the backlog the index catches up with later.
    const QVariant rowid = m_message.lastInsertId();
    if (!m_backlogFrom || rowid.toLongLong() < *m_backlogFrom) {
        bind(m_indexMessage, 0, rowid);
        bind(m_indexMessage, 1, text(message.text));
        if (!run(m_indexMessage))
            return false;
    }
    return m_statsDeferred || appendStats(message);
}

bool BatchStatements::appendStats(const MessageRecord &message)
{
    const bool reply = message.hasAi;
    const auto at = [&message](bool counts) { return counts ? message.at : qint64(0); };
    for (QSqlQuery *step : {&m_foldStats, &m_insertStats}) {
        step->bindValue(u":conversation"_s, text(message.conversationId));
        step->bindValue(u":replies"_s, reply ? 1 : 0);
        step->bindValue(u":confidenceSum"_s, reply ? message.confidence : 0.0);
        step->bindValue(u":confidence"_s, reply ? QVariant(message.confidence) : QVariant());
        step->bindValue(u":messageId"_s, reply ? text(message.id) : text({}));
        step->bindValue(u":customerAt"_s, at(message.author == Author::Customer));
        step->bindValue(u":replyAt"_s, at(reply));
        step->bindValue(u":humanAt"_s, at(message.author == Author::Human && message.visibility == Visibility::Public));
        if (!run(*step))
            return false;
        if (step->numRowsAffected() > 0)
            return true;
    }
    return true;
}

bool BatchStatements::refreshStats()
{
    for (const QString &conversationId : std::as_const(m_touched)) {
        bind(m_refreshStats, 0, conversationId);
        if (!run(m_refreshStats))
            return false;
    }
    m_touched.clear();
    return true;
}

bool BatchStatements::refreshAllStats()
{
    m_touched.clear();
    m_statsDeferred = false;
    QSqlQuery query(m_db);
    if (query.exec(u"DELETE FROM conversation_stats"_s) && query.exec(stats::refreshSql(stats::Scope::All)))
        return true;
    m_error = query.lastError().text();
    return false;
}

bool BatchStatements::writeCursor(const protocol::Cursor &cursor)
{
    bind(m_meta, 0, u"epoch"_s);
    bind(m_meta, 1, QString::fromStdString(cursor.epoch));
    if (!run(m_meta))
        return false;
    bind(m_meta, 0, u"seq"_s);
    bind(m_meta, 1, qint64(cursor.seq));
    return run(m_meta);
}

void BatchStatements::reloadSearchBacklog()
{
    m_backlogFrom = searchbacklog::from(m_db);
}

bool BatchStatements::startSearchBacklog()
{
    // After clearForSnapshot the table is empty, so its next rowid is 1: every message waits.
    if (!searchbacklog::start(m_db, 1, &m_error))
        return false;
    m_backlogFrom = 1;
    return true;
}

bool BatchStatements::clearForSnapshot()
{
    QSqlQuery query(m_db);
    // The index is emptied with its own command: deleting its entries row by row would need every text.
    for (const QString &sql : {u"INSERT INTO messages_fts (messages_fts) VALUES ('delete-all')"_s,
             u"DELETE FROM messages"_s, u"DELETE FROM conversations"_s, u"DELETE FROM customers"_s}) {
        if (!query.exec(sql)) {
            m_error = query.lastError().text();
            return false;
        }
    }
    return true;
}

bool BatchStatements::dropOrphanDrafts()
{
    QSqlQuery query(m_db);
    if (query.exec(u"DELETE FROM drafts WHERE conversation_id NOT IN (SELECT id FROM conversations)"_s))
        return true;
    m_error = query.lastError().text();
    return false;
}

bool BatchStatements::dropOrphanJudgements()
{
    QSqlQuery query(m_db);
    if (query.exec(u"DELETE FROM judgements WHERE message_id NOT IN (SELECT id FROM messages)"_s)
        && query.exec(u"DELETE FROM ratings WHERE conversation_id NOT IN (SELECT id FROM conversations)"_s)
        && query.exec(u"DELETE FROM transitions WHERE conversation_id NOT IN (SELECT id FROM conversations)"_s))
        return true;
    m_error = query.lastError().text();
    return false;
}

} // namespace pilothouse::models
