#pragma once

#include "protocol/frames.h"

#include <QString>

#include <variant>

namespace pilothouse::server {

class Database;
class EventLog;
class StateStore;
struct User;

/// Runs operator commands. Each command's effect, its event and the remembered command id commit
/// in one transaction, so a resend after a reconnect gets the original ack and changes nothing.
class CommandHandler
{
public:
    CommandHandler(Database &db, EventLog &log, StateStore &state);

    std::variant<protocol::Ack, protocol::Nack> execute(const protocol::Command &command,
                                                        const User &user);

private:
    std::variant<protocol::Ack, protocol::Nack> judge(const protocol::Command &command,
                                                      const User &user, const QString &argsHash);
    bool remember(const protocol::Command &command, const User &user, const QString &argsHash,
                  std::int64_t seq);

    Database &m_db;
    EventLog &m_log;
    StateStore &m_state;
};

} // namespace pilothouse::server
