#include "sessionsapi.h"

#include "audit/auditlog.h"
#include "auth/sessionstore.h"
#include "http/restreply.h"

#include "log/log.h"
#include "protocol/rest.h"
#include "protocol/sessions.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QUrlQuery>

namespace pilothouse::server {
namespace {

using rest::errorResponse;
using rest::jsonResponse;
using rest::Status;

std::string text(const QString &value)
{
    return value.toStdString();
}

} // namespace

SessionsApi::SessionsApi(QHttpServer &http, const UserStore &users, SessionStore &sessions, const Database &db,
    std::function<QSet<QString>()> liveSessions, QObject *parent)
    : QObject(parent)
    , m_users(users)
    , m_sessions(sessions)
    , m_db(db)
    , m_live(std::move(liveSessions))
{
    http.route(QStringLiteral("/api/v1/sessions"), QHttpServerRequest::Method::Get,
        [this](const QHttpServerRequest &request) { return list(request); });
    http.route(QStringLiteral("/api/v1/sessions/<arg>"), QHttpServerRequest::Method::Delete,
        [this](const QString &id, const QHttpServerRequest &request) { return end(id, request); });
    http.route(QStringLiteral("/api/v1/logout"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &request) { return signOut(request); });
}

QHttpServerResponse SessionsApi::list(const QHttpServerRequest &request) const
{
    std::optional<QHttpServerResponse> refusal;
    const auto caller = rest::authorise(request, m_users, rest::Access::SignedIn, QString(), refusal);
    if (!caller)
        return std::move(*refusal);
    const QUrlQuery query(request.url());
    const bool everyone = query.queryItemValue(QStringLiteral("all")) == QLatin1String("true");
    const QString user = everyone                    ? QString()
        : query.hasQueryItem(QStringLiteral("user")) ? query.queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded)
                                                     : caller->name;
    if ((everyone || user != caller->name) && caller->role != protocol::Role::Admin)
        return errorResponse(
            protocol::errors::Forbidden, tr("Only admins may see other users' sessions."), Status::Forbidden);

    const QSet<QString> live = m_live ? m_live() : QSet<QString>();
    protocol::SessionList body;
    for (const SessionRow &row : m_sessions.list(user, QDateTime::currentMSecsSinceEpoch())) {
        body.sessions.push_back({text(row.id), text(row.user), text(row.device), text(row.address), row.createdAt,
            row.lastSeen, row.expiresAt, row.id == caller->sessionId, live.contains(row.id)});
    }
    return jsonResponse(protocol::encode(body), Status::Ok);
}

QHttpServerResponse SessionsApi::end(const QString &id, const QHttpServerRequest &request)
{
    std::optional<QHttpServerResponse> refusal;
    const auto caller = rest::authorise(request, m_users, rest::Access::SignedIn, QString(), refusal);
    if (!caller)
        return std::move(*refusal);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto session = m_sessions.find(id, now);
    // Another user's session is "not found" to a non-admin: ids are not confirmed to strangers.
    if (!session || (session->user != caller->name && caller->role != protocol::Role::Admin))
        return errorResponse(protocol::errors::NotFound, tr("There is no such session."), Status::NotFound);
    if (!endAudited(*caller, *session, audit_actions::kSessionEnd))
        return errorResponse(protocol::errors::Internal, tr("The server could not end the session; try again."),
            Status::InternalServerError);
    return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
}

QHttpServerResponse SessionsApi::signOut(const QHttpServerRequest &request)
{
    std::optional<QHttpServerResponse> refusal;
    // Any valid token may end itself, one held for a two-factor set-up too.
    const auto caller = rest::authorise(request, m_users, rest::Access::SettingUpTwoFactor, QString(), refusal);
    if (!caller)
        return std::move(*refusal);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto session = m_sessions.find(caller->sessionId, now);
    if (!session || !endAudited(*caller, *session, audit_actions::kSignOut))
        return errorResponse(protocol::errors::Internal, tr("The server could not end the session; try again."),
            Status::InternalServerError);
    return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
}

bool SessionsApi::endAudited(const User &caller, const SessionRow &session, const char *action)
{
    if (!m_sessions.end(session.id) || !appendAudit(m_db, rest::auditRecord(caller, action, session.user, session.id)))
        return false;
    pilothouse::log::get("server")->info("{}: session {} of '{}' ended by '{}'", action, session.id.toStdString(),
        session.user.toStdString(), caller.name.toStdString());
    Q_EMIT ended(session.id);
    return true;
}

} // namespace pilothouse::server
