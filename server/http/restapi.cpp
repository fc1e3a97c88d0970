#include "restapi.h"

#include "auth/userstore.h"
#include "eventlog/eventlog.h"

#include "log/log.h"
#include "protocol/rest.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>

namespace pilothouse::server {
namespace {

using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse jsonResponse(const std::string &body, Status status)
{
    QHttpServerResponse response(QByteArrayLiteral("application/json"), QByteArray::fromStdString(body), status);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

QHttpServerResponse errorResponse(const char *code, const QString &message, Status status)
{
    return jsonResponse(protocol::encode(protocol::RestError {code, message.toStdString()}), status);
}

/// A hash with the default cost for unknown user names, so "no such user" takes as long as
/// "wrong password" and the timing does not reveal which names exist.
const PasswordHash &decoyHash()
{
    static const PasswordHash decoy = hashPassword(QStringLiteral("decoy"));
    return decoy;
}

} // namespace

RestApi::RestApi(QHttpServer &http, UserStore &users, const EventLog &log, QObject *parent)
    : QObject(parent)
    , m_users(users)
    , m_log(log)
{
    http.route(QStringLiteral("/api/v1/health"), QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &) {
        return QHttpServerResponse(QJsonObject {{QStringLiteral("status"), QStringLiteral("ok")},
            {QStringLiteral("epoch"), QString::fromStdString(m_log.epoch())},
            {QStringLiteral("head"), static_cast<qint64>(m_log.head())}});
    });

    // Synchronous on purpose: Qt 6.4's QFuture responses drop the reply and stall the server
    // (observed), so a sign-in costs one PBKDF2 run (~0.2 s) on the event loop instead.
    http.route(QStringLiteral("/api/v1/login"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &request) { return login(request.body()); });
}

QHttpServerResponse RestApi::login(const QByteArray &body) const
{
    // The stream's JSON rules hold for REST bodies too: a duplicate key is as malformed here.
    const auto request = protocol::decodeLoginRequest(std::string_view(body.constData(), std::size_t(body.size())));
    if (!request) {
        return errorResponse(protocol::errors::BadRequest,
            tr("The body must be a JSON object with string fields \"user\" (not empty) and \"password\": %1")
                .arg(QString::fromStdString(request.error().message)),
            Status::BadRequest);
    }
    const QString name = QString::fromStdString(request.value().user);
    const QString password = QString::fromStdString(request.value().password);
    const auto stored = m_users.passwordHash(name);
    const bool matches = verifyPassword(password, stored.value_or(decoyHash()));
    const auto user = m_users.user(name);
    if (!stored || !matches || !user) {
        pilothouse::log::get("server")->info("sign-in refused for '{}'", name.toStdString());
        return errorResponse(protocol::errors::Unauthorized, tr("Wrong user name or password."), Status::Unauthorized);
    }
    const auto issued = m_users.issueToken(name);
    if (!issued) {
        return errorResponse(protocol::errors::Internal, tr("The server could not sign you in; try again."),
            Status::InternalServerError);
    }
    pilothouse::log::get("server")->info("signed in '{}' ({})", name.toStdString(), protocol::toString(user->role));
    return jsonResponse(
        protocol::encode(protocol::LoginResponse {issued->token.toStdString(), issued->expiresAt,
            {user->name.toStdString(), user->displayName.toStdString(), std::string(protocol::toString(user->role))}}),
        Status::Ok);
}

} // namespace pilothouse::server
