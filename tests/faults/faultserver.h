#pragma once
// The arguments every fault test starts pilothouse-server with: the demo users, simulated traffic at
// `rate` per minute (0 = none) from a fixed seed, the test's own heartbeat and idle limit (announced
// in the welcome), quiet logs, and whatever the test adds.

#include <QStringList>

namespace pilothouse::testing {

inline QStringList faultServerArgs(int rate, int seed, int heartbeatMs, int idleMs, const QStringList &extra = {})
{
    return QStringList {QStringLiteral("--demo"), QStringLiteral("--simulate"), QString::number(rate),
               QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--heartbeat-ms"),
               QString::number(heartbeatMs), QStringLiteral("--idle-ms"), QString::number(idleMs),
               QStringLiteral("--log-level"), QStringLiteral("warn")}
    + extra;
}

} // namespace pilothouse::testing
