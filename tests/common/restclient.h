#pragma once
// The REST calls the server tests make with Qt Network: sign in as a demo user and send a request
// with the session token, waiting for the whole answer. Header-only; link Qt6::Network.

#include "protocol/rest.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QUrl>

namespace pilothouse::testing {

struct HttpReply {
    int status = 0;
    QByteArray body;
};

/// Waits for `reply` to finish and takes its status and body.
inline HttpReply finish(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    HttpReply out {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    reply->deleteLater();
    return out;
}

/// The session token of the demo user `user` (password "<user>-demo"), or "" when refused.
inline QString signIn(const QUrl &server, const QString &user)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(server.resolved(QUrl(QStringLiteral("/api/v1/login"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QJsonObject credentials;
    credentials.insert(QStringLiteral("user"), user);
    credentials.insert(QStringLiteral("password"), QString(user + QStringLiteral("-demo")));
    const HttpReply reply = finish(manager.post(request, QJsonDocument(credentials).toJson(QJsonDocument::Compact)));
    const auto response = protocol::decodeLoginResponse(reply.body.toStdString());
    return response ? QString::fromStdString(response.value().token) : QString();
}

/// `verb` `path` with a JSON `body` and the bearer token (none when empty), for the routes that
/// change something (POST, PUT, PATCH, DELETE).
inline HttpReply httpSend(
    const QUrl &server, const QByteArray &verb, const QString &path, const QString &token, const std::string &body = {})
{
    QNetworkAccessManager manager;
    QNetworkRequest request(server.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return finish(manager.sendCustomRequest(request, verb, QByteArray::fromStdString(body)));
}

/// GET `pathAndQuery` with the bearer token (none when empty).
inline HttpReply httpGet(const QUrl &server, const QString &token, const QString &pathAndQuery)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(server.resolved(QUrl(pathAndQuery)));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return finish(manager.get(request));
}

} // namespace pilothouse::testing
