#include "rest/factsconversationsclient.h"

#include "log/log.h"
#include "rest/clientguard.h"
#include "rest/httppost.h"

#include <QThreadPool>

#include <mutex>

namespace pilothouse::net {

struct FactsConversationsClient::Guard : ClientGuard<FactsConversationsClient> { };

FactsConversationsClient::FactsConversationsClient(QObject *parent)
    : QObject(parent)
    , m_guard(std::make_shared<Guard>())
{
    qRegisterMetaType<protocol::FactsConversations>("pilothouse::protocol::FactsConversations");
    ensureCurlInitialised();
    m_guard->client = this;
}

FactsConversationsClient::~FactsConversationsClient()
{
    std::lock_guard lock(m_guard->mutex);
    m_guard->client = nullptr;
}

void FactsConversationsClient::setCaFile(const QString &path)
{
    m_caFile = path;
}

void FactsConversationsClient::fetch(const QUrl &server, const QString &token, const QUrlQuery &query, int id)
{
    auto guard = m_guard;
    QUrl url = apiUrl(server, QStringLiteral("/api/v1/facts/conversations"));
    if (url.isEmpty()) {
        const QString message = tr("\"%1\" is not a server address.").arg(server.toDisplayString(QUrl::RemoveUserInfo));
        guard->post([id, message](FactsConversationsClient *c) { Q_EMIT c->failed(id, message, false); });
        return;
    }
    url.setQuery(query);
    HttpPost request;
    request.url = url.toString(QUrl::FullyEncoded).toStdString();
    request.caFile = m_caFile;
    request.get = true;
    request.bearerToken = token.toStdString();
    request.maxResponseBytes = kMaxBytes;
    QThreadPool::globalInstance()->start([request, guard, id]() mutable {
        auto logger = pilothouse::log::get("net");
        HttpReply reply;
        try {
            reply = postJson(request);
        } catch (const std::exception &error) {
            logger->error("the conversations behind a figure could not be asked for: {}", error.what());
        }
        std::fill(request.bearerToken.begin(), request.bearerToken.end(), '\0');
        if (reply.failure != HttpReply::Failure::None || reply.status == 0) {
            logger->warn("the conversations behind a figure could not be fetched: {}", reply.curlMessage);
            guard->post(
                [id](FactsConversationsClient *c) { Q_EMIT c->failed(id, tr("The server did not answer."), true); });
            return;
        }
        if (reply.status == 403) {
            guard->post([id](FactsConversationsClient *c) {
                Q_EMIT c->failed(id,
                    tr("The server shows the conversations behind the figures to supervisors and admins only."), false);
            });
            return;
        }
        auto list = protocol::decodeFactsConversations(
            std::string_view(reply.body.constData(), std::size_t(reply.body.size())));
        if (reply.status != 200 || !list) {
            logger->warn("the conversations behind a figure (HTTP {}) did not read: {}", reply.status,
                list ? std::string() : list.error().message);
            const long status = reply.status;
            guard->post([id, status](FactsConversationsClient *c) {
                Q_EMIT c->failed(
                    id, tr("The server's list of conversations could not be read (HTTP %1).").arg(status), false);
            });
            return;
        }
        guard->post(
            [id, value = std::move(list.value())](FactsConversationsClient *c) { Q_EMIT c->fetched(id, value); });
    });
}

} // namespace pilothouse::net
