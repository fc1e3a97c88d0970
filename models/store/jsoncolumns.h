#pragma once
// Lists and small records that live in one TEXT column as compact JSON (customer orders, AI tool
// uses, the rules' inputs of an AI reply). They are
// read back whole with their row and never queried by field, so a side table would only cost
// joins on the hot write path.

#include "domain/records.h"

#include <QString>

namespace pilothouse::models::jsoncolumns {

QString fromOrders(const QList<OrderRecord> &orders);
QList<OrderRecord> toOrders(const QString &json);

QString fromTools(const QList<ToolRecord> &tools);
QList<ToolRecord> toTools(const QString &json);

/// NULL (a null QString) when absent.
QString fromRuleInputs(const std::optional<RuleInputsRecord> &inputs);
std::optional<RuleInputsRecord> toRuleInputs(const QString &json);

} // namespace pilothouse::models::jsoncolumns
