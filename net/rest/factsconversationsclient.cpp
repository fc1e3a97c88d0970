#include "rest/factsconversationsclient.h"

#include "rest/clientguard.h"
#include "rest/jsonget.h"

#include <QThreadPool>

namespace pilothouse::net {

FactsConversationsClient::FactsConversationsClient(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<protocol::FactsConversations>("pilothouse::protocol::FactsConversations");
}

void FactsConversationsClient::fetch(const QUrl &server, const QString &token, const QUrlQuery &query, int id)
{
    auto guard = m_link.guard();
    QUrl url = apiUrl(server, QStringLiteral("/api/v1/facts/conversations"));
    if (url.isEmpty()) {
        const QString message = tr("\"%1\" is not a server address.").arg(server.toDisplayString(QUrl::RemoveUserInfo));
        guard->post([id, message](FactsConversationsClient *c) { Q_EMIT c->failed(id, message, false); });
        return;
    }
    url.setQuery(query);
    HttpPost request = m_link.get(url, token, kMaxBytes);
    QThreadPool::globalInstance()->start([request, guard, id]() mutable {
        auto got = getJson<protocol::FactsConversations>(
            request, protocol::decodeFactsConversations, "the conversations behind a figure");
        using Failure = decltype(got)::Failure;
        if (got.failure == Failure::None) {
            guard->post(
                [id, value = std::move(*got.body)](FactsConversationsClient *c) { Q_EMIT c->fetched(id, value); });
            return;
        }
        const long status = got.status;
        const Failure failure = got.failure;
        guard->post([id, status, failure](FactsConversationsClient *c) {
            switch (failure) {
            case Failure::NoAnswer:
                Q_EMIT c->failed(id, tr("The server did not answer."), true);
                return;
            case Failure::Forbidden:
                Q_EMIT c->failed(id,
                    tr("The server shows the conversations behind the figures to supervisors and admins only."), false);
                return;
            case Failure::None:
            case Failure::Unauthorized:
            case Failure::Unreadable:
                break;
            }
            Q_EMIT c->failed(
                id, tr("The server's list of conversations could not be read (HTTP %1).").arg(status), false);
        });
    });
}

} // namespace pilothouse::net
