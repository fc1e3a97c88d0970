#include "analytics/costmodel.h"

#include <algorithm>
#include <cmath>

namespace pilothouse::analytics {

double CostModel::defaultMinutesFor(const QString &intent) const
{
    return handlingMinutesByIntent.value(intent, defaultHandlingMinutes);
}

namespace {

// NaN and infinities fail both comparisons, so they are refused with the range message.
bool within(double value, double low, double high, bool lowInclusive)
{
    if (!std::isfinite(value))
        return false;
    return (lowInclusive ? value >= low : value > low) && value <= high;
}

} // namespace

QList<CostModelError> CostModelCheck::validate(const CostModel &model)
{
    QList<CostModelError> errors;
    const auto refuse = [&errors](CostModelError::Field field, const QString &message, const QString &intent = {}) {
        errors.append({field, intent, message});
    };
    if (!within(model.loadedHourlyCost, 0.0, CostModel::kMaxHourlyCost, false))
        refuse(CostModelError::LoadedHourlyCost,
            tr("Enter an hourly cost above 0 and at most %L1.").arg(CostModel::kMaxHourlyCost, 0, 'f', 0));
    if (!within(model.defaultHandlingMinutes, 0.0, CostModel::kMaxHandlingMinutes, false))
        refuse(CostModelError::DefaultHandlingMinutes,
            tr("Enter default handling minutes above 0 and at most %L1.")
                .arg(CostModel::kMaxHandlingMinutes, 0, 'f', 0));
    for (auto it = model.handlingMinutesByIntent.cbegin(); it != model.handlingMinutesByIntent.cend(); ++it) {
        if (it.key().trimmed().isEmpty())
            refuse(
                CostModelError::IntentHandlingMinutes, tr("Name the intent these handling minutes are for."), it.key());
        else if (!within(it.value(), 0.0, CostModel::kMaxHandlingMinutes, false))
            refuse(CostModelError::IntentHandlingMinutes,
                tr("Enter handling minutes for %1 above 0 and at most %L2.")
                    .arg(it.key())
                    .arg(CostModel::kMaxHandlingMinutes, 0, 'f', 0),
                it.key());
    }
    if (!within(model.aiPricePer1000Tokens, 0.0, CostModel::kMaxPricePer1000Tokens, true))
        refuse(CostModelError::AiPrice,
            tr("Enter an AI price per 1,000 tokens from 0 to %L1.").arg(CostModel::kMaxPricePer1000Tokens, 0, 'f', 0));
    const bool currencyOk = model.currency.size() == 3
        && std::all_of(model.currency.cbegin(), model.currency.cend(), [](QChar c) { return c >= u'A' && c <= u'Z'; });
    if (!currencyOk)
        refuse(CostModelError::Currency, tr("Enter a currency as its three-letter code, such as USD or EUR."));
    if (model.teamSize < 1 || model.teamSize > CostModel::kMaxTeamSize)
        refuse(CostModelError::TeamSize, tr("Enter a team size from 1 to %L1.").arg(CostModel::kMaxTeamSize));
    if (model.minHumanSamples < 1 || model.minHumanSamples > CostModel::kMaxMinHumanSamples)
        refuse(CostModelError::MinHumanSamples,
            tr("Enter a minimum number of measured conversations from 1 to %L1.").arg(CostModel::kMaxMinHumanSamples));
    return errors;
}

} // namespace pilothouse::analytics
