#include "rest/usersclient.h"

#include "rest/clientguard.h"
#include "rest/jsonget.h"

#include "protocol/rest.h"

#include <QThreadPool>

#include <cstring>

namespace pilothouse::net {

UsersClient::UsersClient(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<protocol::UserList>("pilothouse::protocol::UserList");
    qRegisterMetaType<protocol::UserRecord>("pilothouse::protocol::UserRecord");
}

void UsersClient::fetch(const QUrl &server, const QString &token, int id)
{
    auto guard = m_link.guard();
    const QUrl url = apiUrl(server, QStringLiteral("/api/v1/users"));
    if (url.isEmpty()) {
        guard->post([id](UsersClient *c) { Q_EMIT c->failed(id, tr("This is not a server address."), false); });
        return;
    }
    HttpPost request = m_link.get(url, token, kMaxBytes);
    QThreadPool::globalInstance()->start([request, guard, id]() mutable {
        auto got = getJson<protocol::UserList>(request, protocol::decodeUserList, "the users");
        using Failure = decltype(got)::Failure;
        if (got.failure == Failure::None) {
            guard->post([id, value = std::move(*got.body)](UsersClient *c) { Q_EMIT c->fetched(id, value); });
            return;
        }
        const long status = got.status;
        const Failure failure = got.failure;
        guard->post([id, status, failure](UsersClient *c) {
            if (failure == Failure::NoAnswer)
                Q_EMIT c->failed(id, tr("The server did not answer."), true);
            else if (failure == Failure::Forbidden)
                Q_EMIT c->failed(id, tr("Only admins manage users."), false);
            else
                Q_EMIT c->failed(id, tr("The server's list of users could not be read (HTTP %1).").arg(status), false);
        });
    });
}

void UsersClient::add(const QUrl &server, const QString &token, const protocol::NewUser &user, int id)
{
    write(server, token, QStringLiteral("/api/v1/users"), "POST", protocol::encode(user), id);
}

void UsersClient::change(
    const QUrl &server, const QString &token, const QString &name, const protocol::UserChange &change, int id)
{
    write(server, token, QStringLiteral("/api/v1/users/") + QString::fromLatin1(QUrl::toPercentEncoding(name)), "PATCH",
        protocol::encode(change), id);
}

void UsersClient::setPassword(
    const QUrl &server, const QString &token, const QString &name, const QString &password, int id)
{
    write(server, token,
        QStringLiteral("/api/v1/users/") + QString::fromLatin1(QUrl::toPercentEncoding(name))
            + QStringLiteral("/password"),
        "PUT", protocol::encode(protocol::PasswordChange {password.toStdString()}), id);
}

void UsersClient::resetTwoFactor(const QUrl &server, const QString &token, const QString &name, int id)
{
    write(server, token,
        QStringLiteral("/api/v1/users/") + QString::fromLatin1(QUrl::toPercentEncoding(name))
            + QStringLiteral("/two-factor"),
        "DELETE", {}, id);
}

void UsersClient::write(
    const QUrl &server, const QString &token, const QString &path, const char *verb, std::string body, int id)
{
    auto guard = m_link.guard();
    const QUrl url = apiUrl(server, path);
    if (url.isEmpty()) {
        std::fill(body.begin(), body.end(), '\0');
        guard->post([id](UsersClient *c) { Q_EMIT c->failed(id, tr("This is not a server address."), false); });
        return;
    }
    HttpPost request;
    request.url = url.toString(QUrl::FullyEncoded).toStdString();
    request.caFile = m_link.caFile;
    request.put = std::strcmp(verb, "PUT") == 0;
    request.patch = std::strcmp(verb, "PATCH") == 0;
    request.del = std::strcmp(verb, "DELETE") == 0;
    request.bearerToken = token.toStdString();
    QThreadPool::globalInstance()->start([request, guard, id, body = std::move(body)]() mutable {
        auto logger = pilothouse::log::get("net");
        QByteArray bytes = QByteArray::fromStdString(body);
        std::fill(body.begin(), body.end(), '\0'); // a password may be in it
        request.body = &bytes;
        HttpReply reply;
        try {
            reply = postJson(request);
        } catch (const std::exception &error) {
            logger->error("a change to the users could not be sent: {}", error.what());
        }
        bytes.fill('\0');
        std::fill(request.bearerToken.begin(), request.bearerToken.end(), '\0');
        const long status = reply.status;
        const std::string_view answer(reply.body.constData(), std::size_t(reply.body.size()));
        if (reply.failure != HttpReply::Failure::None || status == 0) {
            logger->warn("a change to the users could not be sent: {}", reply.curlMessage);
            guard->post([id](UsersClient *c) { Q_EMIT c->failed(id, tr("The server did not answer."), true); });
        } else if (status == 204) {
            guard->post([id](UsersClient *c) { Q_EMIT c->saved(id, {}); });
        } else if (status == 200 || status == 201) {
            auto user = protocol::decodeUserRecord(answer);
            if (user)
                guard->post([id, value = std::move(user.value())](UsersClient *c) { Q_EMIT c->saved(id, value); });
            else
                guard->post([id](UsersClient *c) {
                    Q_EMIT c->failed(id, tr("The server's answer could not be read."), false);
                });
        } else {
            // The server says why in its own words (the password policy, the last admin, a name taken).
            const auto error = protocol::decodeRestError(answer);
            const QString message = error && !error.value().message.empty()
                ? QString::fromStdString(error.value().message)
                : tr("The server refused the change (HTTP %1).").arg(status);
            logger->info("a change to the users was refused (HTTP {})", status);
            guard->post([id, message](UsersClient *c) { Q_EMIT c->failed(id, message, false); });
        }
    });
}

} // namespace pilothouse::net
