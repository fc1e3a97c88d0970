#pragma once

#include <QHttpServerResponse>
#include <QObject>

class QHttpServer;
class QHttpServerRequest;

namespace pilothouse::server {

class Database;
class UserStore;

/// The audit log over REST (docs/protocol.md 2.1, "Audit log"), for admins only:
///   GET /api/v1/audit[?user=&action=&outcome=&from=&to=&before=&limit=]
///        -> {"total","more","entries":[...]} newest first | 400 | 401 | 403
/// Read-only: no route changes or deletes an audit row (and the database refuses to).
class AuditApi : public QObject {
    Q_OBJECT
public:
    AuditApi(QHttpServer &http, const UserStore &users, const Database &db, QObject *parent = nullptr);

    /// Rows per page when the client does not say, and the most it may ask for.
    static constexpr int kDefaultLimit = 100;
    static constexpr int kMaxLimit = 1000;
    /// The most actions one request may name.
    static constexpr int kMaxActions = 50;

private:
    QHttpServerResponse list(const QHttpServerRequest &request) const;

    const UserStore &m_users;
    const Database &m_db;
};

} // namespace pilothouse::server
