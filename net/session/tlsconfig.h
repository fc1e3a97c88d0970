#pragma once
// TLS for the console's WebSocket: the system's CA certificates plus an optional private CA
// (--ca-file), the peer always verified. Never ignoreSslErrors.

#include <QList>
#include <QSslConfiguration>
#include <QSslError>
#include <QString>

#include <optional>

namespace pilothouse::net {

/// The configuration every wss socket uses. `caFile` empty = system CAs only. Returns nothing,
/// with `error` set to a sentence for the user, when the file cannot be read or holds no
/// certificate.
std::optional<QSslConfiguration> clientTlsConfiguration(const QString &caFile, QString *error);

/// "The server's certificate is not trusted (…)": what the user reads when the certificate of
/// `host` was refused, with Qt's reasons (deduplicated) and what to do about it.
QString untrustedCertificateMessage(const QString &host, const QList<QSslError> &errors);

} // namespace pilothouse::net
