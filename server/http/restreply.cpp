#include "http/restreply.h"

#include "audit/auditlog.h"
#include "auth/roles.h"

#include "log/log.h"
#include "protocol/codec.h"
#include "protocol/rest.h"

#include <QCoreApplication>
#include <QDateTime>

namespace pilothouse::server::rest {
namespace {

const char *methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    default:
        return "GET";
    }
}

} // namespace

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

AuditRecord auditRecord(const User &by, const char *action, const QString &target, const QString &detail)
{
    AuditRecord record {QDateTime::currentMSecsSinceEpoch(), by.name,
        QString::fromLatin1(protocol::toString(by.role).data()), QString::fromLatin1(action)};
    record.target = target;
    record.detail = detail;
    record.source = by.source;
    return record;
}

bool allows(Access access, protocol::Role role)
{
    switch (access) {
    case Access::SignedIn:
    case Access::SettingUpTwoFactor:
        return true;
    case Access::AnalyticsReaders:
        return roles::readsAnalytics(role);
    case Access::SupervisorOrAdmin:
        return roles::leads(role);
    case Access::AdminOnly:
        return role == protocol::Role::Admin;
    }
    return false;
}

std::optional<User> authorise(const QHttpServerRequest &request, const UserStore &users, Access access,
    const QString &forbidden, std::optional<QHttpServerResponse> &refusal)
{
    const QByteArray authorization = request.value(QByteArrayLiteral("Authorization"));
    static const QByteArray bearer = QByteArrayLiteral("Bearer ");
    const QString token
        = authorization.startsWith(bearer) ? QString::fromLatin1(authorization.mid(bearer.size())) : QString();
    auto user = token.isEmpty() ? std::nullopt : users.userForToken(token);
    if (!user) {
        refusal.emplace(errorResponse(protocol::errors::Unauthorized,
            QCoreApplication::translate("pilothouse::server::RestApi",
                "Sign in first: send the session token as \"Authorization: Bearer <token>\"."),
            Status::Unauthorized));
        return std::nullopt;
    }
    if (user->mustSetUpTwoFactor && access != Access::SettingUpTwoFactor) {
        refusal.emplace(errorResponse(protocol::errors::TwoFactorSetupRequired,
            QCoreApplication::translate("pilothouse::server::RestApi",
                "This server requires two-factor sign-in: set it up first (POST /api/v1/account/two-factor)."),
            Status::Forbidden));
        return std::nullopt;
    }
    if (!allows(access, user->role)) {
        pilothouse::log::get("server")->info("{} {} refused to '{}' ({})", methodName(request.method()),
            request.url().path().toStdString(), user->name.toStdString(), protocol::toString(user->role));
        refusal.emplace(errorResponse(protocol::errors::Forbidden, forbidden, Status::Forbidden));
        return std::nullopt;
    }
    user->source = clientAddress(request.remoteAddress());
    return user;
}

} // namespace pilothouse::server::rest
