#pragma once
// The conversations behind a figure over REST (docs/protocol.md 2.1, GET
// /api/v1/facts/conversations): supervisors and admins, with the session's bearer token, with
// libcurl on a QThreadPool worker.

#include "protocol/drilldown.h"

#include "rest/clientguard.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace pilothouse::net {

/// Never blocks the caller's thread; every answer arrives, queued, on the thread this object lives
/// in, tagged with the caller's request id. A client destroyed meanwhile receives nothing.
class FactsConversationsClient : public QObject {
    Q_OBJECT

public:
    /// 1,000 conversations of about 250 bytes each, with room to spare.
    static constexpr std::size_t kMaxBytes = 2 * 1024 * 1024;

    explicit FactsConversationsClient(QObject *parent = nullptr);

    void setCaFile(const QString &path) { m_link.caFile = path; }
    /// Asks for the list the query names (metric, side, from, to and the filter): fetched() or
    /// failed(), with `requestId`.
    void fetch(const QUrl &server, const QString &token, const QUrlQuery &query, int requestId);

Q_SIGNALS:
    void fetched(int requestId, const pilothouse::protocol::FactsConversations &list);
    /// Why not, in a sentence; `offline` when the server did not answer at all.
    void failed(int requestId, const QString &message, bool offline);

private:
    ClientLink<FactsConversationsClient> m_link {this};
};

} // namespace pilothouse::net

Q_DECLARE_METATYPE(pilothouse::protocol::FactsConversations)
