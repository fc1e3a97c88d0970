#pragma once
// Secrets the server must read back (two-factor secrets), sealed before they reach the database:
// a copy of the database file (a backup, a support bundle) holds no usable secret without the key
// file beside it in the data directory, which only the server's user may read.
//
// The construction uses only HMAC-SHA256, which Qt provides: a keystream of HMAC(encKey, nonce ||
// block counter) XORed with the text (a PRF in counter mode), then HMAC(macKey, context || nonce ||
// ciphertext) as the tag (encrypt-then-MAC). The context (the user name) binds a sealed secret to
// its row: moved to another user's row, it does not open.

#include <QByteArray>
#include <QString>

#include <optional>

namespace pilothouse::server {

class SecretBox {
public:
    static constexpr int kKeyBytes = 32;
    static constexpr int kNonceBytes = 16;
    static constexpr int kTagBytes = 32;

    /// Reads the key from `path`, or creates it (kKeyBytes from the system CSPRNG, readable by the
    /// owner only) when there is none. nullopt with `error` when it cannot be read or written, or
    /// is not kKeyBytes long.
    static std::optional<SecretBox> fromKeyFile(const QString &path, QString *error);

    explicit SecretBox(const QByteArray &key);

    /// nonce || ciphertext || tag.
    QByteArray seal(const QByteArray &plain, const QByteArray &context) const;
    /// The plain bytes, or nullopt when `sealed` was changed, cut, or sealed for another context or key.
    std::optional<QByteArray> open(const QByteArray &sealed, const QByteArray &context) const;

private:
    QByteArray keystream(const QByteArray &nonce, int length) const;
    QByteArray tag(const QByteArray &context, const QByteArray &nonce, const QByteArray &cipher) const;

    QByteArray m_encKey;
    QByteArray m_macKey;
};

} // namespace pilothouse::server
