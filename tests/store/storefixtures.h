#pragma once
// Builders of protocol events and domain objects for the store tests: realistic field values,
// including customer text with markup that must be stored verbatim.

#include "protocol/frames.h"

#include <string>

namespace storefixtures {

namespace protocol = pilothouse::protocol;

inline protocol::Event makeEvent(
    std::int64_t seq, const std::string &epoch, protocol::EventPayload payload, const char *kind)
{
    protocol::Event e;
    e.id = epoch + '-' + std::to_string(seq);
    e.seq = seq;
    e.epoch = epoch;
    e.at = 1'700'000'000'000 + seq;
    e.kind = kind;
    e.payload = std::move(payload);
    return e;
}

inline protocol::Conversation conversation(const std::string &id, const std::string &lastMessage)
{
    protocol::Conversation c;
    c.id = id;
    c.customerId = "cu-1";
    c.channel = protocol::Channel::Email;
    c.kind = protocol::ConversationKind::Sales;
    c.status = protocol::ConversationStatus::Escalated;
    c.subject = "Order " + id;
    c.intent = "where_is_my_order";
    c.sentiment = -0.25;
    c.confidence = 0.42;
    c.lastMessage = lastMessage;
    c.lastAuthor = protocol::Author::Ai;
    c.lastMessageAt = 1'700'000'100'000;
    c.createdAt = 1'700'000'000'000;
    c.waitingSince = 1'700'000'050'000;
    c.priority = 2;
    c.messageCount = 3;
    c.assignee = "ana";
    return c;
}

inline protocol::Message message(
    const std::string &id, const std::string &conversationId, protocol::Millis at, bool ai = false)
{
    protocol::Message m;
    m.id = id;
    m.conversationId = conversationId;
    m.author = ai ? protocol::Author::Ai : protocol::Author::Customer;
    m.authorName = ai ? "Sunny" : "Dana <b>Doe</b>";
    m.text = "text of " + id;
    m.at = at;
    if (ai)
        m.ai = protocol::AiAnnotation {"refund", 0.87, 420, {{"order.lookup", "looked up order #12345"}}};
    return m;
}

inline protocol::Customer customer(const std::string &id)
{
    protocol::Customer c;
    c.id = id;
    c.name = "Dana Doe";
    c.email = "dana@example.com";
    c.vip = true;
    c.segment = "vip";
    c.lifetimeValueCents = 123'456;
    c.since = 1'600'000'000'000;
    c.orders = {{"12345", 9'900, "USD", "shipped", 1'699'000'000'000, "2 items: Trail Runner 2, Wool Socks"}};
    return c;
}

inline protocol::Event conversationEvent(
    std::int64_t seq, const std::string &epoch, const std::string &id, const std::string &lastMessage)
{
    return makeEvent(seq, epoch, conversation(id, lastMessage), protocol::kinds::ConversationUpserted);
}

inline protocol::Event messageEvent(std::int64_t seq, const std::string &epoch, const std::string &id,
    const std::string &conversationId, protocol::Millis at = 1'700'000'000'000, bool ai = false)
{
    return makeEvent(seq, epoch, message(id, conversationId, at, ai), protocol::kinds::MessageCreated);
}

inline protocol::Event unknownEvent(std::int64_t seq, const std::string &epoch)
{
    return makeEvent(seq, epoch, protocol::UnknownPayload {nlohmann::json {{"ticket", 7}}}, "ticket.archived");
}

} // namespace storefixtures
