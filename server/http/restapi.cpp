#include "restapi.h"

#include "auth/userstore.h"
#include "eventlog/eventlog.h"

#include "log/log.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>

namespace pilothouse::server {
namespace {

using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse errorResponse(const QString &code, const QString &message, Status status)
{
    QHttpServerResponse response(
        QJsonObject {{QStringLiteral("error"),
            QJsonObject {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}},
        status);
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
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
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject object = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject()
        || !object.value(QStringLiteral("user")).isString() || !object.value(QStringLiteral("password")).isString()
        || object.value(QStringLiteral("user")).toString().isEmpty()) {
        return errorResponse(QStringLiteral("bad_request"),
            tr("The body must be a JSON object with string fields \"user\" and \"password\"."), Status::BadRequest);
    }
    const QString name = object.value(QStringLiteral("user")).toString();
    const QString password = object.value(QStringLiteral("password")).toString();
    const auto stored = m_users.passwordHash(name);
    const bool matches = verifyPassword(password, stored.value_or(decoyHash()));
    const auto user = m_users.user(name);
    if (!stored || !matches || !user) {
        pilothouse::log::get("server")->info("sign-in refused for '{}'", name.toStdString());
        return errorResponse(QStringLiteral("unauthorized"), tr("Wrong user name or password."), Status::Unauthorized);
    }
    const auto issued = m_users.issueToken(name);
    if (!issued) {
        return errorResponse(QStringLiteral("internal"), tr("The server could not sign you in; try again."),
            Status::InternalServerError);
    }
    pilothouse::log::get("server")->info("signed in '{}' ({})", name.toStdString(), user->role.toStdString());
    QHttpServerResponse response(QJsonObject {{QStringLiteral("token"), issued->token},
        {QStringLiteral("expiresAt"), static_cast<qint64>(issued->expiresAt)},
        {QStringLiteral("user"),
            QJsonObject {{QStringLiteral("name"), user->name}, {QStringLiteral("displayName"), user->displayName},
                {QStringLiteral("role"), user->role}}}});
    response.setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    return response;
}

} // namespace pilothouse::server
