#include "factsfold.h"

#include "analytics/factsbuilder.h"
#include "protocol/codec.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QSqlQuery>
#include <QVariant>

#include <limits>

namespace pilothouse::server {
namespace {

using namespace pilothouse::analytics;

std::string text(const QVariant &value)
{
    return value.toString().toStdString();
}

/// A stored close outcome; an unknown spelling (never written by this server) reads as resolved.
CloseOutcome closeOutcome(const QVariant &value)
{
    if (value.isNull())
        return CloseOutcome::None;
    return closeOutcomeOf(protocol::outcomeFromString(text(value)).value_or(protocol::ResolveOutcome::Resolved));
}

constexpr int kQualificationFacts = 4; // need, timeline, budget, authority

/// A stored sales stage; an unknown spelling reads as engaged.
SalesStage salesStage(const QVariant &value)
{
    if (value.isNull())
        return SalesStage::None;
    return salesStageOf(protocol::salesStageFromString(text(value)).value_or(protocol::SalesStage::Engaged));
}

/// The history of the conversations created since `sinceMs`, from the state tables. Stored rows
/// were written by this server from values the codec encoded, so their spellings are known; a
/// row that does not read is skipped. Every query starts from the conversations created since
/// then (CROSS JOIN keeps SQLite from scanning every message to find them).
History readHistory(const QSqlDatabase &db, qint64 sinceMs, QHash<QString, CustomerKey> &customers)
{
    History history;
    QHash<QString, qsizetype> index;
    using CustomerFacts = CustomerKey;
    customers.clear();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT id, json_extract(data, '$.segment'), json_extract(data, '$.language'),"
                              " json_extract(data, '$.vip') FROM customers"))) {
        while (q.next())
            customers.insert(
                q.value(0).toString(), {q.value(1).toString(), q.value(2).toString(), q.value(3).toBool()});
    }

    q.prepare(QStringLiteral("SELECT id, customer_id, created_at, json_extract(data, '$.channel'),"
                             " json_extract(data, '$.kind'), json_extract(data, '$.intent'),"
                             " json_extract(data, '$.humanHandleMs'), json_extract(data, '$.salesStage'),"
                             " json_array_length(data, '$.qualification'), json_extract(data, '$.handoff.dueAt')"
                             " FROM conversations WHERE created_at >= ? ORDER BY created_at, id"));
    q.addBindValue(sinceMs);
    if (q.exec()) {
        while (q.next()) {
            HistoryConversation c;
            c.id = q.value(0).toString();
            c.customerId = q.value(1).toString();
            c.createdAt = q.value(2).toLongLong();
            const auto channel = protocol::channelFromString(text(q.value(3)));
            const auto kind = protocol::kindFromString(text(q.value(4)));
            if (!channel || !kind)
                continue;
            c.channel = *channel;
            c.kind = *kind;
            c.intent = q.value(5).toString();
            c.humanHandleMs = q.value(6).toLongLong();
            c.stage = salesStage(q.value(7));
            // The codec keeps the facts without repeats, so four are all of them.
            c.qualified = q.value(8).toInt() == kQualificationFacts;
            c.handoffDueAt = q.value(9).toLongLong();
            const CustomerFacts customer = customers.value(c.customerId);
            c.segment = customer.segment;
            c.language = customer.language;
            c.vip = customer.vip;
            index.insert(c.id, history.conversations.size());
            history.conversations.append(std::move(c));
        }
    }
    const auto conversation = [&](const QVariant &id) -> HistoryConversation * {
        const auto it = index.constFind(id.toString());
        return it == index.cend() ? nullptr : &history.conversations[*it];
    };

    // With each AI reply's confidence and its latest judgement by anyone (the judgements table keeps
    // each judge's latest; the highest rowid of a message is the one made last).
    q.prepare(QStringLiteral("SELECT m.conversation_id, m.author, m.at, json_extract(m.data, '$.visibility'),"
                             " json_extract(m.data, '$.ai.tokens'), json_extract(m.data, '$.ai.confidence'),"
                             " json_extract(j.data, '$.correct') FROM conversations c"
                             " CROSS JOIN messages m ON m.conversation_id = c.id"
                             " LEFT JOIN judgements j ON j.rowid = (SELECT max(k.rowid) FROM judgements k"
                             " WHERE k.message_id = m.id) WHERE c.created_at >= ?"
                             " ORDER BY m.at, m.rowid"));
    q.addBindValue(sinceMs);
    if (q.exec()) {
        while (q.next()) {
            HistoryConversation *c = conversation(q.value(0));
            const auto author = protocol::authorFromString(text(q.value(1)));
            const auto visibility = q.value(3).isNull() ? std::optional(protocol::Visibility::Public)
                                                        : protocol::visibilityFromString(text(q.value(3)));
            if (!c || !author || !visibility)
                continue;
            HistoryMessage m;
            m.author = *author;
            m.visibility = *visibility;
            m.at = q.value(2).toLongLong();
            m.tokens = q.value(4).toLongLong();
            if (!q.value(5).isNull())
                m.confidence = q.value(5).toDouble();
            if (!q.value(6).isNull())
                m.judged = q.value(6).toBool() ? Judged::Correct : Judged::Wrong;
            c->messages.append(m);
        }
    }

    q.prepare(
        QStringLiteral("SELECT t.conversation_id, json_extract(t.data, '$.from'), json_extract(t.data, '$.to'),"
                       " json_extract(t.data, '$.actor'), json_extract(t.data, '$.reason'),"
                       " json_extract(t.data, '$.outcome'), json_extract(t.data, '$.at') FROM conversations c"
                       " CROSS JOIN transitions t ON t.conversation_id = c.id WHERE c.created_at >= ? ORDER BY t.seq"));
    q.addBindValue(sinceMs);
    if (q.exec()) {
        while (q.next()) {
            HistoryConversation *c = conversation(q.value(0));
            const auto from = protocol::statusFromString(text(q.value(1)));
            const auto to = protocol::statusFromString(text(q.value(2)));
            if (c && from && to) {
                c->transitions.append({*from, *to, q.value(3).toString(), q.value(4).toString(),
                    closeOutcome(q.value(5)), q.value(6).toLongLong()});
            }
        }
    }

    q.prepare(QStringLiteral("SELECT r.conversation_id, json_extract(r.data, '$.rating'), json_extract(r.data, '$.at')"
                             " FROM conversations c CROSS JOIN ratings r ON r.conversation_id = c.id"
                             " WHERE c.created_at >= ?"));
    q.addBindValue(sinceMs);
    if (q.exec()) {
        while (q.next()) {
            if (HistoryConversation *c = conversation(q.value(0)))
                c->ratings.append({q.value(1).toInt(), q.value(2).toLongLong()});
        }
    }

    q.prepare(QStringLiteral("SELECT customer_id, json_extract(data, '$.totalCents'), json_extract(data, '$.currency'),"
                             " json_extract(data, '$.placedAt') FROM orders WHERE json_extract(data, '$.placedAt') >= ?"
                             " ORDER BY json_extract(data, '$.placedAt'), id"));
    q.addBindValue(sinceMs);
    if (q.exec()) {
        while (q.next()) {
            history.orders.append(
                {q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toLongLong()});
        }
    }
    return history;
}

} // namespace

FactsFold foldFacts(const QSqlDatabase &db, QDate since, qint64 nowMs, const QString &currency)
{
    QElapsedTimer timer;
    timer.start();
    FactsFold fold;
    fold.since = since;
    fold.nowMs = nowMs;
    fold.currency = currency;
    const QDate today = QDateTime::fromMSecsSinceEpoch(nowMs, Qt::UTC).date();
    const History history = readHistory(db, QDateTime(since, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(), fold.customers);
    fold.readMs = timer.elapsed();
    fold.historySize = history.conversations.size();
    QList<ConversationFacts> perConversation = FactsBuilder::perConversation(history, nowMs, currency);
    perConversation.removeIf([&](const ConversationFacts &c) { return c.key.day < since || c.key.day > today; });
    fold.rows = FactsBuilder::sum(perConversation);
    // What each conversation contributed, for the lists behind a figure.
    fold.conversations.reserve(perConversation.size());
    for (const ConversationFacts &c : std::as_const(perConversation)) {
        const HistoryConversation &h = history.conversations[c.index];
        protocol::ConversationStatus status = protocol::ConversationStatus::Ai;
        qint64 latest = std::numeric_limits<qint64>::min();
        for (const HistoryTransition &t : h.transitions) {
            if (t.at <= nowMs && t.at >= latest) {
                latest = t.at;
                status = t.to;
            }
        }
        fold.conversations.append({h.id, h.customerId, h.createdAt, h.intent, status, c.key, c.counts});
    }
    fold.totalMs = timer.elapsed();
    return fold;
}

} // namespace pilothouse::server
