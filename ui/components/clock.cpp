#include "clock.h"

#include "domain/timetext.h"

#include <QDateTime>

namespace pilothouse::ui {

Clock::Clock(QObject *parent)
    : QObject(parent)
    , m_now(QDateTime::currentMSecsSinceEpoch())
{
    m_timer.setInterval(tickIntervalMs);
    m_timer.setTimerType(Qt::VeryCoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &Clock::refresh);
    m_timer.start();
}

void Clock::refresh()
{
    const qint64 current = QDateTime::currentMSecsSinceEpoch();
    if (current == m_now)
        return;
    m_now = current;
    Q_EMIT nowChanged();
}

QString Clock::durationText(qint64 ms) const
{
    return models::TimeText::duration(ms);
}

QString Clock::since(qint64 sinceMs, qint64 nowMs) const
{
    return models::TimeText::since(sinceMs, nowMs);
}

QString Clock::shortTime(qint64 atMs, qint64 nowMs) const
{
    return models::TimeText::eventTime(atMs, nowMs);
}

} // namespace pilothouse::ui
