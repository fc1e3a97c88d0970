#pragma once

#include "auth/signinguard.h"
#include "http/restreply.h"
#include "privacy/customerexport.h"

#include <QElapsedTimer>
#include <QHttpServerResponse>
#include <QObject>

#include <optional>

class QHttpServer;

namespace pilothouse::server {

class CostModelStore;
class Database;
class EventLog;
class FactsService;
struct User;
class UserStore;
class TwoFactorStore;

/// The small REST surface on the shared HTTP port:
///   POST /api/v1/login  {"user","password"} -> {"token","expiresAt","user":{...}} | 400 | 401
///        | 429 (too many failed sign-ins: auth/signinguard.h)
///   GET  /api/v1/health -> {"status":"ok","epoch","head"}
///   GET  /api/v1/facts?from=YYYY-MM-DD&to=YYYY-MM-DD (bearer token; supervisors and admins)
///        -> {"asOf","currency","days","rows"} | 400 | 401 | 403
///   GET  /api/v1/facts/conversations?metric=&side=&from=&to=[&channel=&kind=&intent=&segment=
///        &language=&vip=&window=] (supervisors and admins) -> {"total","truncated","conversations",...}
///        | 400 | 401 | 403
///   GET  /api/v1/cost-model (supervisors and admins) -> the current version | 401 | 403
///   GET  /api/v1/cost-model/versions (supervisors and admins) -> {"versions": [...]} | 401 | 403
///   PUT  /api/v1/cost-model (admins) {"baseVersion","note"?, values} -> the new version | 400 | 401
///        | 403 | 409 (stale baseVersion, with "current") | 422 (with "fields", one per bad field)
///   GET  /api/v1/customers/{id}/export (admins) -> everything held about the customer | 401 | 403
///        | 404
class RestApi : public QObject {
    Q_OBJECT
public:
    RestApi(QHttpServer &http, UserStore &users, TwoFactorStore &twoFactor, const EventLog &log,
        const FactsService &facts, CostModelStore &costModelStore, const Database &db, SignInPolicy signIn = {},
        QObject *parent = nullptr);

    /// The longest range GET /api/v1/facts answers, in days.
    static constexpr int kMaxFactsDays = 366;
    /// The longest note a cost model version may carry, in characters.
    static constexpr int kMaxNoteLength = 1000;
    /// The most conversations GET /api/v1/facts/conversations lists (the newest; `total` says
    /// how many there are).
    static constexpr int kMaxConversations = 1000;

private:
    QHttpServerResponse login(const QHttpServerRequest &request);
    QHttpServerResponse refuseSignIn(const QString &name, const QString &address, const SignInGuard::Refusal &refusal);
    /// An audit row for a sign-in: applied when `user` is set, else refused with `code`.
    void auditSignIn(const QString &name, const std::optional<User> &user, const char *code, const QString &address);
    QHttpServerResponse facts(const QHttpServerRequest &request) const;
    QHttpServerResponse factsConversations(const QHttpServerRequest &request) const;
    QHttpServerResponse costModel(const QHttpServerRequest &request, bool versions) const;
    QHttpServerResponse saveCostModel(const QHttpServerRequest &request);
    QHttpServerResponse exportCustomer(const QString &customerId, const QHttpServerRequest &request) const;
    /// The bearer token's user when `access` lets its role in (rest::allows); otherwise the 401 or
    /// 403 answer in `refusal`, and nullopt.
    std::optional<User> authorise(const QHttpServerRequest &request, rest::Access access, const QString &forbidden,
        std::optional<QHttpServerResponse> &refusal) const;

    UserStore &m_users;
    TwoFactorStore &m_twoFactor;
    const EventLog &m_log;
    const FactsService &m_facts;
    CostModelStore &m_costModel;
    const Database &m_db; ///< Where customer exports are audited.
    privacy::CustomerExport m_export;
    SignInGuard m_signIn;
    QElapsedTimer m_since; ///< The guard's monotonic clock.
};

} // namespace pilothouse::server
