#pragma once

#include <QObject>
#include <QTimer>

#include <memory>

class QSocketNotifier;

namespace pilothouse {

/// Turns SIGINT/SIGTERM (Ctrl+C on every platform) into a Qt signal on the main thread: the server
/// shuts down as it does on a stop, the console closes as a window close does.
/// On POSIX a self-pipe wakes the event loop immediately; elsewhere a short poll of a flag set by
/// the C signal handler does, since nothing else is async-signal-safe there.
class ShutdownSignals : public QObject {
    Q_OBJECT
public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

Q_SIGNALS:
    void shutdownRequested(int signalNumber);

private:
    void check();

    QTimer m_poll;
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace pilothouse
