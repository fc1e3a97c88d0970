#include "session/framedecoder.h"

#include <string_view>

namespace pilothouse::net {

FrameDecoder::FrameDecoder(std::function<void()> ready)
    : m_ready(std::move(ready))
    , m_thread([this] { run(); })
{ }

FrameDecoder::~FrameDecoder()
{
    {
        std::lock_guard lock(m_lock);
        m_stopping = true;
    }
    m_jobsWaiting.notify_all();
    m_thread.join();
}

void FrameDecoder::push(QByteArray utf8, quint64 generation, qint64 arrivedAtUs)
{
    {
        std::lock_guard lock(m_lock);
        m_jobs.push_back(Job {std::move(utf8), generation, arrivedAtUs});
    }
    m_jobsWaiting.notify_one();
}

std::deque<FrameDecoder::Result> FrameDecoder::take(bool wait)
{
    std::unique_lock lock(m_lock);
    if (wait)
        m_resultsWaiting.wait(lock, [this] { return !m_results.empty() || (m_jobs.empty() && m_decoding == 0); });
    return std::exchange(m_results, {});
}

std::size_t FrameDecoder::inFlight() const
{
    std::lock_guard lock(m_lock);
    return m_jobs.size() + m_decoding + m_results.size();
}

void FrameDecoder::run()
{
    std::unique_lock lock(m_lock);
    for (;;) {
        m_jobsWaiting.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
        if (m_stopping)
            return;
        Job job = std::move(m_jobs.front());
        m_jobs.pop_front();
        ++m_decoding;
        lock.unlock();
        Result result {job.generation, job.arrivedAtUs, job.utf8.size(),
            protocol::decodeServerFrame(std::string_view(job.utf8.constData(), std::size_t(job.utf8.size())))};
        job.utf8 = QByteArray(); // the text goes before the next one is read
        lock.lock();
        --m_decoding;
        const bool first = m_results.empty();
        m_results.push_back(std::move(result));
        m_resultsWaiting.notify_all();
        if (first && m_ready) {
            lock.unlock();
            m_ready();
            lock.lock();
        }
    }
}

} // namespace pilothouse::net
