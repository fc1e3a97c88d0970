#include "rest/costmodelclient.h"

#include "log/log.h"
#include "rest/clientguard.h"
#include "rest/httppost.h"

#include <QThreadPool>

namespace pilothouse::net {

CostModelClient::CostModelClient(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<protocol::CostModelVersion>("pilothouse::protocol::CostModelVersion");
}

void CostModelClient::fetch(const QUrl &server, const QString &token)
{
    auto guard = m_link.guard();
    const QUrl url = apiUrl(server, QStringLiteral("/api/v1/cost-model"));
    if (url.isEmpty()) {
        const QString message = tr("\"%1\" is not a server address.").arg(server.toDisplayString(QUrl::RemoveUserInfo));
        guard->post([message](CostModelClient *c) { Q_EMIT c->failed(message, false); });
        return;
    }
    HttpPost request = m_link.get(url, token, kMaxBytes);
    QThreadPool::globalInstance()->start([request, guard]() mutable {
        auto logger = pilothouse::log::get("net");
        HttpReply reply;
        try {
            reply = postJson(request);
        } catch (const std::exception &error) {
            logger->error("the cost model request failed: {}", error.what());
        }
        std::fill(request.bearerToken.begin(), request.bearerToken.end(), '\0');
        if (reply.failure != HttpReply::Failure::None || reply.status == 0) {
            logger->warn("the cost model request failed: {}", reply.curlMessage);
            guard->post([](CostModelClient *c) {
                Q_EMIT c->failed(tr("The cost model could not be fetched; the server did not answer."), false);
            });
            return;
        }
        if (reply.status == 403) {
            guard->post([](CostModelClient *c) {
                Q_EMIT c->failed(tr("The server shows the cost model to supervisors and admins only."), true);
            });
            return;
        }
        auto current = protocol::decodeCostModelVersion(
            std::string_view(reply.body.constData(), std::size_t(reply.body.size())));
        if (reply.status != 200 || !current) {
            logger->warn("the cost model answer (HTTP {}) did not read: {}", reply.status,
                current ? std::string() : current.error().message);
            const long status = reply.status;
            guard->post([status](CostModelClient *c) {
                Q_EMIT c->failed(tr("The server's cost model could not be read (HTTP %1).").arg(status), false);
            });
            return;
        }
        guard->post([value = std::move(current.value())](CostModelClient *c) { Q_EMIT c->fetched(value); });
    });
}

void CostModelClient::save(const QUrl &server, const QString &token, const protocol::CostModelUpdate &update)
{
    auto guard = m_link.guard();
    const QUrl url = apiUrl(server, QStringLiteral("/api/v1/cost-model"));
    if (url.isEmpty()) {
        const QString message = tr("\"%1\" is not a server address.").arg(server.toDisplayString(QUrl::RemoveUserInfo));
        guard->post([message](CostModelClient *c) { Q_EMIT c->failed(message, false); });
        return;
    }
    HttpPost request;
    request.url = url.toString(QUrl::FullyEncoded).toStdString();
    request.caFile = m_link.caFile;
    request.put = true;
    request.bearerToken = token.toStdString();
    request.maxResponseBytes = kMaxBytes;
    auto body = std::make_shared<QByteArray>(QByteArray::fromStdString(protocol::encode(update)));
    QThreadPool::globalInstance()->start([request, body, guard]() mutable {
        auto logger = pilothouse::log::get("net");
        request.body = body.get();
        HttpReply reply;
        try {
            reply = postJson(request);
        } catch (const std::exception &error) {
            logger->error("saving the cost model failed: {}", error.what());
        }
        std::fill(request.bearerToken.begin(), request.bearerToken.end(), '\0');
        const std::string_view text(reply.body.constData(), std::size_t(reply.body.size()));
        if (reply.failure != HttpReply::Failure::None || reply.status == 0) {
            logger->warn("saving the cost model failed: {}", reply.curlMessage);
            guard->post([](CostModelClient *c) {
                Q_EMIT c->failed(tr("The cost model was not saved; the server did not answer."), false);
            });
            return;
        }
        if (reply.status == 200) {
            if (auto saved = protocol::decodeCostModelVersion(text)) {
                guard->post([value = std::move(saved.value())](CostModelClient *c) { Q_EMIT c->saved(value); });
                return;
            }
        } else if (reply.status == 403) {
            guard->post([](CostModelClient *c) {
                Q_EMIT c->failed(tr("Only admins may change the organisation's cost model."), true);
            });
            return;
        } else if (reply.status == 409 || reply.status == 422) {
            auto refusal = protocol::decodeCostModelRefusal(text);
            if (refusal && reply.status == 409 && refusal.value().current) {
                guard->post([value = *refusal.value().current](CostModelClient *c) { Q_EMIT c->conflict(value); });
                return;
            }
            if (refusal && reply.status == 422) {
                guard->post([fields = refusal.value().fields](CostModelClient *c) { Q_EMIT c->refused(fields); });
                return;
            }
        }
        logger->warn("saving the cost model answered HTTP {}", reply.status);
        const long status = reply.status;
        guard->post([status](CostModelClient *c) {
            Q_EMIT c->failed(tr("The cost model was not saved (HTTP %1).").arg(status), false);
        });
    });
}

} // namespace pilothouse::net
