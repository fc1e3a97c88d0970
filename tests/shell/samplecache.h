#pragma once
// A cache as a busy Monday leaves it, written by the real write path: twenty conversations, some
// escalated and waiting (the queue), some with the AI, some closed; long names and long
// messages. For the tests that drive every page (tests/shell).

#include "store/eventapplier.h"
#include "store/localstore.h"

#include <QDateTime>
#include <QTest>

#include <array>
#include <string>
#include <vector>

namespace pilothouse::tests {

/// Twenty conversations: some escalated and waiting (the queue), some with a person, some closed;
/// long names and long messages, as a busy Monday has them.
inline void fillSampleCache(const QString &path)
{
    pilothouse::models::LocalStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    pilothouse::models::EventApplier applier(store);
    QVERIFY(applier.prepare());
    const pilothouse::protocol::Millis now = QDateTime::currentMSecsSinceEpoch();
    std::vector<pilothouse::protocol::Event> events;
    std::int64_t seq = 0;
    const auto push = [&](pilothouse::protocol::EventPayload payload) {
        pilothouse::protocol::Event e;
        e.seq = ++seq;
        e.epoch = "settings";
        e.id = "settings-" + std::to_string(seq);
        e.at = now;
        e.payload = std::move(payload);
        events.push_back(std::move(e));
    };
    const std::array<const char *, 4> names {
        "Dana Whitfield", "Amélie Dubois-Lefèvre", "Maximilian Alexander von Hohenberg", "Ольга Иванова"};
    for (int i = 0; i < 20; ++i) {
        const std::string id = "cv-" + std::to_string(100 + i);
        pilothouse::protocol::Customer customer;
        customer.id = "cu-" + std::to_string(i);
        customer.name = names[std::size_t(i % 4)];
        customer.segment = i % 3 == 0 ? "vip" : "returning";
        push(customer);
        pilothouse::protocol::Conversation c;
        c.id = id;
        c.customerId = customer.id;
        c.channel = i % 4 == 1 ? pilothouse::protocol::Channel::Email : pilothouse::protocol::Channel::Chat;
        c.subject = "Order #4711 arrived damaged and I need a replacement before the weekend";
        c.intent = "order_status";
        c.sentiment = i % 2 == 0 ? -0.6 : 0.3;
        c.confidence = 0.4 + 0.03 * i;
        c.createdAt = now - pilothouse::protocol::Millis(i) * 1800'000;
        c.lastMessageAt = c.createdAt + 60'000;
        c.lastMessage = "The parcel arrived with a crushed corner and the glass inside is broken. What now?";
        c.messageCount = 2;
        if (i % 3 == 0) {
            c.status = pilothouse::protocol::ConversationStatus::Escalated;
            c.priority = 2;
            c.waitingSince = c.lastMessageAt;
            c.escalation = pilothouse::protocol::Escalation {"low-confidence",
                pilothouse::protocol::EscalationReason::LowConfidence, 2, c.lastMessageAt, now + 120'000};
        } else if (i % 3 == 1) {
            c.status = pilothouse::protocol::ConversationStatus::Ai;
        } else {
            c.status = pilothouse::protocol::ConversationStatus::Resolved;
            c.closed
                = pilothouse::protocol::Closed {pilothouse::protocol::ResolveOutcome::Resolved, "ai", c.lastMessageAt};
        }
        push(c);
        pilothouse::protocol::Message ask;
        ask.id = id + "-1";
        ask.conversationId = id;
        ask.author = pilothouse::protocol::Author::Customer;
        ask.text = c.lastMessage;
        ask.at = c.createdAt;
        push(ask);
        pilothouse::protocol::Message reply;
        reply.id = id + "-2";
        reply.conversationId = id;
        reply.author = pilothouse::protocol::Author::Ai;
        reply.text = "I am sorry to hear that. I have opened a replacement for order #4711; it ships today.";
        reply.at = c.createdAt + 3000;
        reply.ai = pilothouse::protocol::AiAnnotation {c.intent, *c.confidence, 300, {}};
        push(reply);
    }
    QVERIFY2(applier.applyEvents(events), qPrintable(applier.errorString()));
}

} // namespace pilothouse::tests
