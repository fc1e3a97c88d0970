#pragma once
// A user's sign-in sessions over REST (docs/protocol.md 2.1, "Sessions"): GET /api/v1/sessions and
// DELETE /api/v1/sessions/{id}, with the session's bearer token, with libcurl on a QThreadPool
// worker.

#include "protocol/sessions.h"

#include "rest/clientguard.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace pilothouse::net {

/// Never blocks the caller's thread; every answer arrives, queued, on the thread this object lives
/// in, tagged with the caller's request id. A client destroyed meanwhile receives nothing.
class SessionsClient : public QObject {
    Q_OBJECT

public:
    static constexpr std::size_t kMaxBytes = 1024 * 1024;

    explicit SessionsClient(QObject *parent = nullptr);

    void setCaFile(const QString &path) { m_link.caFile = path; }
    /// The caller's sessions, or everyone's (`everyone`, admins): fetched() or failed().
    void fetch(const QUrl &server, const QString &token, bool everyone, int requestId);
    /// Ends the session `sessionId`: ended() or failed().
    void end(const QUrl &server, const QString &token, const QString &sessionId, int requestId);

Q_SIGNALS:
    void fetched(int requestId, const pilothouse::protocol::SessionList &list);
    void ended(int requestId);
    /// Why not, in a sentence; `offline` when the server did not answer at all.
    void failed(int requestId, const QString &message, bool offline);

private:
    ClientLink<SessionsClient> m_link {this};
};

} // namespace pilothouse::net

Q_DECLARE_METATYPE(pilothouse::protocol::SessionList)
