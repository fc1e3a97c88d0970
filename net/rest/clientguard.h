#pragma once
// What a REST client's worker-thread request holds instead of the client: the request may finish
// after the client is gone (sign-out, shutdown), so it posts its result through the guard, which
// the client's destructor empties. Shared by the clients that run libcurl on a QThreadPool worker.

#include "rest/httppost.h"

#include <QMetaObject>
#include <QString>
#include <QUrl>

#include <memory>
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

/// What a REST client holds for its requests: the guard they post their answers through, emptied
/// when the client goes, and the extra CA file they trust. A member of the client, made with `this`.
template<typename Client> class ClientLink {
public:
    explicit ClientLink(Client *client)
        : m_guard(std::make_shared<ClientGuard<Client>>())
    {
        ensureCurlInitialised();
        m_guard->client = client;
    }
    ~ClientLink()
    {
        std::lock_guard lock(m_guard->mutex);
        m_guard->client = nullptr;
    }
    ClientLink(const ClientLink &) = delete;
    ClientLink &operator=(const ClientLink &) = delete;

    /// Held by each request until it has posted its answer.
    std::shared_ptr<ClientGuard<Client>> guard() const { return m_guard; }

    /// A GET of `url` with the session's bearer token, trusting caFile, reading at most `maxBytes`.
    HttpPost get(const QUrl &url, const QString &token, std::size_t maxBytes) const
    {
        HttpPost request;
        request.url = url.toString(QUrl::FullyEncoded).toStdString();
        request.caFile = caFile;
        request.get = true;
        request.bearerToken = token.toStdString();
        request.maxResponseBytes = maxBytes;
        return request;
    }

    QString caFile; ///< Extra CA bundle; empty = the system store.

private:
    std::shared_ptr<ClientGuard<Client>> m_guard;
};

} // namespace pilothouse::net
