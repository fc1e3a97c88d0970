#pragma once

#include "auth/userstore.h"
#include "eventlog/eventlog.h"

#include "protocol/frames.h"
#include "protocol/messagesize.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class QWebSocket;

namespace pilothouse::server {

/// Why a connection of a user who must set up two-factor sign-in closes (docs/protocol.md 2.1,
/// "Requiring two-factor sign-in").
inline constexpr const char *kTwoFactorSetupReason
    = "this server requires two-factor sign-in: sign in again to set it up";

class CommandHandler;
class FactsService;
class Presence;
class StateStore;

inline constexpr std::int64_t kDefaultMaxSendQueueBytes = 8 * 1024 * 1024;
/// How long a refused over-limit message may take to arrive in full before the close.
inline constexpr int kRefusalDrainMs = 10000;

/// Timers and limits a session announces and enforces.
struct SessionConfig {
    int heartbeatMs = 15000;
    int idleMs = 45000;
    int helloTimeoutMs = 10000;
    /// How long a closing session waits for its send queue to reach the kernel before the close
    /// frame (and, once the close frame is out, for the close handshake) before it aborts the socket.
    int closeGraceMs = 5000;
    /// Bytes that may wait in one connection's send queue once it is live; a send past it closes
    /// with 4013 SlowConsumer. Far above a healthy client's backlog, so only a stalled link hits it.
    std::int64_t maxSendQueueBytes = kDefaultMaxSendQueueBytes;
    /// The longest gap a hello may replay. The welcome burst is queued at once, outside the send
    /// bound: a longer gap gets a snapshot, whose size follows the state, not the history.
    std::int64_t maxReplayEvents = 100000;
    protocol::Limits limits;
    std::string serverName = "pilothouse-server";
    std::string serverVersion;
};

/// What a session needs from the rest of the server (owned elsewhere, outlive every session).
struct SessionServices {
    EventLog *log = nullptr;
    StateStore *state = nullptr;
    UserStore *users = nullptr;
    CommandHandler *commands = nullptr;
    /// The supervisors' daily facts; null when the server keeps none (then no `facts` frames).
    FactsService *facts = nullptr;
    /// Who is at work; null when the server keeps no presence (then no `team` frames).
    Presence *presence = nullptr;
    /// The version in force of each configuration document, for snapshots; empty = none.
    std::function<std::vector<protocol::ConfigPublished>()> configInForce;
    SessionConfig config;
};

/// One client connection through its life: hello (with a deadline), token check, welcome,
/// replay or snapshot, then live events, commands and heartbeats until either side closes.
class Session : public QObject {
    Q_OBJECT
public:
    Session(std::unique_ptr<QWebSocket> socket, const SessionServices &services, QObject *parent = nullptr);
    ~Session() override;

    bool isLive() const { return m_state == State::Live; }
    /// The sign-in session (docs/protocol.md 2.1, "Sessions") whose token this connection
    /// presented; "" before the hello is accepted.
    QString signInSessionId() const { return m_user ? m_user->sessionId : QString(); }
    /// Who signed in; "" before the hello is accepted.
    QString userName() const { return m_user ? m_user->name : QString(); }
    std::int64_t lastSentSeq() const { return m_lastSentSeq; }
    /// Sends the part of `batch` this client has not seen; `sharedFrames` is the whole batch
    /// already encoded, used when this client is exactly up to date (the usual case).
    void deliver(const EventBatch &batch, const std::vector<std::string> &sharedFrames);
    /// Sends already encoded `facts` frames when this live client may read the figures
    /// (supervisors and admins).
    void deliverFacts(const std::vector<std::string> &frames);
    /// Sends an already encoded `team` frame when this live client accepts them (every role).
    void deliverTeam(const std::string &frame);
    /// Closes with an application code; `errorCode` non-null sends an error frame first.
    void closeWith(int closeCode, const char *errorCode, const std::string &message);

Q_SIGNALS:
    void finished(pilothouse::server::Session *session);

private:
    enum class State { AwaitingHello, Live, Closing };

    void onText(const QString &text);
    void onTextFrame(const QString &frame, bool isLastFrame);
    /// Sends message_too_large now and closes with 4009 once the rest of the message is read.
    void refuseMessage(std::int64_t bytesSoFar);
    void finishRefusal();
    /// Sends the close frame once what is queued has reached the kernel (see closeWith).
    void closeWhenDrained(int closeCode, const std::string &message);
    void onFrame(const protocol::ClientFrame &frame);
    void onHello(const protocol::Hello &hello);
    void onCommand(const protocol::Command &command);
    void onHeartbeat();
    /// Supervisors and admins read the facts; agents never receive them.
    bool readsFacts() const;
    /// Counts this connection in its user's presence and, when the client accepts them, sends the
    /// first `team` frame (right after the welcome).
    void joinTeam();
    /// Uncounts it (the socket is gone).
    void leaveTeam();
    void sendFrame(const protocol::ServerFrame &frame);
    void sendText(const std::string &text);
    /// Closes with 4013 when `bytes` more (a message and its frame headers, queuedBytes())
    /// would take the send queue past its bound.
    bool sendQueueFull(std::uint64_t bytes);
    void write(const std::string &text);

    std::unique_ptr<QWebSocket> m_socket;
    SessionServices m_services;
    State m_state = State::AwaitingHello;
    std::optional<User> m_user;
    bool m_acceptsFacts = false; ///< The hello listed "facts" in `accept`.
    std::optional<protocol::Millis> m_factsSince; ///< The hello's `factsSince`.
    bool m_acceptsTeam = false; ///< The hello listed "team" in `accept`.
    bool m_present = false; ///< Counted in the user's presence until the socket is gone.
    std::string m_sessionId;
    std::int64_t m_lastSentSeq = 0;
    /// Bytes of the welcome burst still queued to the socket (they drain first).
    std::int64_t m_burstBacklog = 0;
    QTimer m_helloTimer;
    QTimer m_heartbeat;
    QElapsedTimer m_lastInbound;
    QElapsedTimer m_lastPing;
    protocol::MessageMeter m_incoming; ///< UTF-8 bytes of the text message being received.
    std::string m_refusal; ///< Set while an over-limit message is read to its end before the close.
};

} // namespace pilothouse::server
