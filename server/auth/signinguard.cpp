#include "signinguard.h"

#include <algorithm>

namespace pilothouse::server {
namespace {

// Past this many remembered names or addresses, the ones whose failures have expired are dropped,
// so a spray of made-up names cannot grow the tables without bound.
constexpr qsizetype kPruneAbove = 10'000;

// Names that differ only in case or surrounding spaces share a count, so varying them buys no
// extra attempts.
QString nameKey(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

} // namespace

SignInGuard::SignInGuard(SignInPolicy policy)
    : m_policy(policy)
{ }

std::optional<SignInGuard::Refusal> SignInGuard::refusal(
    const Failures &failures, Limits limits, std::int64_t nowMs) const
{
    if (failures.count == 0 || nowMs - failures.lastMs >= m_policy.lockMs)
        return std::nullopt;
    if (failures.count >= limits.lockAfter)
        return Refusal {failures.lastMs + m_policy.lockMs - nowMs, true, false};
    if (failures.count < limits.free)
        return std::nullopt;
    const int doublings = std::min(failures.count - limits.free, 30);
    const std::int64_t delay = std::min({m_policy.firstDelayMs << doublings, m_policy.maxDelayMs, m_policy.lockMs});
    if (nowMs - failures.lastMs >= delay)
        return std::nullopt;
    return Refusal {failures.lastMs + delay - nowMs, false, false};
}

std::optional<SignInGuard::Refusal> SignInGuard::admit(const QString &name, const QString &address, std::int64_t nowMs)
{
    const auto byName = refusal(m_names.value(nameKey(name)), {m_policy.freeFailures, m_policy.lockAfter}, nowMs);
    const auto byAddress
        = refusal(m_addresses.value(address), {m_policy.addressFreeFailures, m_policy.addressLockAfter}, nowMs);
    if (!byName && !byAddress)
        return std::nullopt;
    // A lock is not extended by the attempts it refuses: its period runs from the failure that
    // locked. A delay's refusals count, so hammering through it locks sooner.
    bool lockedNow = false;
    if (!(byName && byName->locked) && !(byAddress && byAddress->locked)) {
        lockedNow = failed(name, address, nowMs);
        if (lockedNow)
            return Refusal {m_policy.lockMs, true, true};
    }
    Refusal longest;
    for (const auto &one : {byName, byAddress}) {
        if (one && one->retryAfterMs >= longest.retryAfterMs)
            longest = Refusal {one->retryAfterMs, one->locked || longest.locked, false};
    }
    return longest;
}

bool SignInGuard::failed(const QString &name, const QString &address, std::int64_t nowMs)
{
    const QString key = nameKey(name);
    count(m_names, key, nowMs);
    count(m_addresses, address, nowMs);
    return m_names.value(key).count == m_policy.lockAfter
        || m_addresses.value(address).count == m_policy.addressLockAfter;
}

void SignInGuard::succeeded(const QString &name)
{
    m_names.remove(nameKey(name));
}

void SignInGuard::count(QHash<QString, Failures> &table, const QString &key, std::int64_t nowMs)
{
    if (table.size() > kPruneAbove)
        forgetOld(table, nowMs);
    Failures &failures = table[key];
    if (failures.count > 0 && nowMs - failures.lastMs >= m_policy.lockMs)
        failures.count = 0; // long enough ago to start afresh
    ++failures.count;
    failures.lastMs = nowMs;
}

void SignInGuard::forgetOld(QHash<QString, Failures> &table, std::int64_t nowMs)
{
    table.removeIf([&](const auto &entry) { return nowMs - entry.value().lastMs >= m_policy.lockMs; });
}

} // namespace pilothouse::server
