#include "store/reviewquery.h"

#include "domain/convert.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pilothouse::models {
namespace {

constexpr qint64 kDayMs = 24 * 3600 * 1000;

const QString kItemColumns = u"SELECT m.id, m.conversation_id, coalesce(cu.name, ''), m.intent, m.text, "
                             "m.confidence, m.at FROM messages m "
                             "JOIN conversations c ON c.id = m.conversation_id "
                             "LEFT JOIN customers cu ON cu.id = c.customer_id "_s;

QString jsonList(const QStringList &ids)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

} // namespace

ReviewQuery::ReviewQuery(QSqlDatabase db)
    : m_db(std::move(db))
{ }

quint64 ReviewQuery::sampleKey(const QString &messageId)
{
    quint64 hash = 14695981039346656037ULL;
    for (const char byte : messageId.toUtf8()) {
        hash ^= static_cast<unsigned char>(byte);
        hash *= 1099511628211ULL;
    }
    return hash;
}

QStringList ReviewQuery::sample(QStringList ids, int perDay)
{
    std::sort(ids.begin(), ids.end(), [](const QString &a, const QString &b) {
        const quint64 ka = sampleKey(a), kb = sampleKey(b);
        return ka != kb ? ka < kb : a < b;
    });
    if (ids.size() > perDay)
        ids.resize(std::max(perDay, 0));
    return ids;
}

std::optional<QList<ReviewItem>> ReviewQuery::items(const QString &sql, const QVariantList &binds)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    QList<ReviewItem> result;
    while (query.next()) {
        result.append(ReviewItem {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
            query.value(3).toString(), query.value(4).toString(), query.value(5).toDouble(),
            query.value(6).toLongLong()});
    }
    return result;
}

std::optional<QList<ReviewItem>> ReviewQuery::queue(const ReviewRequest &request)
{
    switch (request.queue) {
    case ReviewQueue::LowestConfidence:
        // Walks messages_ai_confidence in order and skips what anyone labelled.
        return items(kItemColumns
                + u"WHERE m.has_ai AND NOT EXISTS (SELECT 1 FROM judgements j WHERE j.message_id = m.id) "
                  "ORDER BY m.confidence, m.at LIMIT ?"_s,
            {request.limit});
    case ReviewQueue::HandedOver:
        // From the conversations (few hand-offs among many) to their messages: CROSS JOIN keeps
        // SQLite from walking a million messages to find them.
        return items(u"SELECT m.id, m.conversation_id, coalesce(cu.name, ''), m.intent, m.text, m.confidence, m.at "
                     "FROM conversations c CROSS JOIN messages m ON m.conversation_id = c.id "
                     "LEFT JOIN customers cu ON cu.id = c.customer_id "
                     "WHERE c.handoff_at <> 0 AND m.has_ai AND NOT EXISTS (SELECT 1 FROM judgements j "
                     "WHERE j.message_id = m.id AND j.judged_by = ?) ORDER BY c.handoff_at DESC, c.id, m.at LIMIT ?"_s,
            {request.me, request.limit});
    case ReviewQueue::DailySample:
        return dailySample(request);
    }
    return QList<ReviewItem> {};
}

std::optional<QList<ReviewItem>> ReviewQuery::dailySample(const ReviewRequest &request)
{
    // UTC days, so consoles in every time zone sample the same replies: that is what lets two
    // reviewers' labels of one reply be compared.
    const qint64 today = request.now - request.now % kDayMs;
    QStringList chosen;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT id FROM messages WHERE has_ai AND at >= ? AND at < ?"_s);
    for (int day = 0; day < request.sampleDays && chosen.size() < request.limit; ++day) {
        const qint64 from = today - day * kDayMs;
        query.addBindValue(from);
        query.addBindValue(from + kDayMs);
        if (!query.exec()) {
            m_error = query.lastError().text();
            return std::nullopt;
        }
        QStringList ids;
        while (query.next())
            ids.append(query.value(0).toString());
        chosen += sample(std::move(ids), request.samplePerDay);
    }
    auto found = items(kItemColumns
            + u"WHERE m.id IN (SELECT value FROM json_each(?)) AND NOT EXISTS (SELECT 1 FROM judgements j "
              "WHERE j.message_id = m.id AND j.judged_by = ?)"_s,
        {jsonList(chosen), request.me});
    if (!found)
        return std::nullopt;
    // Newest day first, each day in its sample's order.
    QHash<QString, qsizetype> order;
    for (qsizetype i = 0; i < chosen.size(); ++i)
        order.insert(chosen.at(i), i);
    std::sort(found->begin(), found->end(),
        [&](const ReviewItem &a, const ReviewItem &b) { return order.value(a.messageId) < order.value(b.messageId); });
    if (found->size() > request.limit)
        found->resize(request.limit);
    return found;
}

namespace {

std::optional<QList<ReviewLabel>> readLabels(QSqlQuery &query, QString &error)
{
    if (!query.exec()) {
        error = query.lastError().text();
        return std::nullopt;
    }
    QList<ReviewLabel> result;
    while (query.next()) {
        ReviewLabel label {query.value(0).toString(), query.value(1).toString(), query.value(2).toBool()};
        fromWireName(query.value(3).toString(), label.category);
        label.note = query.value(4).toString();
        result.append(std::move(label));
    }
    return result;
}

} // namespace

std::optional<QList<ReviewLabel>> ReviewQuery::labels(const QStringList &messageIds)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT message_id, judged_by, correct, category, reason FROM judgements "
                  "WHERE message_id IN (SELECT value FROM json_each(?)) ORDER BY rowid"_s);
    query.addBindValue(jsonList(messageIds));
    return readLabels(query, m_error);
}

std::optional<QList<ReviewLabel>> ReviewQuery::sharedLabels()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    query.prepare(u"SELECT message_id, judged_by, correct, category, reason FROM judgements WHERE message_id IN "
                  "(SELECT message_id FROM judgements GROUP BY message_id HAVING count(*) > 1) "
                  "ORDER BY message_id, judged_by"_s);
    return readLabels(query, m_error);
}

} // namespace pilothouse::models
