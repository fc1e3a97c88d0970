#include "livetraffic.h"

#include "livelog.h"
#include "world.h"

#include "protocol/frames.h"

#include <QDateTime>

#include <algorithm>
#include <cmath>

namespace pilothouse::loadserver {

LiveTraffic::LiveTraffic(World &world, LiveLog &log, double eventsPerSecond, int burst, QObject *parent)
    : QObject(parent)
    , m_world(world)
    , m_log(log)
    , m_rate(eventsPerSecond)
    , m_burst(burst)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &LiveTraffic::tick);
}

void LiveTraffic::start()
{
    if ((m_rate <= 0 && m_burst <= 0) || m_world.openConversations().empty())
        return;
    m_clock.start();
    m_timer.start();
}

int LiveTraffic::randomOpenConversation()
{
    const std::vector<int> &open = m_world.openConversations();
    return open[std::size_t(m_rng.below(int(open.size())))];
}

void LiveTraffic::change(int conversation, std::vector<protocol::Event> &batch)
{
    const protocol::Millis now = QDateTime::currentMSecsSinceEpoch();
    auto [message, row] = m_world.addLiveMessage(conversation, now);
    const auto push = [&](const char *kind, protocol::EventPayload payload) {
        protocol::Event event;
        event.seq = m_log.head() + std::int64_t(batch.size()) + 1;
        event.epoch = m_log.epoch();
        event.id = event.epoch + "-" + std::to_string(event.seq);
        event.at = now;
        event.kind = kind;
        event.payload = std::move(payload);
        batch.push_back(std::move(event));
    };
    push(protocol::kinds::MessageCreated, std::move(message));
    push(protocol::kinds::ConversationUpserted, std::move(row));
}

void LiveTraffic::tick()
{
    const qint64 now = m_clock.elapsed();
    m_due += m_rate * double(now - m_lastTickMs) / 1000.0;
    m_lastTickMs = now;
    const std::int64_t head = m_log.head();
    std::vector<protocol::Event> batch;
    // Two events per change; what is left of the rate is owed to the next tick.
    for (; m_due >= 2.0; m_due -= 2.0)
        change(randomOpenConversation(), batch);
    m_log.append(std::move(batch));

    if (m_burst > 0 && now >= m_nextBurstMs) {
        m_nextBurstMs += 1000;
        // K different conversations: a partial shuffle of the open ones.
        std::vector<int> open = m_world.openConversations();
        const int count = std::min(m_burst, int(open.size()));
        std::vector<protocol::Event> burst;
        for (int i = 0; i < count; ++i) {
            std::swap(open[std::size_t(i)], open[std::size_t(i + m_rng.below(int(open.size()) - i))]);
            change(open[std::size_t(i)], burst);
        }
        m_log.append(std::move(burst));
    }
    if (m_log.head() != head)
        Q_EMIT appended();
}

} // namespace pilothouse::loadserver
