#include "store/messagerows.h"

#include "domain/convert.h"
#include "store/jsoncolumns.h"

using namespace Qt::StringLiterals;

namespace pilothouse::models::messagerows {
namespace {

/// An empty column (an older schema's default) keeps the record's default.
template<typename Value> bool readEnum(const QVariant &column, Value &out)
{
    const QString text = column.toString();
    return text.isEmpty() || fromWireName(text, out);
}

} // namespace

QString selectByConversation()
{
    return u"SELECT id, conversation_id, author, author_name, text, at, has_ai, intent, confidence, "
           "latency_ms, tools, visibility, rule_inputs FROM messages WHERE conversation_id = ? ORDER BY at, rowid"_s;
}

bool read(const QSqlQuery &query, MessageRecord &out)
{
    out.id = query.value(0).toString();
    out.conversationId = query.value(1).toString();
    if (!readEnum(query.value(2), out.author) || !readEnum(query.value(11), out.visibility))
        return false;
    out.authorName = query.value(3).toString();
    out.text = query.value(4).toString();
    out.at = query.value(5).toLongLong();
    out.hasAi = query.value(6).toBool();
    out.intent = query.value(7).toString();
    out.confidence = query.value(8).toDouble();
    out.latencyMs = query.value(9).toLongLong();
    out.tools = jsoncolumns::toTools(query.value(10).toString());
    out.rules = jsoncolumns::toRuleInputs(query.value(12).toString());
    return true;
}

} // namespace pilothouse::models::messagerows
