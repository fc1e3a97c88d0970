#pragma once
// Lists that live in one TEXT column as compact JSON (customer orders, AI tool uses). They are
// read back whole with their row and never queried by field, so a side table would only cost
// joins on the hot write path.

#include "domain/records.h"

#include <QString>

namespace pilothouse::models::jsoncolumns {

QString fromOrders(const QList<OrderRecord> &orders);
QList<OrderRecord> toOrders(const QString &json);

QString fromTools(const QList<ToolRecord> &tools);
QList<ToolRecord> toTools(const QString &json);

} // namespace pilothouse::models::jsoncolumns
