#pragma once
// The users of the server over REST, for admins (docs/protocol.md 2.1, "Users"): list, add, change
// (role, active), reset a password, with the session's bearer token, with libcurl on a QThreadPool
// worker.

#include "protocol/users.h"

#include "rest/clientguard.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

namespace pilothouse::net {

/// Never blocks the caller's thread; every answer arrives, queued, on the thread this object lives
/// in, tagged with the caller's request id. A client destroyed meanwhile receives nothing.
class UsersClient : public QObject {
    Q_OBJECT

public:
    static constexpr std::size_t kMaxBytes = 1024 * 1024;

    explicit UsersClient(QObject *parent = nullptr);

    void setCaFile(const QString &path) { m_link.caFile = path; }
    void fetch(const QUrl &server, const QString &token, int requestId);
    void add(const QUrl &server, const QString &token, const protocol::NewUser &user, int requestId);
    void change(const QUrl &server, const QString &token, const QString &name, const protocol::UserChange &change,
        int requestId);
    void setPassword(
        const QUrl &server, const QString &token, const QString &name, const QString &password, int requestId);
    /// DELETE /api/v1/users/{name}/two-factor: saved() with an empty record, or failed().
    void resetTwoFactor(const QUrl &server, const QString &token, const QString &name, int requestId);

Q_SIGNALS:
    void fetched(int requestId, const pilothouse::protocol::UserList &list);
    /// A user added or changed, as the server now holds them; a password set (`user` empty).
    void saved(int requestId, const pilothouse::protocol::UserRecord &user);
    /// Why not, in a sentence (the server's own words for a refusal); `offline` when it did not answer.
    void failed(int requestId, const QString &message, bool offline);

private:
    /// Sends `body` with `verb` ("POST", "PATCH", "PUT") to `path` and reports saved() or failed().
    void write(const QUrl &server, const QString &token, const QString &path, const char *verb, std::string body,
        int requestId);

    ClientLink<UsersClient> m_link {this};
};

} // namespace pilothouse::net

Q_DECLARE_METATYPE(pilothouse::protocol::UserList)
Q_DECLARE_METATYPE(pilothouse::protocol::UserRecord)
