#include "schema.h"

namespace pilothouse::server::schema {

QStringList migration(int version)
{
    switch (version) {
    case 1:
        return {
            // Key/value facts about the log itself (epoch, head bookkeeping, seeding).
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE users (name TEXT PRIMARY KEY, display_name TEXT NOT NULL,"
                           " role TEXT NOT NULL CHECK (role IN ('agent','supervisor','admin')),"
                           " salt BLOB NOT NULL, password_hash BLOB NOT NULL, iterations INTEGER NOT NULL)"),
            // Only the SHA-256 of a token is stored: a copied database file signs nobody in.
            QStringLiteral("CREATE TABLE tokens (token_hash TEXT PRIMARY KEY,"
                           " user TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE,"
                           " expires_at INTEGER NOT NULL)"),
            QStringLiteral("CREATE INDEX tokens_expiry ON tokens(expires_at)"),
            QStringLiteral("CREATE TABLE customers (id TEXT PRIMARY KEY, data TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE orders (id TEXT PRIMARY KEY,"
                           " customer_id TEXT NOT NULL REFERENCES customers(id), data TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX orders_customer ON orders(customer_id)"),
            QStringLiteral("CREATE TABLE products (sku TEXT PRIMARY KEY, name TEXT NOT NULL,"
                           " category TEXT NOT NULL, price_cents INTEGER NOT NULL, stock INTEGER NOT NULL,"
                           " description TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE conversations (id TEXT PRIMARY KEY,"
                           " customer_id TEXT NOT NULL REFERENCES customers(id), status TEXT NOT NULL,"
                           " created_at INTEGER NOT NULL, last_message_at INTEGER NOT NULL, data TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX conversations_activity ON conversations(last_message_at)"),
            QStringLiteral("CREATE TABLE messages (id TEXT PRIMARY KEY,"
                           " conversation_id TEXT NOT NULL REFERENCES conversations(id),"
                           " at INTEGER NOT NULL, author TEXT NOT NULL, data TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX messages_conversation ON messages(conversation_id, at)"),
            // seq is assigned by the log, never by SQLite: after pruning, MAX(seq) could go back.
            QStringLiteral("CREATE TABLE events (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,"
                           " at INTEGER NOT NULL, kind TEXT NOT NULL, command_id TEXT NOT NULL DEFAULT '',"
                           " data TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX events_at ON events(at)"),
            // Remembered per command id so a resend after a reconnect is answered, not re-applied.
            QStringLiteral("CREATE TABLE commands (id TEXT PRIMARY KEY, user TEXT NOT NULL,"
                           " name TEXT NOT NULL, args_hash TEXT NOT NULL, result TEXT NOT NULL,"
                           " at INTEGER NOT NULL)"),
        };
    case 2:
        return {
            // Every operator command, applied or refused: who, as what role, and what came of it.
            QStringLiteral("CREATE TABLE audit (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, user TEXT NOT NULL,"
                           " role TEXT NOT NULL, command_id TEXT NOT NULL, name TEXT NOT NULL,"
                           " conversation_id TEXT NOT NULL DEFAULT '',"
                           " outcome TEXT NOT NULL CHECK (outcome IN ('applied','refused')),"
                           " code TEXT NOT NULL DEFAULT '', seq INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX audit_conversation ON audit(conversation_id, at)"),
            QStringLiteral("CREATE INDEX audit_command ON audit(command_id)"),
        };
    case 3:
        return {
            // The latest judgement of each AI reply, so snapshots carry them (docs/protocol.md,
            // Snapshots). Filled from the judgements still in the event log.
            QStringLiteral("CREATE TABLE judgements (message_id TEXT PRIMARY KEY,"
                           " conversation_id TEXT NOT NULL, data TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX judgements_conversation ON judgements(conversation_id)"),
            QStringLiteral("INSERT OR REPLACE INTO judgements (message_id, conversation_id, data)"
                           " SELECT json_extract(data, '$.messageId'), json_extract(data, '$.conversationId'), data"
                           " FROM events WHERE kind = 'message.judged' ORDER BY seq"),
        };
    case 4:
        return {
            // The latest satisfaction rating of each conversation, so snapshots carry them
            // (docs/protocol.md, Snapshots). Empty before this version: nothing rated yet.
            QStringLiteral("CREATE TABLE ratings (conversation_id TEXT PRIMARY KEY, data TEXT NOT NULL)"),
        };
    case 5:
        return {
            // Every status change, kept past the log's retention: the daily facts (docs/metrics.md)
            // fold 180 days of them. Written by EventLog::append with the event; filled from the
            // transitions still in the log.
            QStringLiteral("CREATE TABLE transitions (seq INTEGER PRIMARY KEY, conversation_id TEXT NOT NULL,"
                           " data TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX transitions_conversation ON transitions(conversation_id, seq)"),
            QStringLiteral("INSERT INTO transitions (seq, conversation_id, data)"
                           " SELECT seq, json_extract(data, '$.conversationId'), data"
                           " FROM events WHERE kind = 'conversation.transitioned' ORDER BY seq"),
        };
    case 6:
        return {
            // Deactivated users sign in nowhere and keep their history (pilothouse-server users).
            QStringLiteral("ALTER TABLE users ADD COLUMN active INTEGER NOT NULL DEFAULT 1"),
        };
    case 7:
        return {
            // Every saved version of the organisation's cost model (docs/metrics.md, "Cost
            // model"); the newest is the current one, none means the built-in defaults. Versions
            // are never rewritten: a change is a new row (and an audit row).
            QStringLiteral("CREATE TABLE cost_models (version INTEGER PRIMARY KEY, data TEXT NOT NULL,"
                           " author TEXT NOT NULL, at INTEGER NOT NULL, note TEXT NOT NULL DEFAULT '')"),
        };
    case 8:
        return {
            // The facts fold reads the conversations created since a day (server/facts).
            QStringLiteral("CREATE INDEX conversations_created ON conversations(created_at)"),
        };
    case 9:
        return {
            // Each judge's latest judgement of a message (docs/protocol.md, Judgement), so two
            // reviewers' labels of one reply can be compared. INSERT OR REPLACE gives a replaced
            // row a new rowid: rowid order is the order the standing judgements were made.
            QStringLiteral("CREATE TABLE judgements_by_judge (message_id TEXT NOT NULL, judged_by TEXT NOT NULL,"
                           " conversation_id TEXT NOT NULL, data TEXT NOT NULL, PRIMARY KEY (message_id, judged_by))"),
            QStringLiteral("INSERT OR REPLACE INTO judgements_by_judge (message_id, judged_by, conversation_id, data)"
                           " SELECT message_id, coalesce(json_extract(data, '$.by'), ''), conversation_id, data"
                           " FROM judgements ORDER BY rowid"),
            QStringLiteral("INSERT OR REPLACE INTO judgements_by_judge (message_id, judged_by, conversation_id, data)"
                           " SELECT json_extract(data, '$.messageId'), coalesce(json_extract(data, '$.by'), ''),"
                           " json_extract(data, '$.conversationId'), data"
                           " FROM events WHERE kind = 'message.judged' ORDER BY seq"),
            QStringLiteral("DROP TABLE judgements"),
            QStringLiteral("ALTER TABLE judgements_by_judge RENAME TO judgements"),
            QStringLiteral("CREATE INDEX judgements_conversation ON judgements(conversation_id)"),
        };
    case 10:
        return {
            // The supervisor's configuration documents (docs/config.md): every published version,
            // never rewritten (a rollback is a new version), and one shared draft per document.
            QStringLiteral("CREATE TABLE config_versions (document TEXT NOT NULL, version INTEGER NOT NULL,"
                           " author TEXT NOT NULL, at INTEGER NOT NULL, note TEXT NOT NULL DEFAULT '',"
                           " body TEXT NOT NULL, restored_from INTEGER, PRIMARY KEY (document, version))"),
            QStringLiteral("CREATE TABLE config_drafts (document TEXT PRIMARY KEY, revision INTEGER NOT NULL,"
                           " based_on INTEGER NOT NULL, author TEXT NOT NULL, at INTEGER NOT NULL,"
                           " body TEXT NOT NULL)"),
        };
    case 11:
        return {
            // A customer's conversations by status: the open one a new message goes into
            // (StateStore::openConversationOf, for every new simulated thread), the erasure's list.
            QStringLiteral("CREATE INDEX conversations_customer ON conversations(customer_id, status)"),
        };
    case 12:
        return {
            // Where each audited action came from (the client's address, "command-line" for
            // `pilothouse-server users`), the user an administration action changed, and what
            // changed when the action alone does not say (the new role).
            QStringLiteral("ALTER TABLE audit ADD COLUMN source TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE audit ADD COLUMN target TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE audit ADD COLUMN detail TEXT NOT NULL DEFAULT ''"),
            // The Audit page filters by person and by time (server/audit/auditlog.h).
            QStringLiteral("CREATE INDEX audit_user ON audit(user, id)"),
            QStringLiteral("CREATE INDEX audit_at ON audit(at)"),
            // Audit rows are written once and kept: no interface of the server changes or
            // deletes one, and these make the database itself refuse to.
            QStringLiteral("CREATE TRIGGER audit_rows_are_not_changed BEFORE UPDATE ON audit"
                           " BEGIN SELECT RAISE(ABORT, 'audit rows cannot be changed'); END"),
            QStringLiteral("CREATE TRIGGER audit_rows_are_not_deleted BEFORE DELETE ON audit"
                           " BEGIN SELECT RAISE(ABORT, 'audit rows cannot be deleted'); END"),
        };
    case 13:
        return {
            // Each token is a session people can see and end (docs/protocol.md 2.1, "Sessions"):
            // a public id (never the token), what signed in, from where, when, and when its
            // token was last presented. Tokens issued before have no device or address to show.
            QStringLiteral("ALTER TABLE tokens ADD COLUMN id TEXT"),
            QStringLiteral("ALTER TABLE tokens ADD COLUMN created_at INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE tokens ADD COLUMN last_seen INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE tokens ADD COLUMN device TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE tokens ADD COLUMN address TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("UPDATE tokens SET id = lower(hex(randomblob(16)))"),
            QStringLiteral("CREATE UNIQUE INDEX tokens_id ON tokens(id)"),
            QStringLiteral("CREATE INDEX tokens_user ON tokens(user)"),
        };
    case 14:
        return {
            // The viewer role (docs/protocol.md 1.2). SQLite cannot change a CHECK constraint, so
            // `users` is rebuilt. The sessions are kept aside first: with foreign keys on,
            // dropping `users` would delete every token with it and sign everybody out.
            QStringLiteral("CREATE TEMP TABLE tokens_kept AS SELECT * FROM tokens"),
            QStringLiteral("DROP TABLE tokens"),
            QStringLiteral("CREATE TABLE users_new (name TEXT PRIMARY KEY, display_name TEXT NOT NULL,"
                           " role TEXT NOT NULL CHECK (role IN ('viewer','agent','supervisor','admin')),"
                           " salt BLOB NOT NULL, password_hash BLOB NOT NULL, iterations INTEGER NOT NULL,"
                           " active INTEGER NOT NULL DEFAULT 1)"),
            QStringLiteral("INSERT INTO users_new (name, display_name, role, salt, password_hash, iterations, active)"
                           " SELECT name, display_name, role, salt, password_hash, iterations, active FROM users"),
            QStringLiteral("DROP TABLE users"),
            QStringLiteral("ALTER TABLE users_new RENAME TO users"),
            QStringLiteral("CREATE TABLE tokens (token_hash TEXT PRIMARY KEY,"
                           " user TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE,"
                           " expires_at INTEGER NOT NULL, id TEXT, created_at INTEGER NOT NULL DEFAULT 0,"
                           " last_seen INTEGER NOT NULL DEFAULT 0, device TEXT NOT NULL DEFAULT '',"
                           " address TEXT NOT NULL DEFAULT '')"),
            QStringLiteral(
                "INSERT INTO tokens (token_hash, user, expires_at, id, created_at, last_seen, device, address)"
                " SELECT token_hash, user, expires_at, id, created_at, last_seen, device, address"
                " FROM tokens_kept"),
            QStringLiteral("DROP TABLE tokens_kept"),
            QStringLiteral("CREATE INDEX tokens_expiry ON tokens(expires_at)"),
            QStringLiteral("CREATE UNIQUE INDEX tokens_id ON tokens(id)"),
            QStringLiteral("CREATE INDEX tokens_user ON tokens(user)"),
        };
    case 15:
        return {
            // Two-factor sign-in (server/auth/twofactorstore.h): the TOTP secret sealed with the
            // key file beside the database, confirmed once a first code was right, and the last
            // step a code was accepted for; recovery codes as SHA-256 hashes, used once.
            QStringLiteral("CREATE TABLE totp (user TEXT PRIMARY KEY REFERENCES users(name) ON DELETE CASCADE,"
                           " secret BLOB NOT NULL, confirmed_at INTEGER, last_step INTEGER NOT NULL DEFAULT -1)"),
            QStringLiteral("CREATE TABLE recovery_codes (user TEXT NOT NULL REFERENCES users(name) ON DELETE CASCADE,"
                           " code_hash TEXT NOT NULL, used_at INTEGER, PRIMARY KEY (user, code_hash))"),
        };
    default:
        return {};
    }
}

} // namespace pilothouse::server::schema
