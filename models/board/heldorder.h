#pragma once
// The board's order, held while an operator works in it: rows keep their places while the
// conversations behind them change, and what would move is counted ("3 new") until the operator
// applies it (issue 17: the open conversation slid off screen in seconds and J opened whatever was
// on top at that instant). BoardFilterModel asks rankOf() in lessThan while the order is held.

#include "domain/records.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace pilothouse::models {

class HeldOrder {
public:
    /// What a row was sorted by when the order was taken; a change of any of it counts as news.
    struct Keys {
        qint64 lastMessageAt = 0;
        int priority = 0;
        std::optional<qint64> waitingSince;
        std::optional<double> weakestConfidence;
        bool operator==(const Keys &) const = default;
        static Keys of(const ConversationRecord &c)
        {
            return {c.lastMessageAt, c.priority, c.waitingSince, c.weakestConfidence};
        }
    };

    bool isHeld() const { return m_held; }
    /// Forgets the held order: rows sort live until take() holds them again.
    void release();
    /// Starts a new held order; add() each row in its current place, first to last.
    void take();
    void add(const ConversationRecord &row);
    /// The row's place in the held order; nullopt for a conversation that came after it.
    std::optional<int> rankOf(const QString &conversationId) const;
    /// Notes a row that changed or arrived; true when the count of pending rows changed.
    bool note(const ConversationRecord &row);
    /// Rows whose place may change when the order is applied: new ones and changed ones.
    int pendingCount() const { return int(m_pending.size()); }

private:
    bool m_held = false;
    QHash<QString, int> m_rank;
    QHash<QString, Keys> m_keys;
    QSet<QString> m_pending;
};

} // namespace pilothouse::models
