#pragma once
// How each metric of docs/metrics.md reads on screen: its translated name, what it counts, the
// unit its value is shown in, and which way is better. The pages, the tables behind the charts
// and the exports all take their words and numbers from here, so they always agree.

#include "analytics/metrics.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace pilothouse::models {

/// Which way a change of a metric is good news: the colour and arrow of its delta.
namespace Direction {
Q_NAMESPACE
enum Value : int {
    Neutral, ///< No direction is good (volume, hand-off rate, spend): neutral colour.
    HigherIsBetter,
    LowerIsBetter,
};
Q_ENUM_NS(Value)
} // namespace Direction

/// The words and formats of the metrics (Q_DECLARE_TR_FUNCTIONS: the words are translated).
class MetricText {
    Q_DECLARE_TR_FUNCTIONS(MetricText)

public:
    enum class Unit { Count, Percent, Duration, Hours, Money, Rating };

    static QString label(analytics::Metric metric, int teamSize);
    /// One sentence: what the numerator and the denominator count.
    static QString explanation(analytics::Metric metric);
    static Unit unit(analytics::Metric metric);
    static Direction::Value direction(analytics::Metric metric);

    /// The value in its unit ("40.0 %", "1 h 5 min", "$30.70", "4.2"), or "No data".
    static QString value(
        analytics::Metric metric, const analytics::MetricValue &value, const QString &currency, const QLocale &locale);
    /// The change since the previous period ("+3.2 pts", "−12 s", "+$120.00"), "" without one.
    static QString delta(
        analytics::Metric metric, std::optional<double> delta, const QString &currency, const QLocale &locale);
    /// A share 0..1 as a percentage in the locale ("40.0 %").
    static QString percent(double share, const QLocale &locale);
};

} // namespace pilothouse::models
