#pragma once
// A reader of the cache on a thread of its own (History's and review mode's): the worker, with its
// own read-only connection, is created here, lives on the thread, closes its connection there and
// is deleted there. post() runs a job on the thread and hands its answer back to the model's
// thread; a model gone before the answer is posted simply never receives it.

#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <utility>

namespace pilothouse::models {

/// `Worker` is a QObject with close() (closes its connection; called on the worker's thread).
template<typename Worker> class ReaderThread {
public:
    explicit ReaderThread(const QString &name)
        : m_worker(new Worker)
    {
        m_thread.setObjectName(name);
        m_worker->moveToThread(&m_thread);
        QObject::connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread.start();
    }
    ~ReaderThread()
    {
        // The connection must close on the thread that opened it; the queue is drained first.
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker] { w->close(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    ReaderThread(const ReaderThread &) = delete;
    ReaderThread &operator=(const ReaderThread &) = delete;

    /// Runs `job(worker)` on the reader's thread, then `deliver(answer)` on `receiver`'s thread.
    template<typename Receiver, typename Job, typename Deliver> void post(Receiver *receiver, Job job, Deliver deliver)
    {
        QPointer<Receiver> self = receiver;
        QMetaObject::invokeMethod(
            m_worker,
            [self, w = m_worker, job = std::move(job), deliver = std::move(deliver)]() mutable {
                auto answer = job(w);
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, answer = std::move(answer), deliver = std::move(deliver)]() mutable {
                        if (self)
                            deliver(std::move(answer));
                    },
                    Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    }

    /// Closes the worker's connection (the model follows no file any more): nothing holds the
    /// cache open, so a checkpoint can truncate its WAL and the file can go.
    void close()
    {
        QMetaObject::invokeMethod(
            m_worker, [w = m_worker] { w->close(); }, Qt::QueuedConnection);
    }

private:
    QThread m_thread;
    Worker *m_worker;
};

} // namespace pilothouse::models
