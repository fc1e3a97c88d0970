#pragma once
// pilothouse-loadserver's log: one line on stderr per phase (listening, hello, snapshot or replay
// sent, close), with the time of day, flushed at once so bench_firstsync and a person can follow it.

#include <QDateTime>
#include <QString>

#include <cstdio>

namespace pilothouse::loadserver {

inline void say(const QString &line)
{
    const QString now = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
    std::fprintf(stderr, "%s pilothouse-loadserver: %s\n", qPrintable(now), qPrintable(line));
    std::fflush(stderr);
}

} // namespace pilothouse::loadserver
