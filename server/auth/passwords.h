#pragma once
// Password hashing and sign-in tokens. Nothing here logs or keeps a clear-text secret.

#include <QByteArray>
#include <QString>

namespace pilothouse::server {

/// A salted PBKDF2-HMAC-SHA256 hash as stored in the users table.
struct PasswordHash {
    static constexpr int kDefaultIterations = 120000;
    QByteArray salt; ///< 16 random bytes.
    QByteArray hash; ///< 32 bytes.
    int iterations = kDefaultIterations;
};

PasswordHash hashPassword(const QString &password, int iterations = PasswordHash::kDefaultIterations);
/// Derives with the stored salt and iterations and compares in constant time.
bool verifyPassword(const QString &password, const PasswordHash &stored);
/// Compares without an early exit, so timing says nothing about where two values differ.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);

/// 32 bytes from the system CSPRNG, base64url without padding.
QString newToken();
/// What the tokens table stores instead of the token: hex SHA-256.
QString tokenDigest(const QString &token);

} // namespace pilothouse::server
