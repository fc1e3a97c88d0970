#include "analytics/metrics.h"

#include <algorithm>

namespace pilothouse::analytics {

namespace {

// A person's working week, for the team cost the savings are compared with (docs/metrics.md).
constexpr double kHoursPerAgentWeek = 40.0;

MetricValue ratio(double numerator, double denominator)
{
    return {numerator, denominator};
}

MetricValue amount(double value)
{
    return {value, 1.0};
}

} // namespace

bool MetricsFilter::matches(const FactsKey &key) const
{
    return (channels.isEmpty() || channels.contains(key.channel)) && (!kind || *kind == key.kind)
        && (intents.isEmpty() || intents.contains(key.intent)) && (segments.isEmpty() || segments.contains(key.segment))
        && (languages.isEmpty() || languages.contains(key.language)) && (!vip || *vip == key.vip);
}

MetricsFilter MetricsFilter::previousPeriod() const
{
    MetricsFilter previous = *this;
    const qint64 days = from.daysTo(to) + 1;
    previous.to = from.addDays(-1);
    previous.from = from.addDays(-days);
    return previous;
}

std::optional<double> MetricsReport::delta(Metric metric) const
{
    const auto now = current[metric].value();
    const auto before = previous[metric].value();
    if (!now || !before)
        return std::nullopt;
    return *now - *before;
}

PeriodMetrics metricsFrom(const FactsCounters &t, const QHash<QString, IntentSums> &byIntent, const CostModel &cost,
    int periodDays, std::size_t window)
{
    PeriodMetrics m;
    m.totals = t;
    auto set = [&m](Metric metric, MetricValue value) { m.values[std::size_t(metric)] = value; };

    const double base = double(t.conversations - t.spam);
    const double closed = double(t.aiResolvedLenient + t.humanResolved + t.notResolved + t.abandoned);
    set(Metric::Conversations, amount(double(t.conversations)));
    set(Metric::AutomationRate, ratio(double(t.aiResolvedStrict + t.aiResolvedProvisional), closed));
    set(Metric::AiResolutionStrict, ratio(double(t.aiResolvedStrict), base));
    set(Metric::AiResolutionProvisional, ratio(double(t.aiResolvedProvisional), base));
    set(Metric::AiResolutionLenient, ratio(double(t.aiResolvedLenient), base));
    set(Metric::Containment, ratio(base - double(t.handedOff), base));
    set(Metric::HandOffRate, ratio(double(t.handedOff), base));
    for (std::size_t r = 0; r < kHandOffReasons; ++r)
        m.handOffByReason[r] = ratio(double(t.handedOffByReason[r]), base);
    set(Metric::AiFirstResponseMs, ratio(double(t.aiFirstResponseMsSum), double(t.aiFirstResponseCount)));
    set(Metric::HumanFirstResponseMs, ratio(double(t.humanFirstResponseMsSum), double(t.humanFirstResponseCount)));
    set(Metric::DeadlinesMet, ratio(double(t.deadlinesMet), double(t.deadlinesMet + t.deadlinesMissed)));
    set(Metric::ResolutionMs, ratio(double(t.resolutionMsSum), double(t.resolutionCount)));
    set(Metric::CsatPositive, ratio(double(t.ratedPositive), double(t.rated)));
    set(Metric::CsatMean, ratio(double(t.ratingSum), double(t.rated)));
    set(Metric::CsatResponseRate, ratio(double(t.rated), double(t.surveysSent)));

    // Hours saved: per intent, strict resolutions times that intent's handling time.
    double minutesSaved = 0;
    for (auto it = byIntent.cbegin(); it != byIntent.cend(); ++it) {
        const IntentSums &s = it.value();
        IntentHandling h {it.key(), s.strictResolutions, s.humanHandledConversations, 0, false};
        h.measured = s.humanHandledConversations >= cost.minHumanSamples;
        h.minutes = h.measured ? double(s.humanHandleMsSum) / double(s.humanHandledConversations) / 60'000.0
                               : cost.defaultMinutesFor(it.key());
        minutesSaved += double(s.strictResolutions) * h.minutes;
        m.handling.append(h);
    }
    std::sort(m.handling.begin(), m.handling.end(),
        [](const IntentHandling &a, const IntentHandling &b) { return a.intent < b.intent; });
    const double hoursSaved = minutesSaved / 60.0;
    const double aiSpend = double(t.aiTokens) * cost.aiPricePer1000Tokens / 1000.0;
    const double humanCost = double(t.humanHandleMsSum) / 3'600'000.0 * cost.loadedHourlyCost;
    set(Metric::HoursSaved, ratio(minutesSaved, 60.0));
    set(Metric::AiSpend, amount(aiSpend));
    set(Metric::MoneySaved, amount(hoursSaved * cost.loadedHourlyCost - aiSpend));
    set(Metric::TeamCost,
        amount(double(cost.teamSize) * cost.loadedHourlyCost * kHoursPerAgentWeek * double(periodDays) / 7.0));
    set(Metric::CostPerResolution, ratio(aiSpend + humanCost, double(t.aiResolvedLenient + t.humanResolved)));

    set(Metric::QualificationRate, ratio(double(t.qualified), double(t.salesConversations)));
    set(Metric::ConversionRate, ratio(double(t.won), double(t.salesConversations)));
    const std::size_t w = std::min(window, kAttributionWindows.size() - 1);
    const double revenue = double(t.revenueCents[w]) / 100.0;
    set(Metric::RevenueInfluenced, amount(revenue));
    set(Metric::AverageOrderValue, ratio(revenue, double(t.attributedOrders[w])));
    return m;
}

MetricsReport computeMetrics(
    std::span<const DayFacts> facts, const MetricsFilter &filter, const CostModel &cost, std::size_t attributionWindow)
{
    const MetricsFilter previous = filter.previousPeriod();
    FactsCounters now, before;
    QHash<QString, IntentSums> nowIntents, beforeIntents;
    for (const DayFacts &row : facts) {
        const QDate day = row.key.day;
        const bool inNow = day >= filter.from && day <= filter.to;
        const bool inBefore = !inNow && day >= previous.from && day <= previous.to;
        if ((!inNow && !inBefore) || !filter.matches(row.key))
            continue;
        (inNow ? now : before) += row.counts;
        IntentSums &s = (inNow ? nowIntents : beforeIntents)[row.key.intent];
        s.strictResolutions += row.counts.aiResolvedStrict;
        s.humanHandleMsSum += row.counts.humanHandleMsSum;
        s.humanHandledConversations += row.counts.humanHandledConversations;
    }
    const int days = int(filter.from.daysTo(filter.to) + 1);
    return {metricsFrom(now, nowIntents, cost, days, attributionWindow),
        metricsFrom(before, beforeIntents, cost, days, attributionWindow)};
}

} // namespace pilothouse::analytics
