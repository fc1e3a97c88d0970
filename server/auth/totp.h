#pragma once
// Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP, HMAC-SHA1, as every authenticator
// app computes them) and the RFC 4648 base32 text their secrets are shown and typed as. Nothing
// here logs, keeps or returns a secret it was not given.

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>

namespace pilothouse::server::totp {

inline constexpr int kDigits = 6;
inline constexpr int kStepSeconds = 30;
inline constexpr int kSecretBytes = 20; ///< 160 bits, RFC 4226's recommended length.

/// RFC 4226: the `digits`-digit code of `key` for `counter`, zero-padded.
QString hotp(const QByteArray &key, std::uint64_t counter, int digits = kDigits);
/// The 30-second step `unixSeconds` falls in.
std::int64_t stepAt(std::int64_t unixSeconds);
/// RFC 6238: the code of `key` at `unixSeconds`.
QString codeAt(const QByteArray &key, std::int64_t unixSeconds, int digits = kDigits);

/// The step `code` was made for when it is right for the step at `unixSeconds` or one step either
/// side (a clock that drifts by up to 30 s), and later than `lastUsedStep`: a code already used, or
/// one older than it, is refused (no replay). Compared in constant time.
std::optional<std::int64_t> acceptedStep(
    const QByteArray &key, const QString &code, std::int64_t unixSeconds, std::int64_t lastUsedStep);

/// kSecretBytes from the system CSPRNG.
QByteArray newSecret();
/// RFC 4648 base32, upper case, without padding ("JBSWY3DPEHPK3PXP").
QString base32(const QByteArray &bytes);
/// The bytes of base32 text, ignoring case, spaces and padding; nullopt for any other character.
std::optional<QByteArray> fromBase32(const QString &text);
/// The otpauth:// URI an authenticator app reads from a QR code.
QString provisioningUri(const QByteArray &key, const QString &issuer, const QString &account);

} // namespace pilothouse::server::totp
