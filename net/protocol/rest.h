#pragma once
// The REST bodies of protocol v1 (docs/protocol.md, Transport): sign-in and the error answer.
// They follow the same JSON rules as the stream's frames (UTF-8, no duplicate keys, depth), so a
// body one side would refuse is never accepted by the other.

#include "codec.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pilothouse::protocol {

/// POST /api/v1/login body. The password is a secret: never log it.
struct LoginRequest {
    std::string user; ///< Non-empty.
    std::string password;
    /// What is signing in, in words people recognise in a list of sessions ("Pilothouse 1.2 on
    /// Windows 11 (ANA-LAPTOP)"); optional. Servers keep the first kMaxDeviceLength characters.
    std::string device {};
    /// The second step of a two-factor sign-in: a 6-digit code from the user's authenticator app,
    /// or one of their recovery codes; "" (absent) for the first step. A secret: never log it.
    std::string code {};
    bool operator==(const LoginRequest &) const = default;
};

inline constexpr std::size_t kMaxCodeLength = 64;

namespace errors {
/// 401 to a sign-in whose password was right for a user with two-factor sign-in, sent without
/// `code`: ask for the code and sign in again with it.
inline constexpr const char *SecondFactorRequired = "second_factor_required";
/// 403 to a token of a user who must set up two-factor sign-in before anything else (an admin
/// requires it: docs/protocol.md 2.1, "Requiring two-factor sign-in"); the stream refuses such a
/// token at hello with this code and close 4001.
inline constexpr const char *TwoFactorSetupRequired = "two_factor_setup_required";
} // namespace errors

inline constexpr std::size_t kMaxDeviceLength = 200;

/// 200 answer to a sign-in. The token is a bearer secret: never log it.
struct LoginResponse {
    std::string token; ///< Non-empty.
    Millis expiresAt = 0;
    UserInfo user;
    /// The server requires two-factor sign-in and this user has not set it up: the token reaches
    /// the set-up routes only until a first code confirms it. Absent means false.
    bool twoFactorSetupRequired = false;
    bool operator==(const LoginResponse &) const = default;
};

/// Every non-200 answer: {"error": {"code", "message"}}; codes as in the error code table.
struct RestError {
    std::string code; ///< Non-empty.
    std::string message;
    /// `rate_limited` answers: how long until another attempt is considered (docs/protocol.md 2.1).
    std::optional<std::int64_t> retryAfterMs {};
    bool operator==(const RestError &) const = default;
};

Decoded<LoginRequest> decodeLoginRequest(std::string_view body);
Decoded<LoginResponse> decodeLoginResponse(std::string_view body);
Decoded<RestError> decodeRestError(std::string_view body);

std::string encode(const LoginRequest &body);
std::string encode(const LoginResponse &body);
std::string encode(const RestError &body);

} // namespace pilothouse::protocol
