#pragma once
// The console's WebSocket session (protocol v1). Lives on the io thread: the composition root
// creates the QThread and moves the worker there; every slot must be invoked on that thread
// (queued connections from the GUI).

#include "protocol/frames.h"
#include "protocol/messagesize.h"
#include "session/backoff.h"
#include "session/connectionstate.h"
#include "session/framedecoder.h"
#include "session/heartbeat.h"
#include "session/metatypes.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

QT_BEGIN_NAMESPACE
class QWebSocket;
QT_END_NAMESPACE

namespace pilothouse::net {

/// Owns one logical session with the server: connect, hello/welcome, heartbeats, decoding, and
/// reconnecting with backoff until stop(). Emits decoded frames; it never touches the store.
class SessionWorker : public QObject {
    Q_OBJECT

public:
    using CursorProvider = std::function<std::optional<protocol::Cursor>()>;
    using FactsSinceProvider = std::function<std::optional<protocol::Millis>()>;

    /// Nack code of a command refused locally because no welcomed connection is open. Retryable:
    /// the durable outbox resends it after the next welcomed().
    static constexpr const char *kNotConnected = "not_connected";
    /// Nack code of a command whose encoded frame exceeds the announced maxMessageBytes.
    static constexpr const char *kTooLarge = "message_too_large";
    /// Incoming size limit until the welcome announces the real one.
    static constexpr qint64 kPreWelcomeMaxBytes = 16 * 1024 * 1024;
    /// Frames received and not yet handled (decoding or decoded) before the io thread waits.
    static constexpr std::size_t kMaxFramesInFlight = 2;
    /// A connection welcomed and up this long resets the backoff.
    static constexpr int kStableAfterMs = 60 * 1000;

    explicit SessionWorker(QObject *parent = nullptr);
    ~SessionWorker() override;

    /// Called on the io thread whenever a hello is built; returns the last applied cursor.
    void setCursorProvider(CursorProvider provider);
    /// Called on the io thread whenever a hello is built; returns the time of the last whole set
    /// of facts the cache holds (hello.factsSince).
    void setFactsSinceProvider(FactsSinceProvider provider);
    void setClientInfo(QString name, QString version);
    /// Replaces the reconnect policy (tests pin the random source). Call before start().
    void setBackoff(Backoff backoff);
    /// Trusts the CA certificates in this PEM file for wss, beside the system's. Call before
    /// start(); an unreadable file makes start() fail with fatalError().
    void setCaFile(const QString &path);

    ConnectionState state() const { return m_state; }

public Q_SLOTS:
    /// Connects to `url` (ws, wss, http or https; the path becomes /api/v1/stream) and keeps
    /// reconnecting until stop(). The token travels only in the hello frame.
    void start(const QUrl &url, const QString &token);
    void stop();
    /// Skips the remaining backoff wait when Reconnecting.
    void retryNow();
    void sendCommand(const pilothouse::protocol::Command &command);
    /// The store refused a decoded frame (a gap in the sequence, another epoch): close with
    /// 4000 and reconnect, so the hello carries the stored cursor and the server decides again.
    void rejectStream(const QString &reason);

Q_SIGNALS:
    void stateChanged(pilothouse::net::ConnectionState state, int reconnectInSeconds, const QString &detail);
    void welcomed(const pilothouse::protocol::Welcome &welcome);
    void snapshotReceived(const pilothouse::protocol::Snapshot &snapshot);
    /// The socket is gone (lost, closed, refused or stopped): a snapshot whose final part had not
    /// arrived never will on this link (docs/protocol.md section 7).
    void linkDropped();
    /// `arrivedAtUs`: when the frame's last WebSocket fragment arrived (log::monotonicMicros()).
    void eventsReceived(const std::vector<pilothouse::protocol::Event> &events, qint64 arrivedAtUs);
    void commandAcked(const pilothouse::protocol::Ack &ack);
    void commandNacked(const pilothouse::protocol::Nack &nack);
    /// The supervisor's daily facts (supervisors and admins only; after the welcome's burst and
    /// when they change).
    void factsReceived(const pilothouse::protocol::Facts &facts);
    /// The team with everyone's presence: after the welcome and whenever a presence changes
    /// (docs/protocol.md section 7.2). Each one replaces the last.
    void teamReceived(const pilothouse::protocol::Team &team);
    /// Close 4001: the token is no longer valid. No reconnect; the UI shows sign-in.
    void authenticationFailed(const QString &message);
    /// Close 4002/4003, or a refused server certificate: retrying cannot help (upgrade needed, role
    /// may not connect, certificate not trusted).
    void fatalError(const QString &message);

private:
    void connectNow();
    void onConnected();
    void onTextFrame(const QString &frame, bool isLastFrame);
    void onTextMessage(const QString &text);
    /// Handles the frames the decoder finished, in order; with `wait`, at least the oldest.
    void handleDecoded(bool wait);
    void handleResult(FrameDecoder::Result &result);
    /// True (and the link closed with 4009) when `bytes` of one message exceed the limit.
    bool refuseIfTooLarge(qint64 bytes);
    void onBinaryMessage();
    void onSocketError();
    void onDisconnected();
    void handleFrame(protocol::ServerFrame &&frame);
    void handleClose(int code, const QString &reason);
    /// After a failed handshake whose certificate was refused: stops for good; true if it did.
    bool stopIfCertificateRefused();
    /// Drops the socket without letting its late signals reach us.
    void discardSocket(bool graceful, int closeCode = 1000);
    void abortAndReconnect(const QString &detail);
    /// A protocol error on our side of the link: close with `code` (4000 range), then reconnect.
    void closeAndReconnect(int code, const QString &detail);
    void scheduleReconnect(const QString &detail);
    void emitReconnectCountdown();
    enum class SendResult { Sent, NotConnected, TooLarge, EncodeFailed };
    SendResult sendFrame(const protocol::ClientFrame &frame);
    void setState(ConnectionState state, int reconnectInSeconds, const QString &detail);
    void applyLimits(qint64 maxIncomingBytes);
    QString endpointText() const;

    QUrl m_url;
    QString m_token;
    QSslConfiguration m_tls;
    QString m_tlsError; ///< Set when the CA file was unusable.
    QList<QSslError> m_sslErrors; ///< Of the current socket's handshake.
    CursorProvider m_cursorProvider;
    FactsSinceProvider m_factsSinceProvider;
    protocol::ClientInfo m_clientInfo;
    Backoff m_backoff;

    QPointer<QWebSocket> m_socket;
    quint64 m_generation = 0; ///< Bumped per socket so queued work for an old one is ignored.
    bool m_running = false;
    bool m_welcomed = false;
    qint64 m_frameArrivedAt = 0; ///< log::monotonicMicros() of the frame being handled
    ConnectionState m_state = ConnectionState::Idle;
    QString m_lastServerError; ///< From an error frame; the close that follows uses it.
    QString m_lastServerErrorCode; ///< That frame's code.

    qint64 m_maxOutgoingBytes = protocol::kDefaultMaxMessageBytes;
    qint64 m_maxIncomingBytes = kPreWelcomeMaxBytes; ///< Announced; Qt's own cap is twice this.
    protocol::MessageMeter m_incoming; ///< UTF-8 bytes of the message being received.

    Heartbeat m_heartbeat;
    std::unique_ptr<FrameDecoder> m_decoder; ///< Made in the constructor; its thread stops with it.
    QTimer m_stableTimer; ///< Resets the backoff once a connection proved stable.
    QTimer m_reconnectTimer; ///< The backoff wait.
    QTimer m_countdownTimer; ///< Updates "reconnecting in n s" every second.
    QElapsedTimer m_reconnectClock;
    qint64 m_reconnectDelayMs = 0;
    QString m_reconnectDetail;
};

} // namespace pilothouse::net
