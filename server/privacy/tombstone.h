#pragma once
// What erasure keeps of a stored payload (docs/protocol.md, "Erasure"): the same JSON shape, the
// personal text replaced. One function for the state tables and the event log's rows, which
// store the same payloads, so a replay of an erased customer's events yields only tombstones.

#include <nlohmann/json.hpp>

#include <string_view>

namespace pilothouse::server::privacy {

/// Replaces the personal text of a payload of event kind `kind` in place: names, e-mail,
/// subjects and message texts become protocol::kErasedText; notes, comments, judgement reasons,
/// draft texts, order summaries and AI tool summaries become "". Ids, times, enums and figures
/// stay, so the supervisors' aggregates keep counting. Unknown kinds are left as they are.
void tombstone(std::string_view kind, nlohmann::json &payload);

} // namespace pilothouse::server::privacy
