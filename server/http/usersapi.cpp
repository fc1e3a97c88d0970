#include "usersapi.h"

#include "audit/auditlog.h"
#include "auth/passwordpolicy.h"
#include "auth/twofactorstore.h"
#include "auth/userstore.h"
#include "db/database.h"
#include "http/restreply.h"

#include "log/log.h"
#include "protocol/rest.h"
#include "protocol/frames.h"
#include "protocol/users.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>

namespace pilothouse::server {
namespace {

using rest::errorResponse;
using rest::jsonResponse;
using rest::Status;

constexpr int kMaxNameLength = 64;

QString roleText(protocol::Role role)
{
    return QString::fromLatin1(protocol::toString(role).data());
}

std::string_view bodyOf(const QHttpServerRequest &request, QByteArray &keep)
{
    keep = request.body();
    return {keep.constData(), std::size_t(keep.size())};
}

QHttpServerResponse badBody(const std::string &problem)
{
    return errorResponse(protocol::errors::BadRequest,
        UsersApi::tr("The body could not be read: %1").arg(QString::fromStdString(problem)), Status::BadRequest);
}

QHttpServerResponse weakPassword(const QString &problem)
{
    return errorResponse(protocol::errors::InvalidValue, problem, Status::UnprocessableEntity);
}

} // namespace

UsersApi::UsersApi(QHttpServer &http, UserStore &users, const TwoFactorStore &twoFactor, Database &db, QObject *parent)
    : QObject(parent)
    , m_users(users)
    , m_twoFactor(twoFactor)
    , m_db(db)
{
    http.route(QStringLiteral("/api/v1/users"), QHttpServerRequest::Method::Get,
        [this](const QHttpServerRequest &request) { return list(request); });
    http.route(QStringLiteral("/api/v1/users"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &request) { return add(request); });
    http.route(QStringLiteral("/api/v1/users/<arg>"), QHttpServerRequest::Method::Patch,
        [this](const QString &name, const QHttpServerRequest &request) { return change(name, request); });
    http.route(QStringLiteral("/api/v1/users/<arg>/password"), QHttpServerRequest::Method::Put,
        [this](const QString &name, const QHttpServerRequest &request) { return setPassword(name, request); });
}

protocol::UserRecord UsersApi::record(const User &user) const
{
    return {user.name.toStdString(), user.displayName.toStdString(), user.role, user.active,
        m_twoFactor.enabled(user.name)};
}

template<typename Change>
bool UsersApi::audited(
    const User &admin, const char *action, const QString &target, const QString &detail, Change change)
{
    if (!m_db.begin())
        return false;
    if (!change() || !appendAudit(m_db, rest::auditRecord(admin, action, target, detail)) || !m_db.commit()) {
        m_db.rollback();
        return false;
    }
    pilothouse::log::get("server")->info("{} of '{}' by '{}'", action, target.toStdString(), admin.name.toStdString());
    return true;
}

std::optional<User> UsersApi::adminOf(
    const QHttpServerRequest &request, std::optional<QHttpServerResponse> &refusal) const
{
    return rest::authorise(request, m_users, rest::Access::AdminOnly, tr("Only admins manage users."), refusal);
}

QHttpServerResponse UsersApi::list(const QHttpServerRequest &request) const
{
    std::optional<QHttpServerResponse> refusal;
    if (!adminOf(request, refusal))
        return std::move(*refusal);
    protocol::UserList body;
    for (const User &user : m_users.users())
        body.users.push_back(record(user));
    return jsonResponse(protocol::encode(body), Status::Ok);
}

QHttpServerResponse UsersApi::add(const QHttpServerRequest &request)
{
    std::optional<QHttpServerResponse> refusal;
    const auto admin = adminOf(request, refusal);
    if (!admin)
        return std::move(*refusal);
    QByteArray keep;
    const auto body = protocol::decodeNewUser(bodyOf(request, keep));
    keep.fill('\0');
    if (!body)
        return badBody(body.error().message);
    const QString name = QString::fromStdString(body.value().name).trimmed();
    if (name.isEmpty() || name.size() > kMaxNameLength || name.contains(u'/'))
        return errorResponse(protocol::errors::BadRequest,
            tr("\"name\" is 1 to %1 characters, without \"/\".").arg(kMaxNameLength), Status::BadRequest);
    if (m_users.user(name))
        return errorResponse(
            protocol::errors::Conflict, tr("There is a user named %1 already.").arg(name), Status::Conflict);
    const QString password = QString::fromStdString(body.value().password);
    if (const QString problem = PasswordPolicy::problem(name, password); !problem.isEmpty())
        return weakPassword(problem);
    const QString shown = QString::fromStdString(body.value().displayName).trimmed();
    const User user {name, shown.isEmpty() ? name : shown.left(kMaxNameLength * 2), body.value().role, true};
    if (!audited(*admin, audit_actions::kUserAdd, name, roleText(user.role),
            [&] { return m_users.setUser(user, password); }))
        return errorResponse(protocol::errors::Internal, tr("The server could not save the user; try again."),
            Status::InternalServerError);
    return jsonResponse(protocol::encode(record(user)), Status::Created);
}

QHttpServerResponse UsersApi::change(const QString &name, const QHttpServerRequest &request)
{
    std::optional<QHttpServerResponse> refusal;
    const auto admin = adminOf(request, refusal);
    if (!admin)
        return std::move(*refusal);
    QByteArray keep;
    const auto body = protocol::decodeUserChange(bodyOf(request, keep));
    if (!body)
        return badBody(body.error().message);
    auto user = m_users.user(name);
    if (!user)
        return errorResponse(
            protocol::errors::NotFound, tr("There is no user named %1.").arg(name.left(64)), Status::NotFound);
    const protocol::UserChange &wanted = body.value();
    const bool staysAdmin
        = wanted.role.value_or(user->role) == protocol::Role::Admin && wanted.active.value_or(user->active);
    if (user->role == protocol::Role::Admin && user->active && !staysAdmin && m_users.activeAdminsExcept(name) == 0)
        return errorResponse(protocol::errors::Conflict,
            tr("%1 is the last active admin; make another user admin first.").arg(name), Status::Conflict);

    bool ok = true;
    bool signOut = false;
    if (wanted.displayName && QString::fromStdString(*wanted.displayName).trimmed() != user->displayName) {
        const QString shown = QString::fromStdString(*wanted.displayName).trimmed();
        user->displayName = shown.isEmpty() ? name : shown.left(kMaxNameLength * 2);
        ok = audited(*admin, audit_actions::kUserRename, name, user->displayName,
            [&] { return m_users.setDisplayName(name, user->displayName); });
    }
    if (ok && wanted.role && *wanted.role != user->role) {
        user->role = *wanted.role;
        ok = audited(*admin, audit_actions::kUserSetRole, name, roleText(user->role),
            [&] { return m_users.setRole(name, user->role) && m_users.endSessions(name); });
        signOut = true;
    }
    if (ok && wanted.active && *wanted.active != user->active) {
        user->active = *wanted.active;
        ok = audited(*admin, user->active ? audit_actions::kUserEnable : audit_actions::kUserDisable, name, {},
            [&] { return m_users.setActive(name, user->active); });
        signOut = signOut || !user->active;
    }
    if (!ok)
        return errorResponse(protocol::errors::Internal, tr("The server could not save the change; try again."),
            Status::InternalServerError);
    if (signOut)
        Q_EMIT signedOut(name);
    return jsonResponse(protocol::encode(record(*user)), Status::Ok);
}

QHttpServerResponse UsersApi::setPassword(const QString &name, const QHttpServerRequest &request)
{
    std::optional<QHttpServerResponse> refusal;
    const auto admin = adminOf(request, refusal);
    if (!admin)
        return std::move(*refusal);
    QByteArray keep;
    const auto body = protocol::decodePasswordChange(bodyOf(request, keep));
    keep.fill('\0');
    if (!body)
        return badBody(body.error().message);
    if (!m_users.user(name))
        return errorResponse(
            protocol::errors::NotFound, tr("There is no user named %1.").arg(name.left(64)), Status::NotFound);
    const QString password = QString::fromStdString(body.value().password);
    if (const QString problem = PasswordPolicy::problem(name, password); !problem.isEmpty())
        return weakPassword(problem);
    if (!audited(*admin, audit_actions::kUserPassword, name, {},
            [&] { return m_users.setPassword(name, password) && m_users.endSessions(name); }))
        return errorResponse(protocol::errors::Internal, tr("The server could not save the password; try again."),
            Status::InternalServerError);
    Q_EMIT signedOut(name);
    return QHttpServerResponse(QHttpServerResponse::StatusCode::NoContent);
}

} // namespace pilothouse::server
