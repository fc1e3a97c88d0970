#pragma once
// What every REST route shares (docs/protocol.md 2.1): JSON answers that are never cached, the
// error body, and the bearer token's check against the roles a route allows.

#include "audit/auditlog.h"
#include "auth/userstore.h"

#include <QHttpServerRequest>
#include <QHttpServerResponse>

#include <optional>
#include <string>

namespace pilothouse::server::rest {

using Status = QHttpServerResponse::StatusCode;

/// `body` as application/json with Cache-Control: no-store.
QHttpServerResponse jsonResponse(const std::string &body, Status status);
/// {"error": {"code", "message"}}
QHttpServerResponse errorResponse(const char *code, const QString &message, Status status);

/// The audit row of what `by` does now over REST, from where their request came (User::source).
AuditRecord auditRecord(const User &by, const char *action, const QString &target = {}, const QString &detail = {});

/// Who a route lets in (server/auth/roles.h): every signed-in role; those who read the analytics
/// (viewer, supervisor, admin); leads (supervisor, admin); admins. None of these admits a user
/// who must still set up two-factor sign-in (User::mustSetUpTwoFactor): only SettingUpTwoFactor,
/// the routes of that set-up, does.
enum class Access { SignedIn, AnalyticsReaders, SupervisorOrAdmin, AdminOnly, SettingUpTwoFactor };

/// Whether `role` passes `access`.
bool allows(Access access, protocol::Role role);

/// The bearer token's user when `access` lets it in; otherwise the 401 (no or unknown token) or
/// 403 (`forbidden` as the message, or two_factor_setup_required) answer in `refusal`, and nullopt.
std::optional<User> authorise(const QHttpServerRequest &request, const UserStore &users, Access access,
    const QString &forbidden, std::optional<QHttpServerResponse> &refusal);

} // namespace pilothouse::server::rest
