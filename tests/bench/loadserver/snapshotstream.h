#pragma once
// One snapshot (docs/protocol.md section 7) made part by part as the connection asks for the
// next: every customer first, then the conversations with their messages, at most 200 items and
// about `maxBytes` per part, each part's messages oldest first. Only the part being made is in
// memory; it shows the world as it is when the part is made (events after `position` may already
// be in it, which the protocol allows).

#include "protocol/frames.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace pilothouse::loadserver {

class World;

class SnapshotStream {
public:
    SnapshotStream(const World &world, protocol::Cursor position, std::size_t maxBytes, std::size_t itemsPerPart);

    bool done() const { return m_done; }
    /// The next part, encoded; the last one says `final`. Only while !done().
    std::string next();

    int parts() const { return m_parts; }
    std::int64_t bytes() const { return m_bytes; }

private:
    /// A customer, or a conversation with its messages, encoded.
    struct Item {
        bool customer = false;
        std::string object;
        std::vector<std::pair<protocol::Millis, std::string>> messages;
        std::size_t bytes = 0;
    };
    std::optional<Item> take();

    const World &m_world;
    std::string m_position; ///< The encoded Cursor, the same in every part.
    std::size_t m_maxBytes;
    std::size_t m_itemsPerPart;
    int m_nextCustomer = 0;
    int m_nextConversation = 0;
    std::optional<Item> m_pending; ///< Made, but did not fit the last part.
    bool m_done = false;
    int m_parts = 0;
    std::int64_t m_bytes = 0;
};

} // namespace pilothouse::loadserver
