#pragma once
// Every supervisor metric of docs/metrics.md, computed from a span of DayFacts for a filtered
// period and the period of the same length just before it. Each value carries its numerator and
// denominator, so a view can open the conversations behind both; a ratio whose denominator is 0
// has no data (never 0 %). Pure functions of their arguments; callable from any thread.

#include "analytics/costmodel.h"
#include "analytics/facts.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <array>
#include <optional>
#include <span>

namespace pilothouse::analytics {

/// Which rows count: a date range (inclusive, creation days) and optional dimensions. An empty
/// set or an unset optional means "all".
struct MetricsFilter {
    QDate from;
    QDate to;
    QSet<protocol::Channel> channels;
    std::optional<protocol::ConversationKind> kind;
    QSet<QString> intents;
    QSet<QString> segments;
    QSet<QString> languages;
    std::optional<bool> vip;

    /// Whether a row's dimensions (not its day) pass.
    bool matches(const FactsKey &key) const;
    /// The same filter over the previous period: as many days, ending the day before `from`.
    MetricsFilter previousPeriod() const;
};

/// The metrics, in the order docs/metrics.md defines them.
enum class Metric {
    Conversations,
    AutomationRate,
    AiResolutionStrict,
    AiResolutionProvisional,
    AiResolutionLenient,
    Containment,
    HandOffRate,
    AiFirstResponseMs,
    HumanFirstResponseMs,
    DeadlinesMet,
    ResolutionMs,
    CsatPositive,
    CsatMean,
    CsatResponseRate,
    HoursSaved,
    AiSpend,
    MoneySaved,
    TeamCost,
    CostPerResolution,
    QualificationRate,
    ConversionRate,
    RevenueInfluenced,
    AverageOrderValue,
    Count_
};
inline constexpr std::size_t kMetricCount = std::size_t(Metric::Count_);

/// One figure: value = numerator / denominator. Counts and amounts have denominator 1.
struct MetricValue {
    double numerator = 0;
    double denominator = 0;

    bool hasData() const { return denominator != 0; }
    /// The figure, or nothing when there is no data.
    std::optional<double> value() const
    {
        return hasData() ? std::optional<double>(numerator / denominator) : std::nullopt;
    }
};

/// Which handling time hours saved used for an intent: the assumption the pages state.
struct IntentHandling {
    QString intent;
    qint64 strictResolutions = 0;
    qint64 humanSamples = 0;
    double minutes = 0;
    bool measured = false; ///< Measured from humanSamples; otherwise the cost model's default.
};

/// Per-intent sums for hours saved (a ratio of sums within each intent).
struct IntentSums {
    qint64 strictResolutions = 0;
    qint64 humanHandleMsSum = 0;
    qint64 humanHandledConversations = 0;
};

/// The metrics of one period.
struct PeriodMetrics {
    std::array<MetricValue, kMetricCount> values {};
    std::array<MetricValue, kHandOffReasons> handOffByReason {}; ///< Indexed by hand-off slot (facts.h).
    QList<IntentHandling> handling; ///< Sorted by intent.
    FactsCounters totals; ///< The summed facts the values come from.

    const MetricValue &operator[](Metric metric) const { return values[std::size_t(metric)]; }
};

/// A period and the previous one.
struct MetricsReport {
    PeriodMetrics current;
    PeriodMetrics previous;

    /// current - previous, or nothing when either has no data.
    std::optional<double> delta(Metric metric) const;
};

/// The metrics of a period from summed facts and their per-intent handling samples.
PeriodMetrics metricsFrom(const FactsCounters &totals, const QHash<QString, IntentSums> &byIntent,
    const CostModel &cost, int periodDays, std::size_t attributionWindow);

/// Filters `facts` into the filter's period and the previous one and computes both.
MetricsReport computeMetrics(std::span<const DayFacts> facts, const MetricsFilter &filter, const CostModel &cost,
    std::size_t attributionWindow = kDefaultAttributionWindow);

} // namespace pilothouse::analytics
