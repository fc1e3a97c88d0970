#pragma once
// The outcome of a sign-in, delivered by LoginClient::finished.

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace pilothouse::net {

/// Everything the console needs after POST /api/v1/login, or a typed error with a sentence the
/// user can act on (already translated).
struct LoginResult {
    enum class Error {
        None,
        Network, ///< No answer: DNS, refused, timeout, bad address.
        Tls, ///< The certificate could not be verified.
        Unauthorized, ///< Wrong user name or password (or a wrong two-factor code).
        SecondFactorRequired, ///< The password is right; the user's two-factor code is asked for.
        TooManyAttempts, ///< Failed sign-ins made the server wait or lock (retryAfterMs says how long).
        ServerError, ///< The server answered with an error status.
        BadResponse, ///< The answer is not what a Pilothouse server sends.
    };

    bool ok = false;
    QString token; ///< Never log it.
    QDateTime expiresAt; ///< UTC; invalid when the server gave none.
    QString userName;
    QString displayName;
    QString role; ///< "viewer", "agent", "supervisor", "admin"
    /// The server requires two-factor sign-in and this user has none yet: the token reaches its
    /// set-up and nothing else until a first code confirms it (docs/protocol.md 2.1).
    bool twoFactorSetupRequired = false;
    Error error = Error::None;
    QString message; ///< Empty on success.
    int httpStatus = 0; ///< 0 when no HTTP answer arrived.
    qint64 retryAfterMs = 0; ///< TooManyAttempts: how long until the server considers another attempt; 0 unknown.
};

} // namespace pilothouse::net

Q_DECLARE_METATYPE(pilothouse::net::LoginResult)
