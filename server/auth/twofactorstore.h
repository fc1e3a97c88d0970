#pragma once
// Two-factor sign-in (docs/protocol.md 2.1, "Two-factor sign-in"): each user's TOTP secret,
// sealed (auth/secretbox.h) before it is stored, the last time step a code was accepted for (so a
// code works once), and ten single-use recovery codes kept only as hashes.

#include "auth/secretbox.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace pilothouse::server {

class Database;

class TwoFactorStore {
public:
    static constexpr int kRecoveryCodes = 10;

    /// Without a `box` (the command-line tool, which may run without the key file) the store
    /// reads and resets what is stored but neither enrols nor checks a code.
    TwoFactorStore(Database &db, std::optional<SecretBox> box);

    /// True once `user` confirmed an enrolment: their sign-in asks for a code.
    bool enabled(const QString &user) const;
    /// A new secret for `user`, stored unconfirmed (replacing an earlier unconfirmed one).
    /// nullopt when `user` has a confirmed one already, or the database refused.
    std::optional<QByteArray> begin(const QString &user);

    enum class ConfirmError { None, NothingPending, WrongCode, Failed };
    struct Confirmed {
        ConfirmError error = ConfirmError::None;
        QStringList recoveryCodes; ///< Shown once; only their hashes are kept.
    };
    /// Confirms the pending secret with a first code from the app (`nowSeconds` Unix time).
    Confirmed confirm(const QString &user, const QString &code, std::int64_t nowSeconds);

    enum class Check { Passed, PassedWithRecoveryCode, Wrong };
    /// A sign-in's second step: a current TOTP code not used before, or an unused recovery code
    /// (used up by this). Wrong for a user without two-factor sign-in.
    Check check(const QString &user, const QString &code, std::int64_t nowSeconds);
    int recoveryCodesLeft(const QString &user) const;
    /// Removes the secret and the recovery codes, if any (an admin's reset); false when the
    /// database refused.
    bool reset(const QString &user);

    /// Whether an admin requires two-factor sign-in of every user (docs/protocol.md 2.1,
    /// "Requiring two-factor sign-in"); kept in the database's meta table under kRequiredKey.
    bool required() const;
    bool setRequired(bool required);
    /// The active users who have not turned it on, by name.
    QStringList usersWithout() const;
    static constexpr const char *kRequiredKey = "two_factor_required";

private:
    struct Row {
        QByteArray secret;
        bool confirmed = false;
        std::int64_t lastStep = -1;
    };
    std::optional<Row> row(const QString &user) const;
    bool acceptStep(const QString &user, std::int64_t step);

    Database &m_db;
    std::optional<SecretBox> m_box;
};

} // namespace pilothouse::server
