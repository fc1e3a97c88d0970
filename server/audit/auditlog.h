#pragma once
// The audit log: one row per operator action, applied or refused (commands, sign-ins, lockouts,
// configuration saves, cost model versions, customer exports, the users tool), written in the
// same transaction as what it records and never changed or deleted afterwards (the schema's
// triggers refuse both: server/db/schema.cpp, version 12). Admins read it through
// GET /api/v1/audit (docs/protocol.md 2.1, "Audit log").

#include "protocol/audit.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace pilothouse::server {

class Database;

/// The actions the server audits besides operator commands (whose action is the command's name).
namespace audit_actions {
inline constexpr const char *kSignIn = "sign_in";
inline constexpr const char *kCustomerExport = "customer.export";
inline constexpr const char *kCostModelUpdate = "cost_model.update";
inline constexpr const char *kSessionEnd = "session.end";
inline constexpr const char *kSignOut = "sign_out";
inline constexpr const char *kUserAdd = "user.add";
inline constexpr const char *kUserSetRole = "user.set_role";
inline constexpr const char *kUserRename = "user.set_display_name";
inline constexpr const char *kUserDisable = "user.disable";
inline constexpr const char *kUserEnable = "user.enable";
inline constexpr const char *kUserPassword = "user.passwd";
inline constexpr const char *kTwoFactorEnable = "user.two_factor_on";
inline constexpr const char *kTwoFactorReset = "user.two_factor_reset";
inline constexpr const char *kRequireTwoFactor = "security.require_two_factor";
inline constexpr const char *kStopRequiringTwoFactor = "security.stop_requiring_two_factor";
} // namespace audit_actions

/// The source of what the server's own command-line tool does.
inline constexpr const char *kCommandLineSource = "command-line";

/// One row to write.
struct AuditRecord {
    std::int64_t at = 0; ///< ms since the epoch
    QString user; ///< Who acted; for a refused sign-in, the name as typed.
    QString role; ///< Their role's wire spelling; "" when nobody was signed in.
    QString action;
    bool applied = true;
    QString code {}; ///< The refusal's error code.
    QString conversationId {};
    QString target {};
    QString detail {}; ///< What changed, when the action alone does not say (the new role).
    QString commandId {};
    std::int64_t seq = 0;
    QString source {};
};

/// Writes `record` (inside the caller's transaction when there is one); false on a database error.
bool appendAudit(const Database &db, const AuditRecord &record);

/// The rows GET /api/v1/audit asks for.
struct AuditQuery {
    QString user {}; ///< Exactly this user name; "" for everyone.
    QStringList actions {}; ///< Any of these actions; empty for all.
    std::optional<protocol::AuditOutcome> outcome {};
    std::optional<std::int64_t> from {}; ///< at >= from (ms)
    std::optional<std::int64_t> to {}; ///< at < to (ms)
    std::optional<std::int64_t> before {}; ///< id < before: the next page
    int limit = 100;
};

/// The newest matching rows, at most `query.limit`; nullopt on a database error.
std::optional<protocol::AuditPage> readAudit(const Database &db, const AuditQuery &query);

/// An address as people read it: an IPv4 client of a dual-stack socket as "127.0.0.1", not
/// "::ffff:127.0.0.1".
QString clientAddress(const QHostAddress &address);

} // namespace pilothouse::server
