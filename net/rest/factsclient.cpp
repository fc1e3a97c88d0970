#include "rest/factsclient.h"

#include "log/log.h"
#include "rest/httppost.h"

#include <QThreadPool>
#include <QUrlQuery>

#include <mutex>

namespace pilothouse::net {

struct FactsClient::Guard {
    std::mutex mutex;
    FactsClient *client = nullptr;
};

namespace {

QUrl factsUrl(const QUrl &server, QDate from, QDate to)
{
    QUrl url = apiUrl(server, QStringLiteral("/api/v1/facts"));
    if (url.isEmpty())
        return url;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), from.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("to"), to.toString(Qt::ISODate));
    url.setQuery(query);
    return url;
}

} // namespace

FactsClient::FactsClient(QObject *parent)
    : QObject(parent)
    , m_guard(std::make_shared<Guard>())
{
    qRegisterMetaType<protocol::Facts>("pilothouse::protocol::Facts");
    ensureCurlInitialised();
    m_guard->client = this;
}

FactsClient::~FactsClient()
{
    std::lock_guard lock(m_guard->mutex);
    m_guard->client = nullptr;
}

void FactsClient::setCaFile(const QString &path)
{
    m_caFile = path;
}

void FactsClient::fetch(const QUrl &server, const QString &token, QDate from, QDate to)
{
    auto guard = m_guard;
    const auto fail = [guard](const QString &message, bool forbidden) {
        std::lock_guard lock(guard->mutex);
        if (FactsClient *client = guard->client) {
            QMetaObject::invokeMethod(
                client, [client, message, forbidden] { Q_EMIT client->failed(message, forbidden); },
                Qt::QueuedConnection);
        }
    };
    const QUrl url = factsUrl(server, from, to);
    if (url.isEmpty()) {
        fail(tr("\"%1\" is not a server address.").arg(server.toDisplayString(QUrl::RemoveUserInfo)), false);
        return;
    }
    HttpPost request;
    request.url = url.toString(QUrl::FullyEncoded).toStdString();
    request.caFile = m_caFile;
    request.get = true;
    request.bearerToken = token.toStdString();
    request.maxResponseBytes = kMaxBytes;
    request.totalTimeout = std::chrono::seconds(60);
    QThreadPool::globalInstance()->start([request, guard, fail]() mutable {
        auto logger = pilothouse::log::get("net");
        HttpReply reply;
        try {
            reply = postJson(request);
        } catch (const std::exception &error) {
            logger->error("the facts request failed: {}", error.what());
        }
        std::fill(request.bearerToken.begin(), request.bearerToken.end(), '\0');
        if (reply.failure != HttpReply::Failure::None || reply.status == 0) {
            logger->warn("the facts request failed: {}", reply.curlMessage);
            fail(tr("The figures could not be fetched; the server did not answer."), false);
            return;
        }
        if (reply.status == 403) {
            fail(tr("The server shows the figures to supervisors and admins only."), true);
            return;
        }
        if (reply.status != 200) {
            logger->warn("the facts request answered HTTP {}", reply.status);
            fail(tr("The figures could not be fetched (HTTP %1).").arg(reply.status), false);
            return;
        }
        auto facts = protocol::decodeFacts(std::string_view(reply.body.constData(), std::size_t(reply.body.size())));
        if (!facts) {
            logger->warn("the facts answer is not protocol v1: {}", facts.error().message);
            fail(tr("The server's figures could not be read."), false);
            return;
        }
        logger->debug("facts: {} rows for {} days", facts.value().rows.size(), facts.value().days.size());
        std::lock_guard lock(guard->mutex);
        if (FactsClient *client = guard->client) {
            QMetaObject::invokeMethod(
                client, [client, value = std::move(facts.value())] { Q_EMIT client->fetched(value); },
                Qt::QueuedConnection);
        }
    });
}

} // namespace pilothouse::net
