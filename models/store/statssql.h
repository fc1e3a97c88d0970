#pragma once
// The statements that derive a conversation's review figures (table conversation_stats,
// models/store/migrations.cpp version 4) from its cached messages and judgements. The write path
// folds each new message into its row (appendSql), recounts a conversation whose judgements a batch
// changed, and recounts the whole cache after a snapshot; the migration that adds the table runs
// the recount once over what the cache already holds.

#include <QString>

namespace pilothouse::models::stats {

enum class Scope {
    One, ///< One conversation: binds its id to the statement's single `?`.
    All, ///< Every conversation with messages.
};

/// INSERT OR REPLACE INTO conversation_stats ... for `scope`. Spellings are the codec's, as cached.
QString refreshSql(Scope scope);

/// The two statements that fold one new message into its conversation's row, so that a live batch
/// costs a row update per message rather than a recount of every message of each conversation it
/// touched (issue 16, goal 2): Fold updates the row, and Insert, run when Fold changed nothing,
/// makes it. Both bind the same named parameters: `:conversation`; for a reply `:replies` 1,
/// `:confidenceSum` and `:confidence` its confidence and `:messageId` its id (else 0, 0, NULL and
/// ''); `:customerAt`, `:replyAt` and `:humanAt`, the message's time where it is a customer's
/// message, a reply or a public message by a person (else 0). Given each message once, the row
/// ends as refreshSql() would make it.
enum class Append { Fold, Insert };
QString appendSql(Append step);

} // namespace pilothouse::models::stats
