#include "loadsession.h"

#include "livelog.h"
#include "say.h"
#include "snapshotstream.h"
#include "world.h"

#include "protocol/codec.h"

#include <QDateTime>
#include <QUuid>
#include <QWebSocket>

namespace pilothouse::loadserver {
namespace {

using namespace Qt::StringLiterals;
namespace close_codes = protocol::close_codes;
namespace errors = protocol::errors;

int s_sessions = 0;

template<class... Ts> struct Overloaded : Ts... {
    using Ts::operator()...;
};
template<class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

QString megabytes(std::int64_t bytes)
{
    return QString::number(double(bytes) / 1e6, 'f', 1) + u" MB"_s;
}

/// Close reasons hold at most 123 bytes: short and ASCII.
QString closeReason(const std::string &message)
{
    QString reason;
    for (char c : message.substr(0, 120))
        reason.append(static_cast<unsigned char>(c) < 0x80 ? QChar::fromLatin1(c) : u'?');
    return reason;
}

} // namespace

LoadSession::LoadSession(std::unique_ptr<QWebSocket> socket, SessionServices services, QObject *parent)
    : QObject(parent)
    , m_socket(std::move(socket))
    , m_services(std::move(services))
    , m_name("session " + std::to_string(++s_sessions))
{
    // Qt's own caps at twice the limit (it closes with 1009 past them); the limit itself is
    // counted frame by frame in onTextFrame.
    const auto cap = quint64(limits::kMaxMessageBytes) * 2;
    m_socket->setMaxAllowedIncomingMessageSize(cap);
    m_socket->setMaxAllowedIncomingFrameSize(cap);
    // Fragments of 16 KiB, like the reference server: a large part shows progress on a slow link.
    m_socket->setOutgoingFrameSize(limits::kFragmentBytes);
    connect(m_socket.get(), &QWebSocket::textFrameReceived, this, &LoadSession::onTextFrame);
    connect(m_socket.get(), &QWebSocket::textMessageReceived, this, &LoadSession::onText);
    connect(m_socket.get(), &QWebSocket::binaryMessageReceived, this, [this] {
        closeWith(close_codes::ProtocolError, errors::BadRequest, "binary messages are not part of the protocol");
    });
    connect(m_socket.get(), &QWebSocket::bytesWritten, this, &LoadSession::onBytesWritten);
    connect(m_socket.get(), &QWebSocket::disconnected, this, [this] {
        if (m_state != State::Closing)
            say(u"%1: the console closed the connection (code %2)"_s.arg(QString::fromStdString(m_name))
                    .arg(int(m_socket->closeCode())));
        m_state = State::Closing;
        m_timer.stop();
        m_snapshot.reset();
        Q_EMIT finished(this);
    });
    say(u"%1: WebSocket from %2:%3"_s.arg(QString::fromStdString(m_name), m_socket->peerAddress().toString())
            .arg(m_socket->peerPort()));
    m_age.start();
    m_lastInbound.start();
    m_lastPing.start();
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &LoadSession::onTimer);
    m_timer.start();
}

LoadSession::~LoadSession()
{
    // The socket goes after the members its handlers use: nothing it says now may reach them.
    m_socket->disconnect(this);
}

void LoadSession::onTimer()
{
    if (m_state == State::Closing)
        return;
    if (m_state == State::AwaitingHello && m_age.elapsed() >= limits::kHelloTimeoutMs) {
        closeWith(close_codes::HelloTimeout, errors::BadRequest,
            "no hello within " + std::to_string(limits::kHelloTimeoutMs) + " ms");
        return;
    }
    if (m_lastInbound.elapsed() > limits::kIdleMs) {
        closeWith(close_codes::IdleTimeout, nullptr, "no frame for " + std::to_string(limits::kIdleMs) + " ms");
        return;
    }
    // Ping after a heartbeat of inbound silence, and again every heartbeat while it lasts.
    if (m_state != State::AwaitingHello && m_lastInbound.elapsed() >= limits::kHeartbeatMs
        && m_lastPing.elapsed() >= limits::kHeartbeatMs) {
        send(protocol::encode(protocol::ServerFrame {protocol::Ping {QDateTime::currentMSecsSinceEpoch()}}));
        m_lastPing.restart();
    }
}

void LoadSession::onTextFrame(const QString &frame, bool isLastFrame)
{
    m_lastInbound.restart(); // every fragment is life
    if (m_state == State::Closing)
        return;
    const std::int64_t bytes
        = m_incoming.addFrame({QStringView(frame).utf16(), std::size_t(frame.size())}, isLastFrame);
    if (bytes > limits::kMaxMessageBytes)
        closeWith(close_codes::MessageTooLarge, errors::MessageTooLarge,
            "a message over " + std::to_string(limits::kMaxMessageBytes) + " bytes");
}

void LoadSession::onText(const QString &text)
{
    m_lastInbound.restart();
    if (m_state == State::Closing)
        return;
    try {
        const std::string utf8 = text.toStdString();
        auto decoded = protocol::decodeClientFrame(utf8);
        if (!decoded) {
            closeWith(close_codes::ProtocolError, errors::BadRequest, decoded.error().message);
            return;
        }
        onFrame(decoded.value());
    } catch (const std::exception &error) {
        // Nothing escapes a slot: a bug here costs this connection, not the server.
        say(u"%1: %2"_s.arg(QString::fromStdString(m_name), QString::fromUtf8(error.what())));
        closeWith(QWebSocketProtocol::CloseCodeBadOperation, errors::Internal, "internal server error");
    }
}

void LoadSession::onFrame(const protocol::ClientFrame &frame)
{
    const bool welcomed = m_state == State::Snapshot || m_state == State::Live;
    const auto notFirst
        = [this] { closeWith(close_codes::ProtocolError, errors::BadRequest, "the first frame must be hello"); };
    std::visit(Overloaded {
                   [&](const protocol::Hello &hello) {
                       if (welcomed)
                           closeWith(close_codes::ProtocolError, errors::BadRequest, "hello was already received");
                       else
                           onHello(hello);
                   },
                   [&](const protocol::Command &command) {
                       if (!welcomed)
                           return notFirst();
                       say(u"%1: refused command %2 (this server applies none)"_s.arg(
                           QString::fromStdString(m_name), QString::fromStdString(command.name)));
                       protocol::Nack nack;
                       nack.commandId = command.id;
                       nack.code = errors::UnknownCommand;
                       nack.message = "pilothouse-loadserver applies no commands";
                       send(protocol::encode(protocol::ServerFrame {nack}));
                   },
                   [&](const protocol::Ping &ping) {
                       if (!welcomed)
                           return notFirst();
                       send(protocol::encode(protocol::ServerFrame {protocol::Pong {ping.t}}));
                   },
                   [&](const protocol::Pong &) {
                       if (!welcomed)
                           notFirst();
                   },
               },
        frame);
}

void LoadSession::onHello(const protocol::Hello &hello)
{
    if (hello.protocol != protocol::kProtocolVersion) {
        closeWith(close_codes::UnsupportedVersion, errors::UnsupportedVersion,
            "protocol " + std::to_string(hello.protocol) + " is not supported; this server speaks "
                + std::to_string(protocol::kProtocolVersion));
        return;
    }
    const std::optional<protocol::UserInfo> user = m_services.userForToken(hello.token);
    if (!user) {
        closeWith(close_codes::Unauthorized, errors::Unauthorized, "the token is invalid or has expired");
        return;
    }
    const LiveLog &log = *m_services.log;
    const protocol::Cursor head = log.headCursor(); // the snapshot's position: before anything is read
    const bool replay = hello.cursor && hello.cursor->epoch == log.epoch() && log.canReplayFrom(hello.cursor->seq);

    protocol::Welcome welcome;
    welcome.sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    welcome.user = *user;
    welcome.limits = {limits::kMaxMessageBytes, limits::kMaxEventsPerFrame};
    welcome.heartbeat = {limits::kHeartbeatMs, limits::kIdleMs};
    welcome.server = {"pilothouse-loadserver", "1"};
    welcome.head = head;
    welcome.retentionSeconds = limits::kRetentionSeconds;
    welcome.resume = replay ? protocol::ResumeMode::Replay : protocol::ResumeMode::Snapshot;
    send(protocol::encode(protocol::ServerFrame {welcome}));

    const QString cursor = hello.cursor
        ? u"cursor %1:%2"_s.arg(QString::fromStdString(hello.cursor->epoch)).arg(hello.cursor->seq)
        : u"no cursor"_s;
    const QString answer = replay
        ? u"replay of %1 events"_s.arg(head.seq - hello.cursor->seq)
        : u"snapshot of %1 conversations at seq %2"_s.arg(m_services.world->conversationCount()).arg(head.seq);
    say(u"%1: hello from %2 %3 as '%4' with %5: %6"_s.arg(QString::fromStdString(m_name),
        QString::fromStdString(hello.client.name), QString::fromStdString(hello.client.version),
        QString::fromStdString(user->name), cursor, answer));

    m_burstClock.start();
    if (replay) {
        m_lastSentSeq = hello.cursor->seq;
        m_replayUntil = head.seq > m_lastSentSeq ? head.seq : -1;
        m_state = State::Live;
    } else {
        m_snapshot
            = std::make_unique<SnapshotStream>(*m_services.world, head, limits::kFrameBudget, limits::kItemsPerPart);
        m_lastSentSeq = head.seq;
        m_state = State::Snapshot;
    }
    pump();
}

void LoadSession::pump()
{
    if (m_pumping)
        return;
    m_pumping = true;
    while ((m_state == State::Snapshot || m_state == State::Live) && m_socket->bytesToWrite() < limits::kQueuedBytes
        && sendNext()) { }
    m_pumping = false;
}

bool LoadSession::sendNext()
{
    const QString name = QString::fromStdString(m_name);
    if (m_state == State::Snapshot) {
        const std::string part = m_snapshot->next();
        const bool last = m_snapshot->done();
        if (last) {
            m_burstReport = u"%1: snapshot sent: %2 parts, %3"_s.arg(name)
                                .arg(m_snapshot->parts())
                                .arg(megabytes(m_snapshot->bytes()))
                                .toStdString();
            m_snapshot.reset();
            m_state = State::Live; // what the log gained meanwhile follows
        }
        send(part);
        if (last)
            m_burstEnd = m_written + m_socket->bytesToWrite();
        return true;
    }
    const LiveLog &log = *m_services.log;
    if (!log.canReplayFrom(m_lastSentSeq)) {
        // Never a silent gap: the console reconnects with its cursor and gets a snapshot.
        closeWith(close_codes::ResumeImpossible, errors::Internal,
            "the events after seq " + std::to_string(m_lastSentSeq) + " are no longer kept; reconnect");
        return false;
    }
    std::optional<LiveLog::Frame> frame
        = log.frameAfter(m_lastSentSeq, limits::kMaxEventsPerFrame, limits::kFrameBudget);
    if (!frame)
        return false;
    send(frame->text);
    m_lastSentSeq = frame->lastSeq;
    if (m_replayUntil >= 0) {
        m_replayEvents += frame->events;
        m_replayBytes += std::int64_t(frame->text.size());
        if (m_lastSentSeq >= m_replayUntil) {
            m_burstReport = u"%1: replay sent: %2 events, %3"_s.arg(name)
                                .arg(m_replayEvents)
                                .arg(megabytes(m_replayBytes))
                                .toStdString();
            m_burstEnd = m_written + m_socket->bytesToWrite();
            m_replayUntil = -1;
        }
    }
    return true;
}

void LoadSession::onBytesWritten(qint64 bytes)
{
    m_written += bytes;
    if (m_burstEnd > 0 && m_written >= m_burstEnd) {
        // Written to the kernel: the time from the hello to the burst's last byte.
        say(u"%1 in %2 s"_s.arg(QString::fromStdString(m_burstReport))
                .arg(double(m_burstClock.elapsed()) / 1000.0, 0, 'f', 2));
        m_burstEnd = 0;
    }
    pump();
}

void LoadSession::send(const std::string &text)
{
    // The codec writes ASCII only (non-ASCII as \uXXXX), so Latin-1 is exact.
    m_socket->sendTextMessage(QString::fromLatin1(text.data(), qsizetype(text.size())));
}

void LoadSession::closeWith(int code, const char *errorCode, const std::string &message)
{
    if (m_state == State::Closing)
        return;
    if (errorCode)
        send(protocol::encode(protocol::ServerFrame {protocol::Error {errorCode, message}}));
    say(u"%1: closing with %2 (%3)"_s.arg(QString::fromStdString(m_name))
            .arg(code)
            .arg(QString::fromStdString(message)));
    m_state = State::Closing;
    m_timer.stop();
    m_snapshot.reset();
    m_socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), closeReason(message));
    // close() waits for the console's close frame forever; a dead peer must not linger.
    QTimer::singleShot(5000, this, [this] { m_socket->abort(); });
}

} // namespace pilothouse::loadserver
