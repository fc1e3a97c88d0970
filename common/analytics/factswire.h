#pragma once
// DayFacts to and from their wire form (net/protocol/facts.h, docs/protocol.md "Facts"): the
// server encodes its fold with these, the console decodes the rows it caches with them.

#include "analytics/facts.h"
#include "protocol/facts.h"

#include <QList>

namespace pilothouse::analytics {

static_assert(kHandOffReasons == protocol::kFactsHandOffSlots);
static_assert(kAttributionWindows == protocol::kFactsAttributionWindows);

protocol::FactsRow toWire(const DayFacts &row);
/// False for a row whose day is not a date (the codec has already refused those).
bool fromWire(const protocol::FactsRow &row, DayFacts &out);

protocol::FactsCounts toWire(const FactsCounters &counts);
FactsCounters fromWire(const protocol::FactsCounts &counts);

} // namespace pilothouse::analytics
