#pragma once
// How long the cache keeps a conversation: closed conversations whose last message is older than
// the retention period are purged with everything that belongs to them (messages and their search
// index entries, judgements, ratings, drafts, review figures), and customers left without a
// conversation go too. Open conversations are never purged. Runs on the io thread, in small
// transactions, so the event stream is never held up for long (StoreWriter::purgeExpired).

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace pilothouse::models::retention {

/// The retention period when the user chose none, in days.
inline constexpr int kDefaultDays = 90;
/// The shortest and longest periods a user may choose.
inline constexpr int kMinDays = 7;
inline constexpr int kMaxDays = 3650;

/// Purges at most `limit` expired conversations (last message before `cutoffMs`) in one
/// transaction. Returns how many went, or nullopt on an SQL error (rolled back; `error` says why).
std::optional<int> purgeExpired(QSqlDatabase db, qint64 cutoffMs, int limit, QString *error);

} // namespace pilothouse::models::retention
