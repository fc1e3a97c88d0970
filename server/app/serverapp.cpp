#include "serverapp.h"

#include "auth/sessionstore.h"
#include "auth/userstore.h"
#include "db/database.h"
#include "db/statestore.h"
#include "engine/engine.h"
#include "engine/history.h"
#include "engine/seeder.h"
#include "eventlog/eventlog.h"
#include "config/configapi.h"
#include "config/configstore.h"
#include "config/documents.h"
#include "costmodel/costmodelstore.h"
#include "facts/factsservice.h"
#include "gateway/commandhandler.h"
#include "gateway/gateway.h"
#include "gateway/presence.h"
#include "http/auditapi.h"
#include "http/sessionsapi.h"
#include "http/usersapi.h"
#include "http/twofactorapi.h"
#include "auth/secretbox.h"
#include "auth/twofactorstore.h"
#include "http/restapi.h"

#include "agent/catalog.h"
#include "log/log.h"
#include "tuning/rulesetjson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QHttpServer>
#include <QRandomGenerator>
#include <QSslCipher>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>

#include <algorithm>

namespace pilothouse::server {
namespace {

auto logger()
{
    return pilothouse::log::get("server");
}

} // namespace

ServerApp::ServerApp(ServerOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
{
    m_housekeeping.setInterval(60 * 60 * 1000);
    connect(&m_housekeeping, &QTimer::timeout, this, &ServerApp::housekeeping);
}

ServerApp::~ServerApp()
{
    // Explicit order: traffic and connections go before the stores they write to.
    m_engine.reset();
    m_twoFactorApi.reset();
    m_usersApi.reset();
    m_sessionsApi.reset();
    m_gateway.reset();
    m_sessions.reset();
    m_auditApi.reset();
    m_configApi.reset();
    m_rest.reset();
    m_twoFactor.reset();
    m_config.reset();
    m_facts.reset();
    m_costModel.reset();
    m_http.reset();
    m_commands.reset();
    m_presence.reset();
    m_users.reset();
    m_state.reset();
    m_log.reset();
    if (m_db)
        m_db->close();
}

int ServerApp::start(QString *error)
{
    if (!m_dataDirLock.acquire(m_options.dataDir, error))
        return 1;
    m_db = std::make_unique<Database>();
    if (!m_db->open(m_options.dataDir, error))
        return 1;
    logger()->info("database {}", QDir::toNativeSeparators(m_db->filePath()).toStdString());
    m_log = std::make_unique<EventLog>(*m_db);
    m_log->setRetentionSeconds(m_options.retentionSeconds);
    if (!m_log->open(error))
        return 1;
    // Prune at least twice per retention period (hourly for the default week), so a shortened
    // retention in tests really expires events.
    m_housekeeping.setInterval(
        static_cast<int>(std::clamp<std::int64_t>(m_options.retentionSeconds * 500, 1000, 60 * 60 * 1000)));
    m_state = std::make_unique<StateStore>(*m_db);
    const auto catalog = Catalog::builtIn();
    if (!catalog) {
        *error = tr("the built-in demo catalog is missing or malformed");
        return 1;
    }
    if (!seedCatalog(*m_db, *m_log, *m_state, *catalog, error))
        return 1;
    m_users = std::make_unique<UserStore>(*m_db, m_options.tokenTtlSeconds);
    if (m_options.demo && !createDemoUsers(error))
        return 1;
    // One seed for the demo's past and its live traffic: --seed makes both reproducible.
    const std::uint64_t seed = m_options.seedGiven ? m_options.seed : QRandomGenerator::system()->generate64();
    // The demo's past, written once into a new log before anything live: a restart adds none.
    if (const int days = m_options.effectiveHistoryDays(); days > 0 && !m_log->createdNow()) {
        logger()->info("the data directory has its past already: no demo history is written (only a new one gets it)");
    } else if (days > 0) {
        HistoryConfig history;
        history.days = days;
        history.perDay = m_options.historyPerDay;
        history.seed = seed;
        history.mix = m_options.mix;
        history.rules = {m_options.aiResolveAfterMs, m_options.abandonAfterMs};
        logger()->info(
            "writing {} day(s) of demo history, about {} conversations a day, seed {}", days, history.perDay, seed);
        const auto counts = writeHistory(
            *m_db, *m_log, *m_state, *m_users, catalog, history, QDateTime::currentMSecsSinceEpoch(), error);
        if (!counts)
            return 1;
        logger()->info("demo history: {} conversations, {} events, {} take-overs, {} replies, {} hand-backs, "
                       "{} resolves, {} judgements by operators in {} ms",
            counts->conversations, counts->events, counts->takeOvers, counts->replies, counts->handBacks,
            counts->resolves, counts->judgements, counts->elapsedMs);
    }
    housekeeping();
    m_housekeeping.start();

    m_presence = std::make_unique<Presence>(*m_users);
    m_commands = std::make_unique<CommandHandler>(*m_db, *m_log, *m_state, *m_users);
    m_commands->setPresenceSetter([presence = m_presence.get()](const std::string &user, protocol::Presence value) {
        presence->set(QString::fromStdString(user), value);
    });
    m_http = std::make_unique<QHttpServer>();
    m_costModel = std::make_unique<CostModelStore>(*m_db);
    m_facts = std::make_unique<FactsService>(*m_db, *m_log, m_options.factsDebounceMs);
    m_facts->setCurrency(m_costModel->currentModel().currency);
    m_facts->recompute();
    // Orders count in the organisation's currency: a saved change of it recomputes the facts.
    connect(m_costModel.get(), &CostModelStore::changed, m_facts.get(),
        [facts = m_facts.get()](const analytics::CostModel &model) { facts->setCurrency(model.currency); });
    SignInPolicy signIn;
    signIn.lockAfter = m_options.signInLockAfter;
    signIn.lockMs = m_options.signInLockSeconds * 1000;
    // Two-factor secrets are sealed with a key kept beside the database, not in it.
    const auto box = SecretBox::fromKeyFile(QDir(m_options.dataDir).filePath(QStringLiteral("secrets.key")), error);
    if (!box)
        return 1;
    m_twoFactor = std::make_unique<TwoFactorStore>(*m_db, *box);
    m_rest = std::make_unique<RestApi>(*m_http, *m_users, *m_twoFactor, *m_log, *m_facts, *m_costModel, *m_db, signIn);
    // The configuration documents (docs/config.md): version 0 of each is the built-in one; a
    // published rule set takes over from the next customer message on.
    m_config = std::make_unique<ConfigStore>(*m_db, *m_log, &documents::builtIn);
    m_configApi = std::make_unique<ConfigApi>(*m_http, *m_users, *m_config);
    m_auditApi = std::make_unique<AuditApi>(*m_http, *m_users, *m_db);
    connect(
        m_config.get(), &ConfigStore::published, this, [this](const QString &document, const ConfigVersion &version) {
            if (document == documents::kRules)
                applyRules(version);
        });

    QTcpServer *tcp = nullptr;
    if (m_options.tls) {
        // QAbstractHttpServer (6.4) takes connections from a QSslServer once their handshake is
        // done, and upgrades WebSockets on the encrypted socket: https and wss share the port.
        auto *ssl = new QSslServer(m_http.get());
        ssl->setSslConfiguration(*m_options.tls);
        watchHandshakes(ssl);
        tcp = ssl;
    } else {
        tcp = new QTcpServer(m_http.get());
    }
    if (!tcp->listen(m_options.address, m_options.port)) {
        *error = tr("cannot listen on %1:%2: %3").arg(m_options.host).arg(m_options.port).arg(tcp->errorString());
        return 1;
    }
    m_http->bind(tcp);
    m_port = tcp->serverPort();

    SessionServices services;
    services.log = m_log.get();
    services.state = m_state.get();
    services.users = m_users.get();
    services.commands = m_commands.get();
    services.facts = m_facts.get();
    services.presence = m_presence.get();
    services.configInForce = [config = m_config.get()] {
        std::vector<protocol::ConfigPublished> inForce;
        for (const QString &document : documents::names())
            inForce.push_back(ConfigStore::toEvent(document, config->current(document)));
        return inForce;
    };
    services.config.heartbeatMs = m_options.heartbeatMs;
    services.config.idleMs = m_options.idleMs;
    services.config.helloTimeoutMs = m_options.helloTimeoutMs;
    services.config.closeGraceMs = m_options.closeGraceMs;
    services.config.maxSendQueueBytes = m_options.maxSendQueueBytes;
    services.config.maxReplayEvents = m_options.maxReplayEvents;
    services.config.serverVersion = QCoreApplication::applicationVersion().toStdString();
    m_gateway = std::make_unique<Gateway>(*m_http, services);
    connect(m_gateway.get(), &Gateway::allClosed, this, [this] {
        if (m_stopping)
            Q_EMIT stopped();
    });
    m_sessions = std::make_unique<SessionStore>(*m_db);
    m_sessionsApi = std::make_unique<SessionsApi>(
        *m_http, *m_users, *m_sessions, *m_db, [gateway = m_gateway.get()] { return gateway->liveSessionIds(); });
    connect(m_sessionsApi.get(), &SessionsApi::ended, m_gateway.get(), &Gateway::closeSession);
    m_usersApi = std::make_unique<UsersApi>(*m_http, *m_users, *m_twoFactor, *m_db);
    m_twoFactorApi = std::make_unique<TwoFactorApi>(*m_http, *m_users, *m_twoFactor, *m_db);
    connect(m_usersApi.get(), &UsersApi::signedOut, m_gateway.get(), &Gateway::closeUser);
    connect(m_twoFactorApi.get(), &TwoFactorApi::mustSetUpAgain, m_gateway.get(), &Gateway::closeUserForTwoFactorSetUp);

    if (const double rate = m_options.effectiveRate(); rate > 0.0) {
        SimulatorConfig config;
        config.conversationsPerMinute = rate;
        config.seed = seed;
        config.mix = m_options.mix;
        logger()->info("simulating {} conversations/min, seed {}", rate, config.seed);
        const CloseRules rules {m_options.aiResolveAfterMs, m_options.abandonAfterMs};
        m_engine = std::make_unique<Engine>(*m_log, *m_state, catalog, std::move(config), rules);
        applyRules(m_config->current(documents::kRules));
        m_engine->start();
    }
    logger()->info("epoch {}, head {}, retention {} s", m_log->epoch(), m_log->head(), m_log->retentionSeconds());
    return 0;
}

QString ServerApp::listeningLine() const
{
    const QString authority = m_options.host + u':' + QString::number(m_port);
    const bool tls = m_options.tls.has_value();
    return QStringLiteral("pilothouse-server listening on %1://%2 (REST) and %3://%2%4")
        .arg(tls ? QStringLiteral("https") : QStringLiteral("http"), authority,
            tls ? QStringLiteral("wss") : QStringLiteral("ws"), QLatin1String(protocol::kWebSocketPath));
}

void ServerApp::watchHandshakes(QSslServer *server)
{
    // One line per failed handshake (a client that refused the certificate ends up here) and a
    // trace line per completed one: no HTTP request or hello is read before that line.
    connect(server, &QSslServer::errorOccurred, this, [](QSslSocket *socket, QAbstractSocket::SocketError) {
        logger()->info("TLS handshake with {}:{} failed: {}", socket->peerAddress().toString().toStdString(),
            socket->peerPort(), socket->errorString().toStdString());
    });
    connect(server, &QSslServer::startedEncryptionHandshake, this, [this](QSslSocket *socket) {
        connect(socket, &QSslSocket::encrypted, this, [socket] {
            logger()->trace("TLS session with {}:{} established ({})", socket->peerAddress().toString().toStdString(),
                socket->peerPort(), socket->sessionCipher().name().toStdString());
        });
    });
}

bool ServerApp::createDemoUsers(QString *error)
{
    const struct {
        const char *name;
        const char *displayName;
        protocol::Role role;
    } demo[] = {{"agent", QT_TRANSLATE_NOOP("pilothouse::server::ServerApp", "Demo Agent"), protocol::Role::Agent},
        {"supervisor", QT_TRANSLATE_NOOP("pilothouse::server::ServerApp", "Demo Supervisor"),
            protocol::Role::Supervisor},
        {"admin", QT_TRANSLATE_NOOP("pilothouse::server::ServerApp", "Demo Admin"), protocol::Role::Admin},
        {"viewer", QT_TRANSLATE_NOOP("pilothouse::server::ServerApp", "Demo Viewer"), protocol::Role::Viewer}};
    for (const auto &entry : demo) {
        const QString name = QString::fromLatin1(entry.name);
        const QString password = name + QStringLiteral("-demo");
        // Existing demo users keep their hash: re-hashing on every start only costs time.
        if (!m_users->hasUser(name) && !m_users->setUser({name, tr(entry.displayName), entry.role}, password)) {
            *error = tr("cannot create the demo user %1").arg(name);
            return false;
        }
        m_demoCredentials.append(tr("demo sign-in: user %1, password %2 (role %1)").arg(name, password));
    }
    return true;
}

void ServerApp::housekeeping()
{
    m_log->prune(QDateTime::currentMSecsSinceEpoch());
    m_users->purgeExpiredTokens();
}

void ServerApp::shutdown()
{
    if (m_stopping)
        return;
    m_stopping = true;
    logger()->info("shutting down");
    if (m_engine)
        m_engine->stop();
    m_housekeeping.stop();
    // Give clients a moment to receive the close frame; never hang on one that does not answer.
    QTimer::singleShot(2000, this, [this] { Q_EMIT stopped(); });
    if (m_gateway)
        m_gateway->closeAll(
            protocol::close_codes::ServerRestarting, protocol::errors::ShuttingDown, "server is shutting down");
    else
        Q_EMIT stopped();
}

} // namespace pilothouse::server

namespace pilothouse::server {

void ServerApp::applyRules(const ConfigVersion &version)
{
    if (!m_engine)
        return;
    auto parsed = tuning::parseRuleSet(version.body);
    if (auto *rules = std::get_if<tuning::RuleSet>(&parsed)) {
        m_engine->setRules(std::make_shared<const tuning::RuleSet>(std::move(*rules)), version.version);
        logger()->info("escalation rules version {} in force", version.version);
        return;
    }
    // Stored by this server after validation: a body that does not read is a damaged data file.
    logger()->error("escalation rules version {} does not read ({}); the rules in force stay", version.version,
        std::get<std::vector<tuning::FieldError>>(parsed).front().message);
}

} // namespace pilothouse::server
