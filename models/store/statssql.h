#pragma once
// The one statement that derives a conversation's review figures (table conversation_stats,
// models/store/migrations.cpp version 4) from its cached messages and judgements. The write path
// runs it for each conversation a batch touched and for the whole cache after a snapshot; the
// migration that adds the table runs it once over what the cache already holds.

#include <QString>

namespace pilothouse::models::stats {

enum class Scope {
    One, ///< One conversation: binds its id to the statement's single `?`.
    All, ///< Every conversation with messages.
};

/// INSERT OR REPLACE INTO conversation_stats ... for `scope`. Spellings are the codec's, as cached.
QString refreshSql(Scope scope);

} // namespace pilothouse::models::stats
