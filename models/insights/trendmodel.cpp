#include "insights/trendmodel.h"

#include <algorithm>

namespace pilothouse::models {

TrendModel::TrendModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void TrendModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_max = 0;
    for (const Row &row : std::as_const(m_rows))
        m_max = std::max(m_max, row.conversations);
    endResetModel();
    Q_EMIT countChanged();
}

const QList<TrendModel::Row> &TrendModel::rows() const
{
    return m_rows;
}

int TrendModel::count() const
{
    return int(m_rows.size());
}

int TrendModel::maxConversations() const
{
    return m_max;
}

int TrendModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TrendModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case DayRole:
        return row.day;
    case Qt::DisplayRole:
    case DayTextRole:
        return row.dayText;
    case ConversationsRole:
        return row.conversations;
    case AiResolvedRole:
        return row.aiResolved;
    case AiLenientOnlyRole:
        return row.aiLenientOnly;
    case HumanResolvedRole:
        return row.humanResolved;
    case NotResolvedRole:
        return row.notResolved;
    case AbandonedRole:
        return row.abandoned;
    case OpenRole:
        return row.open;
    case StrictRateRole:
        return row.strictRate;
    default:
        return {};
    }
}

QHash<int, QByteArray> TrendModel::roleNames() const
{
    return {{DayRole, "day"}, {DayTextRole, "dayText"}, {ConversationsRole, "conversations"},
        {AiResolvedRole, "aiResolved"}, {AiLenientOnlyRole, "aiLenientOnly"}, {HumanResolvedRole, "humanResolved"},
        {NotResolvedRole, "notResolved"}, {AbandonedRole, "abandoned"}, {OpenRole, "open"},
        {StrictRateRole, "strictRate"}};
}

} // namespace pilothouse::models
