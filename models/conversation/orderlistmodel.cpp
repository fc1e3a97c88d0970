#include "orderlistmodel.h"

#include "domain/catalogue.h"
#include "domain/displaytext.h"
#include "domain/timetext.h"

#include "bands.h"

#include <QLocale>

namespace pilothouse::models {

OrderListModel::OrderListModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int OrderListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant OrderListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OrderRecord &o = m_orders.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case OrderIdRole:
        return o.id;
    case TotalTextRole:
        return bands::formatMoney(o.totalCents, o.currency, QLocale());
    case StatusRole:
        return displayText(o.status);
    case StatusLabelRole:
        return displayText(catalogue::orderStatusLabel(o.status));
    case StatusToneRole:
        return int(catalogue::orderStatusTone(o.status));
    case PlacedAtTextRole:
        return TimeText::date(o.placedAt, QLocale());
    case SummaryRole:
        return displayText(o.summary);
    default:
        return {};
    }
}

QHash<int, QByteArray> OrderListModel::roleNames() const
{
    return {
        {OrderIdRole, "orderId"},
        {TotalTextRole, "totalText"},
        {StatusRole, "status"},
        {StatusLabelRole, "statusLabel"},
        {StatusToneRole, "statusTone"},
        {PlacedAtTextRole, "placedAtText"},
        {SummaryRole, "summary"},
    };
}

void OrderListModel::setOrders(const QList<OrderRecord> &orders)
{
    if (orders == m_orders)
        return;
    const int before = count();
    beginResetModel();
    m_orders = orders;
    endResetModel();
    if (count() != before)
        Q_EMIT countChanged();
}

} // namespace pilothouse::models
