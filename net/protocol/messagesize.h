#pragma once
// The size of a message as protocol v1 counts it: bytes of UTF-8, whatever the WebSocket frames
// it arrived in (docs/protocol.md, Limits). Qt hands text frames over already decoded to UTF-16,
// so receivers count from that.

#include <cstdint>
#include <string_view>

namespace pilothouse::protocol {

/// Bytes `text` takes as UTF-8. A surrogate pair (4 bytes) counts 2 per half, so the total is
/// exact even when the pair's halves arrive in different frames.
constexpr std::int64_t utf8Length(std::u16string_view text)
{
    std::int64_t bytes = 0;
    for (const char16_t unit : text) {
        if (unit < 0x80)
            bytes += 1;
        else if (unit < 0x800 || (unit >= 0xD800 && unit <= 0xDFFF))
            bytes += 2;
        else
            bytes += 3;
    }
    return bytes;
}

/// Counts the UTF-8 bytes of the message being received, frame by frame, so a receiver can refuse
/// an oversized message as soon as it passes the limit instead of buffering all of it first.
class MessageMeter {
public:
    /// Adds one frame and returns the message's bytes so far, this frame included. The frame
    /// that ends the message also ends the count: the next frame starts a new message.
    std::int64_t addFrame(std::u16string_view frame, bool isLastFrame)
    {
        const std::int64_t total = m_bytes + utf8Length(frame);
        m_bytes = isLastFrame ? 0 : total;
        return total;
    }
    /// Forgets a message cut short (a new connection, a refused message).
    void reset() { m_bytes = 0; }

private:
    std::int64_t m_bytes = 0;
};

} // namespace pilothouse::protocol
