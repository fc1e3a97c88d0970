#pragma once
// A configuration document's shared draft over REST (docs/protocol.md 2.1, "Configuration
// documents"): read it, then save a new revision and publish it, for supervisors and admins, with
// the session's bearer token, with libcurl on a QThreadPool worker. Bodies travel as JSON text: the
// document's own parser (common/tuning) reads them.

#include "rest/clientguard.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <QVariantList>

#include <memory>

namespace pilothouse::net {

/// Never blocks the caller's thread; every answer arrives, queued, on the thread this object lives
/// in. A client destroyed meanwhile receives nothing.
class ConfigClient : public QObject {
    Q_OBJECT

public:
    static constexpr std::size_t kMaxBytes = 2 * 1024 * 1024;

    explicit ConfigClient(QObject *parent = nullptr);

    void setCaFile(const QString &path) { m_link.caFile = path; }
    /// GET /api/v1/config/{document}/draft: draftFetched() or failed().
    void fetchDraft(const QUrl &server, const QString &token, const QString &document);
    /// PUT the draft at `revision`, then publish the revision saved: published(), conflict(),
    /// refused() or failed(). `body` is the document's JSON text.
    void saveAndPublish(const QUrl &server, const QString &token, const QString &document, qint64 revision,
        const QString &body, const QString &note);

Q_SIGNALS:
    /// The draft now: its revision and body (JSON text).
    void draftFetched(const QString &document, qint64 revision, const QString &body);
    /// The new version is in force (it also reaches every console as `config.published`).
    void published(const QString &document, qint64 version, qint64 revision);
    /// 409: someone else changed the draft since `revision` was read; `message` names who and when;
    /// the draft as it now is.
    void conflict(const QString &document, const QString &message, qint64 revision, const QString &body);
    /// 422: the document did not validate: every problem as {field, code, message}.
    void refused(const QString &document, const QVariantList &fields);
    /// Why not, in a sentence; `forbidden` when the server refuses this user (403).
    void failed(const QString &document, const QString &message, bool forbidden);

private:
    ClientLink<ConfigClient> m_link {this};
};

} // namespace pilothouse::net
