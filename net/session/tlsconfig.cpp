#include "session/tlsconfig.h"

#include "session/sessionworker.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslSocket>
#include <QStringList>

namespace pilothouse::net {

std::optional<QSslConfiguration> clientTlsConfiguration(const QString &caFile, QString *error)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration(); // system CAs
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    if (caFile.isEmpty())
        return configuration;
    QFile file(caFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = SessionWorker::tr("The certificate authority file %1 cannot be read (%2).")
                     .arg(caFile, file.errorString());
        return std::nullopt;
    }
    const QList<QSslCertificate> authorities = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (authorities.isEmpty()) {
        *error = SessionWorker::tr("The certificate authority file %1 holds no PEM certificate.").arg(caFile);
        return std::nullopt;
    }
    configuration.addCaCertificates(authorities);
    return configuration;
}

QString untrustedCertificateMessage(const QString &host, const QList<QSslError> &errors)
{
    QStringList reasons;
    for (const QSslError &error : errors)
        if (!reasons.contains(error.errorString()))
            reasons << error.errorString();
    return SessionWorker::tr(
        "The server's certificate is not trusted (%1: %2), so the session was not started and your "
        "sign-in was not sent. Check the address, or ask your administrator for the certificate "
        "authority file and start Pilothouse with --ca-file.")
        .arg(host,
            reasons.isEmpty() ? SessionWorker::tr("the secure connection could not be set up")
                              : reasons.join(QStringLiteral("; ")));
}

} // namespace pilothouse::net
