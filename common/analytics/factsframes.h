#pragma once
// Cutting facts into `facts` frames that fit a message (docs/protocol.md, section 7.1): each day is
// listed in the frame where its rows begin; a day too large for one frame continues, unlisted, in
// the next, where its rows replace by key. Applying the frames in order to a FactsLedger gives the
// rows they were cut from. Pure function; callable from any thread.

#include "analytics/facts.h"
#include "protocol/frames.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <cstddef>
#include <vector>

namespace pilothouse::analytics {

/// The rows of `days` (oldest first; a day without rows in `rows` is listed with none) as frames
/// whose encoding (protocol::encode of the ServerFrame) is at most `maxBytes`, unless one row alone
/// with its day does not fit: that row goes in a frame of its own.
std::vector<protocol::Facts> factsFrames(const QList<QDate> &days, const QMap<QDate, QList<DayFacts>> &rows,
    qint64 asOf, const QString &currency, std::size_t maxBytes);

} // namespace pilothouse::analytics
