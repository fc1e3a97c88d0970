#include "store/historyquery.h"

#include "domain/convert.h"
#include "store/searchsnippet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantList>

using namespace Qt::StringLiterals;

namespace pilothouse::models {
namespace {

/// Search terms beyond this many are ignored: a pasted paragraph stays a quick search.
constexpr int kMaxTerms = 16;

const QString kSelect = u"SELECT c.id, c.customer_id, coalesce(cu.name, ''), coalesce(cu.email, ''), "
                        "coalesce(cu.segment, ''), coalesce(cu.language, ''), coalesce(cu.vip, 0), c.channel, c.kind, "
                        "c.status, c.subject, c.intent, c.created_at, c.last_message_at, c.message_count, "
                        "c.closed_outcome, c.closed_by, c.closed_at, c.handoff_at, c.handoff_reason, r.rating, "
                        "coalesce(s.ai_replies, 0), coalesce(s.judged, 0), coalesce(s.wrong, 0), "
                        "s.ai_min_confidence, coalesce(s.ai_min_message_id, ''), coalesce(s.ai_confidence_sum, 0), "
                        "coalesce(s.first_customer_at, 0), coalesce(s.first_ai_at, 0), coalesce(s.first_human_at, 0) "
                        "FROM conversations c LEFT JOIN customers cu ON cu.id = c.customer_id "
                        "LEFT JOIN ratings r ON r.conversation_id = c.id "
                        "LEFT JOIN conversation_stats s ON s.conversation_id = c.id"_s;

QString orderBy(HistorySort sort)
{
    switch (sort) {
    case HistorySort::Newest:
        break;
    case HistorySort::Oldest:
        return u" ORDER BY c.created_at ASC, c.id"_s;
    case HistorySort::LowestConfidence:
        return u" ORDER BY s.ai_min_confidence IS NULL, s.ai_min_confidence ASC, c.created_at DESC, c.id"_s;
    case HistorySort::LongestResolution:
        return u" ORDER BY c.closed_at = 0, c.closed_at - c.created_at DESC, c.created_at DESC, c.id"_s;
    case HistorySort::LowestRating:
        return u" ORDER BY r.rating IS NULL, r.rating ASC, c.created_at DESC, c.id"_s;
    }
    return u" ORDER BY c.created_at DESC, c.id"_s;
}

/// The WHERE clause of `filter` with its values in `binds`, in order.
QString whereClause(const HistoryFilter &f, QVariantList &binds)
{
    QStringList terms;
    const auto add = [&](const QString &sql, const QVariant &value = {}) {
        terms.append(sql);
        if (value.isValid())
            binds.append(value);
    };
    if (f.createdFrom > 0)
        add(u"c.created_at >= ?"_s, f.createdFrom);
    if (f.createdTo > 0)
        add(u"c.created_at < ?"_s, f.createdTo);
    if (f.outcome)
        add(u"c.closed_outcome = ?"_s, wireName(*f.outcome).isNull() ? u""_s : wireName(*f.outcome));
    switch (f.closedBy) {
    case HistoryFilter::Closer::Any:
        break;
    case HistoryFilter::Closer::Ai:
        add(u"c.closed_outcome <> '' AND c.closed_by = 'ai'"_s);
        break;
    case HistoryFilter::Closer::System:
        add(u"c.closed_outcome <> '' AND c.closed_by = 'system'"_s);
        break;
    case HistoryFilter::Closer::Person:
        add(u"c.closed_outcome <> '' AND c.closed_by NOT IN ('ai', 'system', '')"_s);
        break;
    }
    if (!f.intent.isEmpty())
        add(u"c.intent = ?"_s, f.intent);
    if (f.channel)
        add(u"c.channel = ?"_s, wireName(*f.channel));
    if (f.kind)
        add(u"c.kind = ?"_s, wireName(*f.kind));
    if (!f.segment.isEmpty())
        add(u"cu.segment = ?"_s, f.segment);
    if (!f.language.isEmpty())
        add(u"cu.language = ?"_s, f.language);
    if (f.confidenceBelow)
        add(u"s.ai_min_confidence < ?"_s, *f.confidenceBelow);
    switch (f.handoff) {
    case HistoryFilter::Handoff::Any:
        break;
    case HistoryFilter::Handoff::Never:
        add(u"c.handoff_at = 0"_s);
        break;
    case HistoryFilter::Handoff::Ever:
        add(u"c.handoff_at <> 0"_s);
        break;
    case HistoryFilter::Handoff::Reason:
        add(u"c.handoff_at <> 0 AND c.handoff_reason = ?"_s,
            wireName(f.handoffReason).isNull() ? u""_s : wireName(f.handoffReason));
        break;
    }
    if (f.reviewed)
        add(*f.reviewed ? u"s.judged > 0"_s : u"coalesce(s.judged, 0) = 0"_s);
    if (f.rating)
        add(*f.rating == 0 ? u"r.rating IS NULL"_s : u"r.rating = ?"_s,
            *f.rating == 0 ? QVariant() : QVariant(*f.rating));
    return terms.isEmpty() ? QString() : u" WHERE "_s + terms.join(u" AND "_s);
}

std::optional<qint64> optionalSpan(qint64 from, qint64 to)
{
    if (from <= 0 || to <= 0 || to < from)
        return std::nullopt;
    return to - from;
}

/// One result row; false when an enumeration holds a spelling the codec does not know.
bool readRow(const QSqlQuery &q, HistoryRow &row)
{
    row.conversationId = q.value(0).toString();
    row.customerId = q.value(1).toString();
    row.customerName = q.value(2).toString();
    row.customerEmail = q.value(3).toString();
    row.segment = q.value(4).toString();
    row.language = q.value(5).toString();
    row.vip = q.value(6).toBool();
    if (!fromWireName(q.value(7).toString(), row.channel) || !fromWireName(q.value(8).toString(), row.kind)
        || !fromWireName(q.value(9).toString(), row.status) || !fromWireName(q.value(15).toString(), row.outcome)
        || !fromWireName(q.value(19).toString(), row.handoffReason))
        return false;
    row.subject = q.value(10).toString();
    row.intent = q.value(11).toString();
    row.createdAt = q.value(12).toLongLong();
    row.lastMessageAt = q.value(13).toLongLong();
    row.messageCount = q.value(14).toLongLong();
    if (row.outcome != Outcome::None) {
        row.closedBy = q.value(16).toString();
        row.closedAt = q.value(17).toLongLong();
    }
    const qint64 handoffAt = q.value(18).toLongLong();
    row.handedOff = handoffAt != 0;
    if (!q.value(20).isNull())
        row.csat = q.value(20).toInt();
    row.aiReplies = q.value(21).toInt();
    row.judgedReplies = q.value(22).toInt();
    row.wrongReplies = q.value(23).toInt();
    if (!q.value(24).isNull())
        row.minConfidence = q.value(24).toDouble();
    row.minConfidenceMessageId = q.value(25).toString();
    if (row.aiReplies > 0)
        row.meanConfidence = q.value(26).toDouble() / row.aiReplies;
    const qint64 firstCustomer = q.value(27).toLongLong();
    const qint64 firstAi = q.value(28).toLongLong();
    const qint64 firstHuman = q.value(29).toLongLong();
    row.aiFirstResponseMs = optionalSpan(firstCustomer, firstAi);
    if (row.handedOff)
        row.humanFirstResponseMs = optionalSpan(handoffAt, firstHuman);
    return true;
}

} // namespace

HistoryQuery::HistoryQuery(QSqlDatabase db)
    : m_db(std::move(db))
{ }

std::optional<QList<HistoryRow>> HistoryQuery::rows(const HistoryFilter &filter, const QHash<QString, SearchHit> *only)
{
    m_error.clear();
    QVariantList binds;
    QString where = whereClause(filter, binds);
    if (only) {
        QJsonArray ids;
        for (auto it = only->keyBegin(); it != only->keyEnd(); ++it)
            ids.append(*it);
        where += (where.isEmpty() ? u" WHERE "_s : u" AND "_s) + u"c.id IN (SELECT value FROM json_each(?))"_s;
        binds.append(QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact)));
    }
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(kSelect + where + orderBy(filter.sort))) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    for (const QVariant &value : std::as_const(binds))
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    QList<HistoryRow> result;
    while (query.next()) {
        HistoryRow row;
        if (readRow(query, row)) // A row with unknown spellings is a damaged one: left out.
            result.append(std::move(row));
    }
    return result;
}

std::optional<QHash<QString, SearchHit>> HistoryQuery::search(const QString &text)
{
    m_error.clear();
    QHash<QString, SearchHit> hits;
    const QString match = ftsQuery(text);
    if (match.isEmpty())
        return hits;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // Newest first (rowids grow with arrival), so each conversation's first row is its newest hit.
    // The snippet is made afterwards for those hits only: making one costs more than finding one.
    if (!query.prepare(u"SELECT m.conversation_id, m.id, messages_fts.rowid "
                       "FROM messages_fts JOIN messages m ON m.rowid = messages_fts.rowid "
                       "WHERE messages_fts MATCH ? ORDER BY messages_fts.rowid DESC LIMIT ?"_s)) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    query.addBindValue(match);
    query.addBindValue(kMaxSearchHits);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    QHash<QString, qint64> newest; // conversation -> rowid of its newest hit
    while (query.next()) {
        const QString conversationId = query.value(0).toString();
        SearchHit &hit = hits[conversationId];
        if (hit.hits++ == 0) {
            hit.messageId = query.value(1).toString();
            newest.insert(conversationId, query.value(2).toLongLong());
        }
    }
    // The texts of the newest hits, one query for all, and their snippets.
    QJsonArray rowids;
    for (const qint64 rowid : std::as_const(newest))
        rowids.append(rowid);
    QSqlQuery texts(m_db);
    texts.setForwardOnly(true);
    if (!texts.prepare(
            u"SELECT conversation_id, text FROM messages WHERE rowid IN (SELECT value FROM json_each(?))"_s)) {
        m_error = texts.lastError().text();
        return std::nullopt;
    }
    texts.addBindValue(QString::fromUtf8(QJsonDocument(rowids).toJson(QJsonDocument::Compact)));
    if (!texts.exec()) {
        m_error = texts.lastError().text();
        return std::nullopt;
    }
    const QStringList terms = search::terms(text);
    while (texts.next())
        hits[texts.value(0).toString()].snippet
            = search::snippet(texts.value(1).toString(), terms, kMarkStart, kMarkEnd);
    return hits;
}

QString HistoryQuery::ftsQuery(const QString &text)
{
    // As typed: the index folds case and accents itself (and differs from search::folded() on a
    // few letters, "ß" among them).
    QStringList terms = search::runs(text, kMaxTerms);
    for (QString &term : terms)
        term = u'"' + term + u"\"*"_s;
    return terms.join(u' ');
}

} // namespace pilothouse::models
