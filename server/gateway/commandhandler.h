#pragma once

#include "handoff/commandjournal.h"
#include "handoff/commandplanner.h"
#include "privacy/erasure.h"

#include "protocol/frames.h"

#include <variant>

namespace pilothouse::server {

class Database;
class EventLog;
class StateStore;
class UserStore;
struct User;

/// Runs operator commands. Each command's effect, its events, the remembered result and the
/// audit record commit in one transaction, so a resend after a reconnect gets the original
/// answer and changes nothing. Refused commands are remembered and audited too.
class CommandHandler {
public:
    /// `clock` is the time commands happen at (empty = the wall clock; the demo's history runs
    /// its simulated operators through here on a simulated one).
    CommandHandler(Database &db, EventLog &log, StateStore &state, UserStore &users, Clock clock = {});

    CommandResult execute(const protocol::Command &command, const User &user);
    /// Where `presence.set` takes effect (the gateway's Presence); none = acknowledged only.
    void setPresenceSetter(CommandPlanner::PresenceSetter setter) { m_planner.setPresenceSetter(std::move(setter)); }

private:
    CommandResult apply(const protocol::Command &command, const User &user, const QString &argsHash, CommandPlan plan);
    CommandResult refuse(const protocol::Command &command, const User &user, const QString &argsHash,
        const std::string &conversationId, protocol::Nack nack, bool rememberIt = true);

    Database &m_db;
    EventLog &m_log;
    StateStore &m_state;
    CommandJournal m_journal;
    privacy::Erasure m_erasure;
    CommandPlanner m_planner;
    Clock m_clock;
};

} // namespace pilothouse::server
