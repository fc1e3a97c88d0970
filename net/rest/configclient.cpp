#include "rest/configclient.h"

#include "log/log.h"
#include "protocol/codec.h"
#include "rest/clientguard.h"
#include "rest/httppost.h"

#include <nlohmann/json.hpp>

#include <QThreadPool>

#include <optional>

namespace pilothouse::net {

using nlohmann::json;

namespace {

/// The JSON of a reply body, or nothing when it is not an object.
std::optional<json> parsed(const QByteArray &body)
{
    json value = json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
    if (value.is_discarded() || !value.is_object())
        return std::nullopt;
    return value;
}

/// A ConfigDraft's revision and body (docs/protocol.md 2.1), or nothing when it is not one.
std::optional<std::pair<qint64, QString>> draftOf(const json &draft)
{
    const auto revision = draft.find("revision");
    const auto body = draft.find("body");
    if (revision == draft.end() || !revision->is_number_integer() || body == draft.end() || !body->is_object())
        return std::nullopt;
    return std::pair {revision->get<qint64>(), QString::fromStdString(protocol::encodeJson(*body))};
}

QString errorMessage(const json &reply)
{
    const auto error = reply.find("error");
    if (error == reply.end() || !error->is_object())
        return {};
    const auto message = error->find("message");
    return message != error->end() && message->is_string() ? QString::fromStdString(message->get<std::string>())
                                                           : QString();
}

struct Exchange {
    HttpPost request;
    std::shared_ptr<QByteArray> body;

    HttpReply run(const char *what)
    {
        request.body = body.get();
        try {
            return postJson(request);
        } catch (const std::exception &error) {
            pilothouse::log::get("net")->error("{} failed: {}", what, error.what());
        }
        return {};
    }
};

} // namespace

ConfigClient::ConfigClient(QObject *parent)
    : QObject(parent)
{ }

void ConfigClient::fetchDraft(const QUrl &server, const QString &token, const QString &document)
{
    auto guard = m_link.guard();
    const QUrl url = apiUrl(server, QStringLiteral("/api/v1/config/%1/draft").arg(document));
    if (url.isEmpty()) {
        const QString message = tr("\"%1\" is not a server address.").arg(server.toDisplayString(QUrl::RemoveUserInfo));
        guard->post([document, message](ConfigClient *c) { Q_EMIT c->failed(document, message, false); });
        return;
    }
    Exchange exchange;
    exchange.request = m_link.get(url, token, kMaxBytes);
    QThreadPool::globalInstance()->start([exchange, guard, document]() mutable {
        const HttpReply reply = exchange.run("reading the draft");
        std::fill(exchange.request.bearerToken.begin(), exchange.request.bearerToken.end(), '\0');
        const auto answer = parsed(reply.body);
        const auto draft = answer && reply.status == 200 ? draftOf(*answer) : std::nullopt;
        if (draft) {
            guard->post(
                [document, draft](ConfigClient *c) { Q_EMIT c->draftFetched(document, draft->first, draft->second); });
            return;
        }
        const long status = reply.status;
        pilothouse::log::get("net")->warn(
            "reading the {} draft: HTTP {} {}", document.toStdString(), status, reply.curlMessage);
        guard->post([document, status](ConfigClient *c) {
            Q_EMIT c->failed(document,
                status == 0         ? tr("The server did not answer; try again when the console is connected.")
                    : status == 403 ? tr("Only supervisors and admins edit this.")
                                    : tr("The draft could not be read (HTTP %1).").arg(status),
                status == 403);
        });
    });
}

void ConfigClient::saveAndPublish(const QUrl &server, const QString &token, const QString &document, qint64 revision,
    const QString &body, const QString &note)
{
    auto guard = m_link.guard();
    const QUrl draftUrl = apiUrl(server, QStringLiteral("/api/v1/config/%1/draft").arg(document));
    const QUrl publishUrl = apiUrl(server, QStringLiteral("/api/v1/config/%1/publish").arg(document));
    json bodyJson = json::parse(body.toStdString(), nullptr, false);
    if (draftUrl.isEmpty() || bodyJson.is_discarded()) {
        const QString message = draftUrl.isEmpty()
            ? tr("\"%1\" is not a server address.").arg(server.toDisplayString(QUrl::RemoveUserInfo))
            : tr("The document is not valid JSON.");
        guard->post([document, message](ConfigClient *c) { Q_EMIT c->failed(document, message, false); });
        return;
    }
    Exchange save;
    save.request.url = draftUrl.toString(QUrl::FullyEncoded).toStdString();
    save.request.caFile = m_link.caFile;
    save.request.put = true;
    save.request.bearerToken = token.toStdString();
    save.request.maxResponseBytes = kMaxBytes;
    save.body = std::make_shared<QByteArray>(
        QByteArray::fromStdString(protocol::encodeJson(json {{"revision", revision}, {"body", std::move(bodyJson)}})));
    Exchange publish = save;
    publish.request.url = publishUrl.toString(QUrl::FullyEncoded).toStdString();
    QThreadPool::globalInstance()->start([save, publish, guard, document, note]() mutable {
        auto logger = pilothouse::log::get("net");
        const HttpReply saved = save.run("saving the draft");
        std::fill(save.request.bearerToken.begin(), save.request.bearerToken.end(), '\0');
        const auto answer = parsed(saved.body);
        const auto failWith = [&](long status) {
            guard->post([document, status](ConfigClient *c) {
                Q_EMIT c->failed(document,
                    status == 0         ? tr("The server did not answer; nothing was published.")
                        : status == 403 ? tr("Only supervisors and admins edit this.")
                                        : tr("Nothing was published (HTTP %1).").arg(status),
                    status == 403);
            });
        };
        if (saved.status == 409 && answer) {
            const json &error = answer->value("error", json::object());
            if (const auto draft
                = error.is_object() && error.contains("draft") ? draftOf(error["draft"]) : std::nullopt) {
                const QString message = errorMessage(*answer);
                guard->post([document, message, draft](ConfigClient *c) {
                    Q_EMIT c->conflict(document, message, draft->first, draft->second);
                });
                return;
            }
        }
        if (saved.status == 422 && answer) {
            QVariantList fields;
            const json &error = answer->value("error", json::object());
            if (error.is_object() && error.contains("fields") && error["fields"].is_array()) {
                for (const json &field : error["fields"]) {
                    if (!field.is_object())
                        continue;
                    fields.append(QVariantMap {
                        {QStringLiteral("field"), QString::fromStdString(field.value("field", std::string()))},
                        {QStringLiteral("code"), QString::fromStdString(field.value("code", std::string()))},
                        {QStringLiteral("message"), QString::fromStdString(field.value("message", std::string()))},
                    });
                }
            }
            guard->post([document, fields](ConfigClient *c) { Q_EMIT c->refused(document, fields); });
            return;
        }
        const auto draft = saved.status == 200 && answer ? draftOf(*answer) : std::nullopt;
        if (!draft) {
            logger->warn("saving the {} draft: HTTP {} {}", document.toStdString(), saved.status, saved.curlMessage);
            std::fill(publish.request.bearerToken.begin(), publish.request.bearerToken.end(), '\0');
            failWith(saved.status);
            return;
        }
        json publishBody {{"revision", draft->first}};
        if (!note.trimmed().isEmpty())
            publishBody["note"] = note.trimmed().left(1000).toStdString();
        publish.body = std::make_shared<QByteArray>(QByteArray::fromStdString(protocol::encodeJson(publishBody)));
        const HttpReply published = publish.run("publishing the draft");
        std::fill(publish.request.bearerToken.begin(), publish.request.bearerToken.end(), '\0');
        const auto version = parsed(published.body);
        if (published.status == 200 && version && version->contains("version")
            && (*version)["version"].is_number_integer()) {
            const qint64 number = (*version)["version"].get<qint64>();
            const qint64 revisionNow = draft->first + 1; // publishing raises the revision too
            guard->post([document, number, revisionNow](
                            ConfigClient *c) { Q_EMIT c->published(document, number, revisionNow); });
            return;
        }
        if (published.status == 422) { // the saved draft is what is in force already
            guard->post([document](ConfigClient *c) {
                Q_EMIT c->failed(document, tr("Nothing to publish: this is the version in force."), false);
            });
            return;
        }
        logger->warn(
            "publishing the {} draft: HTTP {} {}", document.toStdString(), published.status, published.curlMessage);
        failWith(published.status);
    });
    std::fill(save.request.bearerToken.begin(), save.request.bearerToken.end(), '\0');
}

} // namespace pilothouse::net
