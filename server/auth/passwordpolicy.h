#pragma once
// What a password must be before the server stores it (pilothouse-server users add|passwd):
// 12 to 128 characters, not the user name (nor containing it), and not one of the passwords every
// guessing list tries first. Applies to new passwords only; the demo users keep theirs.

#include <QCoreApplication>
#include <QString>

namespace pilothouse::server {

class PasswordPolicy {
    Q_DECLARE_TR_FUNCTIONS(PasswordPolicy)

public:
    static constexpr int kMinLength = 12;
    static constexpr int kMaxLength = 128;

    /// Why `password` may not be used for `userName`, in one sentence; empty when it may.
    static QString problem(const QString &userName, const QString &password);
};

} // namespace pilothouse::server
