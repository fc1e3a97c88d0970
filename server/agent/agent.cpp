#include "agent/agent.h"

#include "agent/answers.h"
#include "agent/classifier.h"
#include "agent/entities.h"
#include "agent/replies.h"
#include "agent/sentiment.h"
#include "agent/text.h"
#include "log/log.h"
#include "tuning/evaluator.h"
#include "tuning/rulesetjson.h"

#include <algorithm>
#include <optional>

namespace pilothouse::server {

struct Agent::Impl {
    std::shared_ptr<const Catalog> catalog;
    std::shared_ptr<const IntentClassifier> classifier;
    BrandVoice voice;
    std::shared_ptr<const tuning::RuleSet> rules;
    std::int64_t rulesVersion = 0;
};

namespace {

/// Order ids and products the customer gave earlier count for a follow-up ("and when will it arrive?").
void completeFromHistory(Entities &entities, const std::vector<protocol::Message> &history, const Catalog &catalog)
{
    for (auto it = history.rbegin(); it != history.rend(); ++it) {
        if (it->author != protocol::Author::Customer)
            continue;
        if (!entities.orderIds.empty() && !entities.products.empty())
            break;
        const auto earlier = extractEntities(it->text, &catalog);
        if (entities.orderIds.empty())
            entities.orderIds = earlier.orderIds;
        if (entities.products.empty())
            entities.products = earlier.products;
    }
}

/// "It's #12345" answers the agent's own question for an order number: the topic carries over
/// instead of being re-read as a fresh order-status question.
Classification carryOver(Classification classification, const Entities &entities,
    const std::vector<protocol::Message> &history, std::string_view text)
{
    if (entities.orderIds.empty() || text::words(text).size() > 8)
        return classification;
    for (auto it = history.rbegin(); it != history.rend(); ++it) {
        if (it->author == protocol::Author::Customer)
            continue;
        if (it->author != protocol::Author::Ai || !it->ai)
            break;
        const bool asked = text::containsPhrase(text::words(it->text), "order number");
        if (asked && !it->ai->intent.empty() && it->ai->intent != "unknown")
            return {it->ai->intent, std::max(classification.confidence, it->ai->confidence)};
        break;
    }
    return classification;
}

/// Intents that answer a question from the catalog, unlike asking for a person, venting,
/// small talk or text the agent does not understand.
bool answersAQuestion(const std::string &intent)
{
    return !intent.empty() && intent != "unknown" && intent != "human_request" && intent != "complaint"
        && intent != "greeting_smalltalk";
}

struct Topic {
    Classification classification;
    std::string text; ///< The customer's message that asked it.
};

/// What the conversation is about when the customer's latest words are not a question: the
/// question the AI last answered (its reply carries the intent), else the latest customer
/// message that asks one.
std::optional<Topic> topicOf(const std::vector<protocol::Message> &history, const IntentClassifier &classifier)
{
    for (auto it = history.rbegin(); it != history.rend(); ++it) {
        if (it->author != protocol::Author::Ai || !it->ai || !answersAQuestion(it->ai->intent))
            continue;
        const auto asked = std::find_if(std::next(it), history.rend(),
            [](const protocol::Message &m) { return m.author == protocol::Author::Customer; });
        if (asked != history.rend())
            return Topic {{it->ai->intent, it->ai->confidence}, asked->text};
        break;
    }
    for (auto it = history.rbegin(); it != history.rend(); ++it) {
        if (it->author != protocol::Author::Customer)
            continue;
        if (auto classification = classifier.classify(it->text); answersAQuestion(classification.intent))
            return Topic {std::move(classification), it->text};
    }
    return std::nullopt;
}

/// The turn as the escalation rules see it (docs/config.md, "Facts"), and their decision.
Escalation decide(const tuning::RuleSet &rules, const AgentTurn &turn, const protocol::Customer &customer,
    const Classification &classification, double sentiment, const Answer &answer, const Entities &entities,
    protocol::RuleInputs &inputs)
{
    tuning::TurnFacts facts;
    facts.confidence = classification.confidence;
    facts.sentiment = sentiment;
    facts.intent = classification.intent;
    facts.vip = customer.vip;
    facts.segment = customer.segment;
    facts.lifetimeValueCents = customer.lifetimeValueCents;
    for (const auto &id : entities.orderIds) {
        const auto order = std::find_if(
            customer.orders.begin(), customer.orders.end(), [&id](const protocol::Order &o) { return o.id == id; });
        if (order != customer.orders.end()) {
            facts.orderValueCents = order->totalCents;
            break;
        }
    }
    facts.language = customer.language.empty() ? "en" : customer.language;
    facts.channel = turn.conversation.channel;
    facts.kind = turn.conversation.kind;
    facts.text = turn.text;
    std::vector<tuning::PastMessage> past;
    past.reserve(turn.history.size());
    for (const auto &message : turn.history)
        past.push_back({message.author, message.ai ? std::string_view(message.ai->intent) : std::string_view()});
    facts.turnsWithoutProgress = tuning::turnsWithoutProgress(past, classification.intent);
    facts.toolFailed = answer.toolFailed;
    facts.missingKnowledge = answer.missingKnowledge;
    facts.atMs = turn.at;
    const tuning::Decision decision = tuning::evaluate(rules, facts);
    // What a replay of this turn needs beyond the transcript (docs/config.md, "Replaying a turn").
    inputs.sentiment = facts.sentiment;
    inputs.language = facts.language;
    inputs.toolFailed = facts.toolFailed;
    inputs.missingKnowledge = facts.missingKnowledge;
    inputs.orderValueCents = facts.orderValueCents;
    inputs.matched = decision.ruleId;
    if (!decision.decided())
        return {};
    return Escalation {true, decision.action.kind == tuning::ActionKind::DraftForApproval, decision.ruleId,
        rules.rules[static_cast<std::size_t>(decision.rule)].name, decision.action.reason, decision.action.priority};
}

/// A plausible, deterministic response time: reading, thinking per tool call, and writing.
std::int64_t latencyFor(const AgentTurn &turn, const AgentReply &reply, std::uint64_t seed)
{
    std::int64_t ms = 280;
    ms += static_cast<std::int64_t>(std::min<std::size_t>(turn.text.size(), 600)) / 2;
    ms += static_cast<std::int64_t>(reply.ai.tools.size()) * 190;
    ms += static_cast<std::int64_t>(std::min<std::size_t>(reply.text.size(), 900)) / 3;
    ms += static_cast<std::int64_t>(seed % 140);
    return std::clamp<std::int64_t>(ms, 300, 1800);
}

} // namespace

Agent::Agent(std::shared_ptr<const Catalog> catalog, BrandVoice voice)
    : d(std::make_unique<Impl>())
{
    d->catalog = catalog ? std::move(catalog) : Catalog::builtIn();
    d->classifier = IntentClassifier::builtIn();
    d->voice = std::move(voice);
    d->rules = tuning::sharedDefaultRuleSet();
}

Agent::~Agent() = default;

void Agent::setRules(std::shared_ptr<const tuning::RuleSet> rules, std::int64_t version)
{
    if (!rules)
        return;
    d->rules = std::move(rules);
    d->rulesVersion = version;
}

Classification Agent::classify(std::string_view text) const
{
    return d->classifier->classify(text);
}

double Agent::sentiment(std::string_view text) const
{
    return sentimentScore(text);
}

const BrandVoice &Agent::voice() const
{
    return d->voice;
}

void Agent::setVoice(BrandVoice voice)
{
    d->voice = std::move(voice);
}

std::int64_t Agent::estimateTokens(const AgentTurn &turn, std::string_view reply)
{
    constexpr std::int64_t kInstructions = 64;
    std::size_t bytes = turn.text.size() + reply.size();
    for (const auto &message : turn.history)
        bytes += message.text.size();
    return kInstructions + static_cast<std::int64_t>((bytes + 3) / 4);
}

AgentReply Agent::respond(const AgentTurn &turn) const
{
    AgentReply reply;
    const VoiceStyle style(d->voice);
    const std::uint64_t seed
        = text::stableHash((turn.variationKey.empty() ? turn.conversation.id : turn.variationKey) + '\n' + turn.text);
    // The turn's customer record may be a summary; the catalog has the orders the tools need.
    protocol::Customer customer = turn.customer;
    const auto customerId = customer.id.empty() ? turn.conversation.customerId : customer.id;
    if (const auto *known = d->catalog->customer(customerId); known && customer.orders.empty())
        customer = *known;
    const auto firstName = firstNameOf(customer.name);
    try {
        reply.sentiment = sentiment(turn.text);
        auto entities = extractEntities(turn.text, d->catalog.get());
        auto classification = carryOver(classify(turn.text), entities, turn.history, turn.text);
        completeFromHistory(entities, turn.history, *d->catalog);

        const AnswerContext context {*d->catalog, customer, entities, turn.history, turn.text, style, seed};
        auto answer = answerFor(classification.intent, context);
        // Whether a person has written in the conversation yet (a draft greets only then).
        const bool personSpoke = std::any_of(turn.history.begin(), turn.history.end(),
            [](const protocol::Message &m) { return m.author == protocol::Author::Human; });
        const std::string asked = classification.intent;
        if (turn.forDraft && (asked == "human_request" || asked == "complaint")) {
            // The person the customer asked for is here, or the customer vents: the owner's
            // suggestion answers what the conversation is about, never "let me get a colleague".
            std::string lead;
            if (asked == "human_request" && !personSpoke)
                lead = "Thanks for waiting, I'm here now.";
            else if (asked == "complaint")
                lead = style.phrase(StockPhrase::Sorry, seed);
            if (const auto topic = topicOf(turn.history, *d->classifier)) {
                auto topicEntities = extractEntities(topic->text + ' ' + turn.text, d->catalog.get());
                completeFromHistory(topicEntities, turn.history, *d->catalog);
                const AnswerContext about {
                    *d->catalog, customer, topicEntities, turn.history, topic->text, style, seed};
                answer = answerFor(topic->classification.intent, about);
                classification = topic->classification;
            } else if (asked == "human_request") {
                answer = Answer {};
                answer.body = style.phrase(StockPhrase::HowCanIHelp, seed);
            }
            if (!lead.empty() && !answer.body.empty())
                answer.body = lead + ' ' + answer.body;
        }

        protocol::RuleInputs inputs;
        inputs.version = d->rulesVersion;
        if (!turn.forDraft) {
            reply.escalation
                = decide(*d->rules, turn, customer, classification, reply.sentiment, answer, entities, inputs);
            reply.ai.rules = std::move(inputs);
        }

        // The whispers' sentences, said after the answer.
        std::string also;
        for (const auto &sentence : turn.alsoSay) {
            if (!sentence.empty())
                also += (also.empty() ? "" : " ") + sentence;
        }
        const auto withAlso = [&also](std::string said) {
            if (!also.empty())
                said += (said.empty() ? "" : " ") + also;
            return said;
        };

        const bool firstAiTurn = std::none_of(turn.history.begin(), turn.history.end(),
            [](const protocol::Message &m) { return m.author == protocol::Author::Ai; });
        // A draft is sent by a person: it greets only as their first word, and never introduces
        // the AI's persona.
        std::string text;
        if (turn.forDraft ? !personSpoke : firstAiTurn)
            text = style.opener(firstName, !turn.forDraft, seed) + ' ';
        if (turn.forDraft && answer.body.empty() && also.empty()) {
            text.clear(); // nothing to suggest
        } else if (reply.escalation.draftOnly) {
            // A person approves the answer first; the customer hears nothing until then.
            text += withAlso(answer.body);
        } else if (reply.escalation.escalate) {
            const auto reason = reply.escalation.reason;
            std::string before;
            if (answer.toolFailed || answer.missingKnowledge)
                before = answer.body;
            else if (reason == protocol::EscalationReason::NegativeSentiment
                || reason == protocol::EscalationReason::Vip || reason == protocol::EscalationReason::LegalOrPolicy)
                before = style.phrase(StockPhrase::Sorry, seed);
            before = withAlso(std::move(before));
            text += (before.empty() ? std::string() : before + ' ') + style.handover(firstName);
        } else {
            text += withAlso(answer.body);
            // A reply that ends in its own question needs no "anything else?" after it.
            if (classification.intent != "greeting_smalltalk" && !text.ends_with('?'))
                text += ' ' + style.phrase(StockPhrase::AnythingElse, seed);
        }
        reply.text = text.empty() ? std::string() : style.finish(std::move(text));
        reply.ai.intent = classification.intent;
        reply.ai.confidence = classification.confidence;
        reply.ai.tools = answer.tools;
        reply.ai.latencyMs = latencyFor(turn, reply, seed);
        reply.ai.tokens = estimateTokens(turn, reply.text);
    } catch (const std::exception &e) {
        // A bug here must not take the conversation down: hand it to a person instead.
        log::get("agent")->error("agent failed on a message in {}: {}", turn.conversation.id, e.what());
        reply.escalation = Escalation {true, false, "agent-error", {}, protocol::EscalationReason::ToolFailure, 2};
        // A draft is no place for the hand-over line: the owner gets no suggestion instead.
        reply.text = turn.forDraft ? std::string() : style.finish(style.handover(firstName));
        reply.ai.intent = "unknown";
        reply.ai.latencyMs = 300;
    }
    return reply;
}

} // namespace pilothouse::server
