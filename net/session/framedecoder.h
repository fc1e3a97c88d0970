#pragma once
// Decodes the session's incoming frames on a thread of its own (issue 16, goals 1 and 2), so that
// the io thread stores one frame while the next is decoded: on a first sync of 500,000 messages
// decoding is about a third of the work. Frames come out in the order they went in, each with the
// socket generation and arrival time it was pushed with, so the session can drop those of a link
// it has since left.

#include "protocol/codec.h"

#include <QByteArray>

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace pilothouse::net {

class FrameDecoder {
public:
    struct Result {
        quint64 generation = 0;
        qint64 arrivedAtUs = 0;
        qint64 bytes = 0;
        protocol::Decoded<protocol::ServerFrame> frame;
    };

    /// `ready` runs on the decoder's thread whenever a decoded frame is waiting and none was
    /// before: it must only post to the session's thread.
    explicit FrameDecoder(std::function<void()> ready);
    ~FrameDecoder();
    FrameDecoder(const FrameDecoder &) = delete;
    FrameDecoder &operator=(const FrameDecoder &) = delete;

    void push(QByteArray utf8, quint64 generation, qint64 arrivedAtUs);
    /// The decoded frames waiting, oldest first. With `wait`, blocks until one is there when any
    /// is still being decoded.
    std::deque<Result> take(bool wait);
    /// Frames pushed and not yet taken.
    std::size_t inFlight() const;

private:
    struct Job {
        QByteArray utf8;
        quint64 generation = 0;
        qint64 arrivedAtUs = 0;
    };
    void run();

    std::function<void()> m_ready;
    mutable std::mutex m_lock;
    std::condition_variable m_jobsWaiting;
    std::condition_variable m_resultsWaiting;
    std::deque<Job> m_jobs;
    std::deque<Result> m_results;
    std::size_t m_decoding = 0; ///< Jobs taken by the thread and not yet in m_results.
    bool m_stopping = false;
    std::thread m_thread; ///< Last: started once everything above exists.
};

} // namespace pilothouse::net
