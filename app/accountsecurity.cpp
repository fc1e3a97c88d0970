#include "accountsecurity.h"

#include "log/log.h"

namespace pilothouse::app {

AccountSecurity::AccountSecurity(const RestSession &session, const QString &caFile, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_auditClient.setCaFile(caFile);
    m_sessionsClient.setCaFile(caFile);
    m_usersClient.setCaFile(caFile);
    m_policyClient.setCaFile(caFile);
    m_twoFactorClient.setCaFile(caFile);
    connectAudit();
    connectSessions();
    connectUsers();
    connectTwoFactor();
}

void AccountSecurity::clear()
{
    m_audit.clear();
    m_sessions.clear();
    m_users.clear();
    m_twoFactor.clear();
}

void AccountSecurity::connectAudit()
{
    QObject::connect(&m_audit, &models::AuditModel::requested, this, [this](const QUrlQuery &query, int id) {
        m_session.send(m_audit, id, [&] { m_auditClient.fetch(m_session.server, m_session.token, query, id); });
    });
    QObject::connect(&m_auditClient, &net::AuditClient::fetched, &m_audit, &models::AuditModel::onFetched);
    QObject::connect(
        &m_auditClient, &net::AuditClient::failed, &m_audit, [this](int id, const QString &message, bool offline) {
            log::get("net")->warn("{}", message.toStdString());
            m_audit.onFailed(id, message, offline);
        });
}

void AccountSecurity::connectSessions()
{
    QObject::connect(&m_sessions, &models::SessionsModel::requested, this, [this](bool everyone, int id) {
        m_session.send(
            m_sessions, id, [&] { m_sessionsClient.fetch(m_session.server, m_session.token, everyone, id); });
    });
    QObject::connect(&m_sessions, &models::SessionsModel::endRequested, this, [this](const QString &sessionId, int id) {
        m_session.send(m_sessions, id, [&] { m_sessionsClient.end(m_session.server, m_session.token, sessionId, id); });
    });
    QObject::connect(&m_sessionsClient, &net::SessionsClient::fetched, &m_sessions, &models::SessionsModel::onFetched);
    QObject::connect(&m_sessionsClient, &net::SessionsClient::ended, &m_sessions, &models::SessionsModel::onEnded);
    QObject::connect(&m_sessionsClient, &net::SessionsClient::failed, &m_sessions,
        [this](int id, const QString &message, bool offline) {
            log::get("net")->warn("{}", message.toStdString());
            m_sessions.onFailed(id, message, offline);
        });
}

void AccountSecurity::connectTwoFactor()
{
    QObject::connect(&m_twoFactor, &models::TwoFactorModel::statusRequested, this, [this](int id) {
        m_session.send(m_twoFactor, id, [&] { m_twoFactorClient.fetchStatus(m_session.server, m_session.token, id); });
    });
    QObject::connect(&m_twoFactor, &models::TwoFactorModel::enrolRequested, this, [this](int id) {
        m_session.send(m_twoFactor, id, [&] { m_twoFactorClient.enrol(m_session.server, m_session.token, id); });
    });
    QObject::connect(
        &m_twoFactor, &models::TwoFactorModel::confirmRequested, this, [this](const QString &code, int id) {
            m_session.send(
                m_twoFactor, id, [&] { m_twoFactorClient.confirm(m_session.server, m_session.token, code, id); });
        });
    QObject::connect(
        &m_twoFactorClient, &net::TwoFactorClient::statusFetched, &m_twoFactor, &models::TwoFactorModel::onStatus);
    QObject::connect(
        &m_twoFactorClient, &net::TwoFactorClient::enrolled, &m_twoFactor, &models::TwoFactorModel::onEnrolled);
    QObject::connect(
        &m_twoFactorClient, &net::TwoFactorClient::confirmed, &m_twoFactor, &models::TwoFactorModel::onConfirmed);
    QObject::connect(
        &m_twoFactorClient, &net::TwoFactorClient::failed, &m_twoFactor, &models::TwoFactorModel::onFailed);
}

void AccountSecurity::connectUsers()
{
    QObject::connect(&m_users, &models::UsersModel::fetchRequested, this, [this](int id) {
        m_session.send(m_users, id, [&] { m_usersClient.fetch(m_session.server, m_session.token, id); });
    });
    QObject::connect(&m_users, &models::UsersModel::addRequested, this, [this](const protocol::NewUser &user, int id) {
        m_session.send(m_users, id, [&] { m_usersClient.add(m_session.server, m_session.token, user, id); });
    });
    QObject::connect(&m_users, &models::UsersModel::changeRequested, this,
        [this](const QString &name, const protocol::UserChange &change, int id) {
            m_session.send(
                m_users, id, [&] { m_usersClient.change(m_session.server, m_session.token, name, change, id); });
        });
    QObject::connect(&m_users, &models::UsersModel::passwordRequested, this,
        [this](const QString &name, const QString &password, int id) {
            m_session.send(
                m_users, id, [&] { m_usersClient.setPassword(m_session.server, m_session.token, name, password, id); });
        });
    QObject::connect(&m_users, &models::UsersModel::policyRequested, this, [this](int id) {
        m_session.send(m_users, id, [&] { m_policyClient.fetchPolicy(m_session.server, m_session.token, id); });
    });
    QObject::connect(&m_users, &models::UsersModel::policyChangeRequested, this,
        [this](const protocol::SecurityPolicy &policy, int id) {
            m_session.send(
                m_users, id, [&] { m_policyClient.setPolicy(m_session.server, m_session.token, policy, id); });
        });
    QObject::connect(&m_policyClient, &net::TwoFactorClient::policyFetched, &m_users, &models::UsersModel::onPolicy);
    QObject::connect(&m_policyClient, &net::TwoFactorClient::failed, &m_users, &models::UsersModel::onFailed);
    QObject::connect(&m_users, &models::UsersModel::twoFactorResetRequested, this, [this](const QString &name, int id) {
        m_session.send(m_users, id, [&] { m_usersClient.resetTwoFactor(m_session.server, m_session.token, name, id); });
    });
    QObject::connect(&m_usersClient, &net::UsersClient::fetched, &m_users, &models::UsersModel::onFetched);
    QObject::connect(&m_usersClient, &net::UsersClient::saved, &m_users, &models::UsersModel::onSaved);
    QObject::connect(&m_usersClient, &net::UsersClient::failed, &m_users, &models::UsersModel::onFailed);
}

} // namespace pilothouse::app
