#pragma once
// A user's sign-in sessions on the wire (docs/protocol.md 2.1, "Sessions"): the body of
// GET /api/v1/sessions. Each session is one token a sign-in issued; ending one revokes its token.

#include "codec.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pilothouse::protocol {

struct SessionInfo {
    std::string id; ///< Public: names the session, never its token.
    std::string user;
    std::string device; ///< What signed in, as it said (LoginRequest::device); "" when it did not.
    std::string address; ///< Where the sign-in came from.
    Millis createdAt = 0;
    Millis lastSeen = 0; ///< The last time its token was presented (to the minute).
    Millis expiresAt = 0;
    bool current = false; ///< The session whose token asked for this list.
    bool live = false; ///< A stream connection is open with its token now.
    bool operator==(const SessionInfo &) const = default;
};

/// 200 answer: newest first.
struct SessionList {
    std::vector<SessionInfo> sessions;
    bool operator==(const SessionList &) const = default;
};

std::string encode(const SessionList &body);
Decoded<SessionList> decodeSessionList(std::string_view body);

} // namespace pilothouse::protocol
