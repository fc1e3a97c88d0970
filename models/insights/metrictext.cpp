#include "insights/metrictext.h"

#include "board/bands.h"
#include "domain/timetext.h"

#include <cmath>

namespace pilothouse::models {

using analytics::Metric;

QString MetricText::label(Metric metric, int teamSize)
{
    switch (metric) {
    case Metric::Conversations:
        return tr("Conversations");
    case Metric::AutomationRate:
        return tr("Automation rate");
    case Metric::AiResolutionStrict:
        return tr("Resolved by AI");
    case Metric::AiResolutionProvisional:
        return tr("Resolved by AI, provisional");
    case Metric::AiResolutionLenient:
        return tr("Resolved by AI, vendor-style");
    case Metric::Containment:
        return tr("Containment");
    case Metric::HandOffRate:
        return tr("Handed to a person");
    case Metric::AiFirstResponseMs:
        return tr("AI first response");
    case Metric::HumanFirstResponseMs:
        return tr("First human response after hand-off");
    case Metric::DeadlinesMet:
        return tr("First-reply deadlines met");
    case Metric::ResolutionMs:
        return tr("Time to resolution");
    case Metric::CsatPositive:
        return tr("Satisfied customers");
    case Metric::CsatMean:
        return tr("Average rating");
    case Metric::CsatResponseRate:
        return tr("Survey response rate");
    case Metric::HoursSaved:
        return tr("Hours saved");
    case Metric::AiSpend:
        return tr("AI spend");
    case Metric::MoneySaved:
        return tr("Money saved");
    case Metric::TeamCost:
        return tr("Cost of a team of %n", "", teamSize);
    case Metric::CostPerResolution:
        return tr("Cost per resolution");
    case Metric::QualificationRate:
        return tr("Qualified leads");
    case Metric::ConversionRate:
        return tr("Won sales");
    case Metric::RevenueInfluenced:
        return tr("Revenue influenced");
    case Metric::AverageOrderValue:
        return tr("Average order value");
    case Metric::Count_:
        break;
    }
    return {};
}

QString MetricText::explanation(Metric metric)
{
    switch (metric) {
    case Metric::Conversations:
        return tr("Conversations created in the period.");
    case Metric::AutomationRate:
        return tr("Of the conversations that ended, those the AI resolved with no person writing and no reopening.");
    case Metric::AiResolutionStrict:
        return tr("Resolved by the AI alone, no person wrote to the customer, and not reopened within 7 days.");
    case Metric::AiResolutionProvisional:
        return tr("Resolved by the AI alone less than 7 days ago: strict once a week passes without a reopening.");
    case Metric::AiResolutionLenient:
        return tr("Every close by the AI, including customers who went quiet and conversations a person helped "
                  "with or that reopened: what other products report.");
    case Metric::Containment:
        return tr("Conversations never handed to a person.");
    case Metric::HandOffRate:
        return tr("Conversations escalated or taken over by a person.");
    case Metric::AiFirstResponseMs:
        return tr("Mean time from the customer's first message to the AI's first reply.");
    case Metric::HumanFirstResponseMs:
        return tr("Mean time from a hand-off to the first reply a person wrote, never blended with the AI's.");
    case Metric::DeadlinesMet:
        return tr("Of the hand-offs whose first-reply deadline has been decided, those a person answered by it.");
    case Metric::ResolutionMs:
        return tr("Mean time from the first message to the resolution.");
    case Metric::CsatPositive:
        return tr("Ratings of 4 or 5 among the rated conversations.");
    case Metric::CsatMean:
        return tr("Mean rating, 1 to 5, of the rated conversations.");
    case Metric::CsatResponseRate:
        return tr("Rated conversations among those sent a survey.");
    case Metric::HoursSaved:
        return tr("Strict AI resolutions times the time a person takes for the same intent.");
    case Metric::AiSpend:
        return tr("Tokens the AI used, at the cost model's price.");
    case Metric::MoneySaved:
        return tr("Hours saved at the loaded hourly cost, minus the AI spend.");
    case Metric::TeamCost:
        return tr("What the team the savings are compared with costs in the period.");
    case Metric::CostPerResolution:
        return tr("AI spend plus the time people spent, over every resolved conversation.");
    case Metric::QualificationRate:
        return tr("Sales conversations where need, timeline, budget and authority became known.");
    case Metric::ConversionRate:
        return tr("Sales conversations won.");
    case Metric::RevenueInfluenced:
        return tr("Orders placed within the attribution window of a sales conversation.");
    case Metric::AverageOrderValue:
        return tr("Revenue influenced over the attributed orders.");
    case Metric::Count_:
        break;
    }
    return {};
}

MetricText::Unit MetricText::unit(Metric metric)
{
    switch (metric) {
    case Metric::Conversations:
        return Unit::Count;
    case Metric::AiFirstResponseMs:
    case Metric::HumanFirstResponseMs:
    case Metric::ResolutionMs:
        return Unit::Duration;
    case Metric::HoursSaved:
        return Unit::Hours;
    case Metric::AiSpend:
    case Metric::MoneySaved:
    case Metric::TeamCost:
    case Metric::CostPerResolution:
    case Metric::RevenueInfluenced:
    case Metric::AverageOrderValue:
        return Unit::Money;
    case Metric::CsatMean:
        return Unit::Rating;
    default:
        return Unit::Percent;
    }
}

Direction::Value MetricText::direction(Metric metric)
{
    switch (metric) {
    case Metric::AutomationRate:
    case Metric::AiResolutionStrict:
    case Metric::Containment:
    case Metric::CsatPositive:
    case Metric::CsatMean:
    case Metric::HoursSaved:
    case Metric::MoneySaved:
    case Metric::QualificationRate:
    case Metric::ConversionRate:
    case Metric::RevenueInfluenced:
    case Metric::AverageOrderValue:
    case Metric::DeadlinesMet:
        return Direction::HigherIsBetter;
    case Metric::AiFirstResponseMs:
    case Metric::HumanFirstResponseMs:
    case Metric::ResolutionMs:
    case Metric::CostPerResolution:
        return Direction::LowerIsBetter;
    default:
        return Direction::Neutral;
    }
}

QString MetricText::percent(double share, const QLocale &locale)
{
    return tr("%1 %", "a percentage; the translation places the sign").arg(locale.toString(share * 100.0, 'f', 1));
}

QString MetricText::value(
    Metric metric, const analytics::MetricValue &value, const QString &currency, const QLocale &locale)
{
    const std::optional<double> v = value.value();
    if (!v)
        return tr("No data");
    switch (unit(metric)) {
    case Unit::Count:
        return locale.toString(qint64(std::llround(*v)));
    case Unit::Percent:
        return percent(*v, locale);
    case Unit::Duration:
        return TimeText::span(qint64(std::llround(*v)), locale);
    case Unit::Hours:
        return tr("%1 h", "hours").arg(locale.toString(*v, 'f', 1));
    case Unit::Money:
        return bands::formatMoney(qint64(std::llround(*v * 100.0)), currency, locale);
    case Unit::Rating:
        return tr("%1 of 5").arg(locale.toString(*v, 'f', 1));
    }
    return {};
}

QString MetricText::delta(Metric metric, std::optional<double> delta, const QString &currency, const QLocale &locale)
{
    if (!delta)
        return {};
    const double d = *delta;
    const QString sign = d > 0 ? QStringLiteral("+") : d < 0 ? QStringLiteral("\u2212") : QString();
    const double magnitude = std::abs(d);
    switch (unit(metric)) {
    case Unit::Count:
        return sign + locale.toString(qint64(std::llround(magnitude)));
    case Unit::Percent:
        return tr("%1%2 pts", "change of a percentage, in points")
            .arg(sign, locale.toString(magnitude * 100.0, 'f', 1));
    case Unit::Duration:
        return sign + TimeText::span(qint64(std::llround(magnitude)), locale);
    case Unit::Hours:
        return sign + tr("%1 h", "hours").arg(locale.toString(magnitude, 'f', 1));
    case Unit::Money:
        return sign + bands::formatMoney(qint64(std::llround(magnitude * 100.0)), currency, locale);
    case Unit::Rating:
        return sign + locale.toString(magnitude, 'f', 1);
    }
    return {};
}

} // namespace pilothouse::models
