#include "shutdown/shutdownsignals.h"

#include <QSocketNotifier>

#include <csignal>

#if defined(Q_OS_UNIX)
#include <fcntl.h>
#include <unistd.h>
#endif

namespace pilothouse {
namespace {

volatile std::sig_atomic_t g_signal = 0;
#if defined(Q_OS_UNIX)
int g_pipe[2] = {-1, -1};
#endif

extern "C" void onSignal(int number)
{
    g_signal = number;
#if defined(Q_OS_UNIX)
    if (g_pipe[1] >= 0) {
        const char byte = 1;
        // write() is async-signal-safe; a full pipe just means a wake-up is already pending.
        [[maybe_unused]] const auto written = ::write(g_pipe[1], &byte, 1);
    }
#endif
}

} // namespace

ShutdownSignals::ShutdownSignals(QObject *parent)
    : QObject(parent)
{
#if defined(Q_OS_UNIX)
    if (::pipe(g_pipe) == 0) {
        for (int fd : g_pipe)
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, [] {
            char buffer[16];
            while (::read(g_pipe[0], buffer, sizeof buffer) > 0) { }
        });
        connect(m_notifier, &QSocketNotifier::activated, this, &ShutdownSignals::check);
    }
#endif
    if (!m_notifier) {
        m_poll.setInterval(100);
        connect(&m_poll, &QTimer::timeout, this, &ShutdownSignals::check);
        m_poll.start();
    }
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

ShutdownSignals::~ShutdownSignals()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
#if defined(Q_OS_UNIX)
    delete m_notifier;
    m_notifier = nullptr;
    for (int &fd : g_pipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
#endif
}

void ShutdownSignals::check()
{
    const int number = g_signal;
    if (number == 0)
        return;
    g_signal = 0;
    Q_EMIT shutdownRequested(number);
}

} // namespace pilothouse
