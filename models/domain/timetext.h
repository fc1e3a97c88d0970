#pragma once
// Every time and duration the console shows as text, in one place: waiting times and event times
// on the board (through the Clock singleton, ui/components/clock.h), message times, dates and
// "customer since" in the conversation models, and the SLA countdown of an escalation. Pure
// functions of their arguments (the current time is always passed in), so each is unit-tested
// with a fixed clock and, where it matters, an explicit locale; views never format a time.

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace pilothouse::models {

/// Time and duration texts (Q_DECLARE_TR_FUNCTIONS: the words are translatable).
class TimeText {
    Q_DECLARE_TR_FUNCTIONS(TimeText)

public:
    /// "just now", "4 min", "2 h 5 min", "3 d": short enough for a board row. Clocks of the
    /// server and this machine disagree a little: a negative duration is "just now".
    static QString duration(qint64 ms);
    /// An exact span for statistics, where "just now" would hide the difference: "2.4 s" below
    /// 10 s, "45 s", "3 min 12 s", "1 h 5 min", "2 d 3 h"; negative spans read as 0.
    static QString span(qint64 ms, const QLocale &locale);
    /// Time since `sinceMs` as duration(), or an empty string when `sinceMs` is 0 (nobody waits).
    static QString since(qint64 sinceMs, qint64 nowMs);
    /// Compact time of an event in the default locale: "14:05" today, "Mon" this week, "12 Mar"
    /// otherwise; empty for 0.
    static QString eventTime(qint64 atMs, qint64 nowMs);
    /// Short time for a message of today ("3:04 PM"), short date and time otherwise; empty for 0.
    static QString messageTime(qint64 msSinceEpoch, const QDateTime &now, const QLocale &locale);
    /// Short date ("3/2/21"), empty for 0.
    static QString date(qint64 msSinceEpoch, const QLocale &locale);
    /// Month and year ("March 2021"), empty for 0; used for "customer since".
    static QString monthYear(qint64 msSinceEpoch, const QLocale &locale);
    /// What is left of an SLA due at `dueAt`, or how far it is passed: "2:14 left",
    /// "1 h 5 min left", "45 s over", "3 min over", "1 h 20 min over"; "" without an SLA (0).
    /// The state the views colour by is Sla::state() (models/queue/sla.h).
    static QString slaCountdown(qint64 dueAt, qint64 now);
    /// How late a first reply came: "replied 54 s late", "replied 3 min late".
    static QString slaMissedBy(qint64 lateMs);
};

} // namespace pilothouse::models
