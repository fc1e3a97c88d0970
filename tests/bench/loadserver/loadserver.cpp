#include "loadserver.h"

#include "loadsession.h"
#include "say.h"

#include "appoptions.h"
#include "protocol/codec.h"
#include "protocol/rest.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QTcpServer>
#include <QUuid>
#include <QWebSocket>

#include <algorithm>

namespace pilothouse::loadserver {
namespace {

using namespace Qt::StringLiterals;
using Status = QHttpServerResponse::StatusCode;

constexpr protocol::Millis kTokenLifetimeMs = 12 * 3600 * 1000;

QHttpServerResponse jsonResponse(const std::string &body, Status status)
{
    QHttpServerResponse response(QByteArrayLiteral("application/json"), QByteArray::fromStdString(body), status);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

QHttpServerResponse errorResponse(const char *code, const std::string &message, Status status)
{
    return jsonResponse(protocol::encode(protocol::RestError {code, message}), status);
}

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return u"GET"_s;
    case QHttpServerRequest::Method::Put:
        return u"PUT"_s;
    case QHttpServerRequest::Method::Post:
        return u"POST"_s;
    case QHttpServerRequest::Method::Delete:
        return u"DELETE"_s;
    default:
        return u"(other)"_s;
    }
}

} // namespace

LoadServer::LoadServer(const LoadOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_world(options.conversations, options.messages, QDateTime::currentMSecsSinceEpoch())
    , m_log(options.epoch)
    , m_traffic(m_world, m_log, options.rate, options.burst)
{
    m_http.route(
        u"/api/v1/health"_s, QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &) { return health(); });
    m_http.route(u"/api/v1/login"_s, QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &request) { return login(request); });
    // Qt 6.4 upgrades a request only when a route took it without writing an answer, so the stream
    // path stays silent for upgrades and answers 426 to plain HTTP (docs/protocol.md section 2).
    m_http.route(QString::fromLatin1(protocol::kWebSocketPath),
        [](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            if (request.value(QByteArrayLiteral("upgrade")).compare("websocket", Qt::CaseInsensitive) == 0)
                return;
            responder.write(QByteArray::fromStdString(protocol::encode(protocol::RestError {
                                protocol::errors::BadRequest, "this endpoint speaks WebSocket only"})),
                QByteArrayLiteral("application/json"), QHttpServerResponder::StatusCode::UpgradeRequired);
        });
    m_http.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        notServed(request, std::move(responder));
    });
    connect(&m_http, &QAbstractHttpServer::newWebSocketConnection, this, &LoadServer::acceptSockets);
    connect(&m_traffic, &LiveTraffic::appended, this, [this] {
        const std::vector<LoadSession *> sessions = m_sessions; // one may finish while it sends
        for (LoadSession *session : sessions)
            session->pump();
    });
}

LoadServer::~LoadServer() = default;

bool LoadServer::start(QString *error)
{
    auto *tcp = new QTcpServer(&m_http);
    if (!tcp->listen(m_options.address, m_options.port)) {
        *error = u"cannot listen on %1:%2: %3"_s.arg(m_options.address.toString())
                     .arg(m_options.port)
                     .arg(tcp->errorString());
        return false;
    }
    m_http.bind(tcp);
    m_port = tcp->serverPort();
    m_traffic.start();
    return true;
}

QHttpServerResponse LoadServer::health() const
{
    return jsonResponse(
        protocol::encodeJson(nlohmann::json {{"status", "ok"}, {"epoch", m_log.epoch()}, {"head", m_log.head()}}),
        Status::Ok);
}

QHttpServerResponse LoadServer::login(const QHttpServerRequest &request)
{
    const QByteArray body = request.body();
    const auto decoded = protocol::decodeLoginRequest(std::string_view(body.constData(), std::size_t(body.size())));
    if (!decoded || decoded.value().user.empty())
        return errorResponse(protocol::errors::BadRequest,
            decoded ? std::string("user: must not be empty") : decoded.error().message, Status::BadRequest);
    const protocol::LoginRequest &credentials = decoded.value();
    if (credentials.password != app::AppOptions::DemoPassword) {
        say(u"login: refused '%1' (not the demo password)"_s.arg(QString::fromStdString(credentials.user)));
        return errorResponse(protocol::errors::Unauthorized, "wrong user name or password", Status::Unauthorized);
    }
    protocol::LoginResponse answer;
    answer.token = "load-" + QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    answer.expiresAt = QDateTime::currentMSecsSinceEpoch() + kTokenLifetimeMs;
    answer.user.name = credentials.user;
    answer.user.displayName = credentials.user == app::AppOptions::DemoUser ? "Demo Supervisor" : credentials.user;
    answer.user.role = "supervisor";
    m_tokens[answer.token] = answer.user;
    say(u"login: '%1' signed in"_s.arg(QString::fromStdString(credentials.user)));
    return jsonResponse(protocol::encode(answer), Status::Ok);
}

void LoadServer::notServed(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const QString route = methodName(request.method()) + u' ' + request.url().path();
    if (m_notServed.insert(route).second)
        say(u"REST %1: answered 404, not served here (logged once per route)"_s.arg(route));
    const std::string body = protocol::encode(protocol::RestError {
        protocol::errors::NotFound, "pilothouse-loadserver does not serve " + request.url().path().toStdString()});
    responder.write(QByteArray::fromStdString(body),
        {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")},
            {QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store")}},
        QHttpServerResponder::StatusCode::NotFound);
}

std::optional<protocol::UserInfo> LoadServer::userForToken(const std::string &token) const
{
    const auto found = m_tokens.find(token);
    return found == m_tokens.end() ? std::nullopt : std::optional<protocol::UserInfo>(found->second);
}

void LoadServer::acceptSockets()
{
    while (m_http.hasPendingWebSocketConnections()) {
        std::unique_ptr<QWebSocket> socket = m_http.nextPendingWebSocketConnection();
        if (!socket)
            break;
        if (socket->requestUrl().path() != QLatin1String(protocol::kWebSocketPath)) {
            QWebSocket *stray = socket.release();
            stray->setParent(this);
            connect(stray, &QWebSocket::disconnected, stray, &QObject::deleteLater);
            stray->close(static_cast<QWebSocketProtocol::CloseCode>(protocol::close_codes::ProtocolError),
                u"unknown path; use /api/v1/stream"_s);
            continue;
        }
        SessionServices services;
        services.world = &m_world;
        services.log = &m_log;
        services.userForToken = [this](const std::string &token) { return userForToken(token); };
        auto *session = new LoadSession(std::move(socket), std::move(services), this);
        connect(session, &LoadSession::finished, this, [this](LoadSession *done) {
            m_sessions.erase(std::remove(m_sessions.begin(), m_sessions.end(), done), m_sessions.end());
            done->deleteLater();
        });
        m_sessions.push_back(session);
    }
}

} // namespace pilothouse::loadserver
