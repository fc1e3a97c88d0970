#include "tuning/evaluator.h"

#include "tuning/guardrails.h"
#include "protocol/codec.h"
#include "tuning/words.h"

#include <algorithm>
#include <cmath>

namespace pilothouse::tuning {
namespace {

inline constexpr double kHumanRequestConfidence = 0.45;

/// The customer's words, split once per turn and only if a rule reads them.
class Words {
public:
    explicit Words(std::string_view text)
        : m_text(text)
    { }
    const std::vector<std::string> &get()
    {
        if (!m_split) {
            m_words = splitWords(m_text, true, kMaxTextWords);
            m_split = true;
        }
        return m_words;
    }

private:
    std::string_view m_text;
    std::vector<std::string> m_words;
    bool m_split = false;
};

bool compare(double have, Op op, double want)
{
    switch (op) {
    case Op::Below:
        return have < want;
    case Op::AtOrBelow:
        return have <= want;
    case Op::Above:
        return have > want;
    case Op::AtOrAbove:
        return have >= want;
    default:
        return false;
    }
}

bool listed(const std::vector<std::string> &values, std::string_view value, Op op)
{
    const bool in = std::find(values.begin(), values.end(), value) != values.end();
    return op == Op::NotIn ? !in : in;
}

std::int64_t cents(double amount)
{
    return static_cast<std::int64_t>(std::llround(amount * 100.0));
}

bool asked(const TurnFacts &facts, Words &words)
{
    return (facts.intent == "human_request" && facts.confidence >= kHumanRequestConfidence)
        || asksForHuman(words.get());
}

bool holds(const Condition &c, const TurnFacts &facts, const BusinessHours &hours, Words &words)
{
    switch (c.fact) {
    case Fact::Confidence:
        return compare(facts.confidence, c.op, c.number);
    case Fact::Sentiment:
        return compare(facts.sentiment, c.op, c.number);
    case Fact::LifetimeValue:
        return compare(static_cast<double>(facts.lifetimeValueCents), c.op, static_cast<double>(cents(c.number)));
    case Fact::OrderValue:
        return facts.orderValueCents
            && compare(static_cast<double>(*facts.orderValueCents), c.op, static_cast<double>(cents(c.number)));
    case Fact::TurnsWithoutProgress:
        return compare(facts.turnsWithoutProgress, c.op, c.number);
    case Fact::Intent:
        return listed(c.values, facts.intent, c.op);
    case Fact::Segment:
        return listed(c.values, facts.segment, c.op);
    case Fact::Language:
        return listed(c.values, facts.language, c.op);
    case Fact::Channel:
        return listed(c.values, protocol::toString(facts.channel), c.op);
    case Fact::Kind:
        return listed(c.values, protocol::toString(facts.kind), c.op);
    case Fact::Text:
        return c.phrases.matchesAny(words.get());
    case Fact::Vip:
        return facts.vip == c.flag;
    case Fact::AskedForHuman:
        return asked(facts, words) == c.flag;
    case Fact::LegalThreat:
        return mentionsLegalThreat(words.get()) == c.flag;
    case Fact::SelfHarm:
        return mentionsSelfHarm(words.get()) == c.flag;
    case Fact::ToolFailed:
        return facts.toolFailed == c.flag;
    case Fact::MissingKnowledge:
        return facts.missingKnowledge == c.flag;
    case Fact::BusinessHours:
        return insideBusinessHours(hours, facts.atMs) == c.flag;
    }
    return false;
}

bool guardrailHolds(Guardrail guardrail, const TurnFacts &facts, Words &words)
{
    switch (guardrail) {
    case Guardrail::AskedForHuman:
        return asked(facts, words);
    case Guardrail::LegalThreat:
        return mentionsLegalThreat(words.get());
    case Guardrail::SelfHarm:
        return mentionsSelfHarm(words.get());
    case Guardrail::None:
        break;
    }
    return false;
}

} // namespace

Decision evaluate(const RuleSet &rules, const TurnFacts &facts, std::vector<RuleOutcome> *trace)
{
    Decision decision;
    Words words(facts.text);
    if (trace)
        trace->clear();
    for (std::size_t i = 0; i < rules.rules.size(); ++i) {
        const Rule &rule = rules.rules[i];
        RuleOutcome outcome;
        outcome.enabled = rule.enabled;
        if (rule.enabled) {
            if (rule.guardrail != Guardrail::None) {
                outcome.matched = guardrailHolds(rule.guardrail, facts, words);
                outcome.conditions.push_back(outcome.matched);
            } else {
                outcome.matched = !rule.when.empty();
                for (const auto &condition : rule.when) {
                    // Without a trace, the first condition that fails settles the rule.
                    if (!trace && !outcome.matched)
                        break;
                    const bool ok = holds(condition, facts, rules.businessHours, words);
                    outcome.conditions.push_back(ok);
                    outcome.matched = outcome.matched && ok;
                }
            }
        }
        if (outcome.matched && !decision.decided()) {
            decision.rule = static_cast<int>(i);
            decision.ruleId = rule.id;
            decision.action = rule.then;
        }
        if (trace)
            trace->push_back(std::move(outcome));
        else if (decision.decided())
            break;
    }
    return decision;
}

int turnsWithoutProgress(const std::vector<PastMessage> &history, std::string_view intent)
{
    if (intent == "greeting_smalltalk")
        return 0;
    int streak = 0;
    for (auto it = history.rbegin(); it != history.rend(); ++it) {
        if (it->author == protocol::Author::Human || it->author == protocol::Author::System)
            break;
        if (it->author != protocol::Author::Ai)
            continue;
        if (it->intent != intent)
            break;
        ++streak;
    }
    return streak + 1;
}

bool insideBusinessHours(const BusinessHours &hours, std::int64_t atMs)
{
    constexpr std::int64_t kMinuteMs = 60'000;
    constexpr std::int64_t kDayMinutes = 24 * 60;
    const std::int64_t localMinutes
        = atMs / kMinuteMs + hours.utcOffsetMinutes - (atMs % kMinuteMs < 0 ? 1 : 0); // floor for times before 1970
    std::int64_t day = localMinutes / kDayMinutes;
    std::int64_t minute = localMinutes % kDayMinutes;
    if (minute < 0) {
        minute += kDayMinutes;
        --day;
    }
    // 1970-01-01 was a Thursday: index 3 with Monday first.
    const auto weekday = static_cast<std::size_t>(((day % 7) + 7 + 3) % 7);
    return hours.days[weekday] && minute >= hours.opensMinute && minute < hours.closesMinute;
}

} // namespace pilothouse::tuning
