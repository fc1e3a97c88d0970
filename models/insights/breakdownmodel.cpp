#include "insights/breakdownmodel.h"

namespace pilothouse::models {

BreakdownModel::BreakdownModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void BreakdownModel::setRows(QList<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    Q_EMIT countChanged();
}

const QList<BreakdownModel::Row> &BreakdownModel::rows() const
{
    return m_rows;
}

int BreakdownModel::count() const
{
    return int(m_rows.size());
}

int BreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant BreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case KeyRole:
        return row.key;
    case Qt::DisplayRole:
    case LabelRole:
        return row.label;
    case CountRole:
        return row.count;
    case UnresolvedRole:
        return row.unresolved;
    case RateRole:
        return row.rate;
    case RateTextRole:
        return row.rateText;
    case ExtraTextRole:
        return row.extraText;
    default:
        return {};
    }
}

QHash<int, QByteArray> BreakdownModel::roleNames() const
{
    return {{KeyRole, "key"}, {LabelRole, "label"}, {CountRole, "count"}, {UnresolvedRole, "unresolved"},
        {RateRole, "rate"}, {RateTextRole, "rateText"}, {ExtraTextRole, "extraText"}};
}

} // namespace pilothouse::models
