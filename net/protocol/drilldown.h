#pragma once
// The conversations behind a figure on the wire (docs/protocol.md 2.1, "Conversations behind a
// figure"): the body of GET /api/v1/facts/conversations. Which conversations are behind which
// figure is analytics' business (common/analytics/drilldown.h); here only the shape.

#include "codec.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pilothouse::protocol {

/// One conversation behind a figure.
struct FactsConversation {
    std::string id;
    std::string customerId;
    Millis createdAt = 0;
    Channel channel = Channel::Chat;
    ConversationKind kind = ConversationKind::Support;
    std::string intent; ///< The last detected intent; empty when none.
    ConversationStatus status = ConversationStatus::Ai; ///< Where it stood when the facts were computed.
    std::string outcome; ///< "open", "ai_resolved", "human_resolved", "not_resolved", "abandoned", "spam".
    bool handedOff = false;
    bool operator==(const FactsConversation &) const = default;
};

/// 200 answer: the list (newest first, at most the server's limit) and how many there are.
struct FactsConversations {
    Millis asOf = 0; ///< When the facts these come from were computed.
    std::string metric;
    std::string side; ///< "numerator" or "denominator".
    std::string membership; ///< "count", "contributors" or "all".
    std::int64_t total = 0;
    bool truncated = false;
    std::vector<FactsConversation> conversations;
    bool operator==(const FactsConversations &) const = default;
};

std::string encode(const FactsConversations &body);
Decoded<FactsConversations> decodeFactsConversations(std::string_view body);

} // namespace pilothouse::protocol
