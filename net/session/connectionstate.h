#pragma once
// Connection state of the console's session, shared by the io-thread worker and the GUI.

#include <QObject>

namespace pilothouse::net {
Q_NAMESPACE

/// Where the session stands; reported with SessionWorker::stateChanged.
enum class ConnectionState {
    Idle, ///< Never started.
    Connecting, ///< Opening the socket, sending hello, waiting for the welcome.
    Connected, ///< Welcomed: live.
    Reconnecting, ///< Lost; the next attempt follows after a backoff delay.
    Stopped, ///< stop(), or the server refused us for good (sign-in needed, upgrade, role).
};
Q_ENUM_NS(ConnectionState)

} // namespace pilothouse::net
