#pragma once

#include "passwords.h"

#include "protocol/frames.h"

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
};

struct IssuedToken {
    QString token; ///< Handed to the client once; only its digest is stored.
    std::int64_t expiresAt = 0; ///< ms since the epoch
};

/// Users and their sign-in tokens in the server database.
class UserStore {
public:
    UserStore(Database &db, std::int64_t tokenTtlSeconds);

    bool hasUser(const QString &name) const;
    /// Creates or replaces a user with a freshly salted hash of `password`.
    bool setUser(const User &user, const QString &password);

    std::optional<User> user(const QString &name) const;
    std::optional<PasswordHash> passwordHash(const QString &name) const;

    std::optional<IssuedToken> issueToken(const QString &userName);
    /// The token's user, if the token is known and not expired.
    std::optional<User> userForToken(const QString &token) const;
    int purgeExpiredTokens();

private:
    Database &m_db;
    std::int64_t m_ttlMs;
};

} // namespace pilothouse::server
