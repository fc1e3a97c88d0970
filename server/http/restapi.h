#pragma once

#include <QHttpServerResponse>
#include <QObject>

class QHttpServer;

namespace pilothouse::server {

class EventLog;
class FactsService;
class UserStore;

/// The small REST surface on the shared HTTP port:
///   POST /api/v1/login  {"user","password"} -> {"token","expiresAt","user":{...}} | 400 | 401
///   GET  /api/v1/health -> {"status":"ok","epoch","head"}
///   GET  /api/v1/facts?from=YYYY-MM-DD&to=YYYY-MM-DD (bearer token; supervisors and admins)
///        -> {"asOf","currency","days","rows"} | 400 | 401 | 403
class RestApi : public QObject {
    Q_OBJECT
public:
    RestApi(
        QHttpServer &http, UserStore &users, const EventLog &log, const FactsService &facts, QObject *parent = nullptr);

    /// The longest range GET /api/v1/facts answers, in days.
    static constexpr int kMaxFactsDays = 366;

private:
    QHttpServerResponse login(const QByteArray &body) const;
    QHttpServerResponse facts(const QHttpServerRequest &request) const;

    UserStore &m_users;
    const EventLog &m_log;
    const FactsService &m_facts;
};

} // namespace pilothouse::server
