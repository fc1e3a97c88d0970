#pragma once
// CostModel to and from its wire form (net/protocol/costmodel.h, docs/protocol.md "Cost model"):
// the server stores and serves the organisation's model with these, the console reads and saves
// it with them. Values that do not fit keep failing CostModelCheck after the conversion.

#include "analytics/costmodel.h"
#include "protocol/costmodel.h"

#include <QList>

namespace pilothouse::analytics {

protocol::CostModelValues toWire(const CostModel &model);
CostModel fromWire(const protocol::CostModelValues &values);

/// The refusals of `errors` as a 422 lists them (field and code names from CostModelCheck).
std::vector<protocol::CostModelFieldError> toWire(const QList<CostModelError> &errors);
/// And back, with the sentences in this side's language; an unknown field or code is skipped.
QList<CostModelError> fromWire(const std::vector<protocol::CostModelFieldError> &errors);

} // namespace pilothouse::analytics
