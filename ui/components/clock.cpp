#include "clock.h"

#include <QDateTime>
#include <QLocale>

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
    // Clocks of the server and this machine disagree a little; a negative wait is "just now".
    const qint64 minutes = ms / 60'000;
    if (minutes < 1)
        return tr("just now");
    if (minutes < 60)
        return tr("%n min", "duration, minutes", int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24) {
        const int rest = int(minutes % 60);
        if (rest == 0)
            return tr("%n h", "duration, hours", int(hours));
        return tr("%1 h %2 min", "duration, hours and minutes").arg(hours).arg(rest);
    }
    return tr("%n d", "duration, days", int(hours / 24));
}

QString Clock::since(qint64 sinceMs, qint64 nowMs) const
{
    if (sinceMs <= 0)
        return {};
    return durationText(nowMs - sinceMs);
}

QString Clock::shortTime(qint64 atMs, qint64 nowMs) const
{
    if (atMs <= 0)
        return {};
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(atMs);
    const QDateTime current = QDateTime::fromMSecsSinceEpoch(nowMs);
    const QLocale locale;
    if (at.date() == current.date()) {
        // Some locales' short format (C, for one) still carries seconds: noise on a board.
        QString format = locale.timeFormat(QLocale::ShortFormat);
        format.remove(QStringLiteral(":ss"));
        return locale.toString(at.time(), format);
    }
    if (at.date().daysTo(current.date()) < 7 && at.date() <= current.date())
        return locale.dayName(at.date().dayOfWeek(), QLocale::ShortFormat);
    return locale.toString(at.date(), tr("d MMM", "date format of an older event"));
}

} // namespace pilothouse::ui
