#include "analytics/drilldown.h"

#include <array>

namespace pilothouse::analytics {
namespace {

constexpr std::array<std::string_view, kMetricCount> kMetricNames
    = {"conversations", "automationRate", "aiResolutionStrict", "aiResolutionProvisional", "aiResolutionLenient",
        "containment", "handOffRate", "aiFirstResponse", "humanFirstResponse", "deadlinesMet", "resolutionTime",
        "csatPositive", "csatMean", "csatResponseRate", "hoursSaved", "aiSpend", "moneySaved", "teamCost",
        "costPerResolution", "qualificationRate", "conversionRate", "revenueInfluenced", "averageOrderValue"};

constexpr std::array<std::string_view, 6> kOutcomeNames
    = {"open", "ai_resolved", "human_resolved", "not_resolved", "abandoned", "spam"};

bool inBase(const FactsCounters &c)
{
    return c.conversations > 0 && c.spam == 0;
}

bool closed(const FactsCounters &c)
{
    return c.aiResolvedLenient + c.humanResolved + c.notResolved + c.abandoned > 0;
}

} // namespace

bool isBehindBand(DrillSide side, const FactsCounters &counts, std::size_t band)
{
    if (band >= kConfidenceBands)
        return false;
    return side == DrillSide::Numerator ? counts.wrongByConfidence[band] > 0 : counts.judgedByConfidence[band] > 0;
}

Membership membershipOf(Metric metric, DrillSide side)
{
    const bool numerator = side == DrillSide::Numerator;
    switch (metric) {
    case Metric::Conversations:
    case Metric::AiSpend:
    case Metric::MoneySaved:
    case Metric::RevenueInfluenced:
        return numerator ? (metric == Metric::Conversations ? Membership::Count : Membership::Contributors)
                         : Membership::Population;
    case Metric::TeamCost:
        return Membership::Population;
    case Metric::HoursSaved:
        // minutes saved / 60: the strict resolutions, weighted by their intent's minutes.
        return numerator ? Membership::Contributors : Membership::Population;
    case Metric::AiFirstResponseMs:
    case Metric::HumanFirstResponseMs:
    case Metric::ResolutionMs:
    case Metric::CsatMean:
    case Metric::CostPerResolution:
        return numerator ? Membership::Contributors : Membership::Count;
    case Metric::AverageOrderValue:
        return Membership::Contributors; // revenue over orders, not over conversations
    case Metric::AutomationRate:
    case Metric::AiResolutionStrict:
    case Metric::AiResolutionProvisional:
    case Metric::AiResolutionLenient:
    case Metric::Containment:
    case Metric::HandOffRate:
    case Metric::CsatPositive:
    case Metric::CsatResponseRate:
    case Metric::QualificationRate:
    case Metric::ConversionRate:
    case Metric::DeadlinesMet:
    case Metric::Count_:
        break;
    }
    return Membership::Count;
}

bool isBehind(Metric metric, DrillSide side, const FactsCounters &c, std::size_t window)
{
    if (c.conversations <= 0)
        return false;
    if (membershipOf(metric, side) == Membership::Population)
        return true;
    const bool numerator = side == DrillSide::Numerator;
    const std::size_t w = std::min(window, kAttributionWindows.size() - 1);
    switch (metric) {
    case Metric::Conversations:
        return true;
    case Metric::AutomationRate:
        return numerator ? c.aiResolvedStrict + c.aiResolvedProvisional > 0 : closed(c);
    case Metric::AiResolutionStrict:
        return numerator ? c.aiResolvedStrict > 0 : inBase(c);
    case Metric::AiResolutionProvisional:
        return numerator ? c.aiResolvedProvisional > 0 : inBase(c);
    case Metric::AiResolutionLenient:
        return numerator ? c.aiResolvedLenient > 0 : inBase(c);
    case Metric::Containment:
        return inBase(c) && (!numerator || c.handedOff == 0);
    case Metric::HandOffRate:
        return numerator ? c.handedOff > 0 : inBase(c);
    case Metric::AiFirstResponseMs:
        return c.aiFirstResponseCount > 0;
    case Metric::HumanFirstResponseMs:
        return c.humanFirstResponseCount > 0;
    case Metric::DeadlinesMet:
        return numerator ? c.deadlinesMet > 0 : c.deadlinesMet + c.deadlinesMissed > 0;
    case Metric::ResolutionMs:
        return c.resolutionCount > 0;
    case Metric::CsatPositive:
        return numerator ? c.ratedPositive > 0 : c.rated > 0;
    case Metric::CsatMean:
        return c.rated > 0;
    case Metric::CsatResponseRate:
        return numerator ? c.rated > 0 : c.surveysSent > 0;
    case Metric::HoursSaved:
        return c.aiResolvedStrict > 0;
    case Metric::AiSpend:
        return c.aiTokens > 0;
    case Metric::MoneySaved:
        return c.aiResolvedStrict > 0 || c.aiTokens > 0;
    case Metric::CostPerResolution:
        return numerator ? c.aiTokens > 0 || c.humanHandleMsSum > 0 : c.aiResolvedLenient + c.humanResolved > 0;
    case Metric::QualificationRate:
        return numerator ? c.qualified > 0 : c.salesConversations > 0;
    case Metric::ConversionRate:
        return numerator ? c.won > 0 : c.salesConversations > 0;
    case Metric::RevenueInfluenced:
    case Metric::AverageOrderValue:
        return c.attributedOrders[w] > 0;
    case Metric::TeamCost:
    case Metric::Count_:
        break;
    }
    return false;
}

DrillOutcome outcomeOf(const FactsCounters &c)
{
    if (c.spam > 0)
        return DrillOutcome::Spam;
    if (c.aiResolvedLenient > 0)
        return DrillOutcome::AiResolved;
    if (c.humanResolved > 0)
        return DrillOutcome::HumanResolved;
    if (c.notResolved > 0)
        return DrillOutcome::NotResolved;
    if (c.abandoned > 0)
        return DrillOutcome::Abandoned;
    return DrillOutcome::Open;
}

std::string_view metricName(Metric metric)
{
    return std::size_t(metric) < kMetricCount ? kMetricNames[std::size_t(metric)] : std::string_view();
}

std::optional<Metric> metricFromName(std::string_view name)
{
    for (std::size_t i = 0; i < kMetricCount; ++i) {
        if (kMetricNames[i] == name)
            return Metric(i);
    }
    return std::nullopt;
}

std::string_view sideName(DrillSide side)
{
    return side == DrillSide::Numerator ? "numerator" : "denominator";
}

std::optional<DrillSide> sideFromName(std::string_view name)
{
    if (name == "numerator")
        return DrillSide::Numerator;
    if (name == "denominator")
        return DrillSide::Denominator;
    return std::nullopt;
}

std::string_view outcomeName(DrillOutcome outcome)
{
    return kOutcomeNames[std::size_t(outcome)];
}

std::optional<DrillOutcome> outcomeFromName(std::string_view name)
{
    for (std::size_t i = 0; i < kOutcomeNames.size(); ++i) {
        if (kOutcomeNames[i] == name)
            return DrillOutcome(i);
    }
    return std::nullopt;
}

std::string_view membershipName(Membership membership)
{
    switch (membership) {
    case Membership::Count:
        return "count";
    case Membership::Contributors:
        return "contributors";
    case Membership::Population:
        return "all";
    }
    return "count";
}

} // namespace pilothouse::analytics
