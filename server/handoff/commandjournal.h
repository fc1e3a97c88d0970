#pragma once

#include "eventlog/clock.h"
#include "protocol/frames.h"

#include <QString>

#include <optional>
#include <variant>

namespace pilothouse::server {

class Database;
struct User;

using CommandResult = std::variant<protocol::Ack, protocol::Nack>;

/// What the server remembers about a command id: who sent what, and the answer it got.
struct RememberedCommand {
    QString user;
    std::string name;
    QString argsHash;
    CommandResult result;
};

/// The server's memory of operator commands: remembered results (for idempotent resends) and the
/// audit trail. `remember`/`audit` run inside the caller's transaction so they commit with the
/// command's effect; `recordRefusal` opens its own for commands that changed nothing.
class CommandJournal {
public:
    /// `clock` stamps remembered commands and audit rows (empty = the wall clock).
    explicit CommandJournal(Database &db, Clock clock = {});

    /// Hash of name and arguments; equal commands hash equally (object keys are sorted).
    static QString argsHash(const protocol::Command &command);

    std::optional<RememberedCommand> find(const std::string &commandId) const;

    bool remember(
        const protocol::Command &command, const User &user, const QString &argsHash, const CommandResult &result);
    bool audit(const protocol::Command &command, const User &user, const std::string &conversationId,
        const CommandResult &result);
    /// Audits a refusal in its own transaction; remembers it too when `rememberIt` (a refusal that
    /// a resend must get again, not a transient failure or a refused id).
    bool recordRefusal(const protocol::Command &command, const User &user, const QString &argsHash,
        const std::string &conversationId, const protocol::Nack &nack, bool rememberIt);

private:
    Database &m_db;
    Clock m_clock;
};

} // namespace pilothouse::server
