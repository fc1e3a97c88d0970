#include "http/twofactorapi.h"

#include "audit/auditlog.h"
#include "auth/totp.h"
#include "auth/twofactorstore.h"
#include "db/database.h"
#include "http/restreply.h"

#include "log/log.h"
#include "protocol/frames.h"
#include "protocol/rest.h"
#include "protocol/twofactor.h"

#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>

namespace pilothouse::server {
namespace {

using rest::errorResponse;
using rest::jsonResponse;
using rest::Status;

std::int64_t nowSeconds()
{
    return QDateTime::currentSecsSinceEpoch();
}

QHttpServerResponse saveFailed()
{
    return errorResponse(protocol::errors::Internal, TwoFactorApi::tr("The server could not save this; try again."),
        Status::InternalServerError);
}

} // namespace

TwoFactorApi::TwoFactorApi(QHttpServer &http, UserStore &users, TwoFactorStore &store, Database &db, QObject *parent)
    : QObject(parent)
    , m_users(users)
    , m_store(store)
    , m_db(db)
{
    http.route(QStringLiteral("/api/v1/account/two-factor"), QHttpServerRequest::Method::Get,
        [this](const QHttpServerRequest &request) { return status(request); });
    http.route(QStringLiteral("/api/v1/account/two-factor"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &request) { return enrol(request); });
    http.route(QStringLiteral("/api/v1/account/two-factor/confirm"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &request) { return confirm(request); });
    http.route(QStringLiteral("/api/v1/users/<arg>/two-factor"), QHttpServerRequest::Method::Delete,
        [this](const QString &name, const QHttpServerRequest &request) { return reset(name, request); });
    http.route(QStringLiteral("/api/v1/security"), QHttpServerRequest::Method::Get,
        [this](const QHttpServerRequest &request) { return policy(request); });
    http.route(QStringLiteral("/api/v1/security"), QHttpServerRequest::Method::Put,
        [this](const QHttpServerRequest &request) { return setPolicy(request); });
}

bool TwoFactorApi::audit(const User &by, const char *action, const QString &target)
{
    if (!target.isEmpty())
        pilothouse::log::get("server")->info("{} of '{}' by '{}'", action, target.toStdString(), by.name.toStdString());
    return appendAudit(m_db, rest::auditRecord(by, action, target));
}

QHttpServerResponse TwoFactorApi::status(const QHttpServerRequest &request) const
{
    std::optional<QHttpServerResponse> refusal;
    const auto user = rest::authorise(request, m_users, rest::Access::SettingUpTwoFactor, {}, refusal);
    if (!user)
        return std::move(*refusal);
    return jsonResponse(protocol::encode(protocol::TwoFactorStatus {
                            m_store.enabled(user->name), m_store.recoveryCodesLeft(user->name)}),
        Status::Ok);
}

QHttpServerResponse TwoFactorApi::enrol(const QHttpServerRequest &request)
{
    std::optional<QHttpServerResponse> refusal;
    const auto user = rest::authorise(request, m_users, rest::Access::SettingUpTwoFactor, {}, refusal);
    if (!user)
        return std::move(*refusal);
    if (m_store.enabled(user->name))
        return errorResponse(protocol::errors::Conflict,
            tr("Two-factor sign-in is already on for %1; an admin can reset it.").arg(user->name), Status::Conflict);
    const auto secret = m_store.begin(user->name);
    if (!secret)
        return errorResponse(protocol::errors::Internal, tr("The server could not start the set-up; try again."),
            Status::InternalServerError);
    return jsonResponse(protocol::encode(protocol::TwoFactorEnrolment {totp::base32(*secret).toStdString(),
                            totp::provisioningUri(*secret, QStringLiteral("Pilothouse"), user->name).toStdString()}),
        Status::Ok);
}

QHttpServerResponse TwoFactorApi::confirm(const QHttpServerRequest &request)
{
    std::optional<QHttpServerResponse> refusal;
    const auto user = rest::authorise(request, m_users, rest::Access::SettingUpTwoFactor, {}, refusal);
    if (!user)
        return std::move(*refusal);
    const QByteArray raw = request.body();
    const auto body = protocol::decodeTwoFactorCode(std::string_view(raw.constData(), std::size_t(raw.size())));
    if (!body || body.value().code.size() > protocol::kMaxCodeLength)
        return errorResponse(protocol::errors::BadRequest,
            tr("The body must be a JSON object with the string \"code\" (the 6 digits the app shows)."),
            Status::BadRequest);
    const auto confirmed = m_store.confirm(user->name, QString::fromStdString(body.value().code), nowSeconds());
    using Error = TwoFactorStore::ConfirmError;
    switch (confirmed.error) {
    case Error::NothingPending:
        return errorResponse(protocol::errors::Conflict,
            tr("There is no set-up to confirm: start one first (or two-factor sign-in is already on)."),
            Status::Conflict);
    case Error::WrongCode:
        return errorResponse(protocol::errors::InvalidValue,
            tr("That code is not right. Check the app's clock and enter the code it shows now."),
            Status::UnprocessableEntity);
    case Error::Failed:
        return saveFailed();
    case Error::None:
        break;
    }
    if (!audit(*user, audit_actions::kTwoFactorEnable, user->name))
        pilothouse::log::get("server")->error("could not audit two-factor sign-in for '{}'", user->name.toStdString());
    protocol::RecoveryCodes codes;
    for (const QString &code : confirmed.recoveryCodes)
        codes.codes.push_back(code.toStdString());
    return jsonResponse(protocol::encode(codes), Status::Ok);
}

QHttpServerResponse TwoFactorApi::reset(const QString &name, const QHttpServerRequest &request)
{
    std::optional<QHttpServerResponse> refusal;
    const auto admin = rest::authorise(
        request, m_users, rest::Access::AdminOnly, tr("Only admins reset another user's two-factor sign-in."), refusal);
    if (!admin)
        return std::move(*refusal);
    if (!m_users.user(name))
        return errorResponse(
            protocol::errors::NotFound, tr("There is no user named %1.").arg(name.left(64)), Status::NotFound);
    if (!m_db.begin())
        return saveFailed();
    // While it is required, the user must set it up again before anything else: their sessions end.
    const bool endSessions = m_store.required();
    if (!m_store.reset(name) || !audit(*admin, audit_actions::kTwoFactorReset, name)
        || (endSessions && !m_users.endSessions(name)) || !m_db.commit()) {
        m_db.rollback();
        return saveFailed();
    }
    if (endSessions)
        Q_EMIT mustSetUpAgain(name);
    return QHttpServerResponse(Status::NoContent);
}

QHttpServerResponse TwoFactorApi::policy(const QHttpServerRequest &request) const
{
    std::optional<QHttpServerResponse> refusal;
    if (!rest::authorise(
            request, m_users, rest::Access::AdminOnly, tr("Only admins read and set the sign-in rules."), refusal))
        return std::move(*refusal);
    return jsonResponse(protocol::encode(protocol::SecurityPolicy {m_store.required()}), Status::Ok);
}

QHttpServerResponse TwoFactorApi::setPolicy(const QHttpServerRequest &request)
{
    std::optional<QHttpServerResponse> refusal;
    const auto admin = rest::authorise(
        request, m_users, rest::Access::AdminOnly, tr("Only admins read and set the sign-in rules."), refusal);
    if (!admin)
        return std::move(*refusal);
    const QByteArray raw = request.body();
    const auto body = protocol::decodeSecurityPolicy(std::string_view(raw.constData(), std::size_t(raw.size())));
    if (!body)
        return errorResponse(protocol::errors::BadRequest,
            tr("The body must be a JSON object with the boolean \"twoFactorRequired\": %1")
                .arg(QString::fromStdString(body.error().message)),
            Status::BadRequest);
    const bool require = body.value().twoFactorRequired;
    // Requiring it of everyone starts with oneself: an admin without it would be shut out at once.
    if (require && !m_store.enabled(admin->name))
        return errorResponse(protocol::errors::Conflict,
            tr("Turn on two-factor sign-in for yourself first (Settings), then require it of everyone."),
            Status::Conflict);
    if (require == m_store.required())
        return jsonResponse(protocol::encode(protocol::SecurityPolicy {require}), Status::Ok);
    const QStringList without = require ? m_store.usersWithout() : QStringList();
    if (!m_db.begin())
        return saveFailed();
    bool saved = m_store.setRequired(require)
        && audit(*admin, require ? audit_actions::kRequireTwoFactor : audit_actions::kStopRequiringTwoFactor, {});
    for (const QString &name : without)
        saved = saved && m_users.endSessions(name);
    if (!saved || !m_db.commit()) {
        m_db.rollback();
        return saveFailed();
    }
    pilothouse::log::get("server")->info("two-factor sign-in {} by '{}'; {} user(s) must set it up",
        require ? "required" : "no longer required", admin->name.toStdString(), without.size());
    for (const QString &name : without)
        Q_EMIT mustSetUpAgain(name);
    return jsonResponse(protocol::encode(protocol::SecurityPolicy {require}), Status::Ok);
}

} // namespace pilothouse::server
