// Decode throughput of events frames (not a test: prints numbers, asserts nothing).
// Usage: bench_protocol [events-per-frame=500] [frames=400]

#include "protocol/codec.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>

using namespace pilothouse::protocol;

namespace {

Event makeEvent(std::int64_t seq)
{
    Event e;
    e.id = "e-7f2c-" + std::to_string(seq);
    e.seq = seq;
    e.epoch = "e-7f2c";
    e.at = 1717000000000 + seq;
    if (seq % 2) {
        e.kind = kinds::MessageCreated;
        Message m {"m-" + std::to_string(seq), "cv-" + std::to_string(seq % 997), Author::Ai, "Pilot",
            "Your order #12345 shipped yesterday and should arrive on Friday. Anything else I can do?", e.at,
            AiAnnotation {"order.status", 0.91, 840, {{"order.lookup", "looked up order #12345"}}}};
        e.payload = std::move(m);
    } else {
        e.kind = kinds::ConversationUpserted;
        Conversation c;
        c.id = "cv-" + std::to_string(seq % 997);
        c.customerId = "cu-" + std::to_string(seq % 311);
        c.subject = "Where is my order?";
        c.intent = "order.status";
        c.sentiment = -0.25;
        c.confidence = 0.91;
        c.lastMessage = "Your order #12345 shipped yesterday and should arrive on Friday.";
        c.lastAuthor = Author::Ai;
        c.lastMessageAt = e.at;
        c.createdAt = e.at - 60000;
        c.priority = 1;
        c.messageCount = 6;
        e.payload = std::move(c);
    }
    return e;
}

} // namespace

int main(int argc, char **argv)
{
    const int perFrame = argc > 1 ? std::atoi(argv[1]) : 500;
    const int frames = argc > 2 ? std::atoi(argv[2]) : 400;
    Events events;
    for (int i = 1; i <= perFrame; ++i)
        events.events.push_back(makeEvent(i));
    const std::string wire = encode(ServerFrame {events});

    std::size_t decoded = 0;
    const auto start = std::chrono::steady_clock::now();
    for (int f = 0; f < frames; ++f) {
        auto frame = decodeServerFrame(wire);
        if (!frame) {
            std::fprintf(stderr, "decode failed: %s\n", frame.error().message.c_str());
            return 1;
        }
        decoded += std::get<Events>(frame.value()).events.size();
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf(
        "%d events/frame, %zu bytes/frame (%.0f bytes/event)\n", perFrame, wire.size(), double(wire.size()) / perFrame);
    std::printf("decoded %zu events in %.3f s: %.0f events/s, %.1f MB/s\n", decoded, seconds, double(decoded) / seconds,
        double(wire.size()) * frames / seconds / 1e6);
    return 0;
}
