#pragma once
// What the benchmarks that run real programs share (bench_firstsync): a child whose output goes to
// a file (no pipe to drain while the bench sleeps) and that dies with the bench, its memory read
// from /proc, and a log followed as it grows, each line's time read from the timestamp the console
// writes first (app/logging.cpp: "%Y-%m-%d %H:%M:%S.%e", local time; pilothouse-loadserver writes
// the same).

#include <QDateTime>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace pilothouse::bench {

/// Starts `program` with its stdout and stderr in `outputFile`; it is killed if the bench dies.
inline bool startChild(QProcess &process, const QString &program, const QStringList &arguments,
    const QString &outputFile, const QProcessEnvironment &environment)
{
    process.setProgram(program);
    process.setArguments(arguments);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardOutputFile(outputFile);
#ifdef Q_OS_LINUX
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    process.start();
    return process.waitForStarted(10'000);
}

/// A process's memory in kB: VmHWM (the peak resident set) and VmRSS (now); -1 when unknown.
struct Memory {
    qint64 peakKb = -1;
    qint64 residentKb = -1;
};

inline Memory memoryOf(qint64 pid)
{
    Memory memory;
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (pid <= 0 || !status.open(QIODevice::ReadOnly))
        return memory;
    for (const QByteArray &line : status.readAll().split('\n')) {
        const auto kb = [&line] { return line.mid(6).trimmed().split(' ').constFirst().toLongLong(); };
        if (line.startsWith("VmHWM:"))
            memory.peakKb = kb();
        else if (line.startsWith("VmRSS:"))
            memory.residentKb = kb();
    }
    return memory;
}

struct LogLine {
    qint64 atMs = 0; ///< Milliseconds since the epoch, from the line's local timestamp.
    QString text; ///< The whole line.
};

/// Reads what a log file gained since the last poll(), keeping the lines that start with a
/// timestamp (Qt's own messages before the log is set up have none).
class LogFollower {
public:
    explicit LogFollower(QString path)
        : m_path(std::move(path))
    { }

    void poll()
    {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly) || file.size() <= m_offset || !file.seek(m_offset))
            return;
        QByteArray data = m_partial + file.readAll();
        m_offset = file.pos();
        const qsizetype end = data.lastIndexOf('\n');
        m_partial = data.mid(end + 1);
        data.truncate(std::max<qsizetype>(0, end));
        for (const QByteArray &raw : data.split('\n')) {
            const QString line = QString::fromUtf8(raw);
            const QDateTime at = QDateTime::fromString(line.left(23), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
            if (at.isValid())
                m_lines.append({at.toMSecsSinceEpoch(), line});
        }
    }

    const QList<LogLine> &lines() const { return m_lines; }

    /// The index of the first line from `from` on that matches `pattern`, or -1.
    qsizetype find(const QRegularExpression &pattern, qsizetype from = 0) const
    {
        for (qsizetype i = std::max<qsizetype>(0, from); i < m_lines.size(); ++i) {
            if (pattern.match(m_lines[i].text).hasMatch())
                return i;
        }
        return -1;
    }

    /// The index of the last line that matches `pattern`, or -1.
    qsizetype findLast(const QRegularExpression &pattern) const
    {
        for (qsizetype i = m_lines.size() - 1; i >= 0; --i) {
            if (pattern.match(m_lines[i].text).hasMatch())
                return i;
        }
        return -1;
    }

private:
    QString m_path;
    qint64 m_offset = 0;
    QByteArray m_partial;
    QList<LogLine> m_lines;
};

/// The last `count` lines of the file at `path`, whatever they hold, for a failure report.
inline QString tailOf(const QString &path, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("(cannot read %1)").arg(path);
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    return lines.mid(std::max<qsizetype>(0, lines.size() - count)).join(u'\n');
}

} // namespace pilothouse::bench
