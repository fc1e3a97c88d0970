#pragma once

#include <QHttpServerResponse>
#include <QObject>

class QHttpServer;
class QHttpServerRequest;

namespace pilothouse::server {

class ConfigStore;
class UserStore;

/// The configuration documents over REST (docs/protocol.md 2.1, "Configuration documents"), for
/// each document of config/documents.h ("rules", "replies"; shown for "rules"):
///   GET  /api/v1/config/rules            (any signed-in user) -> the published version
///   GET  /api/v1/config/rules/versions   (any signed-in user) -> {"versions": [...]}, newest first
///   GET  /api/v1/config/rules/draft      (supervisors, admins) -> the shared draft
///   PUT  /api/v1/config/rules/draft      (supervisors, admins) {"revision","body"} -> the draft
///        | 400 | 409 (with "draft") | 422 (with "fields")
///   POST /api/v1/config/rules/publish    (supervisors, admins) {"revision","note"?} -> the version
///        | 400 | 409 (with "draft") | 422 (nothing changed)
///   POST /api/v1/config/rules/rollback   (supervisors, admins) {"version","currentVersion","note"?}
///        -> the new version | 400 | 404 | 409 (with "current") | 422 (nothing changed)
class ConfigApi : public QObject {
    Q_OBJECT
public:
    ConfigApi(QHttpServer &http, const UserStore &users, ConfigStore &store, QObject *parent = nullptr);

    /// The longest note a published version may carry, in characters.
    static constexpr int kMaxNoteLength = 1000;

private:
    QHttpServerResponse published(const QString &document, const QHttpServerRequest &request) const;
    QHttpServerResponse versions(const QString &document, const QHttpServerRequest &request) const;
    QHttpServerResponse draft(const QString &document, const QHttpServerRequest &request) const;
    QHttpServerResponse saveDraft(const QString &document, const QHttpServerRequest &request);
    QHttpServerResponse publish(const QString &document, const QHttpServerRequest &request);
    QHttpServerResponse rollback(const QString &document, const QHttpServerRequest &request);

    const UserStore &m_users;
    ConfigStore &m_store;
};

} // namespace pilothouse::server
