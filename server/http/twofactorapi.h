#pragma once

#include "auth/userstore.h"

#include <QHttpServerResponse>
#include <QObject>

class QHttpServer;
class QHttpServerRequest;

namespace pilothouse::server {

class Database;
class TwoFactorStore;

/// Two-factor sign-in over REST (docs/protocol.md 2.1, "Two-factor sign-in"):
///   GET    /api/v1/account/two-factor -> {"enabled","recoveryCodesLeft"} | 401
///   POST   /api/v1/account/two-factor -> {"secret","uri"} | 401 | 409 (already on)
///   POST   /api/v1/account/two-factor/confirm {"code"} -> {"recoveryCodes":[10]} | 400 | 401
///          | 409 (nothing to confirm) | 422 (wrong code)
///   DELETE /api/v1/users/{name}/two-factor -> 204 | 401 | 403 (not an admin) | 404
///   GET    /api/v1/security -> {"twoFactorRequired"} | 401 | 403 (not an admin)
///   PUT    /api/v1/security {"twoFactorRequired"} -> the same | 400 | 401 | 403
///          | 409 (requiring it of others without it oneself)
/// Every role may turn it on for itself; only admins reset it for a user (who then signs in with
/// the password alone and may enrol again) and require it of everyone. While it is required, a
/// user without it reaches the first three routes only (rest::Access::SettingUpTwoFactor); when
/// it becomes required, or an admin resets it meanwhile, such users' sessions end
/// (mustSetUpAgain). Every change is audited.
class TwoFactorApi : public QObject {
    Q_OBJECT
public:
    TwoFactorApi(QHttpServer &http, UserStore &users, TwoFactorStore &store, Database &db, QObject *parent = nullptr);

Q_SIGNALS:
    /// `userName`'s tokens are revoked because two-factor sign-in is required and they have
    /// none: their live connections must close now, saying why.
    void mustSetUpAgain(const QString &userName);

private:
    QHttpServerResponse policy(const QHttpServerRequest &request) const;
    QHttpServerResponse setPolicy(const QHttpServerRequest &request);

    QHttpServerResponse status(const QHttpServerRequest &request) const;
    QHttpServerResponse enrol(const QHttpServerRequest &request);
    QHttpServerResponse confirm(const QHttpServerRequest &request);
    QHttpServerResponse reset(const QString &name, const QHttpServerRequest &request);
    bool audit(const User &by, const char *action, const QString &target);

    UserStore &m_users;
    TwoFactorStore &m_store;
    Database &m_db;
};

} // namespace pilothouse::server
