#include "agent/rules.h"

#include "agent/text.h"

#include <algorithm>
#include <initializer_list>

namespace pilothouse::server {
namespace {

bool containsAny(const std::vector<std::string> &words, std::initializer_list<const char *> phrases)
{
    return std::any_of(
        phrases.begin(), phrases.end(), [&words](const char *phrase) { return text::containsPhrase(words, phrase); });
}

Escalation make(const char *rule, protocol::EscalationReason reason, int priority)
{
    return Escalation {true, rule, reason, priority};
}

} // namespace

bool asksForHuman(std::string_view input)
{
    const auto words = text::words(input);
    if (containsAny(words,
            {"human", "humans", "real person", "actual person", "live person", "living person", "live agent",
                "real agent", "representative", "human rep", "supervisor", "a manager", "your manager",
                "member of staff", "a staff member", "member of your team", "real team member",
                "actual member of staff", "someone from your team", "someone from the support team", "speak to someone",
                "talk to someone", "speak with someone", "speak to a person", "talk to a person", "not a bot",
                "not a robot", "not the bot", "stop the bot", "not the chatbot"}))
        return true;
    // "agent please", "an agent", "transfer me": short requests that name nothing else.
    return words.size() <= 6 && containsAny(words, {"agent", "operator", "transfer me", "put me through"});
}

bool mentionsLegalThreat(std::string_view input)
{
    const auto words = text::words(input);
    return containsAny(words,
        {"lawyer", "lawyers", "sue", "suing", "sued", "attorney", "attorneys", "solicitor", "chargeback", "charge back",
            "dispute the charge", "dispute this charge", "disputing the charge", "dispute it with my bank",
            "small claims", "legal action", "take you to court", "trading standards", "consumer protection"});
}

Escalation evaluateDefaultRules(const RuleInput &in)
{
    if (in.legalThreat)
        return make("legal-or-chargeback-threat", protocol::EscalationReason::LegalOrPolicy, 3);
    if (in.vip && in.sentiment <= kVipNegative)
        return make("vip-negative-sentiment<=-0.5", protocol::EscalationReason::Vip, 3);
    if (in.asksForHuman)
        return make("customer-asked-for-human", protocol::EscalationReason::AskedForHuman, 2);
    if (in.sentiment <= kNegative)
        return make("negative-sentiment<=-0.6", protocol::EscalationReason::NegativeSentiment, 2);
    if (in.toolFailed)
        return make("tool-failure", protocol::EscalationReason::ToolFailure, 1);
    if (in.missingKnowledge)
        return make("missing-knowledge", protocol::EscalationReason::MissingKnowledge, 1);
    if (in.sameIntentAiTurns >= kLoopTurns)
        return make("ai-looping-3-turns", protocol::EscalationReason::AiLooping, 1);
    if (in.classification.confidence < kLowConfidence)
        return make("low-confidence<0.45", protocol::EscalationReason::LowConfidence, 1);
    return {};
}

} // namespace pilothouse::server
