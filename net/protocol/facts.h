#pragma once
// The supervisor's daily facts on the wire (docs/protocol.md, "Facts"): the body of
// `GET /api/v1/facts` and of the `facts` frame (the structs are in frames.h with every frame).

#include "codec.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pilothouse::protocol {

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
