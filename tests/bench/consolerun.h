#pragma once
// One start of the real console for bench_firstsync: `pilothouse --demo --server URL --user U
// --data-dir DIR` offscreen, its output in a file, its memory sampled and its log read every
// 100 ms until the bench stops it with SIGTERM (the console then closes its files and exits 0).

#include "benchprocess.h"

#include <QElapsedTimer>

#include <functional>

namespace pilothouse::bench {

struct ConsoleSettings {
    QString program;
    QString server; ///< http://127.0.0.1:PORT
    QString user;
    QString dataDir;
};

class ConsoleRun {
public:
    ConsoleRun(ConsoleSettings settings, const QString &output)
        : m_settings(std::move(settings))
        , m_output(output)
        , m_log(output)
    { }

    bool start(QString *error)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_startedAtMs = QDateTime::currentMSecsSinceEpoch();
        const QStringList arguments {QStringLiteral("--demo"), QStringLiteral("--server"), m_settings.server,
            QStringLiteral("--user"), m_settings.user, QStringLiteral("--data-dir"), m_settings.dataDir};
        if (startChild(m_process, m_settings.program, arguments, m_output, env))
            return true;
        *error = QStringLiteral("cannot start %1: %2").arg(m_settings.program, m_process.errorString());
        return false;
    }

    /// Samples and reads the log every 100 ms until `done()`; false (with `error`) when the console
    /// exits or `timeoutMs` passes first.
    bool waitUntil(const std::function<bool()> &done, qint64 timeoutMs, const QString &what, QString *error)
    {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            sample();
            m_log.poll();
            if (done())
                return true;
            if (m_process.waitForFinished(100) || m_process.state() == QProcess::NotRunning) {
                m_log.poll();
                *error = QStringLiteral("the console exited (status %1) while waiting for %2")
                             .arg(m_process.exitCode())
                             .arg(what);
                return false;
            }
            if (timer.elapsed() > timeoutMs) {
                *error = QStringLiteral("no %1 within %2 s").arg(what).arg(timeoutMs / 1000);
                return false;
            }
        }
    }

    /// SIGTERM, as a desktop logging out does; true when the console exits 0 within 60 s.
    bool stop(QString *error)
    {
        sample(); // the peak just before the signal
        m_process.terminate();
        if (!m_process.waitForFinished(60'000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
            *error = QStringLiteral("the console did not exit within 60 s of SIGTERM");
            return false;
        }
        m_log.poll();
        if (m_process.exitStatus() != QProcess::NormalExit || m_process.exitCode() != 0) {
            *error = QStringLiteral("the console did not close cleanly after SIGTERM (exit status %1)")
                         .arg(m_process.exitCode());
            return false;
        }
        return true;
    }

    const LogFollower &log() const { return m_log; }
    /// The last sample; `peakKb` is the highest VmHWM seen.
    Memory memory() const { return m_memory; }
    /// Wall clock (ms since the epoch) when the process was started.
    qint64 startedAtMs() const { return m_startedAtMs; }

    /// The index of the console's "starting" line, or -1.
    qsizetype startLine() const
    {
        static const QRegularExpression starting(QStringLiteral(R"(Pilothouse \S+ starting; log file)"));
        return m_log.find(starting);
    }

    /// Milliseconds from the "starting" line to the first line after it that matches `pattern`, or -1.
    qint64 msAfterStart(const QRegularExpression &pattern) const
    {
        const qsizetype start = startLine();
        const qsizetype found = start < 0 ? -1 : m_log.find(pattern, start);
        return found < 0 ? -1 : m_log.lines()[found].atMs - m_log.lines()[start].atMs;
    }

    /// The distinct warnings and errors the console logged ("[net] ..."), in order.
    QStringList problems() const
    {
        static const QRegularExpression level(QStringLiteral(R"(^\S+ \S+ (?:warning|error|critical)\s+(.*)$)"));
        QStringList found;
        for (const LogLine &line : m_log.lines()) {
            const QRegularExpressionMatch match = level.match(line.text);
            if (match.hasMatch() && !found.contains(match.captured(1)))
                found.append(match.captured(1));
        }
        return found;
    }

    QString tail() const { return tailOf(m_output, 40) + QStringLiteral("\n(all of it: %1)").arg(m_output); }

private:
    void sample()
    {
        const Memory now = memoryOf(m_process.processId());
        m_memory.peakKb = std::max(m_memory.peakKb, now.peakKb);
        if (now.residentKb >= 0)
            m_memory.residentKb = now.residentKb;
    }

    ConsoleSettings m_settings;
    QString m_output;
    LogFollower m_log;
    QProcess m_process;
    Memory m_memory;
    qint64 m_startedAtMs = 0;
};

} // namespace pilothouse::bench
