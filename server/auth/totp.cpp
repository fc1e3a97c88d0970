#include "auth/totp.h"

#include "auth/passwords.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrl>
#include <QUrlQuery>

#include <cstring>

namespace pilothouse::server::totp {
namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

} // namespace

QString hotp(const QByteArray &key, std::uint64_t counter, int digits)
{
    QByteArray message(8, '\0');
    for (int i = 7; i >= 0; --i) {
        message[i] = char(counter & 0xff);
        counter >>= 8;
    }
    const QByteArray mac = QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha1);
    // Dynamic truncation (RFC 4226 section 5.3).
    const int offset = mac.at(mac.size() - 1) & 0x0f;
    const std::uint32_t binary = (std::uint32_t(std::uint8_t(mac.at(offset)) & 0x7f) << 24)
        | (std::uint32_t(std::uint8_t(mac.at(offset + 1))) << 16)
        | (std::uint32_t(std::uint8_t(mac.at(offset + 2))) << 8) | std::uint32_t(std::uint8_t(mac.at(offset + 3)));
    std::uint32_t modulo = 1;
    for (int i = 0; i < digits; ++i)
        modulo *= 10;
    return QStringLiteral("%1").arg(binary % modulo, digits, 10, QLatin1Char('0'));
}

std::int64_t stepAt(std::int64_t unixSeconds)
{
    return unixSeconds >= 0 ? unixSeconds / kStepSeconds : -1;
}

QString codeAt(const QByteArray &key, std::int64_t unixSeconds, int digits)
{
    return hotp(key, std::uint64_t(stepAt(unixSeconds)), digits);
}

std::optional<std::int64_t> acceptedStep(
    const QByteArray &key, const QString &code, std::int64_t unixSeconds, std::int64_t lastUsedStep)
{
    const QString typed = code.trimmed().remove(QLatin1Char(' '));
    if (typed.size() != kDigits || key.isEmpty())
        return std::nullopt;
    const std::int64_t now = stepAt(unixSeconds);
    std::optional<std::int64_t> accepted;
    // Every candidate is computed and compared, whichever matches, so timing says nothing.
    for (const std::int64_t step : {now - 1, now, now + 1}) {
        if (step < 0)
            continue;
        const bool matches = constantTimeEquals(hotp(key, std::uint64_t(step)).toLatin1(), typed.toLatin1());
        if (matches && step > lastUsedStep && !accepted)
            accepted = step;
    }
    return accepted;
}

QByteArray newSecret()
{
    QByteArray secret(kSecretBytes, '\0');
    QRandomGenerator::system()->generate(secret.begin(), secret.end());
    return secret;
}

QString base32(const QByteArray &bytes)
{
    QString out;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (const char byte : bytes) {
        buffer = (buffer << 8) | std::uint8_t(byte);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(kAlphabet[(buffer >> (bits - 5)) & 0x1f]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(kAlphabet[(buffer << (5 - bits)) & 0x1f]);
    return out;
}

std::optional<QByteArray> fromBase32(const QString &text)
{
    QByteArray out;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('='))
            continue;
        const char16_t upper = c.toUpper().unicode();
        const char *found = upper > 0 && upper < 128 ? std::strchr(kAlphabet, char(upper)) : nullptr;
        if (!found)
            return std::nullopt;
        buffer = (buffer << 5) | std::uint32_t(found - kAlphabet);
        bits += 5;
        if (bits >= 8) {
            out.append(char((buffer >> (bits - 8)) & 0xff));
            bits -= 8;
        }
    }
    return out;
}

QString provisioningUri(const QByteArray &key, const QString &issuer, const QString &account)
{
    QUrl uri;
    uri.setScheme(QStringLiteral("otpauth"));
    uri.setHost(QStringLiteral("totp"));
    uri.setPath(QLatin1Char('/') + issuer + QLatin1Char(':') + account);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("secret"), base32(key));
    query.addQueryItem(QStringLiteral("issuer"), issuer);
    query.addQueryItem(QStringLiteral("algorithm"), QStringLiteral("SHA1"));
    query.addQueryItem(QStringLiteral("digits"), QString::number(kDigits));
    query.addQueryItem(QStringLiteral("period"), QString::number(kStepSeconds));
    uri.setQuery(query);
    return uri.toString(QUrl::FullyEncoded);
}

} // namespace pilothouse::server::totp
