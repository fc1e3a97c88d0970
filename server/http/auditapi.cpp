#include "auditapi.h"

#include "audit/auditlog.h"
#include "http/restreply.h"

#include "protocol/rest.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QUrlQuery>

namespace pilothouse::server {
namespace {

using rest::errorResponse;
using rest::jsonResponse;
using rest::Status;

/// A whole number in [min, max] from the query, or a sentence saying what is wrong with it.
std::optional<std::int64_t> number(
    const QUrlQuery &query, const QString &key, std::int64_t min, std::int64_t max, QString &problem)
{
    if (!query.hasQueryItem(key))
        return std::nullopt;
    bool ok = false;
    const std::int64_t value = query.queryItemValue(key).toLongLong(&ok);
    if (!ok || value < min || value > max)
        problem = AuditApi::tr("\"%1\" must be a whole number from %2 to %3.").arg(key).arg(min).arg(max);
    return value;
}

/// The query as the audit log reads it; a sentence in `problem` when a parameter is wrong.
AuditQuery parse(const QUrlQuery &query, QString &problem)
{
    AuditQuery out;
    out.user = query.queryItemValue(QStringLiteral("user"), QUrl::FullyDecoded);
    if (out.user.size() > 128)
        problem = AuditApi::tr("\"user\" is at most 128 characters.");
    out.actions = query.allQueryItemValues(QStringLiteral("action"), QUrl::FullyDecoded);
    out.actions.removeAll(QString());
    if (out.actions.size() > AuditApi::kMaxActions)
        problem = AuditApi::tr("At most %1 \"action\" parameters.").arg(AuditApi::kMaxActions);
    if (query.hasQueryItem(QStringLiteral("outcome"))) {
        out.outcome = protocol::auditOutcomeFromString(query.queryItemValue(QStringLiteral("outcome")).toStdString());
        if (!out.outcome)
            problem = AuditApi::tr("\"outcome\" is \"applied\" or \"refused\".");
    }
    constexpr std::int64_t kLatest = std::numeric_limits<std::int64_t>::max();
    out.from = number(query, QStringLiteral("from"), 0, kLatest, problem);
    out.to = number(query, QStringLiteral("to"), 0, kLatest, problem);
    out.before = number(query, QStringLiteral("before"), 1, kLatest, problem);
    out.limit = int(
        number(query, QStringLiteral("limit"), 1, AuditApi::kMaxLimit, problem).value_or(AuditApi::kDefaultLimit));
    if (problem.isEmpty() && out.from && out.to && *out.to < *out.from)
        problem = AuditApi::tr("\"to\" is before \"from\".");
    return out;
}

} // namespace

AuditApi::AuditApi(QHttpServer &http, const UserStore &users, const Database &db, QObject *parent)
    : QObject(parent)
    , m_users(users)
    , m_db(db)
{
    http.route(QStringLiteral("/api/v1/audit"), QHttpServerRequest::Method::Get,
        [this](const QHttpServerRequest &request) { return list(request); });
}

QHttpServerResponse AuditApi::list(const QHttpServerRequest &request) const
{
    std::optional<QHttpServerResponse> refusal;
    if (!rest::authorise(request, m_users, rest::Access::AdminOnly, tr("Only admins may read the audit log."), refusal))
        return std::move(*refusal);
    QString problem;
    const AuditQuery query = parse(QUrlQuery(request.url()), problem);
    if (!problem.isEmpty())
        return errorResponse(protocol::errors::BadRequest, problem, Status::BadRequest);
    const auto page = readAudit(m_db, query);
    if (!page)
        return errorResponse(protocol::errors::Internal, tr("The server could not read the audit log; try again."),
            Status::InternalServerError);
    return jsonResponse(protocol::encode(*page), Status::Ok);
}

} // namespace pilothouse::server
