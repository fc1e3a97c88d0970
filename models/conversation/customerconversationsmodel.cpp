#include "customerconversationsmodel.h"

#include "boardmodel.h"

#include "domain/displaytext.h"
#include "domain/timetext.h"

namespace pilothouse::models {

CustomerConversationsModel::CustomerConversationsModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &CustomerConversationsModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &CustomerConversationsModel::countChanged);
    // Any change may open or close one of them (a status in dataChanged, a new conversation).
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &CustomerConversationsModel::findOpen);
    connect(this, &QAbstractItemModel::modelReset, this, &CustomerConversationsModel::findOpen);
    connect(this, &QAbstractItemModel::layoutChanged, this, &CustomerConversationsModel::findOpen);
    connect(this, &QAbstractItemModel::dataChanged, this, &CustomerConversationsModel::findOpen);
}

void CustomerConversationsModel::findOpen()
{
    QString id;
    Channel::Value channel = Channel::Chat;
    qint64 createdAt = 0;
    for (int row = 0; m_board && row < rowCount(); ++row) { // newest first
        const ConversationRecord &c = m_board->conversationAt(mapToSource(index(row, 0)).row());
        if (c.status == Status::Resolved)
            continue;
        id = c.id;
        channel = c.channel;
        createdAt = c.createdAt;
        break;
    }
    if (id == m_openId && channel == m_openChannel && createdAt == m_openCreatedAt)
        return;
    m_openId = id;
    m_openChannel = channel;
    m_openCreatedAt = createdAt;
    Q_EMIT openConversationChanged();
}

QString CustomerConversationsModel::openElsewhereText(const QString &customerName, qint64 now) const
{
    if (m_openId.isEmpty())
        return {};
    // Isolated: a right-to-left name cannot reorder the translated sentence around it.
    const QString name = customerName.isEmpty() ? tr("This customer") : isolatedText(customerName);
    const qint64 elapsed = now - m_openCreatedAt;
    const QString ago = elapsed < 60'000 ? tr("just now", "started just now")
                                         : tr("%1 ago", "started 5 min ago").arg(TimeText::duration(elapsed));
    switch (m_openChannel) {
    case Channel::Email:
        return tr("%1 also has an open conversation by email, started %2").arg(name, ago);
    case Channel::Sms:
        return tr("%1 also has an open conversation by SMS, started %2").arg(name, ago);
    case Channel::Voice:
        return tr("%1 also has an open conversation by phone, started %2").arg(name, ago);
    case Channel::Chat:
        break;
    }
    return tr("%1 also has an open conversation in chat, started %2").arg(name, ago);
}

void CustomerConversationsModel::setSourceModel(QAbstractItemModel *model)
{
    m_board = qobject_cast<BoardModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
    sort(0, Qt::AscendingOrder);
    Q_EMIT countChanged();
    findOpen();
}

void CustomerConversationsModel::setCustomerId(const QString &id)
{
    if (id == m_customerId)
        return;
    m_customerId = id;
    invalidateFilter();
    Q_EMIT customerIdChanged();
    Q_EMIT countChanged();
    findOpen();
}

void CustomerConversationsModel::setExcludedConversationId(const QString &id)
{
    if (id == m_excluded)
        return;
    m_excluded = id;
    invalidateFilter();
    Q_EMIT excludedConversationIdChanged();
    Q_EMIT countChanged();
    findOpen();
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
