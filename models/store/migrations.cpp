#include "store/migrations.h"

#include "store/statssql.h"

#include <array>

namespace pilothouse::models::migrations {
namespace {

// Version 1: the read cache of server state. Tables declare no foreign keys on purpose: the event
// stream does not promise parents before children (a message may precede its conversation's
// upsert), and a constraint failure would abort a whole batch. The connection still enables
// foreign_keys so that later tables which declare them (the outbox) are enforced.
constexpr std::array kVersion1 {
    R"(CREATE TABLE customers (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        vip INTEGER NOT NULL DEFAULT 0,
        segment TEXT NOT NULL DEFAULT '',
        lifetime_value_cents INTEGER NOT NULL DEFAULT 0,
        since INTEGER NOT NULL DEFAULT 0,
        orders TEXT NOT NULL DEFAULT '[]'))",
    R"(CREATE TABLE conversations (
        id TEXT PRIMARY KEY NOT NULL,
        customer_id TEXT NOT NULL DEFAULT '',
        channel TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT '',
        subject TEXT NOT NULL DEFAULT '',
        intent TEXT NOT NULL DEFAULT '',
        sentiment REAL NOT NULL DEFAULT 0,
        confidence REAL,
        last_message TEXT NOT NULL DEFAULT '',
        last_author TEXT NOT NULL DEFAULT '',
        last_message_at INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL DEFAULT 0,
        waiting_since INTEGER,
        priority INTEGER NOT NULL DEFAULT 0,
        message_count INTEGER NOT NULL DEFAULT 0,
        assignee TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX conversations_last_message_at ON conversations(last_message_at)",
    "CREATE INDEX conversations_customer ON conversations(customer_id)",
    R"(CREATE TABLE messages (
        id TEXT PRIMARY KEY NOT NULL,
        conversation_id TEXT NOT NULL,
        author TEXT NOT NULL DEFAULT '',
        author_name TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        at INTEGER NOT NULL DEFAULT 0,
        has_ai INTEGER NOT NULL DEFAULT 0,
        intent TEXT NOT NULL DEFAULT '',
        confidence REAL NOT NULL DEFAULT 0,
        latency_ms INTEGER NOT NULL DEFAULT 0,
        tools TEXT NOT NULL DEFAULT '[]'))",
    "CREATE INDEX messages_conversation_at ON messages(conversation_id, at)",
    R"(CREATE TABLE judgements (
        message_id TEXT PRIMARY KEY NOT NULL,
        conversation_id TEXT NOT NULL DEFAULT '',
        correct INTEGER NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        judged_by TEXT NOT NULL DEFAULT ''))",
    "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value)",
};

// Version 2 (issue 4, escalation and take-over): who owns a conversation by display name, why it
// was escalated, message visibility (notes and whispers), and the AI's drafts for the owner.
// A v1 cache holds no escalation data for the rows it has, so the cursor is forgotten: the next
// connection fetches a snapshot that fills them, while the cached rows stay readable offline.
constexpr std::array kVersion2 {
    "ALTER TABLE conversations ADD COLUMN assignee_name TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE conversations ADD COLUMN escalation_rule TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE conversations ADD COLUMN escalation_reason TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE conversations ADD COLUMN escalation_priority INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE conversations ADD COLUMN escalated_at INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE conversations ADD COLUMN sla_due_at INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE messages ADD COLUMN visibility TEXT NOT NULL DEFAULT 'public'",
    R"(CREATE TABLE drafts (
        id TEXT PRIMARY KEY NOT NULL,
        conversation_id TEXT NOT NULL,
        for_user TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        intent TEXT NOT NULL DEFAULT '',
        confidence REAL NOT NULL DEFAULT 0,
        at INTEGER NOT NULL DEFAULT 0))",
    "CREATE INDEX drafts_conversation_at ON drafts(conversation_id, at)",
    "DELETE FROM meta WHERE key IN ('epoch', 'seq')",
};

// Version 3 (issue 11, analytics): the supervisor's daily facts, one row per facts key, kept so the
// Overview and Analytics pages work offline (store/factscache.h). The counters are the wire's JSON.
constexpr std::array kVersion3 {
    R"(CREATE TABLE facts (
        day TEXT NOT NULL,
        channel TEXT NOT NULL,
        kind TEXT NOT NULL,
        intent TEXT NOT NULL,
        segment TEXT NOT NULL,
        language TEXT NOT NULL,
        vip INTEGER NOT NULL,
        counts TEXT NOT NULL,
        PRIMARY KEY (day, channel, kind, intent, segment, language, vip)) WITHOUT ROWID)",
};

// Version 4 (issue 13, offline review): what the History page filters, sorts, searches and exports.
// - The customer's language, and each conversation's closing and first hand-off (wire `closed`,
//   `handoff`); the customer's latest rating.
// - conversation_stats: per conversation, figures derived from its messages and judgements (AI
//   replies, weakest and summed confidence, reviewed replies, first customer/AI/human times). The
//   write path recomputes a conversation's row whenever one of its messages or judgements lands
//   (BatchStatements::refreshStats), so History never aggregates a million messages to filter.
// - messages_fts: an FTS5 index over every cached message's text, external content (the text is
//   stored once, in messages), keyed by the message's rowid. The write path keeps it in step
//   (BatchStatements::insert, clearForSnapshot). The cache is never VACUUMed: that renumbers the
//   rowids of a table without an INTEGER PRIMARY KEY and would detach the index. Accents are
//   folded ("remove_diacritics 2"), and two- and three-character prefixes are indexed for
//   prefix search. FTS5 ships in Debian's SQLite and in the SQLite Qt bundles on Windows and
//   macOS (built with SQLITE_ENABLE_FTS5).
// The cursor is forgotten as in version 2: the next connection's snapshot fills the new columns.
constexpr std::array kVersion4 {
    "ALTER TABLE customers ADD COLUMN language TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE conversations ADD COLUMN closed_outcome TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE conversations ADD COLUMN closed_by TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE conversations ADD COLUMN closed_at INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE conversations ADD COLUMN handoff_at INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE conversations ADD COLUMN handoff_reason TEXT NOT NULL DEFAULT ''",
    "CREATE INDEX conversations_created_at ON conversations(created_at)",
    R"(CREATE TABLE ratings (
        conversation_id TEXT PRIMARY KEY NOT NULL,
        rating INTEGER NOT NULL,
        comment TEXT NOT NULL DEFAULT '',
        at INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID)",
    R"(CREATE TABLE conversation_stats (
        conversation_id TEXT PRIMARY KEY NOT NULL,
        ai_replies INTEGER NOT NULL DEFAULT 0,
        ai_confidence_sum REAL NOT NULL DEFAULT 0,
        ai_min_confidence REAL,
        ai_min_message_id TEXT NOT NULL DEFAULT '',
        judged INTEGER NOT NULL DEFAULT 0,
        wrong INTEGER NOT NULL DEFAULT 0,
        first_customer_at INTEGER NOT NULL DEFAULT 0,
        first_ai_at INTEGER NOT NULL DEFAULT 0,
        first_human_at INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID)",
    R"(CREATE VIRTUAL TABLE messages_fts USING fts5(text, content='messages', content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 2', prefix='2 3'))",
    "INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')",
    "DELETE FROM meta WHERE key IN ('epoch', 'seq')",
};

// Version 5 (issue 13, review labels): every judge's latest label of a reply, keyed by message
// and judge, with what was wrong (`category`, the protocol's review reason spelling), so two
// reviewers' labels can be compared. INSERT OR REPLACE gives a replaced row a new rowid: the
// highest rowid of a message is its latest label by anyone, the message's verdict. Two partial
// indexes serve the review queues (lowest confidence first; a sample of each day's replies).
// The cursor is forgotten: the next snapshot brings every judge's labels.
constexpr std::array kVersion5 {
    R"(CREATE TABLE judgements_v5 (
        message_id TEXT NOT NULL,
        judged_by TEXT NOT NULL DEFAULT '',
        conversation_id TEXT NOT NULL DEFAULT '',
        correct INTEGER NOT NULL,
        category TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (message_id, judged_by)))",
    "INSERT INTO judgements_v5 (message_id, judged_by, conversation_id, correct, reason) "
    "SELECT message_id, judged_by, conversation_id, correct, reason FROM judgements ORDER BY rowid",
    "DROP TABLE judgements",
    "ALTER TABLE judgements_v5 RENAME TO judgements",
    "CREATE INDEX judgements_conversation ON judgements(conversation_id)",
    "CREATE INDEX messages_ai_confidence ON messages(confidence, at) WHERE has_ai",
    "CREATE INDEX messages_ai_at ON messages(at) WHERE has_ai",
    "DELETE FROM meta WHERE key IN ('epoch', 'seq')",
};

// Version 6: the published configuration documents (docs/config.md; the highest version of a
// document is in force; versions survive snapshots, they never change), and what the rules read
// on each AI reply's turn, so the dry run can replay it.
constexpr std::array kVersion6 = {
    R"(CREATE TABLE config_versions (
        document TEXT NOT NULL,
        version INTEGER NOT NULL,
        author TEXT NOT NULL DEFAULT '',
        at INTEGER NOT NULL DEFAULT 0,
        note TEXT NOT NULL DEFAULT '',
        restored_from INTEGER,
        body TEXT NOT NULL,
        PRIMARY KEY (document, version)))",
    "ALTER TABLE messages ADD COLUMN rule_inputs TEXT",
};

// Version 7 (issue 17, the operator's day): the first-reply deadline after a person answered, the
// first hand-off's deadline, the weakest AI reply, and the customer's latest words (wire
// `escalation.respondedAt`, `handoff.dueAt`, `weakestReply`, `lastCustomerMessage`), and the
// status changes (wire `conversation.transitioned`, `snapshot.transitions`). The cursor is
// forgotten: the next snapshot fills the new columns and the transitions.
constexpr std::array kVersion7 = {
    "ALTER TABLE conversations ADD COLUMN responded_at INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE conversations ADD COLUMN escalation_rule_name TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE conversations ADD COLUMN handoff_due_at INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE conversations ADD COLUMN weakest_confidence REAL",
    "ALTER TABLE conversations ADD COLUMN weakest_message_id TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE conversations ADD COLUMN weakest_intent TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE conversations ADD COLUMN last_customer_message TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE conversations ADD COLUMN last_customer_message_at INTEGER NOT NULL DEFAULT 0",
    // Every status change, so a transcript says who did what (domain/transitionlines.h). The
    // protocol gives a transition no id: its conversation, time, statuses and reason are its key,
    // so a replayed event or a snapshot rewrites the same row.
    R"(CREATE TABLE transitions (
        conversation_id TEXT NOT NULL,
        at INTEGER NOT NULL,
        from_status TEXT NOT NULL,
        to_status TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        actor TEXT NOT NULL DEFAULT '',
        actor_name TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        outcome TEXT NOT NULL DEFAULT '',
        assignee_name TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (conversation_id, at, from_status, to_status, reason)) WITHOUT ROWID)",
    "DELETE FROM meta WHERE key IN ('epoch', 'seq')",
};

struct Step {
    int version;
    const char *const *statements;
    std::size_t count;
};

constexpr std::array kSteps {
    Step {1, kVersion1.data(), kVersion1.size()},
    Step {2, kVersion2.data(), kVersion2.size()},
    Step {3, kVersion3.data(), kVersion3.size()},
    Step {4, kVersion4.data(), kVersion4.size()},
    Step {5, kVersion5.data(), kVersion5.size()},
    Step {6, kVersion6.data(), kVersion6.size()},
    Step {7, kVersion7.data(), kVersion7.size()},
};

} // namespace

int latestVersion()
{
    return kSteps.back().version;
}

QList<sqlite::Migration> steps()
{
    QList<sqlite::Migration> result;
    for (const Step &step : kSteps) {
        sqlite::Migration migration {step.version, {}};
        for (std::size_t i = 0; i < step.count; ++i)
            migration.statements.append(QString::fromLatin1(step.statements[i]));
        if (step.version == 4 || step.version == 5) // The review figures of what the cache holds.
            migration.statements.append(stats::refreshSql(stats::Scope::All));
        result.append(std::move(migration));
    }
    return result;
}

} // namespace pilothouse::models::migrations
