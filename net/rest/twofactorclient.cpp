#include "rest/twofactorclient.h"

#include "log/log.h"
#include "rest/httppost.h"

#include "protocol/rest.h"

#include <QThreadPool>

namespace pilothouse::net {

TwoFactorClient::TwoFactorClient(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<protocol::TwoFactorStatus>("pilothouse::protocol::TwoFactorStatus");
    qRegisterMetaType<protocol::TwoFactorEnrolment>("pilothouse::protocol::TwoFactorEnrolment");
    qRegisterMetaType<protocol::RecoveryCodes>("pilothouse::protocol::RecoveryCodes");
    qRegisterMetaType<protocol::SecurityPolicy>("pilothouse::protocol::SecurityPolicy");
}

void TwoFactorClient::fetchStatus(const QUrl &server, const QString &token, int id)
{
    send(server, token, Call::Status, {}, id);
}

void TwoFactorClient::enrol(const QUrl &server, const QString &token, int id)
{
    send(server, token, Call::Enrol, "{}", id);
}

void TwoFactorClient::confirm(const QUrl &server, const QString &token, const QString &code, int id)
{
    send(server, token, Call::Confirm, protocol::encode(protocol::TwoFactorCode {code.trimmed().toStdString()}), id);
}

void TwoFactorClient::fetchPolicy(const QUrl &server, const QString &token, int id)
{
    send(server, token, Call::Policy, {}, id);
}

void TwoFactorClient::setPolicy(
    const QUrl &server, const QString &token, const protocol::SecurityPolicy &policy, int id)
{
    send(server, token, Call::SetPolicy, protocol::encode(policy), id);
}

QString TwoFactorClient::path(Call call)
{
    switch (call) {
    case Call::Status:
    case Call::Enrol:
        break;
    case Call::Confirm:
        return QStringLiteral("/api/v1/account/two-factor/confirm");
    case Call::Policy:
    case Call::SetPolicy:
        return QStringLiteral("/api/v1/security");
    }
    return QStringLiteral("/api/v1/account/two-factor");
}

void TwoFactorClient::send(const QUrl &server, const QString &token, Call call, std::string body, int id)
{
    auto guard = m_link.guard();
    const QUrl url = apiUrl(server, path(call));
    if (url.isEmpty()) {
        guard->post([id](TwoFactorClient *c) { Q_EMIT c->failed(id, tr("This is not a server address."), false); });
        return;
    }
    HttpPost request = m_link.get(url, token, kMaxBytes);
    request.get = call == Call::Status || call == Call::Policy;
    request.put = call == Call::SetPolicy;
    QThreadPool::globalInstance()->start([request, guard, id, call, body = std::move(body)]() mutable {
        auto logger = pilothouse::log::get("net");
        QByteArray bytes = QByteArray::fromStdString(body);
        std::fill(body.begin(), body.end(), '\0'); // a code
        request.body = &bytes;
        HttpReply reply;
        try {
            reply = postJson(request);
        } catch (const std::exception &error) {
            logger->error("two-factor sign-in could not be asked: {}", error.what());
        }
        bytes.fill('\0');
        std::fill(request.bearerToken.begin(), request.bearerToken.end(), '\0');
        const long status = reply.status;
        const std::string_view answer(reply.body.constData(), std::size_t(reply.body.size()));
        if (reply.failure != HttpReply::Failure::None || status == 0) {
            logger->warn("two-factor sign-in could not be asked: {}", reply.curlMessage);
            guard->post([id](TwoFactorClient *c) { Q_EMIT c->failed(id, tr("The server did not answer."), true); });
            return;
        }
        if (status != 200) {
            // The server says why in its own words (a wrong code, already on).
            const auto error = protocol::decodeRestError(answer);
            const QString message = error && !error.value().message.empty()
                ? QString::fromStdString(error.value().message)
                : tr("The server refused this (HTTP %1).").arg(status);
            logger->info("a two-factor request was refused (HTTP {})", status);
            guard->post([id, message](TwoFactorClient *c) { Q_EMIT c->failed(id, message, false); });
            return;
        }
        const auto unreadable = [&] {
            guard->post([id](TwoFactorClient *c) {
                Q_EMIT c->failed(id, tr("The server's answer could not be read."), false);
            });
        };
        switch (call) {
        case Call::Status:
            if (auto decoded = protocol::decodeTwoFactorStatus(answer))
                guard->post([id, value = decoded.value()](TwoFactorClient *c) { Q_EMIT c->statusFetched(id, value); });
            else
                unreadable();
            break;
        case Call::Enrol:
            if (auto decoded = protocol::decodeTwoFactorEnrolment(answer))
                guard->post([id, value = decoded.value()](TwoFactorClient *c) { Q_EMIT c->enrolled(id, value); });
            else
                unreadable();
            break;
        case Call::Confirm:
            if (auto decoded = protocol::decodeRecoveryCodes(answer))
                guard->post([id, value = decoded.value()](TwoFactorClient *c) { Q_EMIT c->confirmed(id, value); });
            else
                unreadable();
            break;
        case Call::Policy:
        case Call::SetPolicy:
            if (auto decoded = protocol::decodeSecurityPolicy(answer))
                guard->post([id, value = decoded.value()](TwoFactorClient *c) { Q_EMIT c->policyFetched(id, value); });
            else
                unreadable();
            break;
        }
    });
}

} // namespace pilothouse::net
