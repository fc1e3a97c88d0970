#include "gateway/presence.h"

#include "auth/roles.h"
#include "auth/userstore.h"

#include "protocol/codec.h"

#include <QDateTime>

#include <algorithm>

namespace pilothouse::server {

Presence::Presence(const UserStore &users, QObject *parent)
    : QObject(parent)
    , m_users(users)
{ }

void Presence::connected(const QString &user)
{
    Entry &entry = m_entries[user];
    if (++entry.connections > 1)
        return;
    // Offline forgot `away`: a first connection always starts online.
    entry.away = false;
    entry.since = QDateTime::currentMSecsSinceEpoch();
    Q_EMIT changed();
}

void Presence::disconnected(const QString &user)
{
    const auto it = m_entries.find(user);
    if (it == m_entries.end() || it->second.connections == 0)
        return;
    if (--it->second.connections > 0)
        return;
    it->second.away = false;
    it->second.since = QDateTime::currentMSecsSinceEpoch();
    Q_EMIT changed();
}

bool Presence::set(const QString &user, protocol::Presence presence)
{
    const auto it = m_entries.find(user);
    if (it == m_entries.end() || it->second.connections == 0 || presence == protocol::Presence::Offline)
        return false;
    const bool away = presence == protocol::Presence::Away;
    if (it->second.away == away)
        return false;
    it->second.away = away;
    it->second.since = QDateTime::currentMSecsSinceEpoch();
    Q_EMIT changed();
    return true;
}

protocol::Presence Presence::presenceOf(const QString &user) const
{
    const auto it = m_entries.find(user);
    if (it == m_entries.end() || it->second.connections == 0)
        return protocol::Presence::Offline;
    return it->second.away ? protocol::Presence::Away : protocol::Presence::Online;
}

protocol::Team Presence::team() const
{
    protocol::Team team;
    for (const User &user : m_users.users()) {
        // The team is who works conversations: viewers read along and are not on it.
        if (!user.active || !roles::operates(user.role))
            continue;
        const auto it = m_entries.find(user.name);
        team.members.push_back(
            {user.name.toStdString(), user.displayName.toStdString(), std::string(protocol::toString(user.role)),
                presenceOf(user.name), it == m_entries.end() ? protocol::Millis {0} : it->second.since});
    }
    // By name in bytes, whatever the database's collation.
    std::sort(team.members.begin(), team.members.end(),
        [](const protocol::TeamMember &a, const protocol::TeamMember &b) { return a.name < b.name; });
    return team;
}

} // namespace pilothouse::server
