#include "http/restreply.h"

#include "audit/auditlog.h"

#include "log/log.h"
#include "protocol/codec.h"
#include "protocol/rest.h"

#include <QCoreApplication>

namespace pilothouse::server::rest {

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
    const bool allowed = access == Access::SignedIn || user->role == protocol::Role::Admin
        || (access == Access::SupervisorOrAdmin && user->role == protocol::Role::Supervisor);
    if (!allowed) {
        const char *method = request.method() == QHttpServerRequest::Method::Put ? "PUT"
            : request.method() == QHttpServerRequest::Method::Post               ? "POST"
                                                                                 : "GET";
        pilothouse::log::get("server")->info("{} {} refused to '{}' ({})", method, request.url().path().toStdString(),
            user->name.toStdString(), protocol::toString(user->role));
        refusal.emplace(errorResponse(protocol::errors::Forbidden, forbidden, Status::Forbidden));
        return std::nullopt;
    }
    user->source = clientAddress(request.remoteAddress());
    return user;
}

} // namespace pilothouse::server::rest
