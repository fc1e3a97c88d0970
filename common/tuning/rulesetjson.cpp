#include "tuning/rulesetjson.h"

#include "protocol/jsondom.h"
#include "protocol/spellings.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <set>
#include <stdexcept>

namespace pilothouse::tuning {
namespace {

using nlohmann::json;
namespace spellings = protocol::spellings;

inline constexpr spellings::Spellings<Fact, 18> kFacts {
    {{Fact::Confidence, "confidence"}, {Fact::Sentiment, "sentiment"}, {Fact::Intent, "intent"}, {Fact::Vip, "vip"},
        {Fact::Segment, "segment"}, {Fact::LifetimeValue, "lifetime_value"}, {Fact::OrderValue, "order_value"},
        {Fact::Language, "language"}, {Fact::Channel, "channel"}, {Fact::Kind, "kind"}, {Fact::Text, "text"},
        {Fact::TurnsWithoutProgress, "turns_without_progress"}, {Fact::AskedForHuman, "asked_for_human"},
        {Fact::LegalThreat, "legal_threat"}, {Fact::SelfHarm, "self_harm"}, {Fact::ToolFailed, "tool_failed"},
        {Fact::MissingKnowledge, "missing_knowledge"}, {Fact::BusinessHours, "business_hours"}}};
inline constexpr spellings::Spellings<Op, 8> kOps {
    {{Op::Below, "below"}, {Op::AtOrBelow, "at_or_below"}, {Op::Above, "above"}, {Op::AtOrAbove, "at_or_above"},
        {Op::In, "in"}, {Op::NotIn, "not_in"}, {Op::Is, "is"}, {Op::ContainsAny, "contains_any"}}};
inline constexpr spellings::Spellings<Guardrail, 3> kGuardrails {{{Guardrail::AskedForHuman, "asked_for_human"},
    {Guardrail::LegalThreat, "legal_threat"}, {Guardrail::SelfHarm, "self_harm"}}};
inline constexpr spellings::Spellings<ActionKind, 2> kActions {
    {{ActionKind::HandOver, "hand_over"}, {ActionKind::DraftForApproval, "draft_for_approval"}}};
inline constexpr std::array<std::string_view, 4> kSegments {"new", "returning", "vip", "business"};
inline constexpr std::array<std::string_view, 7> kDays {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

enum class Shape { Number, List, Flag, Phrases };

struct NumberRange {
    double min = 0;
    double max = 0;
    bool integer = false;
    const char *wording = "";
};

Shape shapeOf(Fact fact)
{
    switch (fact) {
    case Fact::Confidence:
    case Fact::Sentiment:
    case Fact::LifetimeValue:
    case Fact::OrderValue:
    case Fact::TurnsWithoutProgress:
        return Shape::Number;
    case Fact::Intent:
    case Fact::Segment:
    case Fact::Language:
    case Fact::Channel:
    case Fact::Kind:
        return Shape::List;
    case Fact::Text:
        return Shape::Phrases;
    default:
        return Shape::Flag;
    }
}

NumberRange rangeOf(Fact fact)
{
    switch (fact) {
    case Fact::Confidence:
        return {0, 1, false, "a number from 0 to 1"};
    case Fact::Sentiment:
        return {-1, 1, false, "a number from -1 to 1"};
    case Fact::TurnsWithoutProgress:
        return {1, 50, true, "a whole number from 1 to 50"};
    default:
        return {0, 1e9, false, "an amount from 0 to 1,000,000,000"};
    }
}

bool isCode(std::string_view text, std::size_t maxSize, bool allowUnderscore, bool allowDash)
{
    if (text.empty() || text.size() > maxSize)
        return false;
    return std::all_of(text.begin(), text.end(), [&](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (allowUnderscore && c == '_')
            || (allowDash && c == '-');
    });
}

/// Why `value` is not an allowed member of `fact`'s list, or "".
std::string listProblem(Fact fact, const std::string &value)
{
    switch (fact) {
    case Fact::Intent:
        return isCode(value, 64, true, false) ? "" : "an intent is lower-case letters, digits and '_'";
    case Fact::Segment:
        return std::find(kSegments.begin(), kSegments.end(), value) != kSegments.end()
            ? ""
            : "a segment is new, returning, vip or business";
    case Fact::Language:
        return value.size() == 2 && isCode(value, 2, false, false) ? "" : "a language is two letters (ISO 639-1)";
    case Fact::Channel:
        return spellings::lookup(spellings::kChannels, value) ? "" : "a channel is chat, email, sms or voice";
    case Fact::Kind:
        return spellings::lookup(spellings::kKinds, value) ? "" : "a kind is support or sales";
    default:
        return "";
    }
}

class Reader {
public:
    std::vector<FieldError> errors;

    void fail(const std::string &field, const char *code, std::string message)
    {
        errors.push_back({field, code, std::move(message)});
    }

    /// Reports every member of `object` not in `known`.
    void onlyKnown(const json &object, const std::string &path, std::initializer_list<std::string_view> known)
    {
        for (const auto &[key, value] : object.items()) {
            if (std::find(known.begin(), known.end(), key) == known.end())
                fail(join(path, key), "unknown_field", "'" + key + "' is not a field here");
        }
    }

    static std::string join(const std::string &path, std::string_view key)
    {
        return path.empty() ? std::string(key) : path + '.' + std::string(key);
    }
    static std::string index(const std::string &path, std::size_t i) { return path + '[' + std::to_string(i) + ']'; }

    Condition condition(const json &node, const std::string &path)
    {
        Condition out;
        if (!node.is_object()) {
            fail(path, "wrong_type", "a condition is an object with fact, op and value");
            return out;
        }
        onlyKnown(node, path, {"fact", "op", "value"});
        const auto fact = node.find("fact");
        const auto op = node.find("op");
        const auto value = node.find("value");
        if (fact == node.end() || !fact->is_string()) {
            fail(join(path, "fact"), "required", "choose what the condition looks at");
            return out;
        }
        const auto known = spellings::lookup(kFacts, fact->get<std::string>());
        if (!known) {
            fail(join(path, "fact"), "unknown_value", "'" + fact->get<std::string>() + "' is not a fact rules know");
            return out;
        }
        out.fact = *known;
        const Shape shape = shapeOf(out.fact);
        const auto theOp
            = op != node.end() && op->is_string() ? spellings::lookup(kOps, op->get<std::string>()) : std::nullopt;
        const bool opFits = theOp
            && (shape == Shape::Number
                    ? (*theOp == Op::Below || *theOp == Op::AtOrBelow || *theOp == Op::Above || *theOp == Op::AtOrAbove)
                    : shape == Shape::List ? (*theOp == Op::In || *theOp == Op::NotIn)
                    : shape == Shape::Flag ? *theOp == Op::Is
                                           : *theOp == Op::ContainsAny);
        if (!opFits) {
            const char *allowed = shape == Shape::Number ? "below, at_or_below, above or at_or_above"
                : shape == Shape::List                   ? "in or not_in"
                : shape == Shape::Flag                   ? "is"
                                                         : "contains_any";
            fail(join(path, "op"), op == node.end() ? "required" : "unknown_value",
                std::string(spelling(out.fact)) + " is compared with " + allowed);
            return out;
        }
        out.op = *theOp;
        const std::string valuePath = join(path, "value");
        if (value == node.end()) {
            fail(valuePath, "required", "give the value to compare with");
            return out;
        }
        switch (shape) {
        case Shape::Number: {
            const auto range = rangeOf(out.fact);
            if (!value->is_number()) {
                fail(valuePath, "wrong_type", std::string(spelling(out.fact)) + " is " + range.wording);
                break;
            }
            out.number = value->get<double>();
            if (!std::isfinite(out.number) || out.number < range.min || out.number > range.max
                || (range.integer && out.number != std::floor(out.number)))
                fail(valuePath, "out_of_range", std::string(spelling(out.fact)) + " is " + range.wording);
            break;
        }
        case Shape::Flag:
            if (!value->is_boolean())
                fail(valuePath, "wrong_type", "true or false");
            else
                out.flag = value->get<bool>();
            break;
        case Shape::List:
        case Shape::Phrases: {
            if (!value->is_array() || value->empty()) {
                fail(valuePath, value->is_array() ? "required" : "wrong_type", "a list of at least one value");
                break;
            }
            if (value->size() > kMaxValuesPerCondition) {
                fail(valuePath, "too_many", "at most " + std::to_string(kMaxValuesPerCondition) + " values");
                break;
            }
            std::set<std::string> seen;
            for (std::size_t i = 0; i < value->size(); ++i) {
                const auto &item = (*value)[i];
                if (!item.is_string()) {
                    fail(index(valuePath, i), "wrong_type", "a value is text");
                    continue;
                }
                auto text = item.get<std::string>();
                const auto problem
                    = shape == Shape::Phrases ? PhraseSet::problemWith(text) : listProblem(out.fact, text);
                if (!problem.empty())
                    fail(index(valuePath, i), shape == Shape::Phrases ? "out_of_range" : "unknown_value",
                        shape == Shape::Phrases ? "the phrase " + problem : problem);
                else if (!seen.insert(text).second)
                    fail(index(valuePath, i), "duplicate", "'" + text + "' is listed twice");
                else
                    out.values.push_back(std::move(text));
            }
            if (shape == Shape::Phrases)
                out.phrases = PhraseSet(out.values);
            break;
        }
        }
        return out;
    }

    Action action(const json &node, const std::string &path)
    {
        Action out;
        if (!node.is_object()) {
            fail(path, node.is_null() ? "required" : "wrong_type", "say what the rule does: hand over or draft");
            return out;
        }
        onlyKnown(node, path, {"action", "reason", "priority"});
        const auto kind = node.find("action");
        if (kind == node.end() || !kind->is_string() || !spellings::lookup(kActions, kind->get<std::string>()))
            fail(join(path, "action"), kind == node.end() ? "required" : "unknown_value",
                "an action is hand_over or draft_for_approval");
        else
            out.kind = *spellings::lookup(kActions, kind->get<std::string>());
        const auto reason = node.find("reason");
        if (reason == node.end() || !reason->is_string()
            || !spellings::lookup(spellings::kReasons, reason->get<std::string>()))
            fail(join(path, "reason"), reason == node.end() ? "required" : "unknown_value",
                "a reason is " + spellings::allowedNames(spellings::kReasons));
        else
            out.reason = *spellings::lookup(spellings::kReasons, reason->get<std::string>());
        const auto priority = node.find("priority");
        if (priority == node.end() || !priority->is_number_integer() || priority->get<std::int64_t>() < 0
            || priority->get<std::int64_t>() > 3)
            fail(join(path, "priority"), priority == node.end() ? "required" : "out_of_range",
                "a priority is 0 (normal) to 3 (urgent)");
        else
            out.priority = static_cast<int>(priority->get<std::int64_t>());
        return out;
    }

    Rule rule(const json &node, const std::string &path)
    {
        Rule out;
        if (!node.is_object()) {
            fail(path, "wrong_type", "a rule is an object");
            return out;
        }
        onlyKnown(node, path, {"id", "name", "enabled", "guardrail", "when", "then"});
        const auto id = node.find("id");
        if (id == node.end() || !id->is_string() || !isCode(id->get<std::string>(), 64, false, true))
            fail(join(path, "id"), id == node.end() ? "required" : "out_of_range",
                "an id is 1 to 64 lower-case letters, digits and '-'");
        else
            out.id = id->get<std::string>();
        const auto name = node.find("name");
        if (name == node.end() || !name->is_string() || name->get<std::string>().empty()
            || name->get<std::string>().size() > 120)
            fail(join(path, "name"), name == node.end() ? "required" : "out_of_range",
                "give the rule a name of at most 120 bytes");
        else
            out.name = name->get<std::string>();
        if (const auto enabled = node.find("enabled"); enabled != node.end()) {
            if (!enabled->is_boolean())
                fail(join(path, "enabled"), "wrong_type", "true or false");
            else
                out.enabled = enabled->get<bool>();
        }
        if (const auto guardrail = node.find("guardrail"); guardrail != node.end()) {
            const auto known
                = guardrail->is_string() ? spellings::lookup(kGuardrails, guardrail->get<std::string>()) : std::nullopt;
            if (!known)
                fail(
                    join(path, "guardrail"), "unknown_value", "a guardrail is " + spellings::allowedNames(kGuardrails));
            else
                out.guardrail = *known;
        }
        const auto when = node.find("when");
        if (out.guardrail != Guardrail::None) {
            if (when != node.end() && !(when->is_array() && when->empty()))
                fail(join(path, "when"), "guardrail_changed", "a guardrail's condition is built in");
            if (!out.enabled)
                fail(join(path, "enabled"), "guardrail_changed", "a guardrail cannot be switched off");
        } else if (when == node.end() || !when->is_array() || when->empty()) {
            fail(join(path, "when"), when == node.end() || when->is_array() ? "required" : "wrong_type",
                "a rule needs at least one condition");
        } else if (when->size() > kMaxConditionsPerRule) {
            fail(join(path, "when"), "too_many",
                "at most " + std::to_string(kMaxConditionsPerRule) + " conditions in a rule");
        } else {
            for (std::size_t i = 0; i < when->size(); ++i)
                out.when.push_back(condition((*when)[i], index(join(path, "when"), i)));
        }
        const auto then = node.find("then");
        out.then = action(then == node.end() ? json() : *then, join(path, "then"));
        if (out.guardrail != Guardrail::None && out.then.kind != ActionKind::HandOver)
            fail(join(path, "then.action"), "guardrail_changed", "a guardrail always hands over");
        return out;
    }

    static std::optional<int> minuteOf(const json &node, bool allowMidnight)
    {
        if (!node.is_string())
            return std::nullopt;
        const auto text = node.get<std::string>();
        if (text.size() != 5 || text[2] != ':' || !std::isdigit(static_cast<unsigned char>(text[0]))
            || !std::isdigit(static_cast<unsigned char>(text[1])) || !std::isdigit(static_cast<unsigned char>(text[3]))
            || !std::isdigit(static_cast<unsigned char>(text[4])))
            return std::nullopt;
        const int hours = (text[0] - '0') * 10 + (text[1] - '0');
        const int minutes = (text[3] - '0') * 10 + (text[4] - '0');
        if (minutes > 59 || hours > 24 || (hours == 24 && (minutes != 0 || !allowMidnight)))
            return std::nullopt;
        return hours * 60 + minutes;
    }

    BusinessHours hours(const json &node, const std::string &path)
    {
        BusinessHours out;
        if (!node.is_object()) {
            fail(path, "wrong_type", "business hours are an object");
            return out;
        }
        onlyKnown(node, path, {"utcOffsetMinutes", "days", "opens", "closes"});
        if (const auto offset = node.find("utcOffsetMinutes"); offset != node.end()) {
            if (!offset->is_number_integer() || offset->get<std::int64_t>() < -720 || offset->get<std::int64_t>() > 840)
                fail(join(path, "utcOffsetMinutes"), "out_of_range", "an offset from UTC of -720 to 840 minutes");
            else
                out.utcOffsetMinutes = static_cast<int>(offset->get<std::int64_t>());
        }
        if (const auto days = node.find("days"); days != node.end()) {
            out.days.fill(false);
            if (!days->is_array() || days->empty())
                fail(join(path, "days"), "required", "at least one day: mon, tue, wed, thu, fri, sat, sun");
            for (std::size_t i = 0; days->is_array() && i < days->size(); ++i) {
                const auto &day = (*days)[i];
                const auto at
                    = day.is_string() ? std::find(kDays.begin(), kDays.end(), day.get<std::string>()) : kDays.end();
                if (at == kDays.end())
                    fail(index(join(path, "days"), i), "unknown_value", "a day is mon, tue, wed, thu, fri, sat or sun");
                else if (out.days[static_cast<std::size_t>(at - kDays.begin())])
                    fail(index(join(path, "days"), i), "duplicate", "a day is listed twice");
                else
                    out.days[static_cast<std::size_t>(at - kDays.begin())] = true;
            }
        }
        if (const auto opens = node.find("opens"); opens != node.end()) {
            if (const auto minute = minuteOf(*opens, false))
                out.opensMinute = *minute;
            else
                fail(join(path, "opens"), "out_of_range", "a time of day as HH:MM, 00:00 to 23:59");
        }
        if (const auto closes = node.find("closes"); closes != node.end()) {
            if (const auto minute = minuteOf(*closes, true))
                out.closesMinute = *minute;
            else
                fail(join(path, "closes"), "out_of_range", "a time of day as HH:MM, 00:01 to 24:00");
        }
        if (out.closesMinute <= out.opensMinute)
            fail(join(path, "closes"), "out_of_range", "closing comes after opening");
        return out;
    }
};

std::string hhmm(int minute)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%02d:%02d", minute / 60, minute % 60);
    return buffer;
}

nlohmann::ordered_json conditionJson(const Condition &c)
{
    auto out = nlohmann::ordered_json::object();
    out["fact"] = spelling(c.fact);
    out["op"] = spelling(c.op);
    switch (shapeOf(c.fact)) {
    case Shape::Number:
        if (c.fact == Fact::TurnsWithoutProgress)
            out["value"] = static_cast<std::int64_t>(c.number);
        else
            out["value"] = c.number;
        break;
    case Shape::Flag:
        out["value"] = c.flag;
        break;
    default:
        out["value"] = c.values;
        break;
    }
    return out;
}

constexpr const char *kDefaultRules = R"({"schema": 1, "rules": [
 {"id": "self-harm", "name": "Self-harm or a risk to life", "guardrail": "self_harm",
  "then": {"action": "hand_over", "reason": "legal_or_policy", "priority": 3}},
 {"id": "legal-threat", "name": "Legal threat or chargeback", "guardrail": "legal_threat",
  "then": {"action": "hand_over", "reason": "legal_or_policy", "priority": 3}},
 {"id": "vip-negative-sentiment", "name": "Unhappy VIP",
  "when": [{"fact": "vip", "op": "is", "value": true}, {"fact": "sentiment", "op": "at_or_below", "value": -0.5}],
  "then": {"action": "hand_over", "reason": "vip", "priority": 3}},
 {"id": "asked-for-human", "name": "Customer asks for a person", "guardrail": "asked_for_human",
  "then": {"action": "hand_over", "reason": "asked_for_human", "priority": 2}},
 {"id": "negative-sentiment", "name": "Angry customer",
  "when": [{"fact": "sentiment", "op": "at_or_below", "value": -0.6}],
  "then": {"action": "hand_over", "reason": "negative_sentiment", "priority": 2}},
 {"id": "tool-failure", "name": "A lookup failed",
  "when": [{"fact": "tool_failed", "op": "is", "value": true}],
  "then": {"action": "hand_over", "reason": "tool_failure", "priority": 1}},
 {"id": "missing-knowledge", "name": "No answer known",
  "when": [{"fact": "missing_knowledge", "op": "is", "value": true}],
  "then": {"action": "hand_over", "reason": "missing_knowledge", "priority": 1}},
 {"id": "ai-looping", "name": "Going round in circles",
  "when": [{"fact": "turns_without_progress", "op": "at_or_above", "value": 3}],
  "then": {"action": "hand_over", "reason": "ai_looping", "priority": 1}},
 {"id": "low-confidence", "name": "The AI is unsure",
  "when": [{"fact": "confidence", "op": "below", "value": 0.45}],
  "then": {"action": "hand_over", "reason": "low_confidence", "priority": 1}}
]})";

} // namespace

std::string_view spelling(Fact fact)
{
    return spellings::spell(kFacts, fact);
}
std::string_view spelling(Op op)
{
    return spellings::spell(kOps, op);
}
std::string_view spelling(Guardrail guardrail)
{
    return spellings::spell(kGuardrails, guardrail);
}
std::string_view spelling(ActionKind kind)
{
    return spellings::spell(kActions, kind);
}

Validated<RuleSet> parseRuleSet(std::string_view text)
{
    json root;
    protocol::DecodeError parseError;
    if (!protocol::detail::parseJson(text, root, parseError))
        return std::vector<FieldError> {{"", "malformed", "not a JSON document: " + parseError.message}};
    Reader reader;
    RuleSet out;
    if (!root.is_object())
        return std::vector<FieldError> {{"", "wrong_type", "a rule set is a JSON object"}};
    reader.onlyKnown(root, "", {"schema", "rules", "businessHours"});
    const auto schema = root.find("schema");
    if (schema == root.end() || !schema->is_number_integer() || schema->get<std::int64_t>() != 1)
        reader.fail("schema", schema == root.end() ? "required" : "unknown_value", "this server reads schema 1");
    const auto rules = root.find("rules");
    if (rules == root.end() || !rules->is_array()) {
        reader.fail("rules", rules == root.end() ? "required" : "wrong_type", "a rule set has a list of rules");
    } else if (rules->size() > kMaxRules) {
        reader.fail("rules", "too_many", "at most " + std::to_string(kMaxRules) + " rules");
    } else {
        std::set<std::string> ids;
        std::array<int, 4> guardrails {};
        for (std::size_t i = 0; i < rules->size(); ++i) {
            const std::string path = Reader::index("rules", i);
            Rule rule = reader.rule((*rules)[i], path);
            if (!rule.id.empty() && !ids.insert(rule.id).second)
                reader.fail(path + ".id", "duplicate", "another rule has the id '" + rule.id + "'");
            if (rule.guardrail != Guardrail::None && ++guardrails[static_cast<std::size_t>(rule.guardrail)] > 1)
                reader.fail(path + ".guardrail", "duplicate", "this guardrail is already in the list");
            out.rules.push_back(std::move(rule));
        }
        for (const auto guardrail : {Guardrail::AskedForHuman, Guardrail::LegalThreat, Guardrail::SelfHarm}) {
            if (guardrails[static_cast<std::size_t>(guardrail)] == 0)
                reader.fail("rules", "guardrail_missing",
                    "the " + std::string(spelling(guardrail)) + " guardrail cannot be removed");
        }
    }
    if (const auto hours = root.find("businessHours"); hours != root.end())
        out.businessHours = reader.hours(*hours, "businessHours");
    if (!reader.errors.empty())
        return std::move(reader.errors);
    return out;
}

std::string toJson(const RuleSet &set)
{
    using ojson = nlohmann::ordered_json;
    auto rules = ojson::array();
    for (const auto &rule : set.rules) {
        auto r = ojson::object();
        r["id"] = rule.id;
        r["name"] = rule.name;
        r["enabled"] = rule.enabled;
        if (rule.guardrail != Guardrail::None)
            r["guardrail"] = spelling(rule.guardrail);
        else {
            auto when = ojson::array();
            for (const auto &condition : rule.when)
                when.push_back(conditionJson(condition));
            r["when"] = std::move(when);
        }
        r["then"] = ojson {{"action", spelling(rule.then.kind)}, {"reason", protocol::toString(rule.then.reason)},
            {"priority", rule.then.priority}};
        rules.push_back(std::move(r));
    }
    auto days = ojson::array();
    for (std::size_t i = 0; i < kDays.size(); ++i)
        if (set.businessHours.days[i])
            days.push_back(kDays[i]);
    auto root = ojson::object();
    root["schema"] = 1;
    root["rules"] = std::move(rules);
    root["businessHours"] = ojson {{"utcOffsetMinutes", set.businessHours.utcOffsetMinutes}, {"days", std::move(days)},
        {"opens", hhmm(set.businessHours.opensMinute)}, {"closes", hhmm(set.businessHours.closesMinute)}};
    return root.dump(2);
}

std::shared_ptr<const RuleSet> sharedDefaultRuleSet()
{
    static const std::shared_ptr<const RuleSet> rules = [] {
        auto parsed = parseRuleSet(kDefaultRules);
        // The built-in text is checked by tests/tuning; a failure here is a bug in this file.
        if (auto *errors = std::get_if<std::vector<FieldError>>(&parsed))
            throw std::logic_error("the built-in rule set does not validate: " + errors->front().message);
        return std::make_shared<const RuleSet>(std::get<RuleSet>(std::move(parsed)));
    }();
    return rules;
}

const RuleSet &defaultRuleSet()
{
    return *sharedDefaultRuleSet();
}

} // namespace pilothouse::tuning
