#pragma once
// Which qualification facts of a sales lead (need, timeline, budget, authority) a customer's
// message reveals: fixed phrases per fact and language (server/data/qualification.json), matched
// as whole words. Deterministic and simple; docs/protocol.md (Conversation) says what each means.

#include "protocol/frames.h"

#include <string_view>
#include <vector>

namespace pilothouse::server {

/// The facts `text` reveals, in enum order without repeats. `language` is the customer's (""
/// unknown); English phrases are always checked too, since customers often write English.
std::vector<protocol::QualificationFact> qualificationFacts(std::string_view text, std::string_view language);

/// `known` with `more` added, in enum order without repeats.
std::vector<protocol::QualificationFact> mergeFacts(
    const std::vector<protocol::QualificationFact> &known, const std::vector<protocol::QualificationFact> &more);

} // namespace pilothouse::server
