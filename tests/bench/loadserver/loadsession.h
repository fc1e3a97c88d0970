#pragma once
// One console connected to pilothouse-loadserver (docs/protocol.md sections 4 to 6, 10, 11): the
// hello and its token, the welcome, then a replay or a snapshot made part by part, then live
// events; pings, pongs and the idle limit. What it sends is paced by the socket: the next part or
// events frame is made only while less than kQueuedBytes wait to be written, so a snapshot of any
// size takes a few parts of memory. It applies no command (each gets a nack).

#include "protocol/frames.h"
#include "protocol/messagesize.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <string>

class QWebSocket;

namespace pilothouse::loadserver {

class LiveLog;
class SnapshotStream;
class World;

/// The values announced in the welcome and kept to: the reference server's.
namespace limits {
inline constexpr std::int64_t kMaxMessageBytes = protocol::kDefaultMaxMessageBytes; // 1 MiB
/// Snapshot parts and `events` frames stay about this large, well under the limit.
inline constexpr std::size_t kFrameBudget = std::size_t(kMaxMessageBytes / 2);
inline constexpr std::size_t kItemsPerPart = 200;
inline constexpr int kMaxEventsPerFrame = 500;
inline constexpr std::uint64_t kFragmentBytes = 16 * 1024;
/// Pacing: what may wait in the socket's queue before the next frame is made.
inline constexpr qint64 kQueuedBytes = 4 * qint64(kFrameBudget);
inline constexpr int kHeartbeatMs = 15'000;
inline constexpr int kIdleMs = 45'000;
inline constexpr int kHelloTimeoutMs = 10'000;
inline constexpr std::int64_t kRetentionSeconds = 604'800;
} // namespace limits

struct SessionServices {
    World *world = nullptr;
    LiveLog *log = nullptr;
    std::function<std::optional<protocol::UserInfo>(const std::string &token)> userForToken;
};

class LoadSession : public QObject {
    Q_OBJECT
public:
    LoadSession(std::unique_ptr<QWebSocket> socket, SessionServices services, QObject *parent = nullptr);
    ~LoadSession() override;

    /// Sends what is due (parts, events) while the socket's queue is short.
    void pump();

Q_SIGNALS:
    void finished(pilothouse::loadserver::LoadSession *session);

private:
    enum class State { AwaitingHello, Snapshot, Live, Closing };

    void onTextFrame(const QString &frame, bool isLastFrame);
    void onText(const QString &text);
    void onFrame(const protocol::ClientFrame &frame);
    void onHello(const protocol::Hello &hello);
    void onBytesWritten(qint64 bytes);
    void onTimer();
    /// Sends the next part or events frame; false when nothing is due.
    bool sendNext();
    void send(const std::string &text);
    /// Closes with `code`; `errorCode` non-null sends an error frame first.
    void closeWith(int code, const char *errorCode, const std::string &message);

    std::unique_ptr<QWebSocket> m_socket;
    SessionServices m_services;
    State m_state = State::AwaitingHello;
    std::string m_name; ///< For the log: "session 3".
    std::unique_ptr<SnapshotStream> m_snapshot;
    std::int64_t m_lastSentSeq = 0;
    protocol::MessageMeter m_incoming;
    QTimer m_timer;
    QElapsedTimer m_age;
    QElapsedTimer m_lastInbound;
    QElapsedTimer m_lastPing;
    qint64 m_written = 0; ///< Bytes the socket has written so far.
    qint64 m_burstEnd = 0; ///< The snapshot's or replay's last byte, once queued; 0 = none pending.
    QElapsedTimer m_burstClock;
    std::int64_t m_replayUntil = -1; ///< While replaying: the head when the replay began.
    std::int64_t m_replayEvents = 0;
    std::int64_t m_replayBytes = 0;
    bool m_pumping = false; ///< pump() is running: a call from inside it (bytesWritten) returns.
    std::string m_burstReport; ///< What to log once that byte is written.
};

} // namespace pilothouse::loadserver
