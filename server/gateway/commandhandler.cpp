#include "commandhandler.h"

#include "auth/userstore.h"
#include "db/database.h"
#include "db/statestore.h"
#include "eventlog/eventlog.h"

#include "log/log.h"

#include <QCoreApplication>

namespace pilothouse::server {
namespace {

std::string tr(const char *text)
{
    return QCoreApplication::translate("pilothouse::server::CommandHandler", text).toStdString();
}

protocol::Nack nack(const protocol::Command &command, const char *code, std::string message, bool retryable = false)
{
    return protocol::Nack {command.id, code, std::move(message), retryable};
}

std::string conversationIdOf(const protocol::Command &command)
{
    if (!command.args.is_object())
        return {};
    const auto it = command.args.find("conversationId");
    return it != command.args.end() && it->is_string() ? it->get<std::string>() : std::string();
}

} // namespace

CommandHandler::CommandHandler(Database &db, EventLog &log, StateStore &state, UserStore &users, Clock clock)
    : m_db(db)
    , m_log(log)
    , m_state(state)
    , m_journal(db, clock)
    , m_erasure(db)
    , m_planner(state, users, m_erasure)
    , m_clock(std::move(clock))
{ }

CommandResult CommandHandler::execute(const protocol::Command &command, const User &user)
{
    const QString argsHash = CommandJournal::argsHash(command);
    if (command.id.empty() || command.id.size() > 128)
        return refuse(command, user, argsHash, conversationIdOf(command),
            nack(command, protocol::errors::BadRequest, tr("command id must be 1 to 128 characters")), false);

    if (const auto seen = m_journal.find(command.id)) {
        if (seen->user != user.name || seen->name != command.name || seen->argsHash != argsHash)
            // The id belongs to the first command; this one is audited but not remembered.
            return refuse(command, user, argsHash, conversationIdOf(command),
                nack(command, protocol::errors::IdReused,
                    tr("this command id was already used for a different command")),
                false);
        return seen->result; // a resend: the original answer, nothing applied again
    }

    const Actor actor {user.name.toStdString(), user.displayName.toStdString(), user.role};
    auto plan = m_planner.plan(command, actor, timeOf(m_clock));
    if (!plan)
        return refuse(command, user, argsHash, conversationIdOf(command),
            nack(command, protocol::errors::UnknownCommand, tr("unknown command: ") + command.name.substr(0, 64)));
    if (plan->refusal)
        return refuse(command, user, argsHash, plan->conversationId, std::move(*plan->refusal));
    return apply(command, user, argsHash, std::move(*plan));
}

CommandResult CommandHandler::apply(
    const protocol::Command &command, const User &user, const QString &argsHash, CommandPlan plan)
{
    if (plan.events.empty()) {
        // Nothing in the log (taking over what you already own, presence.set): an ack without an
        // event, remembered and audited like any other.
        const protocol::Ack ack {command.id, 0};
        if (!m_db.begin())
            return nack(command, protocol::errors::Internal, tr("the server could not save this"), true);
        if (!m_journal.remember(command, user, argsHash, ack)
            || !m_journal.audit(command, user, plan.conversationId, ack) || !m_db.commit()) {
            m_db.rollback();
            return nack(command, protocol::errors::Internal, tr("the server could not save this"), true);
        }
        if (plan.afterCommit)
            plan.afterCommit();
        return ack;
    }
    const auto appended = m_log.append(std::move(plan.events), [&](const std::vector<protocol::Event> &events) {
        const protocol::Ack ack {command.id, events.back().seq};
        return (!plan.effect || plan.effect()) && m_journal.remember(command, user, argsHash, ack)
            && m_journal.audit(command, user, plan.conversationId, ack);
    });
    if (appended) {
        if (plan.afterCommit)
            plan.afterCommit();
        return protocol::Ack {command.id, appended->back().seq};
    }
    if (*plan.lost) {
        // The row changed between the check and the write: the state machine decides again.
        const auto now = m_state.conversation(plan.conversationId);
        protocol::Nack lost
            = nack(command, protocol::errors::Conflict, tr("the conversation changed at the same moment; try again"));
        if (now && !now->assignee.empty())
            lost.details = {{"owner", now->assignee}, {"ownerName", now->assigneeName}};
        return refuse(command, user, argsHash, plan.conversationId, std::move(lost));
    }
    return refuse(command, user, argsHash, plan.conversationId,
        nack(command, protocol::errors::Internal, tr("the server could not save this"), true), false);
}

CommandResult CommandHandler::refuse(const protocol::Command &command, const User &user, const QString &argsHash,
    const std::string &conversationId, protocol::Nack refusal, bool rememberIt)
{
    refusal.commandId = command.id;
    // A retryable failure must not be remembered: the resend is supposed to try again.
    rememberIt = rememberIt && !refusal.retryable;
    if (!m_journal.recordRefusal(command, user, argsHash, conversationId, refusal, rememberIt))
        pilothouse::log::get("server")->error(
            "could not audit refused command {} ({})", command.name.substr(0, 64), refusal.code);
    return refusal;
}

} // namespace pilothouse::server
