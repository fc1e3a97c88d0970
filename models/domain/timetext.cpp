#include "domain/timetext.h"

#include <QTimeZone>

#include <algorithm>

namespace pilothouse::models {

QString TimeText::span(qint64 ms, const QLocale &locale)
{
    ms = std::max<qint64>(ms, 0);
    if (ms < 10'000)
        return tr("%1 s", "duration, seconds with a decimal").arg(locale.toString(double(ms) / 1000.0, 'f', 1));
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        return tr("%1 s", "duration, seconds with a decimal").arg(locale.toString(seconds));
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%1 min %2 s", "duration, minutes and seconds").arg(locale.toString(minutes)).arg(seconds % 60);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%1 h %2 min", "duration, hours and minutes").arg(locale.toString(hours)).arg(minutes % 60);
    return tr("%1 d %2 h", "duration, days and hours").arg(locale.toString(hours / 24)).arg(hours % 24);
}

QString TimeText::duration(qint64 ms)
{
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

QString TimeText::since(qint64 sinceMs, qint64 nowMs)
{
    if (sinceMs <= 0)
        return {};
    return duration(nowMs - sinceMs);
}

QString TimeText::eventTime(qint64 atMs, qint64 nowMs)
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

QString TimeText::messageTime(qint64 msSinceEpoch, const QDateTime &now, const QLocale &locale)
{
    if (msSinceEpoch <= 0)
        return {};
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toTimeZone(now.timeZone());
    if (at.date() == now.date())
        return locale.toString(at.time(), QLocale::ShortFormat);
    return locale.toString(at, QLocale::ShortFormat);
}

QString TimeText::date(qint64 msSinceEpoch, const QLocale &locale)
{
    if (msSinceEpoch <= 0)
        return {};
    return locale.toString(QDateTime::fromMSecsSinceEpoch(msSinceEpoch).date(), QLocale::ShortFormat);
}

QString TimeText::monthYear(qint64 msSinceEpoch, const QLocale &locale)
{
    if (msSinceEpoch <= 0)
        return {};
    const QDate date = QDateTime::fromMSecsSinceEpoch(msSinceEpoch).date();
    QLocale plain = locale; // "2021", never "2,021"
    plain.setNumberOptions(plain.numberOptions() | QLocale::OmitGroupSeparator);
    //: Month and year, e.g. "March 2021" ("customer since"). %1 month name, %2 year.
    return tr("%1 %2").arg(locale.standaloneMonthName(date.month(), QLocale::LongFormat), plain.toString(date.year()));
}

QString TimeText::slaCountdown(qint64 dueAt, qint64 now)
{
    if (dueAt <= 0)
        return {};
    const qint64 left = dueAt - now;
    if (left >= 0) {
        // A countdown: seconds matter while the clock runs, so "2:14" under an hour.
        const qint64 seconds = left / 1000;
        if (seconds < 3600) {
            const QString clock = QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
            return tr("%1 left", "SLA countdown, e.g. 2:14 left").arg(clock);
        }
        return tr("%1 h %2 min left", "SLA countdown over an hour").arg(seconds / 3600).arg((seconds % 3600) / 60);
    }
    // Over the target: whole units, counting up; seconds only in the first minute.
    const qint64 seconds = (-left) / 1000;
    if (seconds < 60)
        return tr("%n s over", "SLA passed by seconds", int(seconds));
    if (seconds < 3600)
        return tr("%n min over", "SLA passed by minutes", int(seconds / 60));
    return tr("%1 h %2 min over", "SLA passed by hours").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

QString TimeText::slaMissedBy(qint64 lateMs)
{
    const qint64 seconds = std::max<qint64>(lateMs, 0) / 1000;
    if (seconds < 60)
        return tr("replied %n s late", "first reply after its deadline, by seconds", int(seconds));
    if (seconds < 3600)
        return tr("replied %n min late", "first reply after its deadline, by minutes", int(seconds / 60));
    return tr("replied %1 h %2 min late", "first reply after its deadline, by hours")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60);
}

} // namespace pilothouse::models
