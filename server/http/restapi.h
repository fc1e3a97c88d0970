#pragma once

#include <QHttpServerResponse>
#include <QObject>

class QHttpServer;

namespace pilothouse::server {

class EventLog;
class UserStore;

/// The small REST surface on the shared HTTP port:
///   POST /api/v1/login  {"user","password"} -> {"token","expiresAt","user":{...}} | 400 | 401
///   GET  /api/v1/health -> {"status":"ok","epoch","head"}
class RestApi : public QObject {
    Q_OBJECT
public:
    RestApi(QHttpServer &http, UserStore &users, const EventLog &log, QObject *parent = nullptr);

private:
    QHttpServerResponse login(const QByteArray &body) const;

    UserStore &m_users;
    const EventLog &m_log;
};

} // namespace pilothouse::server
