#include "store/statssql.h"

using namespace Qt::StringLiterals;

namespace pilothouse::models::stats {
namespace {

const QString kColumns = u"conversation_id, ai_replies, ai_confidence_sum, ai_min_confidence, ai_min_message_id, "
                         "judged, wrong, first_customer_at, first_ai_at, first_human_at"_s;

// Replies judged by anyone; wrong by their latest label (the highest rowid). `conversation` is the
// SQL expression that names the conversation.
QString judgedSql(const QString &conversation)
{
    return u"(SELECT count(DISTINCT j.message_id) FROM judgements j WHERE j.conversation_id = %1)"_s.arg(conversation);
}

QString wrongSql(const QString &conversation)
{
    return u"(SELECT count(*) FROM judgements j WHERE j.conversation_id = %1 AND NOT j.correct "
           "AND j.rowid = (SELECT max(k.rowid) FROM judgements k WHERE k.message_id = j.message_id))"_s.arg(
               conversation);
}

// A first_*_at column folded with the named parameter `parameter`: 0 means none yet, on either side.
QString earliestSql(const QString &column, const QString &parameter)
{
    return u"CASE WHEN %2 = 0 THEN %1 WHEN %1 = 0 THEN %2 ELSE min(%1, %2) END"_s.arg(column, parameter);
}

} // namespace

QString refreshSql(Scope scope)
{
    // The weakest reply is the lowest confidence, the earliest of equals. FILTER needs SQLite 3.30.
    const QString select
        = u"INSERT OR REPLACE INTO conversation_stats (%1) "
          "SELECT m.conversation_id, count(*) FILTER (WHERE m.has_ai), "
          "coalesce(sum(m.confidence) FILTER (WHERE m.has_ai), 0), "
          "min(m.confidence) FILTER (WHERE m.has_ai), "
          "coalesce((SELECT w.id FROM messages w WHERE w.conversation_id = m.conversation_id "
          "AND w.has_ai ORDER BY w.confidence, w.at LIMIT 1), ''), "
          "%2, %3, "
          "coalesce(min(m.at) FILTER (WHERE m.author = 'customer'), 0), "
          "coalesce(min(m.at) FILTER (WHERE m.has_ai), 0), "
          "coalesce(min(m.at) FILTER (WHERE m.author = 'human' AND m.visibility = 'public'), 0) "
          "FROM messages m "_s.arg(kColumns, judgedSql(u"m.conversation_id"_s), wrongSql(u"m.conversation_id"_s));
    return scope == Scope::One ? select + u"WHERE m.conversation_id = ? GROUP BY m.conversation_id"_s
                               : select + u"GROUP BY m.conversation_id"_s;
}

QString appendSql(Append step)
{
    // The new message folded into the conversation's row column by column; every unqualified
    // column on the right is the old row's value. The named parameters are in statssql.h.
    if (step == Append::Fold)
        return u"UPDATE conversation_stats SET "
               "ai_replies = ai_replies + :replies, "
               "ai_confidence_sum = ai_confidence_sum + :confidenceSum, "
               "ai_min_confidence = CASE WHEN :confidence IS NULL THEN ai_min_confidence "
               "WHEN ai_min_confidence IS NULL THEN :confidence ELSE min(ai_min_confidence, :confidence) END, "
               // The weakest is the lowest confidence, the earliest of equals (as in refreshSql()).
               "ai_min_message_id = CASE WHEN :confidence IS NULL THEN ai_min_message_id "
               "WHEN ai_min_confidence IS NULL OR :confidence < ai_min_confidence THEN :messageId "
               "WHEN :confidence = ai_min_confidence AND :replyAt < "
               "coalesce((SELECT w.at FROM messages w WHERE w.id = ai_min_message_id), 0) THEN :messageId "
               "ELSE ai_min_message_id END, "
               "first_customer_at = %1, first_ai_at = %2, first_human_at = %3 "
               "WHERE conversation_id = :conversation"_s.arg(earliestSql(u"first_customer_at"_s, u":customerAt"_s),
                   earliestSql(u"first_ai_at"_s, u":replyAt"_s), earliestSql(u"first_human_at"_s, u":humanAt"_s));
    // The conversation's first message. Its judgements are counted as refreshSql() does, since a
    // label may arrive before the reply it labels.
    return u"INSERT INTO conversation_stats (%1) VALUES (:conversation, :replies, :confidenceSum, :confidence, "
           ":messageId, %2, %3, :customerAt, :replyAt, :humanAt)"_s.arg(
               kColumns, judgedSql(u":conversation"_s), wrongSql(u":conversation"_s));
}

} // namespace pilothouse::models::stats
