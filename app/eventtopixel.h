#pragma once
// Event to pixel (issue 16, goal 4): how long from an `events` frame's arrival on the socket to the
// first rendered frame that shows its changes, in the log at info level every half minute while
// frames arrive: "event to pixel over the last 30 s: <n> frames, p50 <x> ms, p99 <y> ms, max <z> ms".
//
// A change applied to the models on the GUI thread is shown by the first window frame whose
// synchronisation starts after it (the scene graph copies the items' state then), so each arrival
// waits for the next afterSynchronizing and is counted at that frame's frameSwapped. Both signals
// come on the render thread; the lists between the threads are behind one mutex.
// A frame whose changes show nothing on screen (a row scrolled out of view) is counted at the next
// frame the window renders for any reason, so the figure errs high, never low.

#include <QMutex>
#include <QObject>
#include <QTimer>

#include <vector>

class QQuickWindow;

namespace pilothouse::models {
class Workspace;
struct ChangeBatch;
} // namespace pilothouse::models

namespace pilothouse::app {

class EventToPixel : public QObject {
    Q_OBJECT
public:
    static constexpr int kReportEveryMs = 30'000;

    explicit EventToPixel(QObject *parent = nullptr);

    /// Follows what `workspace` applies and what `window` renders.
    void watch(models::Workspace *workspace, QQuickWindow *window);

    /// The figures so far and since the last report, for tests: milliseconds, in arrival order.
    std::vector<double> takeSamples();

private:
    void applied(const models::ChangeBatch &batch);
    void report();

    QTimer m_report;
    QMutex m_lock;
    std::vector<qint64> m_applied; ///< GUI thread: arrivals applied to the models, not yet synchronised
    std::vector<qint64> m_inFrame; ///< render thread: arrivals the frame being rendered shows
    std::vector<double> m_samples; ///< milliseconds, since the last report
};

/// p-th percentile (0..100) of `values`, nearest rank; 0 when empty. Sorts `values`.
double percentile(std::vector<double> &values, double p);

} // namespace pilothouse::app
