#include "identity.h"

namespace pilothouse::models {

void Identity::set(const QString &userName, const QString &displayName, Role::Value role)
{
    if (userName == m_userName && displayName == m_displayName && role == m_role)
        return;
    m_userName = userName;
    m_displayName = displayName;
    m_role = role;
    Q_EMIT changed();
}

} // namespace pilothouse::models
