#pragma once
// The supervisor's daily facts on the wire (docs/protocol.md, "Facts"): the body of
// `GET /api/v1/facts` and of the `facts` frame. The counters mirror analytics::FactsCounters
// (common/analytics/facts.h, docs/metrics.md "Facts") name for name.

#include "codec.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pilothouse::protocol {

/// One slot per EscalationReason, then "taken_over" (a take-over without an escalation).
inline constexpr std::size_t kFactsHandOffSlots = std::size_t(EscalationReason::AiLooping) + 2;
/// The attribution windows of orders, in days.
inline constexpr std::array<int, 4> kFactsAttributionWindows = {1, 5, 7, 30};

struct FactsCounts {
    std::int64_t conversations = 0;
    std::int64_t spam = 0;
    std::int64_t aiResolvedStrict = 0;
    std::int64_t aiResolvedProvisional = 0;
    std::int64_t aiResolvedLenient = 0;
    std::int64_t humanResolved = 0;
    std::int64_t notResolved = 0;
    std::int64_t abandoned = 0;
    std::int64_t handedOff = 0;
    std::array<std::int64_t, kFactsHandOffSlots> handedOffByReason {};
    std::int64_t aiFirstResponseMsSum = 0;
    std::int64_t aiFirstResponseCount = 0;
    std::int64_t humanFirstResponseMsSum = 0;
    std::int64_t humanFirstResponseCount = 0;
    std::int64_t resolutionMsSum = 0;
    std::int64_t resolutionCount = 0;
    std::int64_t surveysSent = 0;
    std::int64_t rated = 0;
    std::int64_t ratedPositive = 0;
    std::int64_t ratingSum = 0;
    std::int64_t aiReplies = 0;
    std::int64_t aiTokens = 0;
    std::int64_t humanHandleMsSum = 0;
    std::int64_t humanHandledConversations = 0;
    std::int64_t salesConversations = 0;
    std::int64_t qualified = 0;
    std::int64_t won = 0;
    std::int64_t lost = 0;
    std::array<std::int64_t, kFactsAttributionWindows.size()> attributedOrders {};
    std::array<std::int64_t, kFactsAttributionWindows.size()> revenueCents {};
    bool operator==(const FactsCounts &) const = default;
};

/// One row: the key and its counters.
struct FactsRow {
    std::string day; ///< "YYYY-MM-DD", the UTC creation day of the conversations counted.
    Channel channel = Channel::Chat;
    ConversationKind kind = ConversationKind::Support;
    std::string intent;
    std::string segment;
    std::string language;
    bool vip = false;
    FactsCounts counts;
    bool operator==(const FactsRow &) const = default;
};

/// Facts for some days: the rows of each listed day replace every row held for that day (a
/// listed day without rows has none).
struct Facts {
    Millis asOf = 0; ///< When the server computed them.
    std::string currency; ///< ISO 4217: the currency of revenueCents.
    std::vector<std::string> days; ///< "YYYY-MM-DD", oldest first.
    std::vector<FactsRow> rows;
    bool operator==(const Facts &) const = default;
};

/// The wire spelling of a hand-off slot: the escalation reason's, or "taken_over".
std::string_view handOffSlotName(std::size_t slot);

/// The facts as a JSON object (without "type"), and back under the codec's strict rules; unknown
/// members are ignored. Days must be valid calendar dates and every row's day must be listed.
nlohmann::json factsToJson(const Facts &facts);
Decoded<Facts> factsFromJson(const nlohmann::json &json);

/// The body of GET /api/v1/facts.
std::string encode(const Facts &facts);
Decoded<Facts> decodeFacts(std::string_view body);

/// Whether `text` is a valid "YYYY-MM-DD" date of the proleptic Gregorian calendar.
bool isIsoDate(std::string_view text);

} // namespace pilothouse::protocol
