// The frames a session sends beside the event stream: the supervisors' facts (docs/protocol.md
// 7.1) and the team with its presence (7.2).

#include "session.h"

#include "presence.h"

#include "auth/roles.h"

#include "protocol/codec.h"

namespace pilothouse::server {

bool Session::readsFacts() const
{
    return m_acceptsFacts && m_user && roles::readsAnalytics(m_user->role);
}

void Session::deliverFacts(const std::vector<std::string> &frames)
{
    if (m_state != State::Live || !readsFacts())
        return;
    for (const std::string &frame : frames)
        sendText(frame);
}

void Session::joinTeam()
{
    if (!m_services.presence || !m_user || m_present)
        return;
    // Counted first: when this makes the user online, the other connections hear it (this one is
    // not live yet), and the frame below lists the user online already. Viewers read the team but
    // are not on it (Presence::team): their comings and goings are nobody's business.
    if (roles::operates(m_user->role)) {
        m_present = true;
        m_services.presence->connected(m_user->name);
    }
    if (m_acceptsTeam)
        sendFrame(m_services.presence->team());
}

void Session::leaveTeam()
{
    if (!m_present)
        return;
    m_present = false;
    m_services.presence->disconnected(m_user->name);
}

void Session::deliverTeam(const std::string &frame)
{
    if (m_state == State::Live && m_acceptsTeam)
        sendText(frame);
}

} // namespace pilothouse::server
