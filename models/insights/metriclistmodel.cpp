#include "insights/metriclistmodel.h"

namespace pilothouse::models {

MetricListModel::MetricListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

void MetricListModel::setRows(QList<Row> rows)
{
    if (rows.size() != m_rows.size()) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        Q_EMIT countChanged();
        return;
    }
    m_rows = std::move(rows);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

const QList<MetricListModel::Row> &MetricListModel::rows() const
{
    return m_rows;
}

int MetricListModel::count() const
{
    return int(m_rows.size());
}

int MetricListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MetricListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return row.label;
    case MetricRole:
        return row.metric;
    case ExplanationRole:
        return row.explanation;
    case ValueTextRole:
        return row.valueText;
    case PreviousTextRole:
        return row.previousText;
    case DeltaTextRole:
        return row.deltaText;
    case DeltaTrendRole:
        return row.deltaTrend;
    case NumeratorRole:
        return row.numerator;
    case DenominatorRole:
        return row.denominator;
    default:
        return {};
    }
}

QHash<int, QByteArray> MetricListModel::roleNames() const
{
    return {{MetricRole, "metric"}, {LabelRole, "label"}, {ExplanationRole, "explanation"},
        {ValueTextRole, "valueText"}, {PreviousTextRole, "previousText"}, {DeltaTextRole, "deltaText"},
        {DeltaTrendRole, "deltaTrend"}, {NumeratorRole, "numerator"}, {DenominatorRole, "denominator"}};
}

} // namespace pilothouse::models
