#include "analytics/costmodelwire.h"

#include <algorithm>
#include <limits>

namespace pilothouse::analytics {
namespace {

/// An integer beyond int stays out of range instead of wrapping into it.
int narrowed(std::int64_t value)
{
    return int(std::clamp<std::int64_t>(value, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
}

} // namespace

protocol::CostModelValues toWire(const CostModel &model)
{
    protocol::CostModelValues out;
    out.loadedHourlyCost = model.loadedHourlyCost;
    out.defaultHandlingMinutes = model.defaultHandlingMinutes;
    for (auto it = model.handlingMinutesByIntent.cbegin(); it != model.handlingMinutesByIntent.cend(); ++it)
        out.handlingMinutesByIntent[it.key().toStdString()] = it.value();
    out.aiPricePer1000Tokens = model.aiPricePer1000Tokens;
    out.currency = model.currency.toStdString();
    out.teamSize = model.teamSize;
    out.minHumanSamples = model.minHumanSamples;
    return out;
}

CostModel fromWire(const protocol::CostModelValues &values)
{
    CostModel out;
    out.loadedHourlyCost = values.loadedHourlyCost;
    out.defaultHandlingMinutes = values.defaultHandlingMinutes;
    for (const auto &[intent, minutes] : values.handlingMinutesByIntent)
        out.handlingMinutesByIntent.insert(QString::fromStdString(intent), minutes);
    out.aiPricePer1000Tokens = values.aiPricePer1000Tokens;
    out.currency = QString::fromStdString(values.currency);
    out.teamSize = narrowed(values.teamSize);
    out.minHumanSamples = narrowed(values.minHumanSamples);
    return out;
}

std::vector<protocol::CostModelFieldError> toWire(const QList<CostModelError> &errors)
{
    std::vector<protocol::CostModelFieldError> out;
    for (const CostModelError &error : errors) {
        out.push_back({CostModelCheck::fieldName(error.field), error.intent.toStdString(),
            CostModelCheck::codeName(error.code), error.message.toStdString()});
    }
    return out;
}

QList<CostModelError> fromWire(const std::vector<protocol::CostModelFieldError> &errors)
{
    QList<CostModelError> out;
    for (const protocol::CostModelFieldError &wire : errors) {
        CostModelError error {};
        const QString intent = QString::fromStdString(wire.intent);
        if (!CostModelCheck::fieldFromName(QString::fromStdString(wire.field), error.field)
            || !CostModelCheck::codeFromName(QString::fromStdString(wire.code), error.code))
            continue;
        error.intent = intent;
        error.message = CostModelCheck::message(error.field, error.code, intent);
        out.append(error);
    }
    return out;
}

} // namespace pilothouse::analytics
