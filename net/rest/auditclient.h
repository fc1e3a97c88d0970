#pragma once
// The audit log over REST (docs/protocol.md 2.1, GET /api/v1/audit): admins only, with the
// session's bearer token, with libcurl on a QThreadPool worker.

#include "protocol/audit.h"

#include "rest/clientguard.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace pilothouse::net {

/// Never blocks the caller's thread; every answer arrives, queued, on the thread this object lives
/// in, tagged with the caller's request id. A client destroyed meanwhile receives nothing.
class AuditClient : public QObject {
    Q_OBJECT

public:
    /// 1,000 entries (the most one page holds) of about 400 bytes each, with room to spare.
    static constexpr std::size_t kMaxBytes = 2 * 1024 * 1024;

    explicit AuditClient(QObject *parent = nullptr);

    void setCaFile(const QString &path) { m_link.caFile = path; }
    /// Asks for the page the query names (filters, `before`, `limit`): fetched() or failed(), with
    /// `requestId`.
    void fetch(const QUrl &server, const QString &token, const QUrlQuery &query, int requestId);

Q_SIGNALS:
    void fetched(int requestId, const pilothouse::protocol::AuditPage &page);
    /// Why not, in a sentence; `offline` when the server did not answer at all.
    void failed(int requestId, const QString &message, bool offline);

private:
    ClientLink<AuditClient> m_link {this};
};

} // namespace pilothouse::net

Q_DECLARE_METATYPE(pilothouse::protocol::AuditPage)
