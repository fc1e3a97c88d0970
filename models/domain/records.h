#pragma once
// Value types the console's models and store work with: Qt types, converted once from the
// protocol structs on the io thread so the GUI thread never touches std::string or JSON.

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace pilothouse::models {

struct OrderRecord {
    QString id;
    qint64 totalCents = 0;
    QString currency;
    QString status;
    qint64 placedAt = 0; ///< ms since epoch
    QString summary;
    bool operator==(const OrderRecord &) const = default;
};

struct CustomerRecord {
    QString id;
    QString name;
    QString email;
    bool vip = false;
    QString segment;
    qint64 lifetimeValueCents = 0;
    qint64 since = 0;
    QList<OrderRecord> orders;
    bool operator==(const CustomerRecord &) const = default;
};

struct ToolRecord {
    QString name;
    QString summary;
    bool operator==(const ToolRecord &) const = default;
};

struct MessageRecord {
    QString id;
    QString conversationId;
    QString author;          ///< "customer", "ai", "human", "system"
    QString authorName;
    QString text;            ///< Untrusted plain text.
    qint64 at = 0;
    // AI annotation; `hasAi` false for other authors.
    bool hasAi = false;
    QString intent;
    double confidence = 0.0;
    qint64 latencyMs = 0;
    QList<ToolRecord> tools;
    bool operator==(const MessageRecord &) const = default;
};

struct ConversationRecord {
    QString id;
    QString customerId;
    QString channel;         ///< "chat", "email", "sms", "voice"
    QString kind;            ///< "support", "sales"
    QString status;          ///< "ai", "escalated", "human", "resolved"
    QString subject;
    QString intent;
    double sentiment = 0.0;
    std::optional<double> confidence;
    QString lastMessage;
    QString lastAuthor;
    qint64 lastMessageAt = 0;
    qint64 createdAt = 0;
    std::optional<qint64> waitingSince;
    int priority = 0;
    qint64 messageCount = 0;
    QString assignee;
    bool operator==(const ConversationRecord &) const = default;
};

/// A verdict on an AI reply (`message.judged`): was the AI right, and why not.
struct JudgementRecord {
    QString messageId;
    QString conversationId;
    bool correct = true;
    QString reason;
    QString by;              ///< User name of whoever judged.
    bool operator==(const JudgementRecord &) const = default;
};

/// What one store transaction changed, handed from the io thread to the GUI thread.
struct ChangeBatch {
    bool reset = false;      ///< A snapshot replaced everything: drop what you hold first.
    QList<CustomerRecord> customers;
    QList<ConversationRecord> conversations;
    QList<MessageRecord> messages;
    QList<JudgementRecord> judgements; ///< Latest verdict per message changed in this batch.
    qint64 lastSeq = 0;
    bool isEmpty() const
    {
        return !reset && customers.isEmpty() && conversations.isEmpty() && messages.isEmpty() && judgements.isEmpty();
    }
};

} // namespace pilothouse::models

Q_DECLARE_METATYPE(pilothouse::models::CustomerRecord)
Q_DECLARE_METATYPE(pilothouse::models::ConversationRecord)
Q_DECLARE_METATYPE(pilothouse::models::MessageRecord)
Q_DECLARE_METATYPE(pilothouse::models::JudgementRecord)
Q_DECLARE_METATYPE(pilothouse::models::ChangeBatch)
