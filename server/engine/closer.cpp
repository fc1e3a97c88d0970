#include "engine/closer.h"

#include "handoff/statemachine.h"

namespace pilothouse::server {

std::pair<const char *, protocol::Millis> Closer::pending(const protocol::Conversation &row) const
{
    using protocol::ConversationStatus;
    // The AI answered last and nobody waits: the customer has the window to come back.
    if (row.status == ConversationStatus::Ai && row.lastAuthor == protocol::Author::Ai && !row.waitingSince)
        return {transition_reasons::NoReply, row.lastMessageAt + m_rules.aiResolveAfterMs};
    // Waiting in the queue: nobody took it within the window.
    if (row.status == ConversationStatus::Escalated) {
        const protocol::Millis since
            = row.escalation ? row.escalation->at : row.waitingSince.value_or(row.lastMessageAt);
        return {transition_reasons::Abandoned, since + m_rules.abandonAfterMs};
    }
    return {"", 0};
}

void Closer::track(const protocol::Conversation &row)
{
    if (const auto known = m_byConversation.find(row.id); known != m_byConversation.end()) {
        m_schedule.erase({known->second.first, row.id});
        m_byConversation.erase(known);
    }
    const auto [reason, deadline] = pending(row);
    if (*reason == '\0')
        return;
    m_schedule.emplace(deadline, row.id);
    m_byConversation[row.id] = {deadline, reason};
}

std::vector<std::pair<std::string, std::string>> Closer::due(protocol::Millis now)
{
    std::vector<std::pair<std::string, std::string>> out;
    while (!m_schedule.empty() && m_schedule.begin()->first <= now) {
        const std::string id = m_schedule.begin()->second;
        m_schedule.erase(m_schedule.begin());
        const auto known = m_byConversation.find(id);
        if (known == m_byConversation.end())
            continue;
        out.emplace_back(id, known->second.second);
        m_byConversation.erase(known);
    }
    return out;
}

} // namespace pilothouse::server
