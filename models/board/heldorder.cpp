#include "heldorder.h"

namespace pilothouse::models {

void HeldOrder::release()
{
    m_held = false;
    m_rank.clear();
    m_keys.clear();
    m_pending.clear();
}

void HeldOrder::take()
{
    release();
    m_held = true;
}

void HeldOrder::add(const ConversationRecord &row)
{
    m_rank.insert(row.id, int(m_rank.size()));
    m_keys.insert(row.id, Keys::of(row));
}

std::optional<int> HeldOrder::rankOf(const QString &conversationId) const
{
    const auto it = m_rank.constFind(conversationId);
    return it == m_rank.cend() ? std::nullopt : std::optional(*it);
}

bool HeldOrder::note(const ConversationRecord &row)
{
    if (!m_held || m_pending.contains(row.id))
        return false;
    const auto it = m_keys.constFind(row.id);
    if (it != m_keys.cend() && *it == Keys::of(row))
        return false; // changed, but not in what it is sorted by: it stays where it is anyway
    m_pending.insert(row.id);
    return true;
}

} // namespace pilothouse::models
