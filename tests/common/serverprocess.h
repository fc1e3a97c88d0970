#pragma once
// The real pilothouse-server as a child process of a test, on 127.0.0.1: every test that needs the
// backend starts it through this class (tests/common/CMakeLists.txt builds it into
// pilothouse_servertesting, which also carries the path of the binary).

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace pilothouse::testing {

/// One pilothouse-server run after another (a restart is stop() or kill() then start() again).
/// The server dies with the test process, also when ctest kills the test on its timeout, so no
/// server is left holding a port or a data dir.
class ServerProcess {
public:
    ServerProcess();
    /// Stops a running server (SIGTERM, then SIGKILL after 10 s).
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;

    /// Keeps the server's log (its stderr) for log() instead of forwarding it to the test's stderr.
    /// Call before start().
    void keepLog() { m_keepLog = true; }

    /// Starts with `--listen 127.0.0.1:<port> --data-dir <dataDir>` plus `arguments` (and
    /// `--history-days 0` unless `arguments` name --history-days: no 30 days of demo past) and waits for
    /// its listening line (and, under --demo, for the demo sign-ins printed after it). `port` 0
    /// lets the server pick one; port() tells which. Serves https and wss when `arguments` hold
    /// --tls-cert. Returns false, with errorString(), when it exits or is silent for 20 s.
    bool start(const QString &dataDir, const QStringList &arguments = {}, int port = 0);
    /// SIGTERM, then waits up to 10 s while spinning the event loop, so that clients in this
    /// process read their close frames. Returns the exit code, or -1 when the server crashed or had
    /// to be killed (or was not running).
    int stop();
    /// SIGKILL: no shutdown path runs, what the server committed to SQLite is all that survives.
    void kill();
    bool isRunning() const;

    int port() const { return m_port; }
    /// http://127.0.0.1:<port>, or https:// when it serves TLS.
    QUrl url() const;
    /// Why start() failed: the process error, or what the server printed.
    QString errorString() const { return m_error; }
    /// What the current (or last) run printed on stdout: the listening line, the demo sign-ins.
    QString standardOutput();
    /// What the current (or last) run logged so far; empty unless keepLog() was called.
    QString log();

private:
    void drain();

    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
    bool m_tls = false;
    bool m_keepLog = false;
    QByteArray m_stdout;
    QByteArray m_log;
    QString m_error;
};

/// A run of the server binary to its end, for options that make it exit at once.
struct ServerRun {
    int exitCode = -1; ///< -1 when it crashed or did not end within 20 s
    QString standardOutput;
    QString standardError;
};
/// `input` is written to its standard input, which is then closed.
ServerRun runServerToExit(const QStringList &arguments,
    const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(), const QByteArray &input = {});

} // namespace pilothouse::testing
