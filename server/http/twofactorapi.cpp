#include "http/twofactorapi.h"

#include "audit/auditlog.h"
#include "auth/totp.h"
#include "auth/twofactorstore.h"
#include "db/database.h"
#include "http/restreply.h"

#include "log/log.h"
#include "protocol/costmodel.h" // errors::InvalidValue
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
}

bool TwoFactorApi::audit(const User &by, const char *action, const QString &target)
{
    AuditRecord row {QDateTime::currentMSecsSinceEpoch(), by.name,
        QString::fromLatin1(protocol::toString(by.role).data()), QString::fromLatin1(action)};
    row.target = target;
    row.source = by.source;
    pilothouse::log::get("server")->info("{} of '{}' by '{}'", action, target.toStdString(), by.name.toStdString());
    return appendAudit(m_db, row);
}

QHttpServerResponse TwoFactorApi::status(const QHttpServerRequest &request) const
{
    std::optional<QHttpServerResponse> refusal;
    const auto user = rest::authorise(request, m_users, rest::Access::SignedIn, {}, refusal);
    if (!user)
        return std::move(*refusal);
    return jsonResponse(protocol::encode(protocol::TwoFactorStatus {
                            m_store.enabled(user->name), m_store.recoveryCodesLeft(user->name)}),
        Status::Ok);
}

QHttpServerResponse TwoFactorApi::enrol(const QHttpServerRequest &request)
{
    std::optional<QHttpServerResponse> refusal;
    const auto user = rest::authorise(request, m_users, rest::Access::SignedIn, {}, refusal);
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
    const auto user = rest::authorise(request, m_users, rest::Access::SignedIn, {}, refusal);
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
        return errorResponse(
            protocol::errors::Internal, tr("The server could not save this; try again."), Status::InternalServerError);
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
        return errorResponse(
            protocol::errors::Internal, tr("The server could not save this; try again."), Status::InternalServerError);
    if (!m_store.reset(name) || !audit(*admin, audit_actions::kTwoFactorReset, name) || !m_db.commit()) {
        m_db.rollback();
        return errorResponse(
            protocol::errors::Internal, tr("The server could not save this; try again."), Status::InternalServerError);
    }
    return QHttpServerResponse(Status::NoContent);
}

} // namespace pilothouse::server
