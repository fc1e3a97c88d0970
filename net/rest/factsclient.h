#pragma once
// The supervisor's daily facts over REST: GET {server}/api/v1/facts?from=&to= with the session's
// bearer token (docs/protocol.md, REST), with libcurl on a QThreadPool worker. The server answers
// supervisors and admins; an agent's request is refused (403) and reported as such.

#include "protocol/facts.h"

#include <QDate>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace pilothouse::net {

/// Never blocks the caller's thread; fetched() or failed() arrives, queued, on the thread this
/// object lives in. A client destroyed meanwhile receives nothing.
class FactsClient : public QObject {
    Q_OBJECT

public:
    /// The largest answer accepted: 180 days of a busy deployment's rows.
    static constexpr std::size_t kMaxBytes = 64 * 1024 * 1024;

    explicit FactsClient(QObject *parent = nullptr);
    ~FactsClient() override;

    void setCaFile(const QString &path);
    /// Asks for the facts of the UTC days `from` to `to`, inclusive. The token is kept only for
    /// the request.
    void fetch(const QUrl &server, const QString &token, QDate from, QDate to);

Q_SIGNALS:
    void fetched(const pilothouse::protocol::Facts &facts);
    /// Why not, in a sentence; `forbidden` when the server refuses this user the figures.
    void failed(const QString &message, bool forbidden);

private:
    struct Guard;
    std::shared_ptr<Guard> m_guard;
    QString m_caFile;
};

} // namespace pilothouse::net

Q_DECLARE_METATYPE(pilothouse::protocol::Facts)
