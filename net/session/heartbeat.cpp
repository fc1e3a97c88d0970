#include "session/heartbeat.h"

#include <algorithm>

namespace pilothouse::net {

Heartbeat::Heartbeat(QObject *parent)
    : QObject(parent)
    , m_pingTimer(this)
    , m_idleTimer(this)
{
    m_pingTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    connect(&m_pingTimer, &QTimer::timeout, this, &Heartbeat::pingDue);
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        m_pingTimer.stop();
        Q_EMIT linkDead();
    });
}

void Heartbeat::watch(int idleTimeoutMs)
{
    m_pinging = false;
    m_pingTimer.stop();
    m_policy = protocol::HeartbeatPolicy {};
    m_policy.idleTimeoutMs = std::max(idleTimeoutMs, 100);
    m_idleTimer.start(m_policy.idleTimeoutMs);
}

void Heartbeat::start(protocol::HeartbeatPolicy policy)
{
    const protocol::HeartbeatPolicy defaults;
    if (policy.intervalMs <= 0)
        policy.intervalMs = defaults.intervalMs;
    if (policy.idleTimeoutMs <= 0)
        policy.idleTimeoutMs = defaults.idleTimeoutMs;
    policy.intervalMs = std::max(policy.intervalMs, 50);
    policy.idleTimeoutMs = std::max(policy.idleTimeoutMs, 100);
    m_policy = policy;
    m_pinging = true;
    m_pingTimer.start(m_policy.intervalMs);
    m_idleTimer.start(m_policy.idleTimeoutMs);
}

void Heartbeat::stop()
{
    m_pinging = false;
    m_pingTimer.stop();
    m_idleTimer.stop();
}

void Heartbeat::noteSent()
{
    if (m_pinging)
        m_pingTimer.start(m_policy.intervalMs);
}

void Heartbeat::noteReceived()
{
    if (m_idleTimer.isActive())
        m_idleTimer.start(m_policy.idleTimeoutMs);
}

} // namespace pilothouse::net
