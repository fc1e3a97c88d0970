#include "actions/outboxmodel.h"

#include "domain/displaytext.h"

#include "actions/operatoractions.h"
#include "domain/catalogue.h"
#include "protocol/commands.h"

using namespace Qt::StringLiterals;

namespace pilothouse::models {
namespace {

OutboxState::Value shownState(OutboxState::Value state)
{
    // Pending or in flight: the user sees "sending" either way.
    return state == OutboxState::Inflight ? OutboxState::Pending : state;
}

} // namespace

OutboxModel::OutboxModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void OutboxModel::setActions(OperatorActions *actions)
{
    if (m_actions == actions)
        return;
    if (m_actions)
        disconnect(m_actions, nullptr, this, nullptr);
    m_actions = actions;
    if (m_actions) {
        connect(m_actions, &OperatorActions::itemChanged, this, &OutboxModel::onItemChanged);
        connect(m_actions, &OperatorActions::itemsReset, this, &OutboxModel::reload);
        connect(m_actions, &QObject::destroyed, this, &OutboxModel::reload);
    }
    reload();
    Q_EMIT actionsChanged();
}

void OutboxModel::setConversationId(const QString &conversationId)
{
    if (m_conversationId == conversationId)
        return;
    m_conversationId = conversationId;
    reload();
    Q_EMIT conversationIdChanged();
}

void OutboxModel::reload()
{
    QStringList ids;
    if (m_actions && !m_conversationId.isEmpty()) {
        for (const OutboxRecord &record : m_actions->items(m_conversationId)) {
            if (catalogue::isEchoed(record.action))
                ids.append(record.commandId);
        }
    }
    if (ids == m_ids) {
        if (!m_ids.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_ids.size()) - 1));
        return;
    }
    const int before = count();
    beginResetModel();
    m_ids = ids;
    endResetModel();
    if (count() != before)
        Q_EMIT countChanged();
}

void OutboxModel::onItemChanged(const QString &conversationId, const QString &commandId)
{
    if (conversationId != m_conversationId || !m_actions)
        return;
    const OutboxRecord record = m_actions->item(commandId);
    const qsizetype row = m_ids.indexOf(commandId);
    const bool present = !record.commandId.isEmpty() && catalogue::isEchoed(record.action);
    if (row >= 0 && present) {
        Q_EMIT dataChanged(index(int(row)), index(int(row)));
    } else if (row >= 0) {
        beginRemoveRows({}, int(row), int(row));
        m_ids.removeAt(row);
        endRemoveRows();
        Q_EMIT countChanged();
    } else if (present) {
        // New items are the newest (they are created now), so they go at the end.
        beginInsertRows({}, count(), count());
        m_ids.append(commandId);
        endInsertRows();
        Q_EMIT countChanged();
    }
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_actions)
        return {};
    const OutboxRecord record = m_actions->item(m_ids.at(index.row()));
    switch (role) {
    case CommandIdRole:
        return record.commandId;
    case ActionRole:
        return int(record.action);
    case Qt::DisplayRole:
    case TextRole:
        return record.text;
    case StateRole:
        return int(shownState(record.state));
    case ErrorRole:
        return displayText(record.error);
    case AtRole:
        return record.createdAt;
    case MessageIdRole:
        return record.commandId.isEmpty()
            ? QString()
            : QString::fromStdString(protocol::commands::sentMessageId(record.commandId.toStdString()));
    default:
        return {};
    }
}

QHash<int, QByteArray> OutboxModel::roleNames() const
{
    return {
        {CommandIdRole, "commandId"},
        {ActionRole, "action"},
        {TextRole, "text"},
        {StateRole, "state"},
        {ErrorRole, "error"},
        {AtRole, "at"},
        {MessageIdRole, "messageId"},
    };
}

} // namespace pilothouse::models
