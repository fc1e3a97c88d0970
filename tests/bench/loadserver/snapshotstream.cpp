#include "snapshotstream.h"

#include "world.h"

#include "protocol/codec.h"

#include <algorithm>

namespace pilothouse::loadserver {
namespace {

template<typename T> std::string encoded(const T &value)
{
    nlohmann::json json;
    protocol::to_json(json, value);
    return protocol::encodeJson(json);
}

void appendArray(std::string &out, const char *name, const std::vector<const std::string *> &items)
{
    out += ",\"";
    out += name;
    out += "\":[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += ',';
        out += *items[i];
    }
    out += ']';
}

} // namespace

SnapshotStream::SnapshotStream(
    const World &world, protocol::Cursor position, std::size_t maxBytes, std::size_t itemsPerPart)
    : m_world(world)
    , m_position(protocol::encodeJson(nlohmann::json {{"epoch", position.epoch}, {"seq", position.seq}}))
    , m_maxBytes(maxBytes)
    , m_itemsPerPart(itemsPerPart)
{ }

std::optional<SnapshotStream::Item> SnapshotStream::take()
{
    Item item;
    if (m_nextCustomer < m_world.customerCount()) {
        item.customer = true;
        item.object = encoded(m_world.customer(m_nextCustomer++));
        item.bytes = item.object.size() + 1;
        return item;
    }
    if (m_nextConversation >= m_world.conversationCount())
        return std::nullopt;
    const int index = m_nextConversation++;
    item.object = encoded(m_world.conversation(index));
    item.bytes = item.object.size() + 1;
    for (const protocol::Message &message : m_world.messages(index)) {
        item.messages.emplace_back(message.at, encoded(message));
        item.bytes += item.messages.back().second.size() + 1;
    }
    return item;
}

std::string SnapshotStream::next()
{
    std::vector<Item> items;
    std::size_t bytes = 0;
    bool final = false;
    for (;;) {
        if (!m_pending)
            m_pending = take();
        if (!m_pending) {
            final = true;
            break;
        }
        // A single conversation larger than the budget still goes, alone in its part: its messages
        // must travel with it.
        if (!items.empty() && (items.size() >= m_itemsPerPart || bytes + m_pending->bytes > m_maxBytes))
            break;
        bytes += m_pending->bytes;
        items.push_back(std::move(*m_pending));
        m_pending.reset();
    }

    std::vector<const std::string *> customers;
    std::vector<const std::string *> conversations;
    std::vector<const std::pair<protocol::Millis, std::string> *> messages;
    for (const Item &item : items) {
        (item.customer ? customers : conversations).push_back(&item.object);
        for (const auto &message : item.messages)
            messages.push_back(&message);
    }
    // Oldest first across the part, not only within each conversation.
    std::stable_sort(
        messages.begin(), messages.end(), [](const auto *a, const auto *b) { return a->first < b->first; });
    std::vector<const std::string *> texts;
    texts.reserve(messages.size());
    for (const auto *message : messages)
        texts.push_back(&message->second);

    std::string part;
    part.reserve(bytes + 256);
    part += R"({"type":"snapshot","position":)";
    part += m_position;
    part += ",\"part\":" + std::to_string(m_parts) + ",\"final\":" + (final ? "true" : "false");
    appendArray(part, "customers", customers);
    appendArray(part, "conversations", conversations);
    appendArray(part, "messages", texts);
    part += '}';
    ++m_parts;
    m_bytes += std::int64_t(part.size());
    m_done = final;
    return part;
}

} // namespace pilothouse::loadserver
