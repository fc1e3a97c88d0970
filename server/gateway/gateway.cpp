#include "gateway.h"

#include "facts/factsservice.h"
#include "framing.h"
#include "presence.h"
#include "protocol/codec.h"
#include "protocol/rest.h"

#include "log/log.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

#include <algorithm>

namespace pilothouse::server {

Gateway::Gateway(QHttpServer &http, SessionServices services, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_services(std::move(services))
{
    // Qt 6.4 upgrades a request only when a route handled it without writing a response, so the
    // stream path gets a route that stays silent for upgrades and answers 426 to plain HTTP.
    m_http.route(QString::fromLatin1(protocol::kWebSocketPath),
        [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            if (request.value(QByteArrayLiteral("upgrade")).compare("websocket", Qt::CaseInsensitive) == 0)
                return;
            const QJsonObject error {{QStringLiteral("code"), QStringLiteral("bad_request")},
                {QStringLiteral("message"), tr("This endpoint speaks WebSocket only.")}};
            responder.write(QJsonDocument(QJsonObject {{QStringLiteral("error"), error}}),
                QHttpServerResponder::StatusCode::UpgradeRequired);
        });
    connect(&m_http, &QAbstractHttpServer::newWebSocketConnection, this, &Gateway::acceptPending);
    connect(m_services.log, &EventLog::appended, this, &Gateway::broadcast);
    if (m_services.facts)
        connect(m_services.facts, &FactsService::factsChanged, this, &Gateway::broadcastFacts);
    if (m_services.presence)
        connect(m_services.presence, &Presence::changed, this, &Gateway::broadcastTeam);
}

Gateway::~Gateway() = default;

void Gateway::acceptPending()
{
    while (m_http.hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_http.nextPendingWebSocketConnection();
        if (!socket)
            break;
        // Defensive: only the stream route lets an upgrade through, but the path is what matters.
        if (socket->requestUrl().path() != QLatin1String(protocol::kWebSocketPath)) {
            pilothouse::log::get("server")->info(
                "refused a WebSocket at {}", socket->requestUrl().path().toStdString());
            QWebSocket *raw = socket.release();
            raw->setParent(this);
            connect(raw, &QWebSocket::disconnected, raw, &QObject::deleteLater);
            raw->close(static_cast<QWebSocketProtocol::CloseCode>(protocol::close_codes::ProtocolError),
                QStringLiteral("unknown path; use /api/v1/stream"));
            continue;
        }
        auto *session = new Session(std::move(socket), m_services, this);
        connect(session, &Session::finished, this, &Gateway::remove);
        m_sessions.push_back(session);
    }
}

void Gateway::broadcast(const EventBatch &batch)
{
    if (m_sessions.empty() || batch->empty())
        return;
    std::vector<std::string> frames;
    encodeEventFrames(*batch, m_services.config.limits.maxEventsPerFrame, kFrameByteBudget,
        [&frames](const std::string &frame) { frames.push_back(frame); });
    for (Session *session : m_sessions)
        session->deliver(batch, frames);
}

void Gateway::broadcastFacts(const QList<QDate> &days)
{
    if (m_sessions.empty())
        return;
    std::vector<std::string> frames;
    for (const protocol::Facts &part : m_services.facts->frames(days, kFrameByteBudget))
        frames.push_back(protocol::encode(protocol::ServerFrame {part}));
    for (Session *session : m_sessions)
        session->deliverFacts(frames);
}

void Gateway::broadcastTeam()
{
    if (m_sessions.empty())
        return;
    const std::string frame = protocol::encode(protocol::ServerFrame {m_services.presence->team()});
    const auto sessions = m_sessions; // a send may close a slow consumer
    for (Session *session : sessions)
        session->deliverTeam(frame);
}

void Gateway::remove(Session *session)
{
    m_sessions.erase(std::remove(m_sessions.begin(), m_sessions.end(), session), m_sessions.end());
    session->deleteLater();
    if (m_sessions.empty())
        Q_EMIT allClosed();
}

void Gateway::closeAll(int closeCode, const char *errorCode, const std::string &reason)
{
    if (m_sessions.empty()) {
        Q_EMIT allClosed();
        return;
    }
    const auto sessions = m_sessions; // closing may remove entries
    for (Session *session : sessions)
        session->closeWith(closeCode, errorCode, reason);
}

int Gateway::closeSession(const QString &sessionId)
{
    if (sessionId.isEmpty())
        return 0;
    return closeWhere([&](const Session &s) { return s.signInSessionId() == sessionId; },
        protocol::errors::Unauthorized, "this session was ended");
}

int Gateway::closeUser(const QString &userName)
{
    if (userName.isEmpty())
        return 0;
    return closeWhere([&](const Session &s) { return s.userName() == userName; }, protocol::errors::Unauthorized,
        "an administrator changed this account; sign in again");
}

int Gateway::closeUserForTwoFactorSetUp(const QString &userName)
{
    if (userName.isEmpty())
        return 0;
    return closeWhere([&](const Session &s) { return s.userName() == userName; },
        protocol::errors::TwoFactorSetupRequired, kTwoFactorSetupReason);
}

int Gateway::closeWhere(
    const std::function<bool(const Session &)> &matches, const char *errorCode, const std::string &reason)
{
    int closed = 0;
    const auto sessions = m_sessions; // closing may remove entries
    for (Session *session : sessions) {
        if (matches(*session)) {
            session->closeWith(protocol::close_codes::Unauthorized, errorCode, reason);
            ++closed;
        }
    }
    return closed;
}

QSet<QString> Gateway::liveSessionIds() const
{
    QSet<QString> live;
    for (const Session *session : m_sessions) {
        if (session->isLive())
            live.insert(session->signInSessionId());
    }
    return live;
}

} // namespace pilothouse::server
