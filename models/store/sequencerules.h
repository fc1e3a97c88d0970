#pragma once
// The sequence rules of an events frame (docs/protocol.md section 5): within an epoch, seqs rise
// by one; a seq at or below the position already held is a duplicate (a replay after a reconnect,
// or a resend); a seq past the next one is a gap; only a snapshot may change the epoch. One
// implementation for StoreWriter, which refuses a frame that breaks them before buffering it, and
// for EventApplier, which skips what was already applied when it writes.

#include "protocol/frames.h"

#include <optional>
#include <string>
#include <vector>

namespace pilothouse::models::sequence {

/// How an event relates to the position it must follow.
enum class Fit {
    Next, ///< Same epoch, the seq right after the position.
    Duplicate, ///< Same epoch, a seq at or below the position: already applied.
    Gap, ///< Same epoch, a seq beyond the next one: events are missing in between.
    ForeignEpoch, ///< Another epoch.
};

/// Where `event` stands relative to `position` (the last event applied).
Fit fit(const protocol::Cursor &position, const protocol::Event &event);

/// Why `events` cannot follow `position` (nullopt: they can, and `position` is advanced past
/// them). Duplicates are allowed (the writer skips them); a gap or another epoch is not. Without
/// a position (a cache that holds nothing yet) the first event sets it.
std::optional<std::string> frameProblem(
    std::optional<protocol::Cursor> &position, const std::vector<protocol::Event> &events);

} // namespace pilothouse::models::sequence
