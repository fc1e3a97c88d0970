#pragma once
// Sign-in sessions as people see them (docs/protocol.md 2.1, "Sessions"): one per token a sign-in
// issued (auth/userstore.h issues and checks them), listed with what signed in, from where and
// when, and ended by deleting the token, so it signs nothing in again. Closing the live stream
// connections of an ended session is the gateway's (gateway/gateway.h, closeSession).

#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace pilothouse::server {

class Database;

struct SessionRow {
    QString id;
    QString user;
    QString device;
    QString address;
    std::int64_t createdAt = 0;
    std::int64_t lastSeen = 0;
    std::int64_t expiresAt = 0;
};

class SessionStore {
public:
    explicit SessionStore(Database &db);

    /// The sessions of `user` not expired at `now`, newest first; every user's when `user` is "".
    QList<SessionRow> list(const QString &user, std::int64_t now) const;
    std::optional<SessionRow> find(const QString &id, std::int64_t now) const;
    /// Revokes the session's token; false when there was no such session or the database refused.
    bool end(const QString &id);

private:
    Database &m_db;
};

} // namespace pilothouse::server
