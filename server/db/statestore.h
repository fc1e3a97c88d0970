#pragma once

#include "protocol/frames.h"

#include <QString>

#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace pilothouse::server {

class Database;
struct Product;

/// The current state the event log describes: customers with their orders, products,
/// conversations (board summaries) and messages. Writers call it inside an EventLog append so the
/// state change and its event commit together; it never opens a transaction itself.
class StateStore {
public:
    explicit StateStore(Database &db);

    /// Writes the customer and the first `orders` of its orders (most recent first; all by
    /// default). The orders table keeps every order, also those the record no longer lists.
    bool upsertCustomer(
        const protocol::Customer &customer, std::size_t orders = std::numeric_limits<std::size_t>::max());
    bool upsertProduct(const Product &product);
    bool upsertConversation(const protocol::Conversation &conversation);
    bool insertMessage(const protocol::Message &message);
    /// Keeps each judge's latest judgement of a message (a later one by the same judge replaces it).
    bool upsertJudgement(const protocol::Judgement &judgement);
    /// Keeps the latest rating of a conversation (a later one replaces it).
    bool upsertRating(const protocol::Rating &rating);
    enum class SwapResult { Swapped, Lost, Error };
    /// Replaces the row only if its status and assignee still equal `expected`'s.
    SwapResult swapConversation(const protocol::Conversation &expected, const protocol::Conversation &next);

    bool hasCustomer(const std::string &id) const;
    /// True when an admin erased the customer (privacy/erasure.h): the row stays, tombstoned, for
    /// the aggregates; snapshots leave it out and the engine writes nothing more for it.
    bool isErased(const std::string &customerId) const;
    /// The ids of every conversation of the customer, erased or not.
    std::vector<std::string> conversationIdsOf(const std::string &customerId) const;
    std::optional<protocol::Customer> customer(const std::string &id) const;
    std::optional<protocol::Conversation> conversation(const std::string &id) const;
    std::optional<protocol::Message> message(const std::string &id) const;
    /// Oldest first; the last `limit` only when limit > 0.
    std::vector<protocol::Message> messages(const std::string &conversationId, int limit = 0) const;
    /// Each judge's latest judgement of every judged message in the conversation, oldest first.
    std::vector<protocol::Judgement> judgements(const std::string &conversationId) const;
    /// The conversation's latest rating, if the customer answered a survey.
    std::optional<protocol::Rating> rating(const std::string &conversationId) const;
    /// Every status change of the conversation, oldest first.
    std::vector<protocol::Transition> transitions(const std::string &conversationId) const;
    /// The customer's latest sales conversation created at or after `sinceMs` that is not closed
    /// as spam, other than `exceptId`: the one an order placed now is attributed to.
    std::optional<protocol::Conversation> latestSalesConversation(
        const std::string &customerId, protocol::Millis sinceMs, const std::string &exceptId = {}) const;
    /// The customer's open conversation (status ai, escalated or human) on `channel` of `kind`: the
    /// one a new message of theirs there goes into (docs/protocol.md, section 8.1). The reference
    /// server keeps at most one; should there be several, the most recently active.
    std::optional<protocol::Conversation> openConversationOf(
        const std::string &customerId, protocol::Channel channel, protocol::ConversationKind kind) const;
    /// Conversation ids, most recently active first; an erased customer's are left out.
    std::vector<std::string> conversationIds() const;
    /// Every customer, conversation or not, but the erased: a snapshot must carry them all, since
    /// the events that introduced them lie before its position.
    std::vector<std::string> customerIds() const;

private:
    Database &m_db;
};

} // namespace pilothouse::server
