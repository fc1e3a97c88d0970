#include "analytics/factsledger.h"

#include "analytics/factswire.h"

namespace pilothouse::analytics {

void FactsLedger::reset(const protocol::Facts &facts)
{
    clear();
    apply(facts);
}

void FactsLedger::apply(const protocol::Facts &facts)
{
    for (const std::string &text : facts.days)
        m_days.remove(QDate::fromString(QString::fromStdString(text), Qt::ISODate));
    for (const protocol::FactsRow &wire : facts.rows) {
        DayFacts row;
        if (!fromWire(wire, row))
            continue;
        QList<DayFacts> &day = m_days[row.key.day];
        const auto held = std::find_if(day.begin(), day.end(), [&](const DayFacts &r) { return r.key == row.key; });
        if (held != day.end())
            *held = std::move(row);
        else
            day.append(std::move(row));
    }
    if (!m_days.isEmpty()) {
        const QDate oldest = m_days.lastKey().addDays(-(kKeepDays - 1));
        m_days.removeIf([&](const auto &entry) { return entry.key() < oldest; });
    }
    m_asOf = std::max(m_asOf, qint64(facts.asOf));
    if (!facts.currency.empty())
        m_currency = QString::fromStdString(facts.currency);
}

void FactsLedger::clear()
{
    m_days.clear();
    m_asOf = 0;
    m_currency.clear();
}

QList<DayFacts> FactsLedger::rows() const
{
    QList<DayFacts> all;
    for (const QList<DayFacts> &day : m_days)
        all.append(day);
    return all;
}

} // namespace pilothouse::analytics
