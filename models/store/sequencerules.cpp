#include "store/sequencerules.h"

namespace pilothouse::models::sequence {

Fit fit(const protocol::Cursor &position, const protocol::Event &event)
{
    if (event.epoch != position.epoch)
        return Fit::ForeignEpoch;
    if (event.seq <= position.seq)
        return Fit::Duplicate;
    if (event.seq - 1 != position.seq)
        return Fit::Gap;
    return Fit::Next;
}

std::optional<std::string> frameProblem(
    std::optional<protocol::Cursor> &position, const std::vector<protocol::Event> &events)
{
    for (std::size_t i = 0; i < events.size(); ++i) {
        const protocol::Event &event = events[i];
        if (!position) {
            position = protocol::Cursor {event.epoch, event.seq};
            continue;
        }
        switch (fit(*position, event)) {
        case Fit::ForeignEpoch:
            return "events[" + std::to_string(i) + "] is of epoch " + event.epoch + " but the cache holds epoch "
                + position->epoch;
        case Fit::Gap:
            return "gap: events[" + std::to_string(i) + "].seq is " + std::to_string(event.seq) + ", expected "
                + std::to_string(position->seq + 1);
        case Fit::Duplicate:
            break;
        case Fit::Next:
            position->seq = event.seq;
            break;
        }
    }
    return std::nullopt;
}

} // namespace pilothouse::models::sequence
