#include "session/sessionworker.h"

#include "log/log.h"
#include "log/monotonic.h"
#include "protocol/codec.h"
#include "session/tlsconfig.h"

#include <QDateTime>
#include <QNetworkRequest>
#include <QWebSocket>

#include <algorithm>
#include <cmath>
#include <exception>
#include <iterator>
#include <variant>

namespace pilothouse::net {

namespace {

auto logger()
{
    return pilothouse::log::get("net");
}

/// The WebSocket endpoint for a server address: ws(s) scheme, the stream path, nothing else
/// (no user info, query or fragment, so nothing secret can ride in the URL).
QUrl streamUrl(const QUrl &server)
{
    QUrl url = server.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http")
        url.setScheme(QStringLiteral("ws"));
    else if (scheme == u"https")
        url.setScheme(QStringLiteral("wss"));
    else if (scheme != u"ws" && scheme != u"wss")
        return {};
    if (url.host().isEmpty())
        return {};
    const QString streamPath = QString::fromLatin1(protocol::kWebSocketPath);
    QString path = url.path();
    if (!path.endsWith(streamPath)) {
        while (path.endsWith(u'/'))
            path.chop(1);
        url.setPath(path + streamPath);
    }
    return url;
}

std::u16string_view utf16(const QString &text)
{
    return {QStringView(text).utf16(), std::size_t(text.size())};
}

/// Frame names for trace lines; never the content (customer text, the hello's token).
const char *frameName(const protocol::ServerFrame &frame)
{
    static constexpr const char *names[]
        = {"welcome", "snapshot", "events", "ack", "nack", "ping", "pong", "error", "facts", "team"};
    static_assert(std::size(names) == std::variant_size_v<protocol::ServerFrame>);
    return names[frame.index()];
}

const char *frameName(const protocol::ClientFrame &frame)
{
    static constexpr const char *names[] = {"hello", "command", "ping", "pong"};
    static_assert(std::size(names) == std::variant_size_v<protocol::ClientFrame>);
    return names[frame.index()];
}

} // namespace

SessionWorker::SessionWorker(QObject *parent)
    : QObject(parent)
    , m_heartbeat(this)
    , m_stableTimer(this)
    , m_reconnectTimer(this)
    , m_countdownTimer(this)
{
    registerMetaTypes();
    // Posted from the decoder's thread; a post that finds nothing (handled meanwhile) is harmless.
    m_decoder = std::make_unique<FrameDecoder>([this] {
        QMetaObject::invokeMethod(
            this, [this] { handleDecoded(false); }, Qt::QueuedConnection);
    });
    setCaFile(QString()); // system CAs, peer verified
    m_clientInfo = {"pilothouse", "0"};
    m_stableTimer.setSingleShot(true);
    m_reconnectTimer.setSingleShot(true);
    m_countdownTimer.setInterval(1000);

    connect(&m_heartbeat, &Heartbeat::pingDue, this,
        [this] { sendFrame(protocol::Ping {QDateTime::currentMSecsSinceEpoch()}); });
    connect(&m_heartbeat, &Heartbeat::linkDead, this, [this] {
        logger()->warn("no frame from {} within {} ms; dropping the connection", endpointText().toStdString(),
            m_heartbeat.policy().idleTimeoutMs);
        abortAndReconnect(tr("The server stopped answering."));
    });
    connect(&m_stableTimer, &QTimer::timeout, this, [this] { m_backoff.reset(); });
    connect(&m_reconnectTimer, &QTimer::timeout, this, &SessionWorker::connectNow);
    connect(&m_countdownTimer, &QTimer::timeout, this, &SessionWorker::emitReconnectCountdown);
}

SessionWorker::~SessionWorker()
{
    m_decoder.reset(); // its thread stops before anything it may post to is gone
    m_running = false;
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void SessionWorker::setFactsSinceProvider(FactsSinceProvider provider)
{
    m_factsSinceProvider = std::move(provider);
}

void SessionWorker::setCursorProvider(CursorProvider provider)
{
    m_cursorProvider = std::move(provider);
}

void SessionWorker::setClientInfo(QString name, QString version)
{
    m_clientInfo = {name.toStdString(), version.toStdString()};
}

void SessionWorker::setBackoff(Backoff backoff)
{
    m_backoff = std::move(backoff);
}

void SessionWorker::start(const QUrl &url, const QString &token)
{
    m_url = streamUrl(url);
    if (!m_url.isValid() || m_url.isEmpty()) {
        m_running = false;
        const QString message = tr("\"%1\" is not a server address this console can use. Use an address such as "
                                   "https://pilothouse.example.com.")
                                    .arg(url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
        setState(ConnectionState::Stopped, 0, message);
        Q_EMIT fatalError(message);
        return;
    }
    if (!m_tlsError.isEmpty()) {
        m_running = false;
        setState(ConnectionState::Stopped, 0, m_tlsError);
        Q_EMIT fatalError(m_tlsError);
        return;
    }
    m_token = token;
    m_running = true;
    m_backoff.reset();
    connectNow();
}

void SessionWorker::setCaFile(const QString &path)
{
    m_tlsError.clear();
    m_tls = clientTlsConfiguration(path, &m_tlsError).value_or(QSslConfiguration());
}

void SessionWorker::stop()
{
    m_running = false;
    m_reconnectTimer.stop();
    m_countdownTimer.stop();
    m_heartbeat.stop();
    m_stableTimer.stop();
    m_welcomed = false;
    discardSocket(true);
    m_token.clear();
    setState(ConnectionState::Stopped, 0, tr("Disconnected."));
}

void SessionWorker::retryNow()
{
    if (m_running && m_state == ConnectionState::Reconnecting)
        connectNow();
}

void SessionWorker::connectNow()
{
    if (!m_running)
        return;
    m_reconnectTimer.stop();
    m_countdownTimer.stop();
    discardSocket(false);
    m_welcomed = false;
    m_lastServerError.clear();
    m_lastServerErrorCode.clear();
    m_maxOutgoingBytes = protocol::kDefaultMaxMessageBytes;

    auto *socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket = socket;
    applyLimits(kPreWelcomeMaxBytes);
    connect(socket, &QWebSocket::connected, this, &SessionWorker::onConnected);
    connect(socket, &QWebSocket::textFrameReceived, this, &SessionWorker::onTextFrame);
    connect(socket, &QWebSocket::textMessageReceived, this, &SessionWorker::onTextMessage);
    connect(socket, &QWebSocket::binaryMessageReceived, this, &SessionWorker::onBinaryMessage);
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this, &SessionWorker::onSocketError);
    connect(socket, &QWebSocket::disconnected, this, &SessionWorker::onDisconnected);
    // Recorded, never ignored: the handshake fails and onSocketError() stops for good.
    m_sslErrors.clear();
    connect(socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    socket->setSslConfiguration(m_tls);
    // A WebSocket-level pong is life as well.
    connect(socket, &QWebSocket::pong, &m_heartbeat, &Heartbeat::noteReceived);

    setState(ConnectionState::Connecting, 0, tr("Connecting to %1…").arg(endpointText()));
    logger()->info("connecting to {}", endpointText().toStdString());
    // The idle timer also bounds the TCP, TLS and WebSocket handshakes and the wait for the
    // welcome: QWebSocket has no handshake timeout of its own.
    m_heartbeat.watch(protocol::HeartbeatPolicy {}.idleTimeoutMs);
    socket->open(QNetworkRequest(m_url));
}

void SessionWorker::onConnected()
{
    protocol::Hello hello;
    hello.client = m_clientInfo;
    hello.token = m_token.toStdString();
    // Facts go only to supervisors and admins; the team, with everyone's presence, to every role.
    hello.accept = {protocol::kAcceptFacts, protocol::kAcceptTeam};
    try {
        if (m_cursorProvider)
            hello.cursor = m_cursorProvider();
    } catch (const std::exception &error) {
        // Without a trustworthy cursor a snapshot is the safe answer.
        logger()->error("cursor provider failed: {}; asking for a snapshot", error.what());
        hello.cursor.reset();
    }
    try {
        if (m_factsSinceProvider)
            hello.factsSince = m_factsSinceProvider();
    } catch (const std::exception &error) {
        logger()->error("facts provider failed: {}; asking for every day", error.what());
        hello.factsSince.reset();
    }
    logger()->info("connected to {}; hello with {}", endpointText().toStdString(),
        hello.cursor ? "cursor " + hello.cursor->epoch + ":" + std::to_string(hello.cursor->seq)
                     : std::string("no cursor"));
    const SendResult result = sendFrame(hello);
    std::fill(hello.token.begin(), hello.token.end(), '\0');
    if (result != SendResult::Sent)
        abortAndReconnect(tr("Could not start the session."));
}

void SessionWorker::onTextFrame(const QString &frame, bool isLastFrame)
{
    m_heartbeat.noteReceived(); // a long message arriving slowly is life too
    // The limit is the whole message's UTF-8 size, however the server split it into frames.
    if (refuseIfTooLarge(m_incoming.addFrame(utf16(frame), isLastFrame)))
        m_incoming.reset();
}

bool SessionWorker::refuseIfTooLarge(qint64 bytes)
{
    if (bytes <= m_maxIncomingBytes || !m_socket)
        return false;
    logger()->error(
        "a message from {} exceeds the limit of {} bytes ({} bytes so far); closing with {} and reconnecting",
        endpointText().toStdString(), m_maxIncomingBytes, bytes, protocol::close_codes::MessageTooLarge);
    closeAndReconnect(protocol::close_codes::MessageTooLarge, tr("The server sent a message over the size limit."));
    return true;
}

void SessionWorker::onTextMessage(const QString &text)
{
    const qint64 arrivedAt = log::monotonicMicros();
    m_heartbeat.noteReceived(); // any inbound frame counts as life
    QByteArray utf8 = text.toUtf8();
    if (refuseIfTooLarge(utf8.size()))
        return;
    // Decoded on the decoder's thread while this one handles (stores) the frames before it. At
    // most kMaxFramesInFlight wait: past that this thread waits for the oldest, so memory holds a
    // few frames however fast the server sends.
    m_decoder->push(std::move(utf8), m_generation, arrivedAt);
    handleDecoded(false);
    while (m_decoder->inFlight() >= kMaxFramesInFlight)
        handleDecoded(true);
}

void SessionWorker::handleDecoded(bool wait)
{
    for (FrameDecoder::Result &result : m_decoder->take(wait)) {
        if (result.generation != m_generation)
            continue; // a frame of a link since dropped
        handleResult(result);
    }
}

void SessionWorker::handleResult(FrameDecoder::Result &result)
{
    if (!result.frame) {
        // Never log the frame itself: it carries customer text.
        logger()->error("undecodable frame from {} ({} bytes): {}; closing with {} and reconnecting",
            endpointText().toStdString(), result.bytes, result.frame.error().message,
            protocol::close_codes::ProtocolError);
        closeAndReconnect(
            protocol::close_codes::ProtocolError, tr("The server sent a message this console cannot read."));
        return;
    }
    m_frameArrivedAt = result.arrivedAtUs;
    logger()->trace("received a {} frame ({} bytes)", frameName(result.frame.value()), result.bytes);
    try {
        handleFrame(std::move(result.frame).value());
    } catch (const std::exception &error) {
        // The io thread's receivers (StoreWriter, CommandPump) run their slot bodies inside a
        // noexcept guard, so their own failures never arrive here. What still can is
        // std::bad_alloc, and it is not hypothetical on a large frame: StoreWriter::applyEvents
        // takes the events by value, and that copy is made while the signal is emitted, before
        // the guarded body starts; handleFrame() itself copies too (the queued
        // welcome for the GUI thread, the strings it converts). An exception must not unwind
        // through Qt's event loop, so it stops here; resume after the reconnect replays the frame.
        logger()->error("handling a frame failed: {}; reconnecting", error.what());
        abortAndReconnect(tr("A message from the server could not be processed."));
    }
}

void SessionWorker::onBinaryMessage()
{
    m_heartbeat.noteReceived();
    logger()->error("binary frame from {}: protocol v1 is text only; closing with {} and reconnecting",
        endpointText().toStdString(), protocol::close_codes::ProtocolError);
    closeAndReconnect(protocol::close_codes::ProtocolError, tr("The server sent a message this console cannot read."));
}

void SessionWorker::handleFrame(protocol::ServerFrame &&frame)
{
    if (auto *welcome = std::get_if<protocol::Welcome>(&frame)) {
        m_welcomed = true;
        m_heartbeat.start(welcome->heartbeat);
        const qint64 limit
            = welcome->limits.maxMessageBytes > 0 ? welcome->limits.maxMessageBytes : protocol::kDefaultMaxMessageBytes;
        applyLimits(limit);
        m_maxOutgoingBytes = limit;
        m_stableTimer.start(kStableAfterMs);
        logger()->info("welcomed by {} as {} ({}), resume {}", endpointText().toStdString(), welcome->user.name,
            welcome->user.role, welcome->resume == protocol::ResumeMode::Replay ? "replay" : "snapshot");
        Q_EMIT welcomed(*welcome);
        const QString who = QString::fromStdString(
            welcome->user.displayName.empty() ? welcome->user.name : welcome->user.displayName);
        setState(ConnectionState::Connected, 0, tr("Connected to %1 as %2").arg(endpointText(), who));
        return;
    }
    if (auto *ping = std::get_if<protocol::Ping>(&frame)) {
        sendFrame(protocol::Pong {ping->t});
        return;
    }
    if (std::holds_alternative<protocol::Pong>(frame))
        return;
    if (auto *error = std::get_if<protocol::Error>(&frame)) {
        logger()->warn("server error {}: {}", error->code, error->message);
        m_lastServerError = QString::fromStdString(error->message);
        m_lastServerErrorCode = QString::fromStdString(error->code);
        return;
    }
    if (!m_welcomed) {
        logger()->error("server sent data before the welcome; reconnecting");
        abortAndReconnect(tr("The server broke the protocol."));
        return;
    }
    if (auto *snapshot = std::get_if<protocol::Snapshot>(&frame))
        Q_EMIT snapshotReceived(*snapshot);
    else if (auto *events = std::get_if<protocol::Events>(&frame))
        Q_EMIT eventsReceived(events->events, m_frameArrivedAt);
    else if (auto *ack = std::get_if<protocol::Ack>(&frame))
        Q_EMIT commandAcked(*ack);
    else if (auto *nack = std::get_if<protocol::Nack>(&frame))
        Q_EMIT commandNacked(*nack);
    else if (auto *facts = std::get_if<protocol::Facts>(&frame))
        Q_EMIT factsReceived(*facts);
    else if (auto *team = std::get_if<protocol::Team>(&frame))
        Q_EMIT teamReceived(*team);
}

void SessionWorker::sendCommand(const pilothouse::protocol::Command &command)
{
    const SendResult result = m_welcomed ? sendFrame(command) : SendResult::NotConnected;
    if (result == SendResult::Sent)
        return;
    protocol::Nack nack;
    nack.commandId = command.id;
    switch (result) {
    case SendResult::NotConnected:
        nack.code = kNotConnected;
        nack.message = tr("Not connected. The action will be sent when the connection returns.").toStdString();
        nack.retryable = true;
        break;
    case SendResult::TooLarge:
        nack.code = kTooLarge;
        nack.message = tr("This action is too large for the server to accept.").toStdString();
        break;
    case SendResult::EncodeFailed:
    case SendResult::Sent:
        nack.code = protocol::errors::BadRequest;
        nack.message = tr("This action could not be encoded (invalid text).").toStdString();
        break;
    }
    Q_EMIT commandNacked(nack);
}

SessionWorker::SendResult SessionWorker::sendFrame(const protocol::ClientFrame &frame)
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return SendResult::NotConnected;
    std::string text;
    try {
        text = protocol::encode(frame);
    } catch (const std::exception &error) {
        logger()->error("could not encode a frame: {}", error.what());
        return SendResult::EncodeFailed;
    }
    if (qint64(text.size()) > m_maxOutgoingBytes) {
        logger()->error(
            "refusing to send a {} byte frame; the server accepts at most {}", text.size(), m_maxOutgoingBytes);
        return SendResult::TooLarge;
    }
    m_socket->sendTextMessage(QString::fromUtf8(text.data(), qsizetype(text.size())));
    logger()->trace("sent a {} frame ({} bytes)", frameName(frame), text.size());
    std::fill(text.begin(), text.end(), '\0'); // the hello holds the token
    m_heartbeat.noteSent();
    return SendResult::Sent;
}

void SessionWorker::setState(ConnectionState state, int reconnectInSeconds, const QString &detail)
{
    m_state = state;
    Q_EMIT stateChanged(state, reconnectInSeconds, detail);
}

void SessionWorker::applyLimits(qint64 maxIncomingBytes)
{
    if (!m_socket)
        return;
    // Qt's own caps sit at twice the limit: over them Qt closes with 1009 before reading the
    // payload; between the limit and the cap onTextFrame() closes with the protocol's 4009.
    m_maxIncomingBytes = maxIncomingBytes;
    m_incoming.reset();
    m_socket->setMaxAllowedIncomingMessageSize(quint64(maxIncomingBytes) * 2);
    m_socket->setMaxAllowedIncomingFrameSize(quint64(maxIncomingBytes) * 2);
}

QString SessionWorker::endpointText() const
{
    const int defaultPort = m_url.scheme() == u"wss" ? 443 : 80;
    return m_url.host() + u':' + QString::number(m_url.port(defaultPort));
}

} // namespace pilothouse::net
