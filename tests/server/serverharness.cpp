#include "serverharness.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>

#include <algorithm>

namespace testing {

namespace protocol = pilothouse::protocol;

namespace {

HttpResult finish(QNetworkReply *reply)
{
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(20000);
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return result;
}

QUrl url(quint16 port, const QString &path)
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path));
}

} // namespace

HttpResult httpPost(quint16 port, const QString &path, const QByteArray &body)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url(port, path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    return finish(manager.post(request, body));
}

HttpResult httpGet(quint16 port, const QString &path)
{
    QNetworkAccessManager manager;
    return finish(manager.get(QNetworkRequest(url(port, path))));
}

QString login(quint16 port, const QString &user, const QString &password)
{
    const QJsonObject body {{QStringLiteral("user"), user}, {QStringLiteral("password"), password}};
    const HttpResult result
        = httpPost(port, QStringLiteral("/api/v1/login"), QJsonDocument(body).toJson(QJsonDocument::Compact));
    return result.status == 200 ? result.body.value(QStringLiteral("token")).toString() : QString();
}

StreamClient::StreamClient()
    : m_socket(std::make_unique<QWebSocket>())
{
    QObject::connect(m_socket.get(), &QWebSocket::textMessageReceived, m_socket.get(), [this](const QString &text) {
        auto decoded = protocol::decodeServerFrame(text.toStdString());
        if (!decoded) {
            ++m_undecodable;
            qWarning("undecodable server frame: %s", decoded.error().message.c_str());
            return;
        }
        if (m_answerPings) {
            if (const auto *ping = std::get_if<protocol::Ping>(&decoded.value()))
                send(protocol::Pong {ping->t});
        }
        m_frames.push_back(std::move(decoded).value());
    });
    QObject::connect(m_socket.get(), &QWebSocket::disconnected, m_socket.get(), [this] {
        m_closed = true;
        m_closeCode = m_socket->closeCode();
    });
}

bool StreamClient::connectTo(quint16 port, const QString &path)
{
    QSignalSpy connected(m_socket.get(), &QWebSocket::connected);
    m_socket->open(QUrl(QStringLiteral("ws://127.0.0.1:%1%2").arg(port).arg(path)));
    // A refused handshake ends in disconnected (m_closed), not in a timeout.
    waitFor([&] { return !connected.isEmpty() || m_closed; }, 10000);
    return !connected.isEmpty();
}

void StreamClient::send(const protocol::ClientFrame &frame)
{
    sendRaw(QString::fromStdString(protocol::encode(frame)));
}

void StreamClient::sendRaw(const QString &text)
{
    m_socket->sendTextMessage(text);
}

void StreamClient::hello(const std::string &token, std::optional<protocol::Cursor> cursor, int protocolVersion)
{
    protocol::Hello hello;
    hello.protocol = protocolVersion;
    hello.client = {"tst_server", "1"};
    hello.token = token;
    hello.cursor = std::move(cursor);
    send(hello);
}

bool StreamClient::waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}

bool StreamClient::waitForClose(int timeoutMs)
{
    return waitFor([this] { return m_closed; }, timeoutMs);
}

bool StreamClient::hasPong(std::int64_t t) const
{
    return std::any_of(m_frames.begin(), m_frames.end(), [t](const auto &frame) {
        const auto *pong = std::get_if<protocol::Pong>(&frame);
        return pong && pong->t == t;
    });
}

std::optional<protocol::Welcome> StreamClient::welcome() const
{
    for (const auto &frame : m_frames) {
        if (const auto *welcome = std::get_if<protocol::Welcome>(&frame))
            return *welcome;
    }
    return std::nullopt;
}

std::vector<protocol::Event> StreamClient::events() const
{
    std::vector<protocol::Event> all;
    for (const auto &frame : m_frames) {
        if (const auto *events = std::get_if<protocol::Events>(&frame))
            all.insert(all.end(), events->events.begin(), events->events.end());
    }
    return all;
}

std::vector<protocol::Snapshot> StreamClient::snapshots() const
{
    std::vector<protocol::Snapshot> all;
    for (const auto &frame : m_frames) {
        if (const auto *snapshot = std::get_if<protocol::Snapshot>(&frame))
            all.push_back(*snapshot);
    }
    return all;
}

std::optional<protocol::Error> StreamClient::lastError() const
{
    for (auto it = m_frames.rbegin(); it != m_frames.rend(); ++it) {
        if (const auto *error = std::get_if<protocol::Error>(&*it))
            return *error;
    }
    return std::nullopt;
}

} // namespace testing
