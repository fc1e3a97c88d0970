#pragma once

#include "protocol/frames.h"

#include <QObject>
#include <QString>

#include <map>

namespace pilothouse::server {

class UserStore;

/// Who is at work (docs/protocol.md 7.2), kept in memory per user: `online` while the user has at
/// least one live stream connection and has not set `away`; `away` until they set `online`
/// again; `offline` when the last connection closes, which forgets `away`. A restart makes
/// everybody `offline` until they reconnect.
class Presence : public QObject {
    Q_OBJECT
public:
    explicit Presence(const UserStore &users, QObject *parent = nullptr);

    /// A stream connection of `user` went live (after its welcome).
    void connected(const QString &user);
    /// A connection counted by connected() closed.
    void disconnected(const QString &user);
    /// `presence.set`: `online` or `away` (`offline` is the server's to set and is ignored, as is a
    /// user without a live connection). False when the user has that presence already.
    bool set(const QString &user, protocol::Presence presence);

    protocol::Presence presenceOf(const QString &user) const;
    /// Every user who may sign in (the active ones), sorted by name, with their presence.
    protocol::Team team() const;

Q_SIGNALS:
    /// Some member's presence changed: every connection that accepts `team` gets a new frame.
    void changed();

private:
    struct Entry {
        int connections = 0;
        bool away = false;
        protocol::Millis since = 0; ///< When the presence last changed; 0 = not since the start.
    };

    const UserStore &m_users;
    std::map<QString, Entry> m_entries;
};

} // namespace pilothouse::server
