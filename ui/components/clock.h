#pragma once
// A shared wall clock for the views. Waiting times ("4 min") must tick on screen without each
// delegate running its own timer, so one singleton publishes `now` twice a minute. Its texts are
// TimeText's (models/domain/timetext.h), the one place that formats times for every view.

#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QTimer>

namespace pilothouse::ui {

/// `Clock` in Pilothouse.Components: `now` (ms since epoch) and short duration texts.
class Clock : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    /// Milliseconds since the epoch; changes every `tickIntervalMs` so bindings re-evaluate.
    Q_PROPERTY(qint64 now READ now NOTIFY nowChanged)

public:
    explicit Clock(QObject *parent = nullptr);

    static constexpr int tickIntervalMs = 15'000;

    qint64 now() const { return m_now; }

    /// "just now", "4 min", "2 h 5 min", "3 d": TimeText::duration().
    Q_INVOKABLE QString durationText(qint64 ms) const;
    /// Time since `sinceMs` as durationText, or an empty string when `sinceMs` is 0 (nobody waits).
    Q_INVOKABLE QString since(qint64 sinceMs, qint64 nowMs) const;
    /// Compact time of an event: "14:05" today, "Mon" this week, "12 Mar" otherwise
    /// (TimeText::eventTime()).
    Q_INVOKABLE QString shortTime(qint64 atMs, qint64 nowMs) const;

    /// Re-reads the system clock now (e.g. after the machine wakes up).
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void nowChanged();

private:
    qint64 m_now = 0;
    QTimer m_timer;
};

} // namespace pilothouse::ui
