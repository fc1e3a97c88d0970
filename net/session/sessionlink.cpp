// SessionWorker, the link's end and the way back: socket errors, close codes and what each means for
// the user (sign in again, upgrade, untrusted certificate, retry), dropping a socket, and the
// reconnect backoff with its countdown. The rest of the class is in sessionworker.cpp.

#include "session/sessionworker.h"

#include "log/log.h"
#include "protocol/frames.h"
#include "protocol/rest.h"
#include "session/tlsconfig.h"

#include <QWebSocket>

#include <algorithm>
#include <cmath>

namespace pilothouse::net {

namespace {

auto logger()
{
    return pilothouse::log::get("net");
}

} // namespace

void SessionWorker::onSocketError()
{
    if (!m_socket)
        return;
    const QString detail = m_socket->errorString();
    logger()->warn("socket error with {}: {}", endpointText().toStdString(), detail.toStdString());
    // Qt emits error() both for failed connects (no disconnected() may follow) and before a
    // disconnected() of a live link; decide on the next turn, once the socket settled.
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation, detail] {
        if (generation != m_generation || !m_socket || m_socket->state() != QAbstractSocket::UnconnectedState)
            return;
        m_heartbeat.stop();
        m_stableTimer.stop();
        m_welcomed = false;
        discardSocket(false);
        if (stopIfCertificateRefused())
            return;
        scheduleReconnect(tr("Cannot reach %1: %2").arg(endpointText(), detail));
    });
}

void SessionWorker::onDisconnected()
{
    if (!m_socket)
        return;
    const int code = int(m_socket->closeCode());
    const QString reason = m_socket->closeReason();
    const QString socketError = m_socket->errorString();
    discardSocket(false);
    if (code == QWebSocketProtocol::CloseCodeTooMuchData || code == QWebSocketProtocol::CloseCodeWrongDatatype
        || code == QWebSocketProtocol::CloseCodeProtocolError) {
        // QWebSocket closed the link itself: a message over the incoming size limit (1009), a
        // text frame that is not UTF-8 (1007), or a broken WebSocket frame (1002).
        logger()->error("closed the link to {} with close code {}: {}; reconnecting", endpointText().toStdString(),
            code, reason.isEmpty() ? socketError.toStdString() : reason.toStdString());
    } else {
        logger()->info("disconnected from {} (close code {})", endpointText().toStdString(), code);
    }
    handleClose(code, reason.isEmpty() ? socketError : reason);
}

bool SessionWorker::stopIfCertificateRefused()
{
    if (m_sslErrors.isEmpty())
        return false;
    // An untrusted certificate does not fix itself: stop (no retry storm, no token offered).
    m_running = false;
    const QString message = untrustedCertificateMessage(endpointText(), m_sslErrors);
    logger()->error("refused the certificate of {}: {}", endpointText().toStdString(),
        m_sslErrors.constFirst().errorString().toStdString());
    m_sslErrors.clear();
    setState(ConnectionState::Stopped, 0, message);
    Q_EMIT fatalError(message);
    return true;
}

void SessionWorker::handleClose(int code, const QString &reason)
{
    m_heartbeat.stop();
    m_stableTimer.stop();
    m_welcomed = false;
    if (stopIfCertificateRefused())
        return;
    const QString serverSays = m_lastServerError.isEmpty() ? reason : m_lastServerError;
    namespace cc = protocol::close_codes;
    if (code == cc::Unauthorized) {
        m_running = false;
        const QString message = m_lastServerErrorCode == QLatin1String(protocol::errors::TwoFactorSetupRequired)
            ? tr("%1 now requires two-factor sign-in. Sign in again to set it up.").arg(endpointText())
            : serverSays.isEmpty() ? tr("Your sign-in is no longer valid. Sign in again.")
                                   : tr("Your sign-in is no longer valid (%1). Sign in again.").arg(serverSays);
        setState(ConnectionState::Stopped, 0, message);
        Q_EMIT authenticationFailed(message);
        return;
    }
    if (code == cc::UnsupportedVersion || code == cc::Forbidden) {
        m_running = false;
        const QString message = code == cc::UnsupportedVersion
            ? tr("The server at %1 needs a newer Pilothouse. Install the update, then start again.").arg(endpointText())
            : tr("Your account may not use the console on %1. Ask an administrator for access.").arg(endpointText());
        setState(ConnectionState::Stopped, 0, message);
        Q_EMIT fatalError(message);
        return;
    }
    if (code == cc::SlowConsumer) {
        // Our side could not keep up (a slow or stalled link): the resume fills in what was missed.
        scheduleReconnect(
            tr("The link to %1 was too slow to keep up with the server; catching up.").arg(endpointText()));
        return;
    }
    scheduleReconnect(serverSays.isEmpty() ? tr("The connection to %1 was lost.").arg(endpointText())
                                           : tr("The connection to %1 was lost: %2").arg(endpointText(), serverSays));
}

void SessionWorker::discardSocket(bool graceful, int closeCode)
{
    if (!m_socket)
        return;
    QWebSocket *socket = m_socket;
    m_socket = nullptr;
    ++m_generation;
    socket->disconnect(this);
    Q_EMIT linkDropped();
    if (graceful && socket->state() == QAbstractSocket::ConnectedState) {
        socket->close(QWebSocketProtocol::CloseCode(closeCode));
        // close() has no handshake timeout in Qt 6.4: give the peer a moment, then cut.
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(2000, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
        return;
    }
    // We may be inside one of the socket's own signals: abort on the next turn.
    QMetaObject::invokeMethod(
        socket,
        [socket] {
            socket->abort();
            socket->deleteLater();
        },
        Qt::QueuedConnection);
}

void SessionWorker::abortAndReconnect(const QString &detail)
{
    m_heartbeat.stop();
    m_stableTimer.stop();
    m_welcomed = false;
    discardSocket(false);
    scheduleReconnect(detail);
}

void SessionWorker::closeAndReconnect(int code, const QString &detail)
{
    m_heartbeat.stop();
    m_stableTimer.stop();
    m_welcomed = false;
    discardSocket(true, code);
    scheduleReconnect(detail);
}

void SessionWorker::rejectStream(const QString &reason)
{
    if (!m_socket)
        return; // already gone: the reconnect is on its way
    logger()->error("refused a frame from {}: {}; closing with {} and reconnecting", endpointText().toStdString(),
        reason.toStdString(), protocol::close_codes::ProtocolError);
    closeAndReconnect(protocol::close_codes::ProtocolError, tr("The server sent events out of order."));
}

void SessionWorker::scheduleReconnect(const QString &detail)
{
    if (!m_running)
        return;
    m_reconnectDelayMs = m_backoff.next().count();
    m_reconnectDetail = detail;
    m_reconnectClock.start();
    m_reconnectTimer.start(int(m_reconnectDelayMs));
    m_countdownTimer.start();
    logger()->info("reconnecting to {} in {} ms", endpointText().toStdString(), m_reconnectDelayMs);
    emitReconnectCountdown();
}

void SessionWorker::emitReconnectCountdown()
{
    if (!m_reconnectTimer.isActive()) {
        m_countdownTimer.stop();
        return;
    }
    const qint64 remainingMs = std::max<qint64>(0, m_reconnectDelayMs - m_reconnectClock.elapsed());
    const int seconds = int((remainingMs + 999) / 1000);
    setState(ConnectionState::Reconnecting, seconds, m_reconnectDetail);
}

} // namespace pilothouse::net
