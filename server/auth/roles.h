#pragma once
// What each role may do on this server, in one place (docs/protocol.md section 1.2, "Roles"): the
// stream's commands, the REST routes' access levels and the facts frames all ask here.

#include "protocol/frames.h"

namespace pilothouse::server::roles {

/// Leads a team: whispers, transfers, merges, resolves what nobody owns, edits the configuration.
constexpr bool leads(protocol::Role role)
{
    return role == protocol::Role::Supervisor || role == protocol::Role::Admin;
}

/// Works conversations: sends commands. A viewer only reads.
constexpr bool operates(protocol::Role role)
{
    return role != protocol::Role::Viewer;
}

/// Reads the analytics: the facts (REST and stream) and the cost model. Agents work the queue.
constexpr bool readsAnalytics(protocol::Role role)
{
    return role == protocol::Role::Viewer || leads(role);
}

} // namespace pilothouse::server::roles
