#pragma once
// A signed-in operator for the hand-off tests: a StreamClient plus the commands of issue 4 and
// the state its stream describes (latest row per conversation).

#include "serverharness.h"

#include "protocol/commands.h"

#include <map>
#include <set>
#include <string>
#include <variant>

namespace testing {

using Result = std::variant<pilothouse::protocol::Ack, pilothouse::protocol::Nack>;

inline const QString kAgent = QStringLiteral("agent");
inline const QString kSupervisor = QStringLiteral("supervisor");

/// Server arguments: the demo users and simulated customers at `perMinute`, reproducibly.
QStringList traffic(int perMinute, int seed);
const pilothouse::protocol::Ack *ackOf(const std::optional<Result> &result);
const pilothouse::protocol::Nack *nackOf(const std::optional<Result> &result);

class Operator {
public:
    /// Signs in as `user` (demo password) and waits for the initial state.
    bool connect(quint16 port, const QString &user);

    /// Sends the command; `wait` spins until its ack or nack.
    void send(const pilothouse::protocol::Command &command);
    std::optional<Result> waitResult(const std::string &commandId, int timeoutMs = 15000);
    std::optional<Result> run(const pilothouse::protocol::Command &command, int timeoutMs = 15000);

    /// Latest state of every conversation in the snapshot and the events since.
    std::map<std::string, pilothouse::protocol::Conversation> conversations();
    std::vector<pilothouse::protocol::Event> events() { return m_client.events(); }
    StreamClient &client() { return m_client; }
    const std::string &user() const { return m_user; }

private:
    StreamClient m_client;
    std::string m_user;
    std::size_t m_scanned = 0; ///< Frames already folded into m_results / m_conversations.
    std::map<std::string, Result> m_results;
    std::map<std::string, pilothouse::protocol::Conversation> m_conversations;
    void scan();
};

/// A conversation the AI is handling right now (not escalated, nobody owns it), or "". The
/// youngest one: its simulated customer has the most left to say.
std::string aiConversation(Operator &op, const std::set<std::string> &except = {});

} // namespace testing
