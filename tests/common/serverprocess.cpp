#include "serverprocess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QRegularExpression>
#include <QTest>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace pilothouse::testing {

namespace {

/// A test killed by its ctest timeout must not leave a server running (and holding its port).
void dieWithParent([[maybe_unused]] QProcess &process)
{
#ifdef Q_OS_LINUX
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
}

QString program()
{
    return QStringLiteral(PILOTHOUSE_SERVER_BINARY);
}

constexpr int kStartTimeoutMs = 20000;
constexpr int kStopTimeoutMs = 10000;

} // namespace

ServerProcess::ServerProcess() = default;

ServerProcess::~ServerProcess()
{
    if (!isRunning())
        return;
    // No event loop here: the test's objects are being torn down around this one.
    m_process->terminate();
    if (!m_process->waitForFinished(kStopTimeoutMs)) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool ServerProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

bool ServerProcess::start(const QString &dataDir, const QStringList &arguments, int port)
{
    m_error.clear();
    if (isRunning()) {
        m_error = QStringLiteral("pilothouse-server is still running; stop() or kill() it first");
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(m_keepLog ? QProcess::SeparateChannels : QProcess::ForwardedErrorChannel);
    dieWithParent(*m_process);
    m_process->setProgram(program());
    QStringList all {
        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port), QStringLiteral("--data-dir"), dataDir};
    // No simulated past unless a test asks for it: --demo alone would write 30 days of it.
    if (!arguments.contains(QStringLiteral("--history-days")))
        all += {QStringLiteral("--history-days"), QStringLiteral("0")};
    m_process->setArguments(all + arguments);
    m_port = 0;
    m_tls = false;
    m_stdout.clear();
    m_log.clear();
    m_process->start();
    if (!m_process->waitForStarted(kStartTimeoutMs)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(program(), m_process->errorString());
        return false;
    }

    // main.cpp prints this line once both listeners are up, then the demo sign-ins (under --demo).
    static const QRegularExpression listening(
        QStringLiteral(R"(^pilothouse-server listening on (https?)://127\.0\.0\.1:(\d+) \(REST\))"
                       R"( and wss?://127\.0\.0\.1:(\d+)/api/v1/stream$)"),
        QRegularExpression::MultilineOption);
    const bool demo = arguments.contains(QStringLiteral("--demo"));
    QRegularExpressionMatch match;
    // The event loop runs meanwhile: a console in this process keeps reconnecting as it would.
    const bool up = QTest::qWaitFor(
        [&] {
            drain();
            const QString output = QString::fromUtf8(m_stdout);
            match = listening.match(output);
            const bool complete = match.hasMatch() && (!demo || output.contains(QStringLiteral("(role admin)")));
            return complete || m_process->state() == QProcess::NotRunning;
        },
        kStartTimeoutMs);
    drain();
    if (up && match.hasMatch() && match.captured(2) == match.captured(3) && isRunning()) {
        m_port = match.captured(2).toInt();
        m_tls = match.captured(1) == u"https";
        return m_port > 0;
    }
    if (!isRunning()) {
        m_error = QStringLiteral("pilothouse-server exited (%1, code %2) before it listened")
                      .arg(m_process->exitStatus() == QProcess::NormalExit ? QStringLiteral("normally")
                                                                           : QStringLiteral("crashed"))
                      .arg(m_process->exitCode());
    } else {
        m_error = QStringLiteral("pilothouse-server printed no listening line within %1 ms").arg(kStartTimeoutMs);
        kill();
    }
    m_error += QStringLiteral("\nstdout: ") + QString::fromUtf8(m_stdout);
    if (m_keepLog)
        m_error += QStringLiteral("\nlog: ") + QString::fromUtf8(m_log);
    return false;
}

int ServerProcess::stop()
{
    if (!m_process)
        return -1;
    m_process->terminate();
    QDeadlineTimer deadline(kStopTimeoutMs);
    while (m_process->state() != QProcess::NotRunning && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        m_process->waitForFinished(20);
    }
    drain();
    if (m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
        drain();
        return -1;
    }
    return m_process->exitStatus() == QProcess::NormalExit ? m_process->exitCode() : -1;
}

void ServerProcess::kill()
{
    if (!isRunning())
        return;
    m_process->kill();
    m_process->waitForFinished(kStopTimeoutMs);
    drain();
}

QUrl ServerProcess::url() const
{
    return QUrl(
        QStringLiteral("%1://127.0.0.1:%2").arg(m_tls ? QStringLiteral("https") : QStringLiteral("http")).arg(m_port));
}

QString ServerProcess::standardOutput()
{
    drain();
    return QString::fromUtf8(m_stdout);
}

QString ServerProcess::log()
{
    drain();
    return QString::fromUtf8(m_log);
}

void ServerProcess::drain()
{
    if (!m_process)
        return;
    m_stdout += m_process->readAllStandardOutput();
    if (m_keepLog)
        m_log += m_process->readAllStandardError();
}

ServerRun runServerToExit(const QStringList &arguments, const QProcessEnvironment &environment, const QByteArray &input)
{
    QProcess process;
    dieWithParent(process);
    process.setProcessEnvironment(environment);
    process.start(program(), arguments);
    if (process.waitForStarted(kStartTimeoutMs)) {
        process.write(input); // then end of input: the users tool reads one password line
        process.closeWriteChannel();
    }
    ServerRun result;
    if (!process.waitForFinished(kStartTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.standardOutput = QString::fromUtf8(process.readAllStandardOutput());
    result.standardError = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace pilothouse::testing
