#include "store/localstore.h"

#include "domain/convert.h"
#include "log/log.h"
#include "store/jsoncolumns.h"
#include "store/messagerows.h"
#include "store/migrations.h"

#include "sqlite/sqlitefile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace pilothouse::models {
namespace {

QString nextConnectionName()
{
    static std::atomic<int> counter {0};
    return u"pilothouse-store-%1"_s.arg(counter.fetch_add(1) + 1);
}

/// Reads an enumeration column. An empty one (an older schema's default for a value it did not
/// record) keeps the record's default; a word the codec does not know marks a damaged row.
template<typename Value> bool readEnum(const QVariant &column, Value &out)
{
    const QString text = column.toString();
    return text.isEmpty() || fromWireName(text, out);
}

/// Rows whose enumerations the codec does not know are left out and said so, never guessed.
void reportUnreadable(int rows, const char *table)
{
    if (rows > 0)
        pilothouse::log::get("store")->warn("left out {} cached {} with unknown values (a damaged cache)", rows, table);
}

} // namespace

LocalStore::LocalStore()
    : m_connectionName(nextConnectionName())
{ }

LocalStore::~LocalStore()
{
    close();
}

int LocalStore::schemaVersion()
{
    return migrations::latestVersion();
}

bool LocalStore::fail(const QString &message)
{
    m_error = message;
    pilothouse::log::get("store")->error("{}", message.toStdString());
    close();
    return false;
}

bool LocalStore::open(const QString &path)
{
    close();
    m_error.clear();
    m_path = path;
    const QString shownPath = QDir::toNativeSeparators(path);

    // The version is read before anything that writes (WAL switches the header): a refused file
    // must stay byte for byte what it was. WAL lets a reader (search, export) run beside the
    // writer; NORMAL is durable enough for a cache that can always be refilled from the server,
    // and much faster than FULL. secure_delete: deleted rows and overwritten values are zeroed in
    // the file, so a purged or erased customer's text does not survive in free space
    // (docs/protocol.md, "Erasure").
    const sqlite::OpenPlan plan {
        .connectionName = m_connectionName,
        .path = path,
        .beforeVersion = {{u"PRAGMA busy_timeout = 5000"_s}},
        .knownVersion = schemaVersion(),
        .afterVersion = {{u"PRAGMA journal_mode = WAL"_s}, {u"PRAGMA synchronous = NORMAL"_s},
            {u"PRAGMA foreign_keys = ON"_s}, {u"PRAGMA secure_delete = ON"_s}},
    };
    const sqlite::Opened opened = sqlite::open(m_db, plan);
    if (const auto &failure = opened.failure) {
        switch (failure->stage) {
        case sqlite::Stage::CreateFolder:
            return fail(tr("Could not create the cache folder %1.").arg(QDir::toNativeSeparators(failure->detail)));
        case sqlite::Stage::Open:
            return fail(tr("Could not open the cache at %1: %2").arg(shownPath, failure->detail));
        case sqlite::Stage::NewerSchema:
            return fail(tr("The cache at %1 was written by a newer Pilothouse (schema %2, this version knows %3). "
                           "Nothing was changed.")
                            .arg(shownPath)
                            .arg(failure->version)
                            .arg(schemaVersion()));
        case sqlite::Stage::Configure:
            return fail(tr("Could not prepare the cache at %1 (%2).").arg(shownPath, failure->detail));
        default: // Prepare or ReadVersion (the other stages are migrate()'s): not a database, or damaged.
            return fail(tr("The cache at %1 is not a Pilothouse cache or is damaged (%2). Move it aside or "
                           "delete it; it will be filled again from the server.")
                            .arg(shownPath, failure->detail));
        }
    }
    if (const auto failure = sqlite::migrate(m_db, opened.version, migrations::steps())) {
        const QString error = u"schema %1: %2"_s.arg(failure->version).arg(failure->detail);
        return fail(tr("Could not update the cache at %1 (%2).").arg(shownPath, error));
    }
    return true;
}

void LocalStore::close()
{
    sqlite::close(m_db, m_connectionName);
}

bool LocalStore::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

std::optional<protocol::Cursor> LocalStore::cursor()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT key, value FROM meta WHERE key IN ('epoch', 'seq')"_s)) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    std::optional<protocol::Cursor> cursor;
    while (query.next()) {
        if (!cursor)
            cursor.emplace();
        if (query.value(0).toString() == u"epoch"_s)
            cursor->epoch = query.value(1).toString().toStdString();
        else
            cursor->seq = query.value(1).toLongLong();
    }
    return cursor;
}

std::optional<QList<CustomerRecord>> LocalStore::customers()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(
            u"SELECT id, name, email, vip, segment, lifetime_value_cents, since, orders, language FROM customers"_s)) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    QList<CustomerRecord> result;
    while (query.next()) {
        CustomerRecord record;
        record.id = query.value(0).toString();
        record.name = query.value(1).toString();
        record.email = query.value(2).toString();
        record.vip = query.value(3).toBool();
        record.segment = query.value(4).toString();
        record.lifetimeValueCents = query.value(5).toLongLong();
        record.since = query.value(6).toLongLong();
        record.orders = jsoncolumns::toOrders(query.value(7).toString());
        record.language = query.value(8).toString();
        result.append(std::move(record));
    }
    return result;
}

std::optional<QList<ConversationRecord>> LocalStore::conversations()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, customer_id, channel, kind, status, subject, intent, sentiment, confidence, "
                    "last_message, last_author, last_message_at, created_at, waiting_since, priority, "
                    "message_count, assignee, assignee_name, escalation_rule, escalation_reason, "
                    "escalation_priority, escalated_at, sla_due_at, closed_outcome, closed_by, closed_at, "
                    "handoff_at, handoff_reason, responded_at, handoff_due_at, weakest_confidence, "
                    "weakest_message_id, weakest_intent, last_customer_message, last_customer_message_at, "
                    "escalation_rule_name "
                    "FROM conversations ORDER BY last_message_at DESC"_s)) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    QList<ConversationRecord> result;
    int unreadable = 0;
    while (query.next()) {
        ConversationRecord record;
        record.id = query.value(0).toString();
        record.customerId = query.value(1).toString();
        // The cache holds the codec's spellings; another word means a damaged row.
        if (!readEnum(query.value(2), record.channel) || !readEnum(query.value(3), record.kind)
            || !readEnum(query.value(4), record.status) || !readEnum(query.value(10), record.lastAuthor)
            || !readEnum(query.value(19), record.escalationReason) || !readEnum(query.value(23), record.closedOutcome)
            || !readEnum(query.value(27), record.handoffReason)) {
            ++unreadable;
            continue;
        }
        record.subject = query.value(5).toString();
        record.intent = query.value(6).toString();
        record.sentiment = query.value(7).toDouble();
        if (const QVariant confidence = query.value(8); !confidence.isNull())
            record.confidence = confidence.toDouble();
        record.lastMessage = query.value(9).toString();
        record.lastMessageAt = query.value(11).toLongLong();
        record.createdAt = query.value(12).toLongLong();
        if (const QVariant waiting = query.value(13); !waiting.isNull())
            record.waitingSince = waiting.toLongLong();
        record.priority = query.value(14).toInt();
        record.messageCount = query.value(15).toLongLong();
        record.assignee = query.value(16).toString();
        record.assigneeName = query.value(17).toString();
        record.escalationRule = query.value(18).toString();
        record.escalationPriority = query.value(20).toInt();
        record.escalatedAt = query.value(21).toLongLong();
        record.slaDueAt = query.value(22).toLongLong();
        record.closedBy = query.value(24).toString();
        record.closedAt = query.value(25).toLongLong();
        record.handoffAt = query.value(26).toLongLong();
        record.respondedAt = query.value(28).toLongLong();
        record.handoffDueAt = query.value(29).toLongLong();
        if (const QVariant weakest = query.value(30); !weakest.isNull())
            record.weakestConfidence = weakest.toDouble();
        record.weakestMessageId = query.value(31).toString();
        record.weakestIntent = query.value(32).toString();
        record.lastCustomerMessage = query.value(33).toString();
        record.lastCustomerMessageAt = query.value(34).toLongLong();
        record.escalationRuleName = query.value(35).toString();
        result.append(std::move(record));
    }
    reportUnreadable(unreadable, "conversations");
    return result;
}

std::optional<QList<MessageRecord>> LocalStore::messages(const QString &conversationId)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(messagerows::selectByConversation());
    query.addBindValue(conversationId);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    QList<MessageRecord> result;
    int unreadable = 0;
    while (query.next()) {
        MessageRecord record;
        if (!messagerows::read(query, record)) {
            ++unreadable;
            continue;
        }
        result.append(std::move(record));
    }
    reportUnreadable(unreadable, "messages");
    return result;
}

std::optional<QList<DraftRecord>> LocalStore::drafts(const QString &conversationId, const QString &forUser)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id, conversation_id, for_user, text, intent, confidence, at FROM drafts "
                  "WHERE conversation_id = ? AND for_user = ? AND text <> '' ORDER BY at, rowid"_s);
    query.addBindValue(conversationId);
    query.addBindValue(forUser);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    QList<DraftRecord> result;
    while (query.next()) {
        result.append(DraftRecord {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(), query.value(5).toDouble(),
            query.value(6).toLongLong()});
    }
    return result;
}

std::optional<QList<TransitionRecord>> LocalStore::transitions(const QString &conversationId)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT from_status, to_status, reason, actor, actor_name, note, outcome, assignee_name, at "
                  "FROM transitions WHERE conversation_id = ? ORDER BY at"_s);
    query.addBindValue(conversationId);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    QList<TransitionRecord> result;
    int unreadable = 0;
    while (query.next()) {
        TransitionRecord t;
        t.conversationId = conversationId;
        if (!readEnum(query.value(0), t.from) || !readEnum(query.value(1), t.to)
            || !readEnum(query.value(6), t.outcome)) {
            ++unreadable;
            continue;
        }
        t.reason = query.value(2).toString();
        t.kind = transitionReason(t.reason);
        t.actor = query.value(3).toString();
        t.actorName = query.value(4).toString();
        t.note = query.value(5).toString();
        t.assigneeName = query.value(7).toString();
        t.at = query.value(8).toLongLong();
        result.append(std::move(t));
    }
    reportUnreadable(unreadable, "transitions");
    return result;
}

std::optional<JudgementRecord> LocalStore::judgement(const QString &messageId)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT message_id, conversation_id, correct, reason, judged_by, category FROM judgements "
                  "WHERE message_id = ? ORDER BY rowid DESC LIMIT 1"_s);
    query.addBindValue(messageId);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    JudgementRecord record {query.value(0).toString(), query.value(1).toString(), query.value(2).toBool(),
        query.value(3).toString(), query.value(4).toString()};
    fromWireName(query.value(5).toString(), record.category);
    return record;
}

} // namespace pilothouse::models
