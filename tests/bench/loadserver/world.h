#pragma once
// The backend's state as pilothouse-loadserver makes it up: N conversations of M messages over
// the last 20 days, and the customers behind them. Every customer, conversation and message is a
// function of its index, made again whenever it is sent (a snapshot of 500,000 messages is
// never held in memory); the only state kept is the time of each live message added since the
// start, so a later snapshot shows them too.

#include "protocol/frames.h"

#include <utility>
#include <vector>

namespace pilothouse::loadserver {

class World {
public:
    /// `origin`: the server's start; every made-up message is older than it.
    World(int conversations, int messagesEach, protocol::Millis origin);

    int conversationCount() const { return m_conversations; }
    int customerCount() const { return m_customers; }

    protocol::Customer customer(int index) const;
    /// The board row as it is now, live messages included.
    protocol::Conversation conversation(int index) const;
    int messageCount(int conversation) const;
    /// Message `index` (0 = the first) of `conversation`; index < messageCount(conversation).
    protocol::Message message(int conversation, int index) const;
    /// Every message of `conversation`, oldest first.
    std::vector<protocol::Message> messages(int conversation) const;

    /// The conversations live traffic writes to (not resolved: a message to a resolved one would
    /// reopen it, which takes a transition first).
    const std::vector<int> &openConversations() const { return m_open; }
    /// Adds a message to `conversation` at `at`: the message and the row after it.
    std::pair<protocol::Message, protocol::Conversation> addLiveMessage(int conversation, protocol::Millis at);

private:
    struct Shape;
    Shape shape(int index) const;
    protocol::Author authorOf(const Shape &shape, int index) const;
    protocol::Message makeMessage(const Shape &shape, int conversation, int index) const;
    protocol::Millis messageTime(const Shape &shape, int conversation, int index) const;

    int m_conversations;
    int m_messagesEach;
    int m_customers;
    protocol::Millis m_origin;
    std::vector<std::vector<protocol::Millis>> m_live; ///< Per conversation: the times of its live messages.
    std::vector<int> m_open;
};

} // namespace pilothouse::loadserver
