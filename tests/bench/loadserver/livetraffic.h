#pragma once
// pilothouse-loadserver's live traffic: every 10 ms, the events due at `--rate` (each change a
// message.created and the conversation.upserted that follows it, docs/protocol.md section 8.2,
// in random open conversations) as one batch of the log; and with `--burst K`, once a second, K
// different conversations changing in one batch (one `events` frame).

#include "synthtext.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

namespace pilothouse::protocol {
struct Event;
}

namespace pilothouse::loadserver {

class LiveLog;
class World;

class LiveTraffic : public QObject {
    Q_OBJECT
public:
    static constexpr int kTickMs = 10;

    LiveTraffic(World &world, LiveLog &log, double eventsPerSecond, int burst, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    /// New events are in the log.
    void appended();

private:
    void tick();
    /// One change of `conversation`: its new message and its new row, as the next two events.
    void change(int conversation, std::vector<protocol::Event> &batch);
    int randomOpenConversation();

    World &m_world;
    LiveLog &m_log;
    double m_rate;
    int m_burst;
    double m_due = 0; ///< Events owed by the rate, carried from tick to tick.
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickMs = 0;
    qint64 m_nextBurstMs = 1000;
    Rng m_rng {42};
};

} // namespace pilothouse::loadserver
