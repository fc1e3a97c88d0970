#pragma once
// A customer's recent orders for the customer panel of the conversation view.

#include "domain/records.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace pilothouse::models {

/// Most recent first, as the server sends them; formatted with the default QLocale.
class OrderListModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use ConversationView.orders")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        OrderIdRole = Qt::UserRole + 1, ///< QString, e.g. "12345".
        TotalTextRole, ///< QString, total in its currency, e.g. "$129.00" or "EUR 40.00".
        StatusRole, ///< QString as the server sent it: "processing", "shipped", "delivered", ...
        StatusLabelRole, ///< QString, translated ("Delivered"); an unknown status as it came.
        StatusToneRole, ///< Tone::Value the status is shown in.
        PlacedAtTextRole, ///< QString, short date.
        SummaryRole, ///< QString, e.g. "2 items: Trail Runner 2, Wool Socks".
    };
    Q_ENUM(Role)

    explicit OrderListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    int count() const { return static_cast<int>(m_orders.size()); }

    /// Replaces the list; does nothing (no reset, views keep their scroll) when unchanged.
    void setOrders(const QList<OrderRecord> &orders);

Q_SIGNALS:
    void countChanged();

private:
    QList<OrderRecord> m_orders;
};

} // namespace pilothouse::models
