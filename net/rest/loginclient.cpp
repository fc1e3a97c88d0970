#include "rest/loginclient.h"

#include "log/log.h"
#include "rest/httppost.h"

#include "protocol/rest.h"

#include <QCoreApplication>
#include <QSysInfo>
#include <QThreadPool>

#include <algorithm>
#include <mutex>

namespace pilothouse::net {

/// Shared with the worker: the worker posts the result only while `client` is alive, under the
/// mutex, so the destructor cannot race the post (Qt drops posted events of a deleted object).
struct LoginClient::Guard {
    std::mutex mutex;
    LoginClient *client = nullptr;
};

namespace {

/// What this console is, in words people recognise in their list of sessions: "Pilothouse 0.1.0
/// on Debian GNU/Linux 12 (bookworm) (ana-laptop)".
QString deviceName()
{
    const QString version = QCoreApplication::applicationVersion();
    const QString product = version.isEmpty() ? QStringLiteral("Pilothouse") : QStringLiteral("Pilothouse ") + version;
    return QStringLiteral("%1 on %2 (%3)").arg(product, QSysInfo::prettyProductName(), QSysInfo::machineHostName());
}

QString serverText(const QUrl &server)
{
    return server.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

LoginResult failure(LoginResult::Error error, QString message, int status = 0)
{
    LoginResult result;
    result.error = error;
    result.message = std::move(message);
    result.httpStatus = status;
    return result;
}

std::string_view view(const QByteArray &body)
{
    return {body.constData(), std::size_t(body.size())};
}

QString serverMessage(const QByteArray &body)
{
    const auto error = protocol::decodeRestError(view(body));
    return error ? QString::fromStdString(error.value().message) : QString();
}

// The server's lockout or delay (docs/protocol.md 2.1, "Failed sign-ins"), in the console's words:
// how long, never whether the user name exists.
LoginResult tooManyAttempts(const QByteArray &body)
{
    const auto error = protocol::decodeRestError(view(body));
    const std::optional<std::int64_t> retryAfterMs = error ? error.value().retryAfterMs : std::nullopt;
    LoginResult result;
    result.error = LoginResult::Error::TooManyAttempts;
    result.httpStatus = 429;
    if (!retryAfterMs) {
        result.message = LoginClient::tr("Too many sign-in attempts. Wait a minute, then try again.");
        return result;
    }
    result.retryAfterMs = std::min<std::int64_t>(*retryAfterMs, 24LL * 3600 * 1000);
    const int seconds = int((result.retryAfterMs + 999) / 1000);
    const int minutes = (seconds + 59) / 60;
    result.message = seconds < 60
        ? LoginClient::tr("Too many failed sign-ins. Try again in %n second(s).", nullptr, seconds)
        : LoginClient::tr("Too many failed sign-ins. Try again in %n minute(s).", nullptr, minutes);
    return result;
}

LoginResult interpret(const QUrl &server, const HttpReply &reply, bool codeSent)
{
    const QString where = serverText(server);
    using E = LoginResult::Error;
    switch (reply.failure) {
    case HttpReply::Failure::None:
        break;
    case HttpReply::Failure::Network:
        return failure(E::Network,
            LoginClient::tr("The server at %1 did not answer. Check the address and "
                            "your connection.")
                .arg(where));
    case HttpReply::Failure::Tls:
        return failure(E::Tls,
            LoginClient::tr("The server's certificate is not trusted (%1: %2), so your password was not "
                            "sent. Check the address, or ask your administrator for the certificate "
                            "authority file and start Pilothouse with --ca-file.")
                .arg(where, QString::fromStdString(reply.curlMessage)));
    case HttpReply::Failure::TooLarge:
        return failure(E::BadResponse,
            LoginClient::tr("The server at %1 sent an answer far too large for a "
                            "sign-in. Check the address.")
                .arg(where));
    }

    const int status = int(reply.status);
    if (status == 401) {
        const auto error = protocol::decodeRestError(view(reply.body));
        if (error && error.value().code == protocol::errors::SecondFactorRequired)
            return failure(E::SecondFactorRequired,
                LoginClient::tr("Enter the 6-digit code from your authenticator app, or one of your recovery codes."),
                status);
        return failure(E::Unauthorized,
            codeSent ? LoginClient::tr("That code is not right, or was used already. Enter the code the app shows now.")
                     : LoginClient::tr("Wrong user name or password."),
            status);
    }
    if (status == 403)
        return failure(E::Unauthorized,
            LoginClient::tr("This account may not sign in to the console. Ask an "
                            "administrator for access."),
            status);
    if (status == 429)
        return tooManyAttempts(reply.body);
    if (status >= 500)
        return failure(E::ServerError,
            LoginClient::tr("The server at %1 has a problem (HTTP %2). Try again in "
                            "a few minutes; if it persists, tell your administrator.")
                .arg(where)
                .arg(status),
            status);
    if (status == 400) {
        const QString detail = serverMessage(reply.body);
        return failure(E::ServerError,
            detail.isEmpty() ? LoginClient::tr("The server at %1 rejected the sign-in request.").arg(where)
                             : LoginClient::tr("The server at %1 rejected the sign-in request: %2").arg(where, detail),
            status);
    }
    if (status != 200)
        return failure(E::BadResponse,
            LoginClient::tr("%1 does not look like a Pilothouse server (HTTP %2). "
                            "Check the address.")
                .arg(where)
                .arg(status),
            status);

    // The codec's rules (docs/protocol.md, Transport): what the server would refuse is refused here.
    auto answer = protocol::decodeLoginResponse(view(reply.body));
    if (!answer) {
        pilothouse::log::get("net")->warn(
            "the sign-in answer from {} is not protocol v1: {}", where.toStdString(), answer.error().message);
        return failure(E::BadResponse,
            LoginClient::tr("The server at %1 answered, but not like a Pilothouse "
                            "server. Check the address.")
                .arg(where),
            status);
    }
    protocol::LoginResponse &body = answer.value();
    LoginResult result;
    result.httpStatus = status;
    result.token = QString::fromStdString(body.token);
    std::fill(body.token.begin(), body.token.end(), '\0');
    result.userName = QString::fromStdString(body.user.name);
    result.displayName = QString::fromStdString(body.user.displayName);
    result.role = QString::fromStdString(body.user.role);
    result.twoFactorSetupRequired = body.twoFactorSetupRequired;
    result.expiresAt = QDateTime::fromMSecsSinceEpoch(body.expiresAt, Qt::UTC);
    if (result.displayName.isEmpty())
        result.displayName = result.userName;
    result.ok = true;
    return result;
}

} // namespace

LoginClient::LoginClient(QObject *parent)
    : QObject(parent)
    , m_guard(std::make_shared<Guard>())
{
    // Crosses from the curl worker to the caller's thread in a queued signal.
    qRegisterMetaType<LoginResult>("pilothouse::net::LoginResult");
    ensureCurlInitialised();
    m_guard->client = this;
}

LoginClient::~LoginClient()
{
    std::lock_guard lock(m_guard->mutex);
    m_guard->client = nullptr;
}

void LoginClient::setCaFile(const QString &path)
{
    m_caFile = path;
}

void LoginClient::login(const QUrl &server, const QString &user, const QString &password, const QString &code)
{
    const QUrl url = apiUrl(server, QStringLiteral("/api/v1/login"));
    auto guard = m_guard;
    auto deliver = [guard](const LoginResult &result) {
        std::lock_guard lock(guard->mutex);
        if (LoginClient *client = guard->client) {
            QMetaObject::invokeMethod(
                client, [client, result] { Q_EMIT client->finished(result); }, Qt::QueuedConnection);
        }
    };
    if (url.isEmpty()) {
        deliver(failure(LoginResult::Error::Network,
            tr("\"%1\" is not a server address. Use an address such as "
               "https://pilothouse.example.com.")
                .arg(server.toDisplayString(QUrl::RemoveUserInfo))));
        return;
    }

    HttpPost request;
    request.url = url.toString(QUrl::FullyEncoded).toStdString();
    request.caFile = m_caFile;
    QThreadPool::globalInstance()->start(
        [request, server, user, secret = QString(password), otp = QString(code), deliver]() mutable {
            auto logger = pilothouse::log::get("net");
            protocol::LoginRequest login {user.toStdString(), secret.toStdString(), deviceName().toStdString()};
            login.code = otp.toStdString();
            const bool codeSent = !otp.isEmpty();
            std::string encoded = protocol::encode(login);
            QByteArray body = QByteArray::fromStdString(encoded);
            for (std::string *copy : {&login.password, &login.code, &encoded})
                std::fill(copy->begin(), copy->end(), '\0');
            secret.fill(u'\0');
            otp.fill(u'\0');
            request.body = &body;
            logger->debug("signing in to {} as {}", serverText(server).toStdString(), user.toStdString());
            LoginResult result;
            try {
                const HttpReply reply = postJson(request);
                body.fill('\0'); // the password must not linger in freed memory
                if (reply.failure != HttpReply::Failure::None)
                    logger->warn("login at {} failed: {}", serverText(server).toStdString(), reply.curlMessage);
                else
                    logger->info("login at {} answered HTTP {}", serverText(server).toStdString(), reply.status);
                result = interpret(server, reply, codeSent);
            } catch (const std::exception &error) {
                body.fill('\0');
                logger->error("login at {} failed: {}", serverText(server).toStdString(), error.what());
                result = failure(LoginResult::Error::Network, tr("Signing in failed unexpectedly. Try again."));
            }
            deliver(result);
        });
}

void LoginClient::logout(const QUrl &server, const QString &token)
{
    const QUrl url = apiUrl(server, QStringLiteral("/api/v1/logout"));
    if (url.isEmpty() || token.isEmpty())
        return;
    HttpPost request;
    request.url = url.toString(QUrl::FullyEncoded).toStdString();
    request.caFile = m_caFile;
    request.bearerToken = token.toStdString();
    QThreadPool::globalInstance()->start([request, server]() mutable {
        auto logger = pilothouse::log::get("net");
        QByteArray body = QByteArrayLiteral("{}");
        request.body = &body;
        HttpReply reply;
        try {
            reply = postJson(request);
        } catch (const std::exception &error) {
            logger->error("signing out of {} failed: {}", serverText(server).toStdString(), error.what());
        }
        std::fill(request.bearerToken.begin(), request.bearerToken.end(), '\0');
        if (reply.status == 204 || reply.status == 401) // 401: the session had ended already
            logger->info("signed out of {}", serverText(server).toStdString());
        else
            logger->warn("signing out of {} was not confirmed (HTTP {}{}{}); the session ends when it expires",
                serverText(server).toStdString(), reply.status, reply.curlMessage.empty() ? "" : ", ",
                reply.curlMessage);
    });
}

} // namespace pilothouse::net
