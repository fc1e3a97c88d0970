#include "tlsfiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <memory>

namespace pilothouse::server {
namespace {

/// lupdate files a free function's tr() under its namespace, so that is the context.
QString tr(const char *text)
{
    return QCoreApplication::translate("pilothouse::server", text);
}

std::optional<QByteArray> readFile(const QString &option, const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 '%2': cannot read the file (%3)").arg(option, path, file.errorString());
        return std::nullopt;
    }
    return file.readAll();
}

/// Qt has no "does this key match that certificate": ask OpenSSL, which Qt's TLS backend uses too.
bool keyMatchesCertificate(const QByteArray &certificatePem, const QByteArray &keyPem)
{
    const auto bio = [](const QByteArray &bytes) {
        return std::unique_ptr<BIO, decltype(&BIO_free)>(
            BIO_new_mem_buf(bytes.constData(), int(bytes.size())), &BIO_free);
    };
    auto certBio = bio(certificatePem);
    auto keyBio = bio(keyPem);
    if (!certBio || !keyBio)
        return false;
    std::unique_ptr<X509, decltype(&X509_free)> certificate(
        PEM_read_bio_X509(certBio.get(), nullptr, nullptr, nullptr), &X509_free);
    std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)> key(
        PEM_read_bio_PrivateKey(keyBio.get(), nullptr, nullptr, nullptr), &EVP_PKEY_free);
    return certificate && key && X509_check_private_key(certificate.get(), key.get()) == 1;
}

} // namespace

std::optional<QSslConfiguration> loadTlsConfiguration(
    const QString &certificateFile, const QString &keyFile, QString *error)
{
    const QString certOption = QStringLiteral("--tls-cert");
    const QString keyOption = QStringLiteral("--tls-key");
    if (certificateFile.isEmpty() != keyFile.isEmpty()) {
        *error = tr("--tls-cert and --tls-key go together: give both, or neither for plain HTTP");
        return std::nullopt;
    }
    if (!QSslSocket::supportsSsl()) {
        *error = tr("%1: this build of Qt has no TLS backend (OpenSSL 3 is needed)").arg(certOption);
        return std::nullopt;
    }
    const auto certificatePem = readFile(certOption, certificateFile, error);
    if (!certificatePem)
        return std::nullopt;
    const QList<QSslCertificate> chain = QSslCertificate::fromData(*certificatePem, QSsl::Pem);
    if (chain.isEmpty() || chain.constFirst().isNull()) {
        *error = tr("%1 '%2': no PEM certificate in the file").arg(certOption, certificateFile);
        return std::nullopt;
    }
    const auto keyPem = readFile(keyOption, keyFile, error);
    if (!keyPem)
        return std::nullopt;
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        key = QSslKey(*keyPem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = tr("%1 '%2': no unencrypted PEM private key (RSA or EC) in the file").arg(keyOption, keyFile);
        return std::nullopt;
    }
    if (!keyMatchesCertificate(*certificatePem, *keyPem)) {
        *error = tr("%1 '%2' does not belong to the certificate in '%3'").arg(keyOption, keyFile, certificateFile);
        return std::nullopt;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients prove who they are with a token
    return configuration;
}

} // namespace pilothouse::server
