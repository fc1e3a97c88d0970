#include "framing.h"

#include "db/statestore.h"

#include "protocol/codec.h"

namespace pilothouse::server {
namespace {

template<typename T> std::size_t jsonSize(const T &value)
{
    nlohmann::json json;
    protocol::to_json(json, value);
    return protocol::encodeJson(json).size() + 1;
}

} // namespace

bool hasDraftsForOthers(const std::vector<protocol::Event> &events, const std::string &userName)
{
    for (const auto &event : events) {
        const auto *draft = std::get_if<protocol::Draft>(&event.payload);
        if (draft && draft->forUser != userName && !draft->text.empty())
            return true;
    }
    return false;
}

void redactDraftsFor(std::vector<protocol::Event> &events, const std::string &userName)
{
    for (auto &event : events) {
        auto *draft = std::get_if<protocol::Draft>(&event.payload);
        if (draft && draft->forUser != userName)
            draft->text.clear();
    }
}

void encodeEventFrames(
    const std::vector<protocol::Event> &events, int maxEvents, std::size_t maxBytes, const FrameSink &sink)
{
    protocol::Events frame;
    std::size_t bytes = 0;
    const auto flush = [&] {
        if (frame.events.empty())
            return;
        sink(protocol::encode(protocol::ServerFrame {std::move(frame)}));
        frame.events.clear();
        bytes = 0;
    };
    for (const auto &event : events) {
        const std::size_t size = protocol::encodeJson(protocol::toJson(event)).size() + 1;
        if (!frame.events.empty()
            && (frame.events.size() >= static_cast<std::size_t>(maxEvents) || bytes + size > maxBytes))
            flush();
        frame.events.push_back(event);
        bytes += size;
    }
    flush();
}

int encodeSnapshot(const StateStore &state, const protocol::Cursor &position, std::size_t perPart, std::size_t maxBytes,
    const FrameSink &sink, const std::vector<protocol::ConfigPublished> &config)
{
    protocol::Snapshot part;
    part.position = position;
    part.config = config; // in part 0 only
    std::size_t bytes = 0;
    int parts = 0;
    const auto flush = [&](bool final) {
        part.part = parts++;
        part.final = final;
        sink(protocol::encode(protocol::ServerFrame {part}));
        part.customers.clear();
        part.conversations.clear();
        part.messages.clear();
        part.judgements.clear();
        part.ratings.clear();
        part.transitions.clear();
        part.config.clear();
        bytes = 0;
    };
    const auto full = [&](std::size_t items, std::size_t size) {
        return items > 0 && (items >= perPart || bytes + size > maxBytes);
    };
    // Every customer first: the customer.upserted events that introduced them precede the
    // snapshot's position, so a client would otherwise never learn of customers who start a
    // conversation later.
    for (const auto &id : state.customerIds()) {
        auto customer = state.customer(id);
        if (!customer)
            continue;
        const std::size_t size = jsonSize(*customer);
        if (full(part.customers.size() + part.conversations.size(), size))
            flush(false);
        part.customers.push_back(std::move(*customer));
        bytes += size;
    }
    for (const auto &id : state.conversationIds()) {
        auto conversation = state.conversation(id);
        if (!conversation)
            continue;
        std::vector<protocol::Message> messages = state.messages(id);
        std::vector<protocol::Judgement> judgements = state.judgements(id);
        std::vector<protocol::Transition> transitions = state.transitions(id);
        std::size_t size = jsonSize(*conversation);
        for (const auto &transition : transitions)
            size += jsonSize(transition);
        for (const auto &message : messages)
            size += jsonSize(message);
        for (const auto &judgement : judgements)
            size += jsonSize(judgement);
        std::optional<protocol::Rating> rating = state.rating(id);
        if (rating)
            size += jsonSize(*rating);
        if (full(part.customers.size() + part.conversations.size(), size))
            flush(false);
        part.conversations.push_back(std::move(*conversation));
        part.messages.insert(
            part.messages.end(), std::make_move_iterator(messages.begin()), std::make_move_iterator(messages.end()));
        part.judgements.insert(part.judgements.end(), std::make_move_iterator(judgements.begin()),
            std::make_move_iterator(judgements.end()));
        if (rating)
            part.ratings.push_back(std::move(*rating));
        part.transitions.insert(part.transitions.end(), std::make_move_iterator(transitions.begin()),
            std::make_move_iterator(transitions.end()));
        bytes += size;
    }
    flush(true);
    return parts;
}

} // namespace pilothouse::server
