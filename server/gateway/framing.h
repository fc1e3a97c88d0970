#pragma once
// Cutting events and state into frames that respect the announced limits.

#include "protocol/frames.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace pilothouse::server {

class StateStore;

/// Frames stay well under maxMessageBytes so the envelope and escaping never push one over.
inline constexpr std::size_t kFrameByteBudget = protocol::kDefaultMaxMessageBytes / 2;
inline constexpr std::size_t kSnapshotConversationsPerPart = 200;
/// Each message leaves in WebSocket frames (fragments) of at most this many bytes, so a large
/// message crossing a slow link shows progress frame by frame: the console counts every frame as
/// life and does not mistake a 512 KiB replay that needs longer than its idle limit for silence
/// (found by tests/faults/tst_slowlink). Qt's default, 512 KiB, sent it as one frame.
inline constexpr std::uint64_t kOutgoingFragmentBytes = 16 * 1024;

/// The bytes a text message of `payloadBytes` takes in a session's send queue: the payload plus
/// the header of each fragment it leaves in (RFC 6455 section 5.2; a server's frames are unmasked).
/// The send-queue bound counts these, since the socket's queue holds them.
constexpr std::uint64_t queuedBytes(std::uint64_t payloadBytes)
{
    const auto header = [](std::uint64_t fragment) -> std::uint64_t {
        return 2 + (fragment > 65535 ? 8 : fragment > 125 ? 2 : 0);
    };
    const std::uint64_t whole = payloadBytes / kOutgoingFragmentBytes;
    const std::uint64_t rest = payloadBytes % kOutgoingFragmentBytes;
    return payloadBytes + whole * header(kOutgoingFragmentBytes) + (rest > 0 || whole == 0 ? header(rest) : 0);
}
static_assert(queuedBytes(0) == 2 && queuedBytes(125) == 127 && queuedBytes(126) == 130);
static_assert(queuedBytes(kOutgoingFragmentBytes) == kOutgoingFragmentBytes + 4);
static_assert(queuedBytes(kOutgoingFragmentBytes + 1) == kOutgoingFragmentBytes + 1 + 4 + 2);

using FrameSink = std::function<void(const std::string &encodedFrame)>;

/// Encodes `events` (in order) as `events` frames of at most `maxEvents` each and roughly
/// `maxBytes`; calls `sink` once per frame.
void encodeEventFrames(
    const std::vector<protocol::Event> &events, int maxEvents, std::size_t maxBytes, const FrameSink &sink);

/// True when `events` hold a draft meant for someone other than `userName`.
bool hasDraftsForOthers(const std::vector<protocol::Event> &events, const std::string &userName);
/// Blanks the text of every draft not meant for `userName`: the event (and its seq) still reaches
/// everyone so streams stay contiguous, but only the owner reads the suggestion.
void redactDraftsFor(std::vector<protocol::Event> &events, const std::string &userName);

/// Streams the whole state as snapshot parts at `position`: at most `perPart` conversations
/// each, with their customers, messages and judgements, the last part flagged final (one empty final part
/// when there is nothing), and in part 0 `config`, the configuration versions in force. Returns the
/// number of parts.
int encodeSnapshot(const StateStore &state, const protocol::Cursor &position, std::size_t perPart, std::size_t maxBytes,
    const FrameSink &sink, const std::vector<protocol::ConfigPublished> &config = {});

} // namespace pilothouse::server
