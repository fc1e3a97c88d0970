#pragma once
// The closes the engine makes on its own (docs/protocol.md, section 8.1): an AI answer the
// customer does not come back to within a window resolves the conversation (`no_reply`), and an
// escalated conversation nobody took within a window is abandoned (`abandoned`). The Closer only
// keeps the deadlines; the engine re-reads the row and lets ConversationStateMachine::close decide.

#include "protocol/frames.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace pilothouse::server {

struct CloseRules {
    std::int64_t aiResolveAfterMs = 10 * 60 * 1000;
    std::int64_t abandonAfterMs = 30 * 60 * 1000;
};

class Closer {
public:
    explicit Closer(CloseRules rules)
        : m_rules(rules)
    { }

    /// The rule that will close this row and when; reason "" when none applies.
    std::pair<const char *, protocol::Millis> pending(const protocol::Conversation &row) const;
    /// Arms, moves or drops the row's deadline; call with every row the log carries.
    void track(const protocol::Conversation &row);
    /// Conversations whose deadline passed at `now`, oldest deadline first, with the rule's reason.
    /// They are dropped from the schedule; the next row `track`ed arms them again.
    std::vector<std::pair<std::string, std::string>> due(protocol::Millis now);

    /// The earliest deadline armed, if any.
    std::optional<protocol::Millis> nextDeadline() const
    {
        if (m_schedule.empty())
            return std::nullopt;
        return m_schedule.begin()->first;
    }

    const CloseRules &rules() const { return m_rules; }

private:
    CloseRules m_rules;
    std::set<std::pair<protocol::Millis, std::string>> m_schedule; // (deadline, conversation id)
    std::map<std::string, std::pair<protocol::Millis, std::string>> m_byConversation; // id -> (deadline, reason)
};

} // namespace pilothouse::server
