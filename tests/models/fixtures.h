#pragma once
// Record builders for the model tests: every field a test does not care about gets a
// plausible value, so each test states only what it checks.

#include "domain/records.h"

#include <QDateTime>

namespace fixtures {

using namespace pilothouse::models;

inline qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

inline CustomerRecord customer(const QString &id, const QString &name, bool vip = false)
{
    CustomerRecord c;
    c.id = id;
    c.name = name;
    c.email = id + u"@example.com";
    c.vip = vip;
    c.segment = vip ? QStringLiteral("vip") : QStringLiteral("returning");
    c.lifetimeValueCents = 123450;
    c.since = QDateTime(QDate(2021, 3, 15), QTime(12, 0)).toMSecsSinceEpoch();
    return c;
}

inline ConversationRecord conversation(const QString &id, const QString &customerId, qint64 lastAt = 0)
{
    ConversationRecord c;
    c.id = id;
    c.customerId = customerId;
    c.channel = Channel::Chat;
    c.kind = Kind::Support;
    c.status = Status::Ai;
    c.subject = QStringLiteral("Question about ") + id;
    c.intent = QStringLiteral("order_status");
    c.lastMessage = QStringLiteral("Hello");
    c.lastAuthor = Author::Customer;
    c.lastMessageAt = lastAt ? lastAt : now();
    c.createdAt = c.lastMessageAt - 60'000;
    c.confidence = 0.9;
    return c;
}

inline MessageRecord message(
    const QString &id, const QString &conversationId, qint64 at, const QString &text = QStringLiteral("hi"))
{
    MessageRecord m;
    m.id = id;
    m.conversationId = conversationId;
    m.author = Author::Customer;
    m.authorName = QStringLiteral("Ann");
    m.text = text;
    m.at = at;
    return m;
}

inline MessageRecord aiMessage(const QString &id, const QString &conversationId, qint64 at, double confidence)
{
    MessageRecord m = message(id, conversationId, at, QStringLiteral("Your order shipped."));
    m.author = Author::Ai;
    m.authorName = QStringLiteral("Pilot");
    m.hasAi = true;
    m.intent = QStringLiteral("order_status");
    m.confidence = confidence;
    m.latencyMs = 840;
    m.tools = {ToolRecord {QStringLiteral("order.lookup"), QStringLiteral("looked up order #12345")}};
    return m;
}

inline ChangeBatch batch(
    QList<ConversationRecord> conversations, QList<CustomerRecord> customers = {}, QList<MessageRecord> messages = {})
{
    ChangeBatch b;
    b.conversations = std::move(conversations);
    b.customers = std::move(customers);
    b.messages = std::move(messages);
    return b;
}

} // namespace fixtures
