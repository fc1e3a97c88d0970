#include "restapi.h"

#include "audit/auditlog.h"
#include "auth/twofactorstore.h"
#include "auth/userstore.h"
#include "costmodel/costmodelstore.h"
#include "db/jsontext.h"
#include "eventlog/eventlog.h"
#include "facts/factsservice.h"
#include "http/restreply.h"

#include "analytics/costmodelwire.h"
#include "analytics/drilldown.h"
#include "log/log.h"
#include "protocol/costmodel.h"
#include "protocol/drilldown.h"
#include "protocol/facts.h"
#include "protocol/rest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <algorithm>

namespace pilothouse::server {
namespace {

using rest::errorResponse;
using rest::jsonResponse;
using Status = rest::Status;

/// A hash with the default cost for unknown user names, so "no such user" takes as long as
/// "wrong password" and the timing does not reveal which names exist.
const PasswordHash &decoyHash()
{
    static const PasswordHash decoy = hashPassword(QStringLiteral("decoy"));
    return decoy;
}

} // namespace

RestApi::RestApi(QHttpServer &http, UserStore &users, TwoFactorStore &twoFactor, const EventLog &log,
    const FactsService &facts, CostModelStore &costModelStore, const Database &db, SignInPolicy signIn, QObject *parent)
    : QObject(parent)
    , m_users(users)
    , m_twoFactor(twoFactor)
    , m_log(log)
    , m_facts(facts)
    , m_costModel(costModelStore)
    , m_db(db)
    , m_export(db)
    , m_signIn(signIn)
{
    m_since.start();
    http.route(QStringLiteral("/api/v1/health"), QHttpServerRequest::Method::Get, [this](const QHttpServerRequest &) {
        return QHttpServerResponse(QJsonObject {{QStringLiteral("status"), QStringLiteral("ok")},
            {QStringLiteral("epoch"), QString::fromStdString(m_log.epoch())},
            {QStringLiteral("head"), static_cast<qint64>(m_log.head())}});
    });

    // Synchronous on purpose: Qt 6.4's QFuture responses drop the reply and stall the server
    // (observed), so a sign-in costs one PBKDF2 run (~0.2 s) on the event loop instead.
    http.route(QStringLiteral("/api/v1/login"), QHttpServerRequest::Method::Post,
        [this](const QHttpServerRequest &request) { return login(request); });

    http.route(QStringLiteral("/api/v1/facts/conversations"), QHttpServerRequest::Method::Get,
        [this](const QHttpServerRequest &request) { return factsConversations(request); });
    http.route(QStringLiteral("/api/v1/facts"), QHttpServerRequest::Method::Get,
        [this](const QHttpServerRequest &request) { return this->facts(request); });

    http.route(QStringLiteral("/api/v1/cost-model/versions"), QHttpServerRequest::Method::Get,
        [this](const QHttpServerRequest &request) { return costModel(request, true); });
    http.route(QStringLiteral("/api/v1/cost-model"), QHttpServerRequest::Method::Get,
        [this](const QHttpServerRequest &request) { return costModel(request, false); });
    http.route(QStringLiteral("/api/v1/cost-model"), QHttpServerRequest::Method::Put,
        [this](const QHttpServerRequest &request) { return saveCostModel(request); });

    http.route(QStringLiteral("/api/v1/customers/<arg>/export"), QHttpServerRequest::Method::Get,
        [this](const QString &customerId, const QHttpServerRequest &request) {
            return exportCustomer(customerId, request);
        });
}

QHttpServerResponse RestApi::exportCustomer(const QString &customerId, const QHttpServerRequest &request) const
{
    std::optional<QHttpServerResponse> refusal;
    const auto user
        = authorise(request, rest::Access::AdminOnly, tr("Only admins may export a customer's data."), refusal);
    if (!user)
        return std::move(*refusal);
    const auto document = m_export.build(customerId.toStdString(), QDateTime::currentMSecsSinceEpoch());
    if (!document)
        return errorResponse(protocol::errors::NotFound, tr("There is no such customer."), Status::NotFound);
    // Audited without the data: who exported whom, when, from where.
    pilothouse::log::get("server")->info(
        "customer export of '{}' by '{}'", customerId.toStdString(), user->name.toStdString());
    if (!appendAudit(m_db, rest::auditRecord(*user, audit_actions::kCustomerExport, customerId)))
        pilothouse::log::get("server")->error("could not audit the export of '{}'", customerId.toStdString());
    return jsonResponse(toJsonText(*document).toStdString(), Status::Ok);
}

std::optional<User> RestApi::authorise(const QHttpServerRequest &request, rest::Access access, const QString &forbidden,
    std::optional<QHttpServerResponse> &refusal) const
{
    return rest::authorise(request, m_users, access, forbidden, refusal);
}

QHttpServerResponse RestApi::costModel(const QHttpServerRequest &request, bool versions) const
{
    std::optional<QHttpServerResponse> refusal;
    if (!authorise(request, rest::Access::AnalyticsReaders,
            tr("Only viewers, supervisors and admins may read the cost model."), refusal))
        return std::move(*refusal);
    if (versions)
        return jsonResponse(protocol::encode(protocol::CostModelVersions {m_costModel.versions()}), Status::Ok);
    return jsonResponse(protocol::encode(m_costModel.current()), Status::Ok);
}

QHttpServerResponse RestApi::saveCostModel(const QHttpServerRequest &request)
{
    std::optional<QHttpServerResponse> refusal;
    const auto user
        = authorise(request, rest::Access::AdminOnly, tr("Only admins may change the cost model."), refusal);
    if (!user)
        return std::move(*refusal);
    const QByteArray body = request.body();
    const auto update = protocol::decodeCostModelUpdate(std::string_view(body.constData(), std::size_t(body.size())));
    if (!update) {
        return errorResponse(protocol::errors::BadRequest,
            tr("The body must be a cost model with \"baseVersion\": %1")
                .arg(QString::fromStdString(update.error().message)),
            Status::BadRequest);
    }
    const QString note = QString::fromStdString(update.value().note);
    if (note.size() > kMaxNoteLength) {
        return errorResponse(protocol::errors::BadRequest,
            tr("The note is longer than %1 characters.").arg(kMaxNoteLength), Status::BadRequest);
    }
    const analytics::CostModel model = analytics::fromWire(update.value().model);
    const QList<analytics::CostModelError> errors = analytics::CostModelCheck::validate(model);
    if (!errors.isEmpty()) {
        protocol::CostModelRefusal refused;
        refused.error = {protocol::errors::InvalidValue,
            tr("The cost model was not saved: %n field(s) hold values out of range.", "", int(errors.size()))
                .toStdString()};
        refused.fields = analytics::toWire(errors);
        return jsonResponse(protocol::encode(refused), Status::UnprocessableEntity);
    }
    protocol::CostModelVersion saved;
    switch (m_costModel.save(model, update.value().baseVersion, note, *user, saved)) {
    case CostModelStore::SaveResult::Saved:
        return jsonResponse(protocol::encode(saved), Status::Ok);
    case CostModelStore::SaveResult::Stale: {
        protocol::CostModelRefusal refused;
        refused.current = m_costModel.current();
        refused.error = {protocol::errors::Conflict,
            tr("The cost model was changed meanwhile (version %1 by %2); review it and save again.")
                .arg(refused.current->version)
                .arg(QString::fromStdString(refused.current->author))
                .toStdString()};
        return jsonResponse(protocol::encode(refused), Status::Conflict);
    }
    case CostModelStore::SaveResult::Failed:
        break;
    }
    return errorResponse(protocol::errors::Internal, tr("The server could not save the cost model; try again."),
        Status::InternalServerError);
}

QHttpServerResponse RestApi::facts(const QHttpServerRequest &request) const
{
    std::optional<QHttpServerResponse> refusal;
    if (!authorise(request, rest::Access::AnalyticsReaders,
            tr("Only viewers, supervisors and admins may read the analytics facts."), refusal))
        return std::move(*refusal);
    const QUrlQuery query = request.query();
    QDate range[2];
    const char *names[2] = {"from", "to"};
    for (int i = 0; i < 2; ++i) {
        const QString name = QString::fromLatin1(names[i]);
        const QString value = query.queryItemValue(name);
        if (protocol::isIsoDate(value.toStdString()))
            range[i] = QDate::fromString(value, Qt::ISODate);
        if (!range[i].isValid()) {
            return errorResponse(protocol::errors::BadRequest,
                tr("The query parameter \"%1\" must be a date YYYY-MM-DD.").arg(name), Status::BadRequest);
        }
    }
    if (range[1] < range[0]) {
        return errorResponse(protocol::errors::BadRequest,
            tr("The query parameter \"to\" must not be before \"from\"."), Status::BadRequest);
    }
    if (range[0].daysTo(range[1]) + 1 > kMaxFactsDays) {
        return errorResponse(protocol::errors::BadRequest,
            tr("The range from \"from\" to \"to\" spans more than %1 days.").arg(kMaxFactsDays), Status::BadRequest);
    }
    return jsonResponse(protocol::encode(m_facts.facts(range[0], range[1])), Status::Ok);
}

QHttpServerResponse RestApi::factsConversations(const QHttpServerRequest &request) const
{
    std::optional<QHttpServerResponse> refusal;
    if (!authorise(request, rest::Access::AnalyticsReaders,
            tr("Only viewers, supervisors and admins may read the analytics facts."), refusal))
        return std::move(*refusal);
    const QUrlQuery query = request.query();
    auto bad = [](const QString &name, const QString &what) {
        return errorResponse(protocol::errors::BadRequest, tr("The query parameter \"%1\" must be %2.").arg(name, what),
            Status::BadRequest);
    };
    auto value
        = [&query](const char *name) { return query.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded); };
    // A list parameter: comma-separated values; absent or empty means all.
    auto list = [&value](const char *name) {
        QStringList items = value(name).split(u',', Qt::SkipEmptyParts);
        for (QString &item : items)
            item = item.trimmed();
        return items;
    };

    // A figure of docs/metrics.md, or the calibration's share judged wrong in one confidence band.
    const std::string metricName = value("metric").toStdString();
    const auto metric = analytics::metricFromName(metricName);
    const bool calibration = metricName == analytics::kCalibrationFigure;
    if (!metric && !calibration)
        return bad(QStringLiteral("metric"), tr("a figure's name, such as aiResolutionStrict"));
    std::size_t band = 0;
    if (calibration) {
        bool ok = false;
        const int percent = value("band").toInt(&ok);
        if (!ok || percent < 0 || percent > 90 || percent % 10 != 0)
            return bad(QStringLiteral("band"), tr("a confidence band's lower bound: 0, 10, 20, ... 90"));
        band = std::size_t(percent / 10);
    } else if (query.hasQueryItem(QStringLiteral("band"))) {
        return bad(QStringLiteral("band"),
            tr("absent for any figure but %1")
                .arg(QString::fromLatin1(
                    analytics::kCalibrationFigure.data(), qsizetype(analytics::kCalibrationFigure.size()))));
    }
    const auto side = analytics::sideFromName(value("side").toStdString());
    if (!side)
        return bad(QStringLiteral("side"), tr("\"numerator\" or \"denominator\""));

    analytics::MetricsFilter filter;
    QDate *range[2] = {&filter.from, &filter.to};
    const char *names[2] = {"from", "to"};
    for (int i = 0; i < 2; ++i) {
        const QString text = value(names[i]);
        if (protocol::isIsoDate(text.toStdString()))
            *range[i] = QDate::fromString(text, Qt::ISODate);
        if (!range[i]->isValid())
            return bad(QString::fromLatin1(names[i]), tr("a date YYYY-MM-DD"));
    }
    if (filter.to < filter.from)
        return bad(QStringLiteral("to"), tr("a date not before \"from\""));
    if (filter.from.daysTo(filter.to) + 1 > kMaxFactsDays)
        return bad(QStringLiteral("to"), tr("at most %1 days after \"from\"").arg(kMaxFactsDays - 1));

    for (const QString &name : list("channel")) {
        const auto channel = protocol::channelFromString(name.toStdString());
        if (!channel)
            return bad(QStringLiteral("channel"), tr("channels separated by commas, such as chat,email"));
        filter.channels.insert(*channel);
    }
    if (const QString kind = value("kind"); !kind.isEmpty()) {
        filter.kind = protocol::kindFromString(kind.toStdString());
        if (!filter.kind)
            return bad(QStringLiteral("kind"), tr("a conversation kind, such as support or sales"));
    }
    for (const QString &intent : list("intent"))
        filter.intents.insert(intent);
    for (const QString &segment : list("segment"))
        filter.segments.insert(segment);
    for (const QString &language : list("language"))
        filter.languages.insert(language);
    if (const QString vip = value("vip"); !vip.isEmpty()) {
        if (vip != u"true" && vip != u"false")
            return bad(QStringLiteral("vip"), tr("\"true\" or \"false\""));
        filter.vip = vip == u"true";
    }
    std::size_t window = analytics::kDefaultAttributionWindow;
    if (const QString days = value("window"); !days.isEmpty()) {
        const auto found
            = std::find(analytics::kAttributionWindows.cbegin(), analytics::kAttributionWindows.cend(), days.toInt());
        if (found == analytics::kAttributionWindows.cend())
            return bad(QStringLiteral("window"), tr("1, 5, 7 or 30 (days)"));
        window = std::size_t(found - analytics::kAttributionWindows.cbegin());
    }

    const FactsService::Behind behind = calibration
        ? m_facts.conversationsBehind(
            [&](const analytics::FactsCounters &counts) { return analytics::isBehindBand(*side, counts, band); },
            filter, kMaxConversations)
        : m_facts.conversationsBehind(*metric, *side, filter, window, kMaxConversations);
    protocol::FactsConversations body;
    body.asOf = m_facts.asOf();
    body.metric = metricName;
    body.side = std::string(analytics::sideName(*side));
    body.membership = std::string(analytics::membershipName(
        calibration ? analytics::Membership::Contributors : analytics::membershipOf(*metric, *side)));
    body.total = behind.total;
    body.truncated = behind.total > behind.newest.size();
    body.conversations.reserve(std::size_t(behind.newest.size()));
    for (const FactsService::Conversation &c : behind.newest) {
        body.conversations.push_back({c.id.toStdString(), c.customerId.toStdString(), c.createdAt, c.key.channel,
            c.key.kind, c.intent.toStdString(), c.status,
            std::string(analytics::outcomeName(analytics::outcomeOf(c.counts))), c.counts.handedOff > 0});
    }
    return jsonResponse(protocol::encode(body), Status::Ok);
}

QHttpServerResponse RestApi::login(const QHttpServerRequest &httpRequest)
{
    // The stream's JSON rules hold for REST bodies too: a duplicate key is as malformed here.
    const QByteArray body = httpRequest.body();
    const auto request = protocol::decodeLoginRequest(std::string_view(body.constData(), std::size_t(body.size())));
    if (!request) {
        return errorResponse(protocol::errors::BadRequest,
            tr("The body must be a JSON object with string fields \"user\" (not empty) and \"password\": %1")
                .arg(QString::fromStdString(request.error().message)),
            Status::BadRequest);
    }
    const QString name = QString::fromStdString(request.value().user);
    const QString address = clientAddress(httpRequest.remoteAddress());
    // Refused before the password is looked at, the same way for a name that exists and one that
    // does not: a correct password during a lock is refused too.
    if (const auto refusal = m_signIn.admit(name, address, m_since.elapsed()))
        return refuseSignIn(name, address, *refusal);
    const QString password = QString::fromStdString(request.value().password);
    const auto stored = m_users.passwordHash(name);
    const bool matches = verifyPassword(password, stored.value_or(decoyHash()));
    const auto user = m_users.user(name);
    if (!stored || !matches || !user) {
        pilothouse::log::get("server")->info("sign-in refused for '{}'", name.toStdString());
        auditSignIn(name, std::nullopt, protocol::errors::Unauthorized, address);
        if (m_signIn.failed(name, address, m_since.elapsed()))
            return refuseSignIn(name, address, {m_signIn.policy().lockMs, true, true});
        return errorResponse(protocol::errors::Unauthorized, tr("Wrong user name or password."), Status::Unauthorized);
    }
    // The second step: a user with two-factor sign-in also sends a current code (or a recovery
    // code). Without one, the answer says so; a wrong one counts as a failed sign-in.
    if (m_twoFactor.enabled(name)) {
        const QString code = QString::fromStdString(request.value().code).left(int(protocol::kMaxCodeLength));
        if (code.isEmpty())
            return errorResponse(protocol::errors::SecondFactorRequired,
                tr("Enter the 6-digit code from your authenticator app, or a recovery code."), Status::Unauthorized);
        const auto check = m_twoFactor.check(name, code, QDateTime::currentSecsSinceEpoch());
        if (check == TwoFactorStore::Check::Wrong) {
            pilothouse::log::get("server")->info("sign-in refused for '{}' (wrong code)", name.toStdString());
            auditSignIn(name, std::nullopt, protocol::errors::Unauthorized, address);
            if (m_signIn.failed(name, address, m_since.elapsed()))
                return refuseSignIn(name, address, {m_signIn.policy().lockMs, true, true});
            return errorResponse(protocol::errors::Unauthorized,
                tr("That code is not right, or was used already. Enter the code the app shows now."),
                Status::Unauthorized);
        }
        if (check == TwoFactorStore::Check::PassedWithRecoveryCode)
            pilothouse::log::get("server")->warn("'{}' signed in with a recovery code ({} left)", name.toStdString(),
                m_twoFactor.recoveryCodesLeft(name));
    }
    m_signIn.succeeded(name);
    const auto issued = m_users.issueToken(name, QString::fromStdString(request.value().device), address);
    if (!issued) {
        return errorResponse(protocol::errors::Internal, tr("The server could not sign you in; try again."),
            Status::InternalServerError);
    }
    // Required of everyone but not set up yet: the token reaches the set-up and nothing else.
    const bool mustSetUp = !m_twoFactor.enabled(name) && m_twoFactor.required();
    pilothouse::log::get("server")->info("signed in '{}' ({}){}", name.toStdString(), protocol::toString(user->role),
        mustSetUp ? ", who must set up two-factor sign-in first" : "");
    auditSignIn(name, user, "", address);
    return jsonResponse(
        protocol::encode(protocol::LoginResponse {issued->token.toStdString(), issued->expiresAt,
            {user->name.toStdString(), user->displayName.toStdString(), std::string(protocol::toString(user->role))},
            mustSetUp}),
        Status::Ok);
}

void RestApi::auditSignIn(
    const QString &name, const std::optional<User> &user, const char *code, const QString &address)
{
    if (!m_users.auditSignIn(name, user, code, address, QDateTime::currentMSecsSinceEpoch()))
        pilothouse::log::get("server")->error("could not audit a sign-in of '{}'", name.toStdString());
}

QHttpServerResponse RestApi::refuseSignIn(
    const QString &name, const QString &address, const SignInGuard::Refusal &refusal)
{
    const int seconds = int((refusal.retryAfterMs + 999) / 1000);
    if (refusal.lockedNow) {
        pilothouse::log::get("server")->warn(
            "sign-ins for '{}' locked for {} s after repeated failures", name.toStdString(), seconds);
        auditSignIn(name, std::nullopt, protocol::errors::RateLimited, address);
    }
    const QString message = refusal.locked
        ? tr("Too many failed sign-ins. Try again in %n second(s).", nullptr, seconds)
        : tr("Too many failed sign-ins. Wait %n second(s) before the next attempt.", nullptr, seconds);
    QHttpServerResponse response = jsonResponse(protocol::encode(protocol::RestError {protocol::errors::RateLimited,
                                                    message.toStdString(), refusal.retryAfterMs}),
        Status::TooManyRequests);
    response.setHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(seconds));
    return response;
}

} // namespace pilothouse::server
