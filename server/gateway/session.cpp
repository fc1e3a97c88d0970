#include "session.h"

#include "commandhandler.h"
#include "framing.h"

#include "audit/auditlog.h"
#include "db/statestore.h"
#include "facts/factsservice.h"
#include "log/log.h"
#include "protocol/codec.h"
#include "protocol/rest.h"

#include <QDateTime>
#include <QUuid>
#include <QWebSocket>

namespace pilothouse::server {
namespace {

auto logger()
{
    return pilothouse::log::get("server");
}

template<class... Ts> struct Overloaded : Ts... {
    using Ts::operator()...;
};
template<class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

/// Close reasons are limited to 123 bytes; keep them short and ASCII so nothing splits.
QString closeReason(const std::string &message)
{
    QString reason;
    for (char c : message.substr(0, 120))
        reason.append(static_cast<unsigned char>(c) < 0x80 ? QChar::fromLatin1(c) : u'?');
    return reason;
}

} // namespace

Session::Session(std::unique_ptr<QWebSocket> socket, const SessionServices &services, QObject *parent)
    : QObject(parent)
    , m_socket(std::move(socket))
    , m_services(services)
    , m_sessionId(QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString())
{
    // Qt's own limits sit at twice the announced one: Qt would close over-limit messages with 1009,
    // but the protocol wants an error frame and 4009, which onTextFrame sends while memory stays
    // bounded by Qt's hard cap.
    const auto hardCap = static_cast<quint64>(m_services.config.limits.maxMessageBytes) * 2;
    m_socket->setMaxAllowedIncomingMessageSize(hardCap);
    m_socket->setMaxAllowedIncomingFrameSize(hardCap);
    m_socket->setOutgoingFrameSize(kOutgoingFragmentBytes);
    connect(m_socket.get(), &QWebSocket::bytesWritten, this,
        [this](qint64 written) { m_burstBacklog = std::max<std::int64_t>(0, m_burstBacklog - written); });
    connect(m_socket.get(), &QWebSocket::textFrameReceived, this, &Session::onTextFrame);
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &Session::onText);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this, [this] {
        closeWith(protocol::close_codes::ProtocolError, protocol::errors::BadRequest,
            "binary frames are not part of the protocol; send JSON text");
    });
    connect(m_socket.get(), &QWebSocket::disconnected, this, [this] {
        m_state = State::Closing;
        m_helloTimer.stop();
        m_heartbeat.stop();
        leaveTeam();
        Q_EMIT finished(this);
    });

    m_lastInbound.start();
    m_lastPing.start();
    m_helloTimer.setSingleShot(true);
    connect(&m_helloTimer, &QTimer::timeout, this, [this] {
        closeWith(protocol::close_codes::HelloTimeout, protocol::errors::BadRequest,
            "no hello within " + std::to_string(m_services.config.helloTimeoutMs) + " ms");
    });
    m_helloTimer.start(m_services.config.helloTimeoutMs);
    const int check = std::min(m_services.config.heartbeatMs, m_services.config.idleMs) / 4;
    m_heartbeat.setInterval(std::clamp(check, 10, 1000));
    connect(&m_heartbeat, &QTimer::timeout, this, &Session::onHeartbeat);
    m_heartbeat.start();
}

Session::~Session() = default;

void Session::onTextFrame(const QString &frame, bool isLastFrame)
{
    m_lastInbound.restart();
    if (m_state == State::Closing || !m_refusal.empty())
        return;
    // The limit is the whole message's UTF-8 size, however the client split it into frames.
    const std::int64_t bytes
        = m_incoming.addFrame({QStringView(frame).utf16(), std::size_t(frame.size())}, isLastFrame);
    if (bytes > m_services.config.limits.maxMessageBytes)
        refuseMessage(bytes);
}

void Session::refuseMessage(std::int64_t bytesSoFar)
{
    // Say so at once, but close only once the rest of the message is read: closing with unread
    // bytes makes the kernel reset the connection, and a client still sending would lose the
    // error and the close (issue 10: 1006 instead of 4009 in most attempts). Qt's own cap at
    // twice the limit still bounds what is buffered meanwhile.
    m_refusal = "a message over " + std::to_string(m_services.config.limits.maxMessageBytes) + " bytes";
    m_incoming.reset();
    logger()->warn("session {}: a message from the client passed {} bytes ({} so far); refusing it with {}",
        m_sessionId, m_services.config.limits.maxMessageBytes, bytesSoFar, protocol::close_codes::MessageTooLarge);
    write(protocol::encode(protocol::ServerFrame {protocol::Error {protocol::errors::MessageTooLarge, m_refusal}}));
    // A client that never finishes the message is closed all the same.
    QTimer::singleShot(kRefusalDrainMs, this, &Session::finishRefusal);
}

void Session::finishRefusal()
{
    closeWith(protocol::close_codes::MessageTooLarge, nullptr, m_refusal);
}

void Session::onText(const QString &text)
{
    m_lastInbound.restart();
    if (m_state == State::Closing)
        return;
    if (!m_refusal.empty()) {
        finishRefusal(); // the refused message has been read to its end
        return;
    }
    const std::string utf8 = text.toStdString();
    try {
        auto decoded = protocol::decodeClientFrame(utf8);
        if (!decoded) {
            closeWith(protocol::close_codes::ProtocolError, protocol::errors::BadRequest, decoded.error().message);
            return;
        }
        onFrame(decoded.value());
    } catch (const std::exception &error) {
        // Nothing may escape a slot; a bug here must cost one connection, not the server.
        logger()->error("session {}: {}", m_sessionId, error.what());
        closeWith(QWebSocketProtocol::CloseCodeBadOperation, protocol::errors::Internal, "internal server error");
    }
}

void Session::onFrame(const protocol::ClientFrame &frame)
{
    std::visit(Overloaded {
                   [this](const protocol::Hello &hello) {
                       if (m_state != State::AwaitingHello) {
                           closeWith(protocol::close_codes::ProtocolError, protocol::errors::BadRequest,
                               "hello was already received");
                           return;
                       }
                       onHello(hello);
                   },
                   [this](const protocol::Command &command) {
                       if (m_state != State::Live) {
                           closeWith(protocol::close_codes::ProtocolError, protocol::errors::BadRequest,
                               "the first frame must be hello");
                           return;
                       }
                       onCommand(command);
                   },
                   [this](const protocol::Ping &ping) {
                       if (m_state == State::Live)
                           sendFrame(protocol::Pong {ping.t});
                       else
                           closeWith(protocol::close_codes::ProtocolError, protocol::errors::BadRequest,
                               "the first frame must be hello");
                   },
                   [this](const protocol::Pong &) {
                       if (m_state != State::Live)
                           closeWith(protocol::close_codes::ProtocolError, protocol::errors::BadRequest,
                               "the first frame must be hello");
                   },
               },
        frame);
}

void Session::onHello(const protocol::Hello &hello)
{
    m_helloTimer.stop();
    if (hello.protocol != protocol::kProtocolVersion) {
        closeWith(protocol::close_codes::UnsupportedVersion, "unsupported_version",
            "protocol " + std::to_string(hello.protocol) + " is not supported; this server speaks "
                + std::to_string(protocol::kProtocolVersion));
        return;
    }
    m_user = m_services.users->userForToken(QString::fromStdString(hello.token));
    if (m_user)
        m_user->source = clientAddress(m_socket->peerAddress());
    m_acceptsFacts = std::find(hello.accept.begin(), hello.accept.end(), protocol::kAcceptFacts) != hello.accept.end();
    m_factsSince = hello.factsSince;
    m_acceptsTeam = std::find(hello.accept.begin(), hello.accept.end(), protocol::kAcceptTeam) != hello.accept.end();
    if (!m_user) {
        closeWith(
            protocol::close_codes::Unauthorized, protocol::errors::Unauthorized, "the token is invalid or has expired");
        return;
    }
    if (m_user->mustSetUpTwoFactor) {
        closeWith(protocol::close_codes::Unauthorized, protocol::errors::TwoFactorSetupRequired, kTwoFactorSetupReason);
        m_user.reset();
        return;
    }
    EventLog &log = *m_services.log;
    const bool replay = hello.cursor && log.canReplayFrom(*hello.cursor)
        && log.head() - hello.cursor->seq <= m_services.config.maxReplayEvents;

    protocol::Welcome welcome;
    welcome.sessionId = m_sessionId;
    welcome.user = {
        m_user->name.toStdString(), m_user->displayName.toStdString(), std::string(protocol::toString(m_user->role))};
    welcome.limits = m_services.config.limits;
    welcome.heartbeat = {m_services.config.heartbeatMs, m_services.config.idleMs};
    welcome.server = {m_services.config.serverName, m_services.config.serverVersion};
    welcome.head = log.headCursor();
    welcome.retentionSeconds = log.retentionSeconds();
    welcome.resume = replay ? protocol::ResumeMode::Replay : protocol::ResumeMode::Snapshot;
    sendFrame(welcome);
    logger()->info("session {}: '{}' ({}) connected, {} from {}", m_sessionId, m_user->name.toStdString(),
        protocol::toString(m_user->role), replay ? "replay" : "snapshot", hello.cursor ? hello.cursor->seq : 0);
    joinTeam();

    const auto sink = [this](const std::string &frame) { sendText(frame); };
    const protocol::Cursor head = log.headCursor(); // captured before anything is read
    if (replay) {
        const int maxEvents = m_services.config.limits.maxEventsPerFrame;
        std::int64_t after = hello.cursor->seq;
        while (after < head.seq) {
            auto events = log.read(after, head.seq, maxEvents * 4);
            if (events.empty() || events.front().seq != after + 1
                || events.back().seq - after != std::int64_t(events.size())) {
                // Never a silent gap: what was sent is contiguous; the client reconnects and the
                // server decides again (a snapshot if the events are really gone).
                logger()->error("session {}: replay after seq {} found a gap in the log", m_sessionId, after);
                closeWith(protocol::close_codes::ResumeImpossible, protocol::errors::Internal,
                    "the event log could not be read; reconnect");
                return;
            }
            redactDraftsFor(events, m_user->name.toStdString());
            encodeEventFrames(events, maxEvents, kFrameByteBudget, sink);
            after = events.back().seq;
            if (m_state == State::Closing)
                return;
        }
    } else {
        encodeSnapshot(*m_services.state, head, kSnapshotConversationsPerPart, kFrameByteBudget, sink,
            m_services.configInForce ? m_services.configInForce() : std::vector<protocol::ConfigPublished> {});
    }
    if (m_state == State::Closing)
        return;
    // The figures follow the state in the same burst; later changes come as they are folded.
    if (m_services.facts && readsFacts()) {
        // A client that holds the facts as of `factsSince` gets only what changed after it.
        const auto parts = m_factsSince ? m_services.facts->changedSince(*m_factsSince, kFrameByteBudget)
                                        : m_services.facts->window(kFrameByteBudget);
        for (const protocol::Facts &part : parts)
            sendFrame(part);
        if (m_state == State::Closing)
            return;
    }
    m_lastSentSeq = head.seq;
    // What the burst left queued leaves first; only what is queued behind it is the live backlog.
    m_burstBacklog = m_socket->bytesToWrite();
    m_state = State::Live;
}

void Session::onCommand(const protocol::Command &command)
{
    auto result = m_services.commands->execute(command, *m_user);
    // The resulting event goes out (to everyone) before the ack, so an ack means "in the stream".
    m_services.log->flushPending();
    std::visit([this](auto &&frame) { sendFrame(frame); }, result);
}

void Session::deliver(const EventBatch &batch, const std::vector<std::string> &sharedFrames)
{
    if (m_state != State::Live || batch->empty() || batch->back().seq <= m_lastSentSeq)
        return;
    const auto sink = [this](const std::string &frame) { sendText(frame); };
    const std::string me = m_user->name.toStdString();
    if (batch->front().seq == m_lastSentSeq + 1 && !hasDraftsForOthers(*batch, me)) {
        for (const auto &frame : sharedFrames)
            sendText(frame);
    } else if (batch->front().seq == m_lastSentSeq + 1) {
        // Someone else's draft: the same events, with its text blanked for this user.
        auto events = *batch;
        redactDraftsFor(events, me);
        encodeEventFrames(events, m_services.config.limits.maxEventsPerFrame, kFrameByteBudget, sink);
    } else {
        // Partly seen already (joined mid-batch) or, defensively, a gap: read exactly what is due.
        auto events = m_services.log->read(m_lastSentSeq, batch->back().seq, std::numeric_limits<int>::max());
        redactDraftsFor(events, me);
        encodeEventFrames(events, m_services.config.limits.maxEventsPerFrame, kFrameByteBudget, sink);
    }
    m_lastSentSeq = batch->back().seq;
}

void Session::onHeartbeat()
{
    if (m_state == State::Closing)
        return;
    if (m_lastInbound.elapsed() > m_services.config.idleMs) {
        closeWith(protocol::close_codes::IdleTimeout, nullptr,
            "no frame for " + std::to_string(m_services.config.idleMs) + " ms");
        return;
    }
    // Ping after heartbeatMs of inbound silence, and again every heartbeatMs while it lasts.
    const int interval = m_services.config.heartbeatMs;
    if (m_state == State::Live && m_lastInbound.elapsed() >= interval && m_lastPing.elapsed() >= interval) {
        sendFrame(protocol::Ping {QDateTime::currentMSecsSinceEpoch()});
        m_lastPing.restart();
    }
}

void Session::closeWith(int closeCode, const char *errorCode, const std::string &message)
{
    if (m_state == State::Closing)
        return;
    if (errorCode)
        write(protocol::encode(protocol::ServerFrame {protocol::Error {errorCode, message}}));
    logger()->info("session {}: closing with {} ({})", m_sessionId, closeCode, message);
    m_state = State::Closing;
    m_helloTimer.stop();
    m_heartbeat.stop();
    closeWhenDrained(closeCode, message);
}

void Session::closeWhenDrained(int closeCode, const std::string &message)
{
    // QWebSocket::close() stops reading at once, and the kernel resets a connection closed with
    // unread bytes, dropping everything still queued for the peer: a slow consumer whose link
    // heals lost the error frame and the 4013 behind its backlog whenever one of its pings came
    // in after close() (faults.slowconsumer). So the session keeps reading (and ignoring) what
    // arrives until its queue has reached the kernel, and only then sends the close frame.
    if (m_socket->bytesToWrite() > 0) {
        auto drained = std::make_shared<QMetaObject::Connection>();
        auto closeOnce = [this, drained, closeCode, message] {
            QObject::disconnect(*drained);
            if (m_socket->state() == QAbstractSocket::ConnectedState)
                closeWhenDrained(closeCode, message);
        };
        *drained = connect(m_socket.get(), &QWebSocket::bytesWritten, this, [this, closeOnce] {
            if (m_socket->bytesToWrite() == 0)
                closeOnce();
        });
        // A peer that stays stalled never drains it: no close frame can reach it, so abort.
        QTimer::singleShot(m_services.config.closeGraceMs, this, [this, drained] {
            if (!*drained)
                return;
            QObject::disconnect(*drained);
            logger()->info("session {}: the send queue did not drain within {} ms; aborting", m_sessionId,
                m_services.config.closeGraceMs);
            m_socket->abort();
        });
        return;
    }
    m_socket->close(static_cast<QWebSocketProtocol::CloseCode>(closeCode), closeReason(message));
    // QWebSocket::close() waits for the peer's close frame forever; a dead peer must not linger.
    QTimer::singleShot(m_services.config.closeGraceMs, this, [this] { m_socket->abort(); });
}

void Session::sendFrame(const protocol::ServerFrame &frame)
{
    sendText(protocol::encode(frame));
}

void Session::sendText(const std::string &text)
{
    if (m_state == State::Closing || sendQueueFull(queuedBytes(text.size())))
        return; // nothing after the close is read; the resume replays or snapshots what was dropped
    write(text);
}

bool Session::sendQueueFull(std::uint64_t bytes)
{
    // The welcome burst (replay or snapshot) is finite and leaves in one go before the event loop
    // runs, so it is not held to the bound, nor is what is left of it once live: a snapshot of a
    // busy backend is far over the bound, and counting it would close every fresh console at its
    // first live event. A live stream to a stalled reader is what grows forever.
    // An empty queue takes any one message, however large (a facts frame may pass a small bound):
    // refusing it would close the same reader again at every reconnect.
    if (m_state != State::Live)
        return false;
    const std::int64_t queued = m_socket->bytesToWrite() - m_burstBacklog;
    const std::int64_t bound = m_services.config.maxSendQueueBytes;
    if (queued <= 0 || queued + std::int64_t(bytes) <= bound)
        return false;
    logger()->warn("session {}: send queue of {} bytes plus {} passes the bound of {} bytes; closing with {}",
        m_sessionId, queued, bytes, bound, protocol::close_codes::SlowConsumer);
    closeWith(protocol::close_codes::SlowConsumer, protocol::errors::SlowConsumer,
        "the send queue passed " + std::to_string(bound) + " bytes; reconnect to resume");
    return true;
}

void Session::write(const std::string &text)
{
    m_socket->sendTextMessage(QString::fromStdString(text));
}

} // namespace pilothouse::server
