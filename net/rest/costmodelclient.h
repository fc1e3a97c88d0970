#pragma once
// The organisation's cost model over REST (docs/protocol.md 2.1, "Cost model"): GET
// {server}/api/v1/cost-model for supervisors and admins, PUT for admins, with the session's bearer
// token, with libcurl on a QThreadPool worker.

#include "protocol/costmodel.h"

#include "rest/clientguard.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace pilothouse::net {

/// Never blocks the caller's thread; every answer arrives, queued, on the thread this object lives
/// in. A client destroyed meanwhile receives nothing.
class CostModelClient : public QObject {
    Q_OBJECT

public:
    static constexpr std::size_t kMaxBytes = 1024 * 1024;

    explicit CostModelClient(QObject *parent = nullptr);

    void setCaFile(const QString &path) { m_link.caFile = path; }
    /// Asks for the current version: fetched() or failed().
    void fetch(const QUrl &server, const QString &token);
    /// Saves a new version: saved(), conflict(), refused() or failed().
    void save(const QUrl &server, const QString &token, const protocol::CostModelUpdate &update);

Q_SIGNALS:
    void fetched(const pilothouse::protocol::CostModelVersion &current);
    void saved(const pilothouse::protocol::CostModelVersion &current);
    /// 409: someone saved another version since `baseVersion`; `current` is that version.
    void conflict(const pilothouse::protocol::CostModelVersion &current);
    /// 422: the server refused these fields.
    void refused(const std::vector<pilothouse::protocol::CostModelFieldError> &fields);
    /// Why not, in a sentence; `forbidden` when the server refuses this user (403).
    void failed(const QString &message, bool forbidden);

private:
    ClientLink<CostModelClient> m_link {this};
};

} // namespace pilothouse::net

Q_DECLARE_METATYPE(pilothouse::protocol::CostModelVersion)
