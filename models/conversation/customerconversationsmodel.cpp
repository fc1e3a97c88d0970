#include "customerconversationsmodel.h"

#include "boardmodel.h"

namespace pilothouse::models {

CustomerConversationsModel::CustomerConversationsModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &CustomerConversationsModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &CustomerConversationsModel::countChanged);
}

void CustomerConversationsModel::setSourceModel(QAbstractItemModel *model)
{
    m_board = qobject_cast<BoardModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
    sort(0, Qt::AscendingOrder);
    Q_EMIT countChanged();
}

void CustomerConversationsModel::setCustomerId(const QString &id)
{
    if (id == m_customerId)
        return;
    m_customerId = id;
    invalidateFilter();
    Q_EMIT customerIdChanged();
    Q_EMIT countChanged();
}

void CustomerConversationsModel::setExcludedConversationId(const QString &id)
{
    if (id == m_excluded)
        return;
    m_excluded = id;
    invalidateFilter();
    Q_EMIT excludedConversationIdChanged();
    Q_EMIT countChanged();
}

QString CustomerConversationsModel::conversationIdAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return index(row, 0).data(BoardModel::ConversationIdRole).toString();
}

bool CustomerConversationsModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_board || sourceParent.isValid() || m_customerId.isEmpty())
        return false;
    const ConversationRecord &c = m_board->conversationAt(sourceRow);
    return c.customerId == m_customerId && c.id != m_excluded;
}

bool CustomerConversationsModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_board)
        return false;
    const ConversationRecord &a = m_board->conversationAt(left.row());
    const ConversationRecord &b = m_board->conversationAt(right.row());
    if (a.createdAt != b.createdAt)
        return a.createdAt > b.createdAt;
    return a.id < b.id;
}

} // namespace pilothouse::models
