#include "passwordpolicy.h"

#include <array>

namespace pilothouse::server {

namespace {

// The most common passwords of public breach corpora that are 12 characters or longer (shorter
// ones fail the length rule already), compared case-insensitively.
constexpr std::array kCommon {
    "123456789012",
    "1234567890123",
    "12345678910",
    "qwertyuiop123",
    "qwertyuiopasdfghjkl",
    "1q2w3e4r5t6y",
    "1qaz2wsx3edc",
    "password1234",
    "password12345",
    "password123456",
    "passwordpassword",
    "iloveyou1234",
    "qwerty123456",
    "qwertyqwerty",
    "abc123456789",
    "abcdefghijkl",
    "111111111111",
    "000000000000",
    "123123123123",
    "123456123456",
    "welcome12345",
    "letmein12345",
    "administrator",
    "changeme1234",
    "football1234",
    "baseball1234",
    "superman1234",
    "princess1234",
    "sunshine1234",
    "trustno11234",
    "monkey123456",
    "dragon123456",
    "master123456",
    "zaq12wsxcde3",
    "aaaaaaaaaaaa",
    "asdfghjkl123",
};

} // namespace

QString PasswordPolicy::problem(const QString &userName, const QString &password)
{
    if (password.size() < kMinLength)
        return tr("The password is too short: use at least %1 characters.").arg(kMinLength);
    if (password.size() > kMaxLength)
        return tr("The password is too long: use at most %1 characters.").arg(kMaxLength);
    if (!userName.isEmpty() && password.contains(userName, Qt::CaseInsensitive))
        return tr("The password may not contain the user name.");
    for (const char *common : kCommon) {
        if (password.compare(QLatin1String(common), Qt::CaseInsensitive) == 0)
            return tr("This password is on every list of common passwords; choose another.");
    }
    return {};
}

} // namespace pilothouse::server
