#include "config/documents.h"

#include "tuning/rulesetjson.h"
#include "tuning/savedreplies.h"

namespace pilothouse::server::documents {
namespace {

/// The canonical text of a parsed document, or its errors.
template<typename T> tuning::Validated<std::string> canonicalOf(tuning::Validated<T> parsed)
{
    if (auto *errors = std::get_if<std::vector<tuning::FieldError>>(&parsed))
        return std::move(*errors);
    return tuning::toJson(std::get<T>(parsed));
}

} // namespace

QStringList names()
{
    return {kRules, kReplies};
}

bool isKnown(const QString &document)
{
    return document == kRules || document == kReplies;
}

std::string builtIn(const QString &document)
{
    if (document == kRules)
        return tuning::toJson(tuning::defaultRuleSet());
    if (document == kReplies)
        return tuning::toJson(tuning::defaultSavedReplies());
    return {};
}

tuning::Validated<std::string> canonical(const QString &document, std::string_view body)
{
    if (document == kRules)
        return canonicalOf(tuning::parseRuleSet(body));
    if (document == kReplies)
        return canonicalOf(tuning::parseSavedReplies(body));
    return std::vector<tuning::FieldError> {{"", "unknown_value", "there is no such document"}};
}

} // namespace pilothouse::server::documents
