#pragma once

#include "passwords.h"

#include "protocol/frames.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace pilothouse::server {

class Database;

/// A signed-in person as the protocol sees them.
struct User {
    QString name;
    QString displayName;
    protocol::Role role = protocol::Role::Agent;
    bool active = true; ///< A deactivated user signs in nowhere.
    /// Where this user's request came from (audit/auditlog.h: clientAddress), for the audit log;
    /// set by the session or REST route that signed the request in, "" elsewhere.
    QString source {};
    /// The session (docs/protocol.md 2.1, "Sessions") whose token signed the request in; "" when
    /// the user was not looked up by a token.
    QString sessionId {};
    /// Two-factor sign-in is required and this user has not set it up: the token reaches the
    /// set-up routes and nothing else (docs/protocol.md 2.1, "Requiring two-factor sign-in").
    /// Known only for a user looked up by a token.
    bool mustSetUpTwoFactor = false;
};

struct IssuedToken {
    QString token; ///< Handed to the client once; only its digest is stored.
    QString sessionId; ///< The session's public id.
    std::int64_t expiresAt = 0; ///< ms since the epoch
};

/// Users and their sign-in tokens in the server database.
class UserStore {
public:
    /// How often a session's last_seen is written (a sign of life, not a trace of every request).
    static constexpr std::int64_t kSeenResolutionMs = 60'000;

    UserStore(Database &db, std::int64_t tokenTtlSeconds);

    bool hasUser(const QString &name) const;
    /// Creates or replaces a user with a freshly salted hash of `password`.
    bool setUser(const User &user, const QString &password);

    std::optional<User> user(const QString &name) const;
    /// Every user, active or not, by name.
    QList<User> users() const;
    /// The stored hash of an active user; nothing for an unknown or deactivated one.
    std::optional<PasswordHash> passwordHash(const QString &name) const;
    bool setPassword(const QString &name, const QString &password);
    bool setRole(const QString &name, protocol::Role role);
    bool setDisplayName(const QString &name, const QString &displayName);
    /// Revokes every token of the user: each of their sessions must sign in again.
    bool endSessions(const QString &name);
    /// Deactivating also revokes every token of the user: their sessions end.
    bool setActive(const QString &name, bool active);
    /// Active admins other than `except`: the last one may be neither demoted nor deactivated.
    int activeAdminsExcept(const QString &except) const;

    /// An audit row for a sign-in from `source`: applied, or refused with `code` (a wrong password,
    /// a lock: auth/signinguard.h). `name` as typed, and no role when refused: whether such a user
    /// exists is not said.
    bool auditSignIn(const QString &name, const std::optional<User> &signedIn, const char *code, const QString &source,
        std::int64_t atMs);

    /// A new session for `userName`: what signed in (`device`, as the client said) and from where.
    std::optional<IssuedToken> issueToken(const QString &userName, const QString &device, const QString &address);
    /// The token's user (with its sessionId), if the token is known and not expired; notes the
    /// session as seen now (to the minute: the list of sessions shows it).
    std::optional<User> userForToken(const QString &token) const;
    int purgeExpiredTokens();

private:
    Database &m_db;
    std::int64_t m_ttlMs;
};

} // namespace pilothouse::server
