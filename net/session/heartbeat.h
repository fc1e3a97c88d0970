#pragma once
// Liveness of one WebSocket link (protocol v1 heartbeats).

#include "protocol/frames.h"

#include <QObject>
#include <QTimer>

namespace pilothouse::net {

/// Asks for a ping after intervalMs without sending and declares the link dead after
/// idleTimeoutMs without receiving. Any inbound frame counts as life. QtWebSockets 6.4 has no
/// keepalive of its own, so this is the only thing that notices a silently dead link.
class Heartbeat : public QObject {
    Q_OBJECT

public:
    explicit Heartbeat(QObject *parent = nullptr);

    /// Until the welcome: watch inbound silence only (bounds handshakes), send no pings.
    void watch(int idleTimeoutMs);
    /// After the welcome: the announced policy, clamped so a bad value cannot busy-loop.
    void start(protocol::HeartbeatPolicy policy);
    void stop();
    void noteSent();
    void noteReceived();
    const protocol::HeartbeatPolicy &policy() const { return m_policy; }

Q_SIGNALS:
    void pingDue();
    void linkDead();

private:
    protocol::HeartbeatPolicy m_policy;
    bool m_pinging = false;
    QTimer m_pingTimer;
    QTimer m_idleTimer;
};

} // namespace pilothouse::net
