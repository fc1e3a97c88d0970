#pragma once

#include <QHttpServerResponse>
#include <QObject>
#include <QSet>

#include <functional>

class QHttpServer;
class QHttpServerRequest;

namespace pilothouse::server {

class Database;
class SessionStore;
class UserStore;
struct SessionRow;
struct User;

/// Sign-in sessions over REST (docs/protocol.md 2.1, "Sessions"), with the session's token:
///   GET    /api/v1/sessions[?user=NAME | ?all=true] -> {"sessions":[...]} newest first | 401
///          | 403 (another user's, or everyone's, for a non-admin)
///   DELETE /api/v1/sessions/{id} -> 204 | 401 | 404 (no such session, or another user's for a
///          non-admin)
///   POST   /api/v1/logout -> 204 | 401: signs out, ending the token's own session
/// Everyone lists and ends their own sessions; admins anyone's. Ending one revokes its token at
/// once (ended() tells the gateway to close its live connections) and is audited.
class SessionsApi : public QObject {
    Q_OBJECT
public:
    SessionsApi(QHttpServer &http, const UserStore &users, SessionStore &sessions, const Database &db,
        std::function<QSet<QString>()> liveSessions, QObject *parent = nullptr);

Q_SIGNALS:
    /// The session's token is revoked: its live connections must close now.
    void ended(const QString &sessionId);

private:
    QHttpServerResponse list(const QHttpServerRequest &request) const;
    QHttpServerResponse end(const QString &id, const QHttpServerRequest &request);
    QHttpServerResponse signOut(const QHttpServerRequest &request);
    /// Ends `session` (its token revoked, ended() emitted) with an audit row of `action`; false
    /// when the database refused either.
    bool endAudited(const User &caller, const SessionRow &session, const char *action);

    const UserStore &m_users;
    SessionStore &m_sessions;
    const Database &m_db;
    std::function<QSet<QString>()> m_live;
};

} // namespace pilothouse::server
