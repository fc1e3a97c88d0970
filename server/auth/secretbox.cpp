#include "auth/secretbox.h"

#include "auth/passwords.h"

#include <QCoreApplication>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace pilothouse::server {
namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("pilothouse::server::SecretBox", text);
}

} // namespace

std::optional<SecretBox> SecretBox::fromKeyFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists()) {
        QByteArray key(kKeyBytes, '\0');
        QRandomGenerator::system()->generate(key.begin(), key.end());
        // Created owner-only before a byte is written.
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || file.write(key) != key.size() || !file.flush()) {
            *error = tr("cannot create the key file %1: %2").arg(path, file.errorString());
            return std::nullopt;
        }
        file.close();
        return SecretBox(key);
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the key file %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray key = file.read(kKeyBytes + 1);
    if (key.size() != kKeyBytes) {
        *error = tr("the key file %1 is not %2 bytes long; restore it from a backup (without it, two-factor "
                    "sign-in must be reset for every user)")
                     .arg(path)
                     .arg(kKeyBytes);
        return std::nullopt;
    }
    return SecretBox(key);
}

SecretBox::SecretBox(const QByteArray &key)
    : m_encKey(hmac(key, QByteArrayLiteral("pilothouse secret box: encryption")))
    , m_macKey(hmac(key, QByteArrayLiteral("pilothouse secret box: authentication")))
{ }

QByteArray SecretBox::keystream(const QByteArray &nonce, int length) const
{
    QByteArray stream;
    for (quint32 block = 0; stream.size() < length; ++block) {
        QByteArray counter(4, '\0');
        for (int i = 3; i >= 0; --i)
            counter[i] = char((block >> (8 * (3 - i))) & 0xff);
        stream += hmac(m_encKey, nonce + counter);
    }
    return stream.left(length);
}

QByteArray SecretBox::tag(const QByteArray &context, const QByteArray &nonce, const QByteArray &cipher) const
{
    // The context's length first, so (context, nonce) pairs cannot be shifted into one another.
    return hmac(m_macKey, QByteArray::number(context.size()) + ':' + context + nonce + cipher);
}

QByteArray SecretBox::seal(const QByteArray &plain, const QByteArray &context) const
{
    QByteArray nonce(kNonceBytes, '\0');
    QRandomGenerator::system()->generate(nonce.begin(), nonce.end());
    const QByteArray stream = keystream(nonce, int(plain.size()));
    QByteArray cipher(plain.size(), '\0');
    for (qsizetype i = 0; i < plain.size(); ++i)
        cipher[i] = char(plain[i] ^ stream[i]);
    return nonce + cipher + tag(context, nonce, cipher);
}

std::optional<QByteArray> SecretBox::open(const QByteArray &sealed, const QByteArray &context) const
{
    if (sealed.size() < kNonceBytes + kTagBytes)
        return std::nullopt;
    const QByteArray nonce = sealed.left(kNonceBytes);
    const QByteArray cipher = sealed.mid(kNonceBytes, sealed.size() - kNonceBytes - kTagBytes);
    if (!constantTimeEquals(tag(context, nonce, cipher), sealed.right(kTagBytes)))
        return std::nullopt;
    const QByteArray stream = keystream(nonce, int(cipher.size()));
    QByteArray plain(cipher.size(), '\0');
    for (qsizetype i = 0; i < cipher.size(); ++i)
        plain[i] = char(cipher[i] ^ stream[i]);
    return plain;
}

} // namespace pilothouse::server
