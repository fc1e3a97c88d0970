#pragma once
// Runs the real pilothouse-server for a test: a QProcess on 127.0.0.1, its data dir, and the port
// it printed. Shared by the end-to-end tests.

#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

/// A test killed by its ctest timeout must not leave a server running (and holding its port).
inline void dieWithParent([[maybe_unused]] QProcess &process)
{
#ifdef Q_OS_LINUX
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
}

class ServerProcess {
public:
    /// Starts the server; `port` 0 lets it pick one. Returns false (with `error`) on failure.
    bool start(const QString &dataDir, const QStringList &extra, int port, QString *error)
    {
        m_process.setProcessChannelMode(m_keepLog ? QProcess::SeparateChannels : QProcess::ForwardedErrorChannel);
        dieWithParent(m_process);
        QStringList args {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
            QStringLiteral("--data-dir"), dataDir};
        m_process.start(QStringLiteral(SERVER_BIN), args + extra);
        if (!m_process.waitForStarted()) {
            *error = m_process.errorString();
            return false;
        }
        const QRegularExpression listening(QStringLiteral(R"(listening on http://127\.0\.0\.1:(\d+))"));
        QByteArray output;
        m_port = 0;
        (void)QTest::qWaitFor(
            [&] {
                output += m_process.readAllStandardOutput();
                const auto match = listening.match(QString::fromUtf8(output));
                if (match.hasMatch())
                    m_port = match.captured(1).toInt();
                return m_port > 0 || m_process.state() == QProcess::NotRunning;
            },
            15000);
        if (m_port == 0)
            *error = QString::fromUtf8(output);
        return m_port > 0;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(2000);
    }

    /// SIGKILL on POSIX (TerminateProcess elsewhere): no shutdown path runs; what the server
    /// committed to SQLite is all that survives.
    void kill()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(10000);
    }

    ~ServerProcess() { stop(); }

    /// Keeps the server's log (stderr) for log() instead of forwarding it; call before start().
    void keepLog() { m_keepLog = true; }
    /// Everything the server logged so far (with keepLog()).
    QString log()
    {
        m_log += m_process.readAllStandardError();
        return QString::fromUtf8(m_log);
    }

    int port() const { return m_port; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

private:
    QProcess m_process;
    int m_port = 0;
    bool m_keepLog = false;
    QByteArray m_log;
};
