#pragma once

#include "session.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QSet>

#include <functional>
#include <vector>

class QHttpServer;

namespace pilothouse::server {

/// Accepts WebSocket upgrades on the HTTP server's port (only at /api/v1/stream), runs one
/// Session per socket, and fans each batch of new events out to every live session, encoding the
/// batch once for all of them.
class Gateway : public QObject {
    Q_OBJECT
public:
    Gateway(QHttpServer &http, SessionServices services, QObject *parent = nullptr);
    ~Gateway() override;

    int sessionCount() const { return static_cast<int>(m_sessions.size()); }
    /// Closes every connection with `closeCode` after an error frame with `errorCode`;
    /// `allClosed` follows once they are gone.
    void closeAll(int closeCode, const char *errorCode, const std::string &reason);
    /// Closes every connection of the ended sign-in session `sessionId` (its token is revoked)
    /// with 4001 after an error frame `unauthorized`; returns how many it closed.
    int closeSession(const QString &sessionId);
    /// Closes every connection of `userName` the same way (an admin changed or deactivated them,
    /// which revoked their tokens); returns how many it closed.
    int closeUser(const QString &userName);
    /// Closes every connection of `userName` with 4001 after an error frame
    /// `two_factor_setup_required` (their tokens were revoked because it is now required of them).
    int closeUserForTwoFactorSetUp(const QString &userName);
    /// The sign-in sessions with a live connection now.
    QSet<QString> liveSessionIds() const;

Q_SIGNALS:
    void allClosed();

private:
    /// Closes every connection `matches` with 4001 after an error frame `errorCode`; how many.
    int closeWhere(
        const std::function<bool(const Session &)> &matches, const char *errorCode, const std::string &reason);
    void acceptPending();
    void broadcast(const pilothouse::server::EventBatch &batch);
    /// Sends the facts of the days that changed to every live supervisor and admin.
    void broadcastFacts(const QList<QDate> &days);
    /// Sends the team, whole, to every live session that accepts it (a presence changed).
    void broadcastTeam();
    void remove(Session *session);

    QHttpServer &m_http;
    SessionServices m_services;
    std::vector<Session *> m_sessions; // children of this object
};

} // namespace pilothouse::server
