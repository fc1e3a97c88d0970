#pragma once
// Two-factor sign-in on the wire (docs/protocol.md 2.1, "Two-factor sign-in"): enrolling an
// authenticator app, confirming it with a first code, and the recovery codes shown once. Secrets
// and codes here are never logged.

#include "codec.h"

#include <string>
#include <string_view>
#include <vector>

namespace pilothouse::protocol {

/// GET /api/v1/account/two-factor: where the signed-in user stands.
struct TwoFactorStatus {
    bool enabled = false; ///< Sign-in asks this user for a code.
    int recoveryCodesLeft = 0;
    bool operator==(const TwoFactorStatus &) const = default;
};

/// POST /api/v1/account/two-factor: a new secret to put into the app, as text and as the
/// otpauth:// URI a QR code carries. Not in force until confirmed.
struct TwoFactorEnrolment {
    std::string secret; ///< RFC 4648 base32.
    std::string uri; ///< otpauth://totp/...
    bool operator==(const TwoFactorEnrolment &) const = default;
};

/// POST /api/v1/account/two-factor/confirm body.
struct TwoFactorCode {
    std::string code;
    bool operator==(const TwoFactorCode &) const = default;
};

/// The answer to a confirmation: ten single-use codes, shown this once.
struct RecoveryCodes {
    std::vector<std::string> codes;
    bool operator==(const RecoveryCodes &) const = default;
};

/// GET and PUT /api/v1/security: the server's sign-in rules that admins set.
struct SecurityPolicy {
    /// Every user must sign in with a second factor; one who has none sets it up first.
    bool twoFactorRequired = false;
    bool operator==(const SecurityPolicy &) const = default;
};

std::string encode(const TwoFactorStatus &body);
std::string encode(const TwoFactorEnrolment &body);
std::string encode(const TwoFactorCode &body);
std::string encode(const RecoveryCodes &body);
std::string encode(const SecurityPolicy &body);
Decoded<TwoFactorStatus> decodeTwoFactorStatus(std::string_view body);
Decoded<TwoFactorEnrolment> decodeTwoFactorEnrolment(std::string_view body);
Decoded<TwoFactorCode> decodeTwoFactorCode(std::string_view body);
Decoded<RecoveryCodes> decodeRecoveryCodes(std::string_view body);
Decoded<SecurityPolicy> decodeSecurityPolicy(std::string_view body);

} // namespace pilothouse::protocol
