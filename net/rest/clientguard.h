#pragma once
// What a REST client's worker-thread request holds instead of the client: the request may finish
// after the client is gone (sign-out, shutdown), so it posts its result through the guard, which
// the client's destructor empties. Shared by the clients that run libcurl on a QThreadPool worker.

#include <QMetaObject>

#include <mutex>

namespace pilothouse::net {

template<typename Client> struct ClientGuard {
    std::mutex mutex;
    Client *client = nullptr;

    /// Runs `emit` on the client's thread, if the client still exists.
    template<typename Emit> void post(Emit emit)
    {
        std::lock_guard lock(mutex);
        if (Client *c = client)
            QMetaObject::invokeMethod(
                c, [c, emit = std::move(emit)] { emit(c); }, Qt::QueuedConnection);
    }
};

} // namespace pilothouse::net
