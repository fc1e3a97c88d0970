#pragma once

#include "auth/userstore.h"

#include "protocol/users.h"

#include <QHttpServerResponse>
#include <QObject>

#include <optional>

class QHttpServer;
class QHttpServerRequest;

namespace pilothouse::server {

class Database;
class TwoFactorStore;

/// The users of this server over REST (docs/protocol.md 2.1, "Users"), for admins only: what
/// `pilothouse-server users` does on a stopped server, while it runs.
///   GET   /api/v1/users -> {"users":[...]} | 401 | 403
///   POST  /api/v1/users {"name","displayName"?,"role","password"} -> 201 the user | 400 | 401 | 403
///         | 409 (exists) | 422 (the password policy)
///   PATCH /api/v1/users/{name} {"role"?,"active"?,"displayName"?} -> the user | 400 | 401 | 403
///         | 404 | 409 (the last active admin)
///   PUT   /api/v1/users/{name}/password {"password"} -> 204 | 400 | 401 | 403 | 404 | 422
/// A new role, a deactivation or a new password ends the user's sessions (signedOut()); every
/// change is audited with the admin who made it.
class UsersApi : public QObject {
    Q_OBJECT
public:
    UsersApi(
        QHttpServer &http, UserStore &users, const TwoFactorStore &twoFactor, Database &db, QObject *parent = nullptr);

Q_SIGNALS:
    /// `userName`'s tokens are revoked: their live connections must close now.
    void signedOut(const QString &userName);

private:
    /// The bearer token's user when an admin; otherwise the 401 or 403 answer in `refusal`.
    std::optional<User> adminOf(const QHttpServerRequest &request, std::optional<QHttpServerResponse> &refusal) const;
    QHttpServerResponse list(const QHttpServerRequest &request) const;
    QHttpServerResponse add(const QHttpServerRequest &request);
    QHttpServerResponse change(const QString &name, const QHttpServerRequest &request);
    QHttpServerResponse setPassword(const QString &name, const QHttpServerRequest &request);
    /// Runs `change` and its audit row in one transaction.
    template<typename Change>
    bool audited(const User &admin, const char *action, const QString &target, const QString &detail, Change change);

    /// The record as the API shows it: with whether the user signs in with a second factor.
    protocol::UserRecord record(const User &user) const;

    UserStore &m_users;
    const TwoFactorStore &m_twoFactor;
    Database &m_db;
};

} // namespace pilothouse::server
