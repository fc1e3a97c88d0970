#include "store/statssql.h"

using namespace Qt::StringLiterals;

namespace pilothouse::models::stats {

QString refreshSql(Scope scope)
{
    // The weakest reply is the lowest confidence, the earliest of equals. FILTER needs SQLite 3.30.
    const QString select = u"INSERT OR REPLACE INTO conversation_stats (conversation_id, ai_replies, "
                           "ai_confidence_sum, ai_min_confidence, ai_min_message_id, judged, wrong, "
                           "first_customer_at, first_ai_at, first_human_at) "
                           "SELECT m.conversation_id, count(*) FILTER (WHERE m.has_ai), "
                           "coalesce(sum(m.confidence) FILTER (WHERE m.has_ai), 0), "
                           "min(m.confidence) FILTER (WHERE m.has_ai), "
                           "coalesce((SELECT w.id FROM messages w WHERE w.conversation_id = m.conversation_id "
                           "AND w.has_ai ORDER BY w.confidence, w.at LIMIT 1), ''), "
                           // Replies judged by anyone; wrong by their latest label (the highest rowid).
                           "(SELECT count(DISTINCT j.message_id) FROM judgements j "
                           "WHERE j.conversation_id = m.conversation_id), "
                           "(SELECT count(*) FROM judgements j WHERE j.conversation_id = m.conversation_id "
                           "AND NOT j.correct AND j.rowid = (SELECT max(k.rowid) FROM judgements k "
                           "WHERE k.message_id = j.message_id)), "
                           "coalesce(min(m.at) FILTER (WHERE m.author = 'customer'), 0), "
                           "coalesce(min(m.at) FILTER (WHERE m.has_ai), 0), "
                           "coalesce(min(m.at) FILTER (WHERE m.author = 'human' AND m.visibility = 'public'), 0) "
                           "FROM messages m "_s;
    return scope == Scope::One ? select + u"WHERE m.conversation_id = ? GROUP BY m.conversation_id"_s
                               : select + u"GROUP BY m.conversation_id"_s;
}

} // namespace pilothouse::models::stats
