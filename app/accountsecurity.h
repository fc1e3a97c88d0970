#pragma once
// The account's security and administration, each a model the pages read and the REST client it
// asks through (docs/protocol.md 2.1): the audit log and the users (admins), the user's sign-in
// sessions and two-factor sign-in, and whether two-factor sign-in is required of everyone. Split
// from Account so that the stream, cache and outbox wiring stays one file. GUI thread.

#include "restsession.h"

#include "admin/auditmodel.h"
#include "admin/sessionsmodel.h"
#include "admin/twofactormodel.h"
#include "admin/usersmodel.h"
#include "rest/auditclient.h"
#include "rest/sessionsclient.h"
#include "rest/twofactorclient.h"
#include "rest/usersclient.h"

#include <QObject>

namespace pilothouse::app {

class AccountSecurity : public QObject {
    Q_OBJECT
public:
    /// Every request goes to `session` as it is when the request is made.
    AccountSecurity(const RestSession &session, const QString &caFile, QObject *parent = nullptr);

    models::AuditModel *audit() { return &m_audit; }
    models::SessionsModel *sessions() { return &m_sessions; }
    models::UsersModel *users() { return &m_users; }
    models::TwoFactorModel *twoFactor() { return &m_twoFactor; }

    /// Sign-out: the next user sees nothing of this one's; answers on their way are ignored.
    void clear();

private:
    void connectAudit();
    void connectSessions();
    void connectUsers();
    void connectTwoFactor();

    const RestSession &m_session;
    models::AuditModel m_audit;
    net::AuditClient m_auditClient;
    models::SessionsModel m_sessions;
    net::SessionsClient m_sessionsClient;
    models::UsersModel m_users;
    net::UsersClient m_usersClient;
    /// Its own client, so its request ids never meet the two-factor model's.
    net::TwoFactorClient m_policyClient;
    models::TwoFactorModel m_twoFactor;
    net::TwoFactorClient m_twoFactorClient;
};

} // namespace pilothouse::app
