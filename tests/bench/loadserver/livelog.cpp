#include "livelog.h"

#include "protocol/codec.h"

#include <algorithm>

namespace pilothouse::loadserver {

LiveLog::LiveLog(std::string epoch)
    : m_epoch(std::move(epoch))
{ }

bool LiveLog::canReplayFrom(std::int64_t seq) const
{
    if (seq > m_head || seq < 0)
        return false;
    return seq == m_head || (!m_batches.empty() && seq + 1 >= m_batches.front().firstSeq);
}

void LiveLog::append(std::vector<protocol::Event> events)
{
    if (events.empty())
        return;
    Batch batch;
    batch.firstSeq = events.front().seq;
    batch.events.reserve(events.size());
    for (const protocol::Event &event : events) {
        batch.events.push_back(protocol::encodeJson(protocol::toJson(event)));
        batch.bytes += batch.events.back().size() + 1;
    }
    m_head = events.back().seq;
    m_events += batch.events.size();
    m_batches.push_back(std::move(batch));
    while (m_events > kMaxEvents && m_batches.size() > 1) {
        m_events -= m_batches.front().events.size();
        m_batches.pop_front();
    }
}

std::optional<LiveLog::Frame> LiveLog::frameAfter(std::int64_t seq, int maxEvents, std::size_t maxBytes) const
{
    if (seq >= m_head || !canReplayFrom(seq))
        return std::nullopt;
    // The batch holding seq + 1: the last one starting at or before it.
    auto batch = std::upper_bound(m_batches.begin(), m_batches.end(), seq + 1, [](std::int64_t value, const Batch &b) {
        return value < b.firstSeq;
    }) - 1;
    auto index = std::size_t(seq + 1 - batch->firstSeq);
    Frame frame;
    frame.text = R"({"type":"events","events":[)";
    std::size_t bytes = 0;
    const auto full
        = [&](std::size_t more) { return frame.events > 0 && (frame.events >= maxEvents || bytes + more > maxBytes); };
    for (; batch != m_batches.end(); ++batch, index = 0) {
        // A batch that no longer fits whole waits for the next frame, unless the frame is empty.
        std::size_t rest = 0;
        for (std::size_t i = index; i < batch->events.size(); ++i)
            rest += batch->events[i].size() + 1;
        const auto count = int(batch->events.size() - index);
        if (frame.events > 0 && (frame.events + count > maxEvents || bytes + rest > maxBytes))
            break;
        for (std::size_t i = index; i < batch->events.size(); ++i) {
            const std::string &event = batch->events[i];
            if (full(event.size() + 1))
                break;
            if (frame.events > 0)
                frame.text += ',';
            frame.text += event;
            bytes += event.size() + 1;
            ++frame.events;
            frame.lastSeq = batch->firstSeq + std::int64_t(i);
        }
        if (frame.lastSeq != batch->firstSeq + std::int64_t(batch->events.size()) - 1)
            break; // this batch was cut: the rest leads the next frame
    }
    frame.text += "]}";
    return frame;
}

} // namespace pilothouse::loadserver
