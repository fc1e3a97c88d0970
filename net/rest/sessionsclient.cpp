#include "rest/sessionsclient.h"

#include "rest/clientguard.h"
#include "rest/jsonget.h"

#include <QThreadPool>

namespace pilothouse::net {

SessionsClient::SessionsClient(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<protocol::SessionList>("pilothouse::protocol::SessionList");
}

void SessionsClient::fetch(const QUrl &server, const QString &token, bool everyone, int id)
{
    auto guard = m_link.guard();
    QUrl url = apiUrl(server, QStringLiteral("/api/v1/sessions"));
    if (url.isEmpty()) {
        const QString message = tr("\"%1\" is not a server address.").arg(server.toDisplayString(QUrl::RemoveUserInfo));
        guard->post([id, message](SessionsClient *c) { Q_EMIT c->failed(id, message, false); });
        return;
    }
    if (everyone)
        url.setQuery(QStringLiteral("all=true"));
    HttpPost request = m_link.get(url, token, kMaxBytes);
    QThreadPool::globalInstance()->start([request, guard, id]() mutable {
        auto got = getJson<protocol::SessionList>(request, protocol::decodeSessionList, "the sessions");
        using Failure = decltype(got)::Failure;
        if (got.failure == Failure::None) {
            guard->post([id, value = std::move(*got.body)](SessionsClient *c) { Q_EMIT c->fetched(id, value); });
            return;
        }
        const long status = got.status;
        const Failure failure = got.failure;
        guard->post([id, status, failure](SessionsClient *c) {
            if (failure == Failure::NoAnswer)
                Q_EMIT c->failed(id, tr("The server did not answer."), true);
            else if (failure == Failure::Forbidden)
                Q_EMIT c->failed(id, tr("Only admins see everyone's sessions."), false);
            else
                Q_EMIT c->failed(
                    id, tr("The server's list of sessions could not be read (HTTP %1).").arg(status), false);
        });
    });
}

void SessionsClient::end(const QUrl &server, const QString &token, const QString &sessionId, int id)
{
    auto guard = m_link.guard();
    const QUrl url
        = apiUrl(server, QStringLiteral("/api/v1/sessions/") + QString::fromLatin1(QUrl::toPercentEncoding(sessionId)));
    if (url.isEmpty()) {
        const QString message = tr("\"%1\" is not a server address.").arg(server.toDisplayString(QUrl::RemoveUserInfo));
        guard->post([id, message](SessionsClient *c) { Q_EMIT c->failed(id, message, false); });
        return;
    }
    HttpPost request;
    request.url = url.toString(QUrl::FullyEncoded).toStdString();
    request.caFile = m_link.caFile;
    request.del = true;
    request.bearerToken = token.toStdString();
    QThreadPool::globalInstance()->start([request, guard, id]() mutable {
        auto logger = pilothouse::log::get("net");
        HttpReply reply;
        try {
            reply = postJson(request);
        } catch (const std::exception &error) {
            logger->error("a session could not be ended: {}", error.what());
        }
        std::fill(request.bearerToken.begin(), request.bearerToken.end(), '\0');
        const long status = reply.status;
        if (reply.failure != HttpReply::Failure::None || status == 0) {
            logger->warn("a session could not be ended: {}", reply.curlMessage);
            guard->post([id](SessionsClient *c) { Q_EMIT c->failed(id, tr("The server did not answer."), true); });
        } else if (status == 204 || status == 404) { // 404: ended already, or expired
            guard->post([id](SessionsClient *c) { Q_EMIT c->ended(id); });
        } else {
            logger->warn("ending a session answered HTTP {}", status);
            guard->post([id, status](SessionsClient *c) {
                Q_EMIT c->failed(id, tr("The server did not end the session (HTTP %1).").arg(status), false);
            });
        }
    });
}

} // namespace pilothouse::net
