#include "eventtopixel.h"

#include "live/workspace.h"
#include "log/log.h"
#include "log/monotonic.h"

#include <QQuickWindow>

#include <algorithm>
#include <cmath>
#include <utility>

namespace pilothouse::app {

EventToPixel::EventToPixel(QObject *parent)
    : QObject(parent)
{
    m_report.setInterval(kReportEveryMs);
    connect(&m_report, &QTimer::timeout, this, &EventToPixel::report);
}

void EventToPixel::watch(models::Workspace *workspace, QQuickWindow *window)
{
    connect(workspace, &models::Workspace::changesFlushed, this, &EventToPixel::applied);
    // Render thread (or the GUI thread with the basic render loop): direct, under the lock.
    connect(
        window, &QQuickWindow::afterSynchronizing, this,
        [this] {
            QMutexLocker lock(&m_lock);
            m_inFrame.insert(m_inFrame.end(), m_applied.begin(), m_applied.end());
            m_applied.clear();
        },
        Qt::DirectConnection);
    connect(
        window, &QQuickWindow::frameSwapped, this,
        [this] {
            const qint64 now = log::monotonicMicros();
            QMutexLocker lock(&m_lock);
            for (const qint64 arrived : m_inFrame)
                m_samples.push_back(double(now - arrived) / 1000.0);
            m_inFrame.clear();
        },
        Qt::DirectConnection);
    m_report.start();
}

void EventToPixel::applied(const models::ChangeBatch &batch)
{
    if (batch.arrivals.isEmpty())
        return;
    QMutexLocker lock(&m_lock);
    m_applied.insert(m_applied.end(), batch.arrivals.cbegin(), batch.arrivals.cend());
}

std::vector<double> EventToPixel::takeSamples()
{
    QMutexLocker lock(&m_lock);
    return std::exchange(m_samples, {});
}

void EventToPixel::report()
{
    std::vector<double> samples = takeSamples();
    if (samples.empty())
        return;
    const double p50 = percentile(samples, 50);
    const double p99 = percentile(samples, 99);
    log::get("ui")->info("event to pixel over the last {} s: {} frames, p50 {:.1f} ms, p99 {:.1f} ms, max {:.1f} ms",
        kReportEveryMs / 1000, samples.size(), p50, p99, samples.back());
}

double percentile(std::vector<double> &values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<std::size_t>(std::ceil(p / 100.0 * double(values.size())));
    return values[std::clamp<std::size_t>(rank, 1, values.size()) - 1];
}

} // namespace pilothouse::app
