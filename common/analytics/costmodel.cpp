#include "analytics/costmodel.h"

#include <algorithm>
#include <cmath>
#include <iterator>

#include <QStringList>

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
    using E = CostModelError;
    QList<CostModelError> errors;
    const auto refuse = [&errors](E::Field field, E::Code code, const QString &intent = {}) {
        errors.append({field, intent, message(field, code, intent), code});
    };
    if (!within(model.loadedHourlyCost, 0.0, CostModel::kMaxHourlyCost, false))
        refuse(E::LoadedHourlyCost, E::OutOfRange);
    if (!within(model.defaultHandlingMinutes, 0.0, CostModel::kMaxHandlingMinutes, false))
        refuse(E::DefaultHandlingMinutes, E::OutOfRange);
    QStringList intents = model.handlingMinutesByIntent.keys();
    intents.sort(); // a hash has no order; the refusals do
    for (const QString &intent : std::as_const(intents)) {
        if (intent.trimmed().isEmpty())
            refuse(E::IntentHandlingMinutes, E::Empty, intent);
        else if (!within(model.handlingMinutesByIntent.value(intent), 0.0, CostModel::kMaxHandlingMinutes, false))
            refuse(E::IntentHandlingMinutes, E::OutOfRange, intent);
    }
    if (!within(model.aiPricePer1000Tokens, 0.0, CostModel::kMaxPricePer1000Tokens, true))
        refuse(E::AiPrice, E::OutOfRange);
    if (model.currency.isEmpty())
        refuse(E::Currency, E::Empty);
    else if (model.currency.size() != 3
        || !std::all_of(model.currency.cbegin(), model.currency.cend(), [](QChar c) { return c >= u'A' && c <= u'Z'; }))
        refuse(E::Currency, E::NotACurrency);
    if (model.teamSize < 1 || model.teamSize > CostModel::kMaxTeamSize)
        refuse(E::TeamSize, E::OutOfRange);
    if (model.minHumanSamples < 1 || model.minHumanSamples > CostModel::kMaxMinHumanSamples)
        refuse(E::MinHumanSamples, E::OutOfRange);
    return errors;
}

QString CostModelCheck::message(CostModelError::Field field, CostModelError::Code code, const QString &intent)
{
    using E = CostModelError;
    switch (field) {
    case E::LoadedHourlyCost:
        return tr("Enter an hourly cost above 0 and at most %L1.").arg(CostModel::kMaxHourlyCost, 0, 'f', 0);
    case E::DefaultHandlingMinutes:
        return tr("Enter default handling minutes above 0 and at most %L1.")
            .arg(CostModel::kMaxHandlingMinutes, 0, 'f', 0);
    case E::IntentHandlingMinutes:
        if (code == E::Empty || intent.trimmed().isEmpty())
            return tr("Name the intent these handling minutes are for.");
        return tr("Enter handling minutes for %1 above 0 and at most %L2.")
            .arg(intent)
            .arg(CostModel::kMaxHandlingMinutes, 0, 'f', 0);
    case E::AiPrice:
        return tr("Enter an AI price per 1,000 tokens from 0 to %L1.")
            .arg(CostModel::kMaxPricePer1000Tokens, 0, 'f', 0);
    case E::Currency:
        return tr("Enter a currency as its three-letter code, such as USD or EUR.");
    case E::TeamSize:
        return tr("Enter a team size from 1 to %L1.").arg(CostModel::kMaxTeamSize);
    case E::MinHumanSamples:
        return tr("Enter a minimum number of measured conversations from 1 to %L1.")
            .arg(CostModel::kMaxMinHumanSamples);
    }
    return {};
}

namespace {

constexpr const char *kFieldNames[] = {"loadedHourlyCost", "defaultHandlingMinutes", "handlingMinutesByIntent",
    "aiPricePer1000Tokens", "currency", "teamSize", "minHumanSamples"};
constexpr const char *kCodeNames[] = {"out_of_range", "empty", "not_a_currency"};
static_assert(std::size(kFieldNames) == CostModelError::MinHumanSamples + 1);
static_assert(std::size(kCodeNames) == CostModelError::NotACurrency + 1);

} // namespace

const char *CostModelCheck::fieldName(CostModelError::Field field)
{
    return kFieldNames[std::clamp(int(field), 0, int(std::size(kFieldNames)) - 1)];
}

const char *CostModelCheck::codeName(CostModelError::Code code)
{
    return kCodeNames[std::clamp(int(code), 0, int(std::size(kCodeNames)) - 1)];
}

bool CostModelCheck::fieldFromName(const QString &name, CostModelError::Field &field)
{
    for (std::size_t i = 0; i < std::size(kFieldNames); ++i) {
        if (name == QLatin1String(kFieldNames[i])) {
            field = CostModelError::Field(i);
            return true;
        }
    }
    return false;
}

bool CostModelCheck::codeFromName(const QString &name, CostModelError::Code &code)
{
    for (std::size_t i = 0; i < std::size(kCodeNames); ++i) {
        if (name == QLatin1String(kCodeNames[i])) {
            code = CostModelError::Code(i);
            return true;
        }
    }
    return false;
}

} // namespace pilothouse::analytics
