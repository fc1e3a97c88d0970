#pragma once
// The audit log on the wire (docs/protocol.md 2.1, "Audit log"): the body of GET /api/v1/audit,
// one page of who did what, when and from where, newest first. What is audited and how the rows
// are kept is the server's business (server/audit/auditlog.h); here only the shape.

#include "codec.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pilothouse::protocol {

enum class AuditOutcome { Applied, Refused };

std::string_view toString(AuditOutcome outcome);
std::optional<AuditOutcome> auditOutcomeFromString(std::string_view text);

/// One audited action. `action` is open-ended (a command's name, "sign_in", "user.set_role", ...;
/// docs/protocol.md lists the ones the reference server writes): receivers show one they do not
/// know as it came.
struct AuditEntry {
    std::int64_t id = 0; ///< Increases with every row; pages are asked for by it (`before`).
    Millis at = 0;
    std::string user; ///< Who acted; for a refused sign-in, the name as typed.
    std::optional<Role> role {}; ///< Their role then; none when no one was signed in.
    std::string action;
    AuditOutcome outcome = AuditOutcome::Applied;
    std::string code {}; ///< Why it was refused (an error code), "" when applied.
    std::string conversationId {}; ///< The conversation acted on, "" for none.
    std::string target {}; ///< The user (or customer) an administration action was about, "" for none.
    std::string detail {}; ///< What changed when the action alone does not say (a new role), "" for none.
    std::string commandId {}; ///< The command's id, "" for what was not a command.
    std::int64_t seq = 0; ///< The event it wrote (or the version it saved), 0 for none.
    std::string source {}; ///< The client's address, or "command-line" for the server's own tool.
    bool operator==(const AuditEntry &) const = default;
};

/// 200 answer: the newest `limit` rows that match, older than `before` when given.
struct AuditPage {
    std::int64_t total = 0; ///< How many rows match the filter, on every page.
    bool more = false; ///< Older matching rows exist: ask again with before = the last id.
    std::vector<AuditEntry> entries;
    bool operator==(const AuditPage &) const = default;
};

std::string encode(const AuditPage &body);
Decoded<AuditPage> decodeAuditPage(std::string_view body);

} // namespace pilothouse::protocol
