#pragma once
// Sign-in that resists guessing (docs/protocol.md 2.1, "Failed sign-ins"): failed attempts are
// counted per submitted user name and per source address; past a few, the next attempt waits a
// delay that doubles with each failure, and past a limit the name (or the address) is locked for a
// period. A name is counted whether or not such a user exists, so the answers never tell.
// Attempts refused while waiting count as failures too: hammering only locks sooner. Kept in
// memory: a restart forgets the counts, which an attacker cannot cause.

#include <QHash>
#include <QString>

#include <cstdint>
#include <optional>

namespace pilothouse::server {

struct SignInPolicy {
    int freeFailures = 3; ///< Failures of a name before its attempts wait.
    std::int64_t firstDelayMs = 1000; ///< The first wait; doubles with each failure after it.
    std::int64_t maxDelayMs = 60'000;
    int lockAfter = 10; ///< Failures of a name that lock it for lockMs.
    std::int64_t lockMs = 15 * 60'000; ///< Also how long a failure is remembered.
    int addressFreeFailures = 20; ///< The same for one source address, over every name it tries.
    int addressLockAfter = 100;
};

class SignInGuard {
public:
    explicit SignInGuard(SignInPolicy policy = {});

    struct Refusal {
        std::int64_t retryAfterMs = 0; ///< Until an attempt would be considered again.
        bool locked = false; ///< Locked for the lock period, not only delayed.
        bool lockedNow = false; ///< This attempt's failure is the one that locked (audit it).
    };
    /// Whether an attempt for `name` from `address` at `nowMs` (a monotonic clock) may be checked
    /// at all. A refused attempt counts as a failure.
    std::optional<Refusal> admit(const QString &name, const QString &address, std::int64_t nowMs);
    /// A wrong password (or an unknown name). True when this failure locked the name or the address.
    bool failed(const QString &name, const QString &address, std::int64_t nowMs);
    /// A correct password: the name's failures are forgotten (the address's stay).
    void succeeded(const QString &name);

    const SignInPolicy &policy() const { return m_policy; }

private:
    struct Failures {
        int count = 0;
        std::int64_t lastMs = 0;
    };
    struct Limits {
        int free;
        int lockAfter;
    };
    std::optional<Refusal> refusal(const Failures &failures, Limits limits, std::int64_t nowMs) const;
    void count(QHash<QString, Failures> &table, const QString &key, std::int64_t nowMs);
    void forgetOld(QHash<QString, Failures> &table, std::int64_t nowMs);

    SignInPolicy m_policy;
    QHash<QString, Failures> m_names;
    QHash<QString, Failures> m_addresses;
};

} // namespace pilothouse::server
