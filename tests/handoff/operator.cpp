#include "operator.h"

#include <limits>

namespace protocol = pilothouse::protocol;

namespace testing {

QStringList traffic(int perMinute, int seed)
{
    return {QStringLiteral("--demo"), QStringLiteral("--simulate"), QString::number(perMinute),
        QStringLiteral("--seed"), QString::number(seed)};
}

const protocol::Ack *ackOf(const std::optional<Result> &result)
{
    return result ? std::get_if<protocol::Ack>(&*result) : nullptr;
}

const protocol::Nack *nackOf(const std::optional<Result> &result)
{
    return result ? std::get_if<protocol::Nack>(&*result) : nullptr;
}

std::string aiConversation(Operator &op, const std::set<std::string> &except)
{
    std::string found;
    std::int64_t fewest = std::numeric_limits<std::int64_t>::max();
    for (const auto &[id, c] : op.conversations()) {
        if (c.status == protocol::ConversationStatus::Ai && !except.count(id) && c.messageCount < fewest) {
            found = id;
            fewest = c.messageCount;
        }
    }
    return found;
}

bool Operator::connect(quint16 port, const QString &user)
{
    m_user = user.toStdString();
    const QString token = login(port, user, user + QStringLiteral("-demo"));
    if (token.isEmpty() || !m_client.connectTo(port))
        return false;
    m_client.hello(token.toStdString());
    return m_client.waitFor([this] {
        const auto snapshots = m_client.snapshots();
        return !snapshots.empty() && snapshots.back().final;
    });
}

void Operator::scan()
{
    // Incremental: the tests poll often over thousands of frames.
    const auto &frames = m_client.frames();
    for (; m_scanned < frames.size(); ++m_scanned) {
        const auto &frame = frames[m_scanned];
        if (const auto *ack = std::get_if<protocol::Ack>(&frame))
            m_results.emplace(ack->commandId, *ack);
        else if (const auto *nack = std::get_if<protocol::Nack>(&frame))
            m_results.emplace(nack->commandId, *nack);
        else if (const auto *snapshot = std::get_if<protocol::Snapshot>(&frame)) {
            for (const auto &c : snapshot->conversations)
                m_conversations[c.id] = c;
        } else if (const auto *events = std::get_if<protocol::Events>(&frame)) {
            for (const auto &event : events->events)
                if (const auto *c = std::get_if<protocol::Conversation>(&event.payload))
                    m_conversations[c->id] = *c;
        }
    }
}

void Operator::send(const protocol::Command &command)
{
    m_results.erase(command.id); // a resend waits for its own answer
    m_client.send(command);
}

std::optional<Result> Operator::waitResult(const std::string &commandId, int timeoutMs)
{
    const bool done = m_client.waitFor(
        [&] {
            scan();
            return m_results.count(commandId) > 0;
        },
        timeoutMs);
    if (!done)
        return std::nullopt;
    return m_results.at(commandId);
}

std::optional<Result> Operator::run(const protocol::Command &command, int timeoutMs)
{
    send(command);
    return waitResult(command.id, timeoutMs);
}

std::map<std::string, protocol::Conversation> Operator::conversations()
{
    scan();
    return m_conversations;
}

} // namespace testing
