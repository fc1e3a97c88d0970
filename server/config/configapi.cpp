#include "config/configapi.h"

#include "config/configstore.h"
#include "config/documents.h"
#include "http/restreply.h"

#include "protocol/frames.h"
#include "protocol/jsondom.h"
#include "protocol/rest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerRequest>

namespace pilothouse::server {
namespace {

// Answers keep the documents' members in their canonical order (docs/config.md).
using json = nlohmann::ordered_json;
using rest::errorResponse;
using rest::jsonResponse;
using Status = rest::Status;

/// The stored canonical text as a JSON value (written by this server from a valid document).
json bodyOf(const std::string &text)
{
    json out = json::parse(text, nullptr, false);
    return out.is_discarded() ? json::object() : out;
}

json versionJson(const QString &document, const ConfigVersion &v)
{
    json out = {{"document", document.toStdString()}, {"version", v.version}, {"author", v.author.toStdString()},
        {"at", v.at}, {"note", v.note.toStdString()}, {"body", bodyOf(v.body)}};
    if (v.restoredFrom)
        out["restoredFrom"] = *v.restoredFrom;
    return out;
}

json draftJson(const QString &document, const ConfigDraft &d)
{
    return {{"document", document.toStdString()}, {"revision", d.revision}, {"basedOn", d.basedOn},
        {"author", d.author.toStdString()}, {"at", d.at}, {"body", bodyOf(d.body)}};
}

// The helpers below translate in ConfigApi's context, spelt out so that lupdate files them there.
/// The request's JSON object, or the 400 that says why not in `refusal`.
std::optional<nlohmann::json> requestObject(
    const QHttpServerRequest &request, std::optional<QHttpServerResponse> &refusal)
{
    nlohmann::json body;
    protocol::DecodeError error;
    const QByteArray raw = request.body();
    if (!protocol::detail::parseJson(std::string_view(raw.constData(), std::size_t(raw.size())), body, error)
        || !body.is_object()) {
        refusal.emplace(errorResponse(protocol::errors::BadRequest,
            QCoreApplication::translate("pilothouse::server::ConfigApi", "The body must be a JSON object: %1")
                .arg(QString::fromStdString(error.message)),
            Status::BadRequest));
        return std::nullopt;
    }
    return body;
}

/// `object[key]` as an integer >= 0, or the 400 in `refusal`.
std::optional<std::int64_t> countField(
    const nlohmann::json &object, const char *key, std::optional<QHttpServerResponse> &refusal)
{
    const auto it = object.find(key);
    if (it == object.end() || !it->is_number_integer() || it->get<std::int64_t>() < 0) {
        refusal.emplace(errorResponse(protocol::errors::BadRequest,
            QCoreApplication::translate("pilothouse::server::ConfigApi", "\"%1\" must be a whole number of at least 0.")
                .arg(QLatin1String(key)),
            Status::BadRequest));
        return std::nullopt;
    }
    return it->get<std::int64_t>();
}

/// The optional "note", or the 400 in `refusal`.
std::optional<QString> noteField(const nlohmann::json &object, std::optional<QHttpServerResponse> &refusal)
{
    const auto it = object.find("note");
    if (it == object.end())
        return QStringLiteral("");
    const QString note = it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
    if (!it->is_string() || note.size() > ConfigApi::kMaxNoteLength) {
        refusal.emplace(errorResponse(protocol::errors::BadRequest,
            QCoreApplication::translate(
                "pilothouse::server::ConfigApi", "\"note\" must be text of at most %1 characters.")
                .arg(ConfigApi::kMaxNoteLength),
            Status::BadRequest));
        return std::nullopt;
    }
    return note;
}

QString whenText(std::int64_t at)
{
    return QDateTime::fromMSecsSinceEpoch(at, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

/// The user when they may do this to `document`; else the 401, 403 or 404 in `refusal`.
std::optional<User> admit(const QString &document, const QHttpServerRequest &request, const UserStore &users,
    rest::Access access, const QString &forbidden, std::optional<QHttpServerResponse> &refusal)
{
    auto user = rest::authorise(request, users, access, forbidden, refusal);
    if (user && !documents::isKnown(document)) {
        refusal.emplace(errorResponse(protocol::errors::NotFound,
            QCoreApplication::translate("pilothouse::server::ConfigApi",
                "There is no configuration document \"%1\"; the server keeps \"rules\" and \"replies\".")
                .arg(document.left(64)),
            Status::NotFound));
        return std::nullopt;
    }
    return user;
}

/// A refusal whose error carries one more member (`fields`, `draft` or `current`).
QHttpServerResponse refusedWith(
    const char *code, const QString &message, const char *member, json detail, Status status)
{
    return jsonResponse(
        json {{"error", {{"code", code}, {"message", message.toStdString()}, {member, std::move(detail)}}}}.dump(),
        status);
}

/// 409: the draft moved on since the revision the client edited; `message` names who and when.
QHttpServerResponse draftConflict(const QString &document, const ConfigDraft &now, const char *message)
{
    return refusedWith(protocol::errors::Conflict,
        QCoreApplication::translate("pilothouse::server::ConfigApi", message)
            .arg(now.revision)
            .arg(now.author, whenText(now.at)),
        "draft", draftJson(document, now), Status::Conflict);
}

/// 403 for an agent who asked to edit `document`.
QString editorsOnly(const QString &document)
{
    if (document == documents::kReplies)
        return QCoreApplication::translate(
            "pilothouse::server::ConfigApi", "Only supervisors and admins edit the saved replies.");
    return QCoreApplication::translate("pilothouse::server::ConfigApi", "Only supervisors and admins edit the rules.");
}

/// 403 for an agent who asked to publish or roll back `document`.
QString publishersOnly(const QString &document)
{
    if (document == documents::kReplies)
        return QCoreApplication::translate(
            "pilothouse::server::ConfigApi", "Only supervisors and admins publish the saved replies.");
    return QCoreApplication::translate(
        "pilothouse::server::ConfigApi", "Only supervisors and admins publish the rules.");
}

QHttpServerResponse storeFailed()
{
    return errorResponse(protocol::errors::Internal,
        QCoreApplication::translate(
            "pilothouse::server::ConfigApi", "The server could not save the change; try again."),
        Status::InternalServerError);
}

} // namespace

ConfigApi::ConfigApi(QHttpServer &http, const UserStore &users, ConfigStore &store, QObject *parent)
    : QObject(parent)
    , m_users(users)
    , m_store(store)
{
    using Method = QHttpServerRequest::Method;
    // The longer paths first: "<arg>" takes any one path segment.
    http.route(QStringLiteral("/api/v1/config/<arg>/versions"), Method::Get,
        [this](const QString &document, const QHttpServerRequest &request) { return versions(document, request); });
    http.route(QStringLiteral("/api/v1/config/<arg>/draft"), Method::Get,
        [this](const QString &document, const QHttpServerRequest &request) { return draft(document, request); });
    http.route(QStringLiteral("/api/v1/config/<arg>/draft"), Method::Put,
        [this](const QString &document, const QHttpServerRequest &request) { return saveDraft(document, request); });
    http.route(QStringLiteral("/api/v1/config/<arg>/publish"), Method::Post,
        [this](const QString &document, const QHttpServerRequest &request) { return publish(document, request); });
    http.route(QStringLiteral("/api/v1/config/<arg>/rollback"), Method::Post,
        [this](const QString &document, const QHttpServerRequest &request) { return rollback(document, request); });
    http.route(QStringLiteral("/api/v1/config/<arg>"), Method::Get,
        [this](const QString &document, const QHttpServerRequest &request) { return published(document, request); });
}

QHttpServerResponse ConfigApi::published(const QString &document, const QHttpServerRequest &request) const
{
    std::optional<QHttpServerResponse> refusal;
    const auto user = admit(document, request, m_users, rest::Access::SignedIn, QString(), refusal);
    if (!user)
        return std::move(*refusal);
    return jsonResponse(versionJson(document, m_store.current(document)).dump(), Status::Ok);
}

QHttpServerResponse ConfigApi::versions(const QString &document, const QHttpServerRequest &request) const
{
    std::optional<QHttpServerResponse> refusal;
    const auto user = admit(document, request, m_users, rest::Access::SignedIn, QString(), refusal);
    if (!user)
        return std::move(*refusal);
    json list = json::array();
    for (const auto &v : m_store.versions(document))
        list.push_back(versionJson(document, v));
    return jsonResponse(json {{"versions", std::move(list)}}.dump(), Status::Ok);
}

QHttpServerResponse ConfigApi::draft(const QString &document, const QHttpServerRequest &request) const
{
    std::optional<QHttpServerResponse> refusal;
    const auto user
        = admit(document, request, m_users, rest::Access::SupervisorOrAdmin, editorsOnly(document), refusal);
    if (!user)
        return std::move(*refusal);
    return jsonResponse(draftJson(document, m_store.draft(document)).dump(), Status::Ok);
}

QHttpServerResponse ConfigApi::saveDraft(const QString &document, const QHttpServerRequest &request)
{
    std::optional<QHttpServerResponse> refusal;
    const auto user
        = admit(document, request, m_users, rest::Access::SupervisorOrAdmin, editorsOnly(document), refusal);
    if (!user)
        return std::move(*refusal);
    const auto body = requestObject(request, refusal);
    const auto revision = body ? countField(*body, "revision", refusal) : std::nullopt;
    if (!revision)
        return std::move(*refusal);
    const auto content = body->find("body");
    if (content == body->end())
        return errorResponse(protocol::errors::BadRequest,
            document == documents::kReplies ? tr("\"body\" must hold the saved replies.")
                                            : tr("\"body\" must hold the rule set."),
            Status::BadRequest);
    auto parsed = documents::canonical(document, content->dump());
    if (const auto *errors = std::get_if<std::vector<tuning::FieldError>>(&parsed)) {
        json fields = json::array();
        for (const auto &e : *errors)
            fields.push_back({{"field", e.field}, {"code", e.code}, {"message", e.message}});
        const QString message = tr("The draft was not saved: %n field(s) need changing.", "", int(errors->size()));
        return refusedWith(
            protocol::errors::InvalidValue, message, "fields", std::move(fields), Status::UnprocessableEntity);
    }
    ConfigDraft saved;
    switch (m_store.saveDraft(document, *revision, std::get<std::string>(parsed), *user, saved)) {
    case ConfigStore::Result::Done:
        return jsonResponse(draftJson(document, saved).dump(), Status::Ok);
    case ConfigStore::Result::Stale:
        return draftConflict(document, m_store.draft(document),
            QT_TRANSLATE_NOOP("pilothouse::server::ConfigApi",
                "The draft was changed meanwhile (revision %1 by %2 at %3); review it and save again."));
    default:
        return storeFailed();
    }
}

QHttpServerResponse ConfigApi::publish(const QString &document, const QHttpServerRequest &request)
{
    std::optional<QHttpServerResponse> refusal;
    const auto user
        = admit(document, request, m_users, rest::Access::SupervisorOrAdmin, publishersOnly(document), refusal);
    if (!user)
        return std::move(*refusal);
    const auto body = requestObject(request, refusal);
    const auto revision = body ? countField(*body, "revision", refusal) : std::nullopt;
    const auto note = revision ? noteField(*body, refusal) : std::nullopt;
    if (!note)
        return std::move(*refusal);
    ConfigVersion published;
    switch (m_store.publish(document, *revision, *note, *user, published)) {
    case ConfigStore::Result::Done:
        return jsonResponse(versionJson(document, published).dump(), Status::Ok);
    case ConfigStore::Result::Stale:
        return draftConflict(document, m_store.draft(document),
            QT_TRANSLATE_NOOP("pilothouse::server::ConfigApi",
                "The draft was changed meanwhile (revision %1 by %2 at %3); review it before publishing."));
    case ConfigStore::Result::Unchanged:
        return errorResponse(protocol::errors::InvalidValue,
            tr("The draft is the published version already; change something before publishing."),
            Status::UnprocessableEntity);
    default:
        return storeFailed();
    }
}

QHttpServerResponse ConfigApi::rollback(const QString &document, const QHttpServerRequest &request)
{
    std::optional<QHttpServerResponse> refusal;
    const auto user
        = admit(document, request, m_users, rest::Access::SupervisorOrAdmin, publishersOnly(document), refusal);
    if (!user)
        return std::move(*refusal);
    const auto body = requestObject(request, refusal);
    const auto number = body ? countField(*body, "version", refusal) : std::nullopt;
    const auto current = number ? countField(*body, "currentVersion", refusal) : std::nullopt;
    const auto note = current ? noteField(*body, refusal) : std::nullopt;
    if (!note)
        return std::move(*refusal);
    ConfigVersion published;
    switch (m_store.rollback(document, *number, *current, *note, *user, published)) {
    case ConfigStore::Result::Done:
        return jsonResponse(versionJson(document, published).dump(), Status::Ok);
    case ConfigStore::Result::NotFound:
        return errorResponse(protocol::errors::NotFound, tr("There is no version %1.").arg(*number), Status::NotFound);
    case ConfigStore::Result::Stale: {
        const ConfigVersion now = m_store.current(document);
        const QString message = tr("Version %1 was published meanwhile by %2 at %3; review it before rolling back.")
                                    .arg(now.version)
                                    .arg(now.author, whenText(now.at));
        return refusedWith(
            protocol::errors::Conflict, message, "current", versionJson(document, now), Status::Conflict);
    }
    case ConfigStore::Result::Unchanged:
        return errorResponse(protocol::errors::InvalidValue,
            tr("Version %1 is what is published already.").arg(*number), Status::UnprocessableEntity);
    default:
        return storeFailed();
    }
}

} // namespace pilothouse::server
