#pragma once
// What the command planner's files share (server/handoff/commandplanner.cpp and mergeplanner.cpp):
// refusals, typed arguments and the compare-and-set write. Internal to the planner.

#include "commandplanner.h"
#include "db/statestore.h"
#include "protocol/commands.h"

#include <QCoreApplication>

#include <optional>
#include <string>

namespace pilothouse::server::planning {

/// Longest operator text the server accepts: far below maxMessageBytes, so an event always fits.
inline constexpr std::size_t kMaxTextBytes = 8000;

inline std::string tr(const char *text)
{
    return QCoreApplication::translate("pilothouse::server::CommandPlanner", text).toStdString();
}

inline CommandPlan refused(const protocol::Command &command, const char *code, std::string message,
    std::string conversationId = {}, nlohmann::json details = nlohmann::json::object())
{
    CommandPlan plan;
    plan.refusal = protocol::Nack {command.id, code, std::move(message), false, std::move(details)};
    plan.conversationId = std::move(conversationId);
    return plan;
}

inline CommandPlan refused(const protocol::Command &command, const Refusal &refusal, std::string conversationId)
{
    return refused(command, refusal.code.c_str(), refusal.message, std::move(conversationId), refusal.details);
}

/// The typed args, or a bad_request plan naming the field.
template<typename T> std::optional<T> argsOf(const protocol::Command &command, CommandPlan &plan)
{
    auto decoded = T::fromCommand(command);
    if (decoded)
        return std::move(decoded).value();
    plan = refused(command, protocol::errors::BadRequest, decoded.error().message);
    if (command.args.is_object())
        if (const auto it = command.args.find("conversationId"); it != command.args.end() && it->is_string())
            plan.conversationId = it->get<std::string>();
    return std::nullopt;
}

/// Writes `after` over `before` (compare-and-set on status and owner); a lost swap sets `lost`.
inline bool swapped(
    StateStore &state, const protocol::Conversation &before, const protocol::Conversation &after, bool &lost)
{
    const auto result = state.swapConversation(before, after);
    if (result == StateStore::SwapResult::Lost)
        lost = true;
    return result == StateStore::SwapResult::Swapped;
}

} // namespace pilothouse::server::planning
