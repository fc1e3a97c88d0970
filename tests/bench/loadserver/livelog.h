#pragma once
// pilothouse-loadserver's event log: the live events since the start, kept in memory already
// encoded, in batches (one tick's traffic, or one burst), for the live stream and for replays
// (docs/protocol.md sections 5 and 6). Bounded: past kMaxEvents the oldest batches go, and a
// cursor before them gets a snapshot instead of a replay.

#include "protocol/frames.h"

#include <cstddef>
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <vector>

namespace pilothouse::loadserver {

class LiveLog {
public:
    /// Events kept for replay; the reference server replays at most 100,000 too.
    static constexpr std::size_t kMaxEvents = 100'000;

    explicit LiveLog(std::string epoch);

    const std::string &epoch() const { return m_epoch; }
    std::int64_t head() const { return m_head; }
    protocol::Cursor headCursor() const { return {m_epoch, m_head}; }
    /// True when every event after `seq` is still here (or `seq` is the head).
    bool canReplayFrom(std::int64_t seq) const;

    /// Encodes `events` (their seq must follow the head in order) as one batch.
    void append(std::vector<protocol::Event> events);

    struct Frame {
        std::string text; ///< An `events` frame.
        std::int64_t lastSeq = 0;
        int events = 0;
    };
    /// The next `events` frame after `seq`: at most `maxEvents` and about `maxBytes`, batches kept
    /// whole when they fit (a burst arrives as one frame); nullopt when nothing follows `seq` or
    /// the events after it are gone (canReplayFrom).
    std::optional<Frame> frameAfter(std::int64_t seq, int maxEvents, std::size_t maxBytes) const;

private:
    struct Batch {
        std::int64_t firstSeq = 0;
        std::vector<std::string> events; ///< Each an encoded Event object.
        std::size_t bytes = 0;
    };

    std::string m_epoch;
    std::int64_t m_head = 0;
    std::size_t m_events = 0;
    std::deque<Batch> m_batches;
};

} // namespace pilothouse::loadserver
