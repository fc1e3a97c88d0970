#pragma once

#include "protocol/frames.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace pilothouse::server {

class Database;
class EventLog;
struct User;

/// A published version of a configuration document (docs/config.md). Version 0 is the built-in
/// document, never stored: no author, `at` 0.
struct ConfigVersion {
    std::int64_t version = 0;
    QString author;
    std::int64_t at = 0;
    QString note;
    std::string body; ///< The document's canonical JSON text.
    std::optional<std::int64_t> restoredFrom {}; ///< Set when a rollback republished that version.
};

/// The one shared draft of a document. Every save, publish and rollback raises `revision`, so an
/// editor that saves from an older revision is told who changed it meanwhile.
struct ConfigDraft {
    std::int64_t revision = 0; ///< 0 = never saved: the body is the published one.
    std::int64_t basedOn = 0; ///< The published version the draft started from.
    QString author;
    std::int64_t at = 0;
    std::string body;
};

/// Versioned configuration documents (schema 10: config_versions, config_drafts): a draft, the
/// published versions, rollback. Each change writes its audit row in the same transaction; a
/// publish or rollback also appends `config.published` to the event log in it.
/// Documents are named (config/documents.h); the caller validates bodies before they reach the store.
class ConfigStore : public QObject {
    Q_OBJECT
public:
    /// `builtIn` gives a document's version 0 body (the canonical JSON the server starts with).
    ConfigStore(Database &db, EventLog &log, std::function<std::string(const QString &document)> builtIn,
        QObject *parent = nullptr);

    ConfigVersion current(const QString &document) const;
    /// Every version, newest first, ending with version 0.
    std::vector<ConfigVersion> versions(const QString &document) const;
    std::optional<ConfigVersion> version(const QString &document, std::int64_t number) const;
    ConfigDraft draft(const QString &document) const;

    enum class Result { Done, Stale, Unchanged, NotFound, Failed };
    /// Stale: the draft is past `baseRevision`.
    Result saveDraft(const QString &document, std::int64_t baseRevision, const std::string &body, const User &author,
        ConfigDraft &saved);
    /// Publishes the draft at `revision` as the next version. Stale: the draft moved on;
    /// Unchanged: it is the current version's body.
    Result publish(
        const QString &document, std::int64_t revision, const QString &note, const User &author, ConfigVersion &out);
    /// Republishes `number` as the next version, when the current one is `currentVersion`.
    Result rollback(const QString &document, std::int64_t number, std::int64_t currentVersion, const QString &note,
        const User &author, ConfigVersion &out);

    /// The `config.published` payload of `version` (events and snapshots).
    static protocol::ConfigPublished toEvent(const QString &document, const ConfigVersion &version);

Q_SIGNALS:
    void published(const QString &document, const pilothouse::server::ConfigVersion &version);

private:
    Result write(const QString &document, const std::string &body, const QString &note, const User &author,
        std::optional<std::int64_t> restoredFrom, const char *action, ConfigVersion &out);
    bool audit(const QString &document, const char *action, const User &author, std::int64_t at, std::int64_t number);
    bool storeDraft(const QString &document, const ConfigDraft &draft);

    Database &m_db;
    EventLog &m_log;
    std::function<std::string(const QString &)> m_builtIn;
};

} // namespace pilothouse::server
