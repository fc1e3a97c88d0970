#pragma once
// The facts a console holds, kept with the rules of the `facts` frame (docs/protocol.md): the
// rows of each listed day are dropped, then each row replaces the held row with the same key.
// Fed first with what the cache held, then with every frame, so the pages always show the
// server's figures as of the last frame. Days more than kKeepDays before the newest are dropped,
// as the cache does. Plain value; one thread.

#include "analytics/facts.h"
#include "protocol/frames.h"

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace pilothouse::analytics {

class FactsLedger {
public:
    /// The server's window: 90 days and the 90 before them.
    static constexpr int kKeepDays = 180;

    /// Everything held is replaced by `facts` (the cache's content).
    void reset(const protocol::Facts &facts);
    /// One frame.
    void apply(const protocol::Facts &facts);
    void clear();

    /// Every row held, oldest day first.
    QList<DayFacts> rows() const;
    bool isEmpty() const { return m_days.isEmpty(); }
    /// When the server computed the newest frame (ms; 0 = never).
    qint64 asOf() const { return m_asOf; }
    /// The currency of the revenue counters ("" before any frame).
    QString currency() const { return m_currency; }

private:
    QMap<QDate, QList<DayFacts>> m_days;
    qint64 m_asOf = 0;
    QString m_currency;
};

} // namespace pilothouse::analytics
