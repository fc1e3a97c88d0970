#pragma once
// Private to the codec: parses one frame's text into a nlohmann::json tree without throwing.

#include "codec.h"

#include <string_view>

namespace pilothouse::protocol::detail {

/// Parses `text` into `out`. Unlike nlohmann::json::parse this never throws on bad input, stops
/// at the first container nested deeper than kMaxDepth (so a hostile frame cannot make us build
/// a huge tree first), and rejects duplicate object keys, which two parsers could resolve
/// differently. Returns false and fills `error` (MalformedJson or TooDeep) on failure.
bool parseJson(std::string_view text, nlohmann::json &out, DecodeError &error);

} // namespace pilothouse::protocol::detail
