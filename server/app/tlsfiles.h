#pragma once
// --tls-cert / --tls-key: the server's certificate chain and private key, read and checked at
// start-up so a wrong file is one clear line and exit code 2, not a failing handshake later.

#include <QSslConfiguration>
#include <QString>

#include <optional>

namespace pilothouse::server {

/// Reads a PEM certificate chain (server certificate first) and an unencrypted PEM private key
/// (RSA or EC) and checks that the key belongs to the certificate. Returns the configuration for
/// the listening socket, or nothing with `error` set to one sentence naming the file and problem.
std::optional<QSslConfiguration> loadTlsConfiguration(
    const QString &certificateFile, const QString &keyFile, QString *error);

} // namespace pilothouse::server
