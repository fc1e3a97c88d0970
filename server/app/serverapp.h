#pragma once

#include "datadirlock.h"
#include "options.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

class QHttpServer;
class QSslServer;

namespace pilothouse::server {

class CommandHandler;
class Database;
class Engine;
class EventLog;
class AuditApi;
class SessionsApi;
class UsersApi;
class TwoFactorApi;
class TwoFactorStore;
class SessionStore;
class ConfigApi;
class ConfigStore;
struct ConfigVersion;
class CostModelStore;
class FactsService;
class Gateway;
class Presence;
class RestApi;
class StateStore;
class UserStore;

/// The composition root: opens the data directory, wires event log, auth, REST, gateway and
/// simulation engine on one event loop, and shuts them down in order.
class ServerApp : public QObject {
    Q_OBJECT
public:
    explicit ServerApp(ServerOptions options, QObject *parent = nullptr);
    ~ServerApp() override;

    /// Returns 0 when listening; otherwise the exit code (1) with `error` set.
    int start(QString *error);
    quint16 port() const { return m_port; }
    /// The one start-up line scripts and tests wait for.
    QString listeningLine() const;
    /// Demo sign-ins, one line each (only under --demo).
    QStringList demoCredentials() const { return m_demoCredentials; }

    /// Stops traffic and closes every connection with 4011; `stopped` follows.
    void shutdown();

Q_SIGNALS:
    void stopped();

private:
    bool createDemoUsers(QString *error);
    void watchHandshakes(QSslServer *server);
    void housekeeping();

    void applyRules(const ConfigVersion &version);

    ServerOptions m_options;
    DataDirLock m_dataDirLock; ///< Held while running: one server per data directory.
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EventLog> m_log;
    std::unique_ptr<StateStore> m_state;
    std::unique_ptr<UserStore> m_users;
    std::unique_ptr<Presence> m_presence; ///< Who is at work (in memory only).
    std::unique_ptr<CommandHandler> m_commands;
    std::unique_ptr<QHttpServer> m_http;
    std::unique_ptr<CostModelStore> m_costModel;
    std::unique_ptr<FactsService> m_facts;
    std::unique_ptr<TwoFactorStore> m_twoFactor;
    std::unique_ptr<RestApi> m_rest;
    std::unique_ptr<ConfigStore> m_config;
    std::unique_ptr<ConfigApi> m_configApi;
    std::unique_ptr<AuditApi> m_auditApi;
    std::unique_ptr<Gateway> m_gateway;
    std::unique_ptr<SessionStore> m_sessions;
    std::unique_ptr<SessionsApi> m_sessionsApi;
    std::unique_ptr<UsersApi> m_usersApi;
    std::unique_ptr<TwoFactorApi> m_twoFactorApi;
    std::unique_ptr<Engine> m_engine;
    QTimer m_housekeeping;
    QStringList m_demoCredentials;
    quint16 m_port = 0;
    bool m_stopping = false;
};

} // namespace pilothouse::server
