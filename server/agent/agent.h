#pragma once
// The built-in AI agent: intent classification with a real confidence score, entity extraction,
// tool lookups in the demo catalog, replies in a brand voice, and the published escalation rules
// (common/tuning: the evaluator the console's dry run replays).
// Pure C++ (no Qt, no I/O): deterministic for a given input, so it can be measured.

#include "catalog.h"
#include "protocol/frames.h"
#include "tuning/ruleset.h"

#include <memory>
#include <string>
#include <vector>

namespace pilothouse::server {

struct BrandVoice {
    std::string persona = "Ava";
    std::string tone = "friendly"; ///< friendly, professional, playful, sophisticated
    std::string signOff; ///< Appended to replies when not empty.
    bool emoji = false;
    /// What the customer is told when a person takes over; "{name}" and "{persona}" are filled
    /// in. Empty = the tone's default wording.
    std::string handover;
};

/// Everything the agent sees when a customer writes.
struct AgentTurn {
    protocol::Conversation conversation; ///< State before this message.
    protocol::Customer customer;
    std::vector<protocol::Message> history; ///< Earlier messages, oldest first.
    std::string text; ///< The customer's new message.
    protocol::Millis at = 0; ///< When the customer sent it (the rules' business hours read it).
    /// A suggestion for the person who owns the conversation: the answer alone, no rules and no
    /// hand-over line, in words a person can send (no "I'm Ava" introduction). When the customer
    /// only asked for a person or vented, the draft answers what the conversation is about (the
    /// question the AI last answered) instead; it is empty when the agent has nothing to suggest.
    bool forDraft = false;
    /// Sentences the reply must also say, already in the AI's words: a supervisor's whispers
    /// (server/handoff/instruction.h). They follow the answer, before its closing question.
    std::vector<std::string> alsoSay;
    /// What varies the wording between conversations; empty = the conversation id. The demo's
    /// history sets the simulator's key, so a seed gives the same words whatever the ids.
    std::string variationKey;
};

struct Classification {
    std::string intent; ///< Best intent, or "unknown".
    double confidence = 0.0; ///< Calibrated probability of `intent`, 0..1.
};

struct Escalation {
    bool escalate = false;
    /// The AI's answer is not sent: it waits as the owner's draft (a draft_for_approval rule).
    bool draftOnly = false;
    std::string rule; ///< The id of the rule that fired, e.g. "low-confidence".
    std::string ruleName {}; ///< What supervisors call it, e.g. "The AI is unsure".
    /// The category the protocol sends (docs/protocol.md); meaningful when `escalate`.
    protocol::EscalationReason reason = protocol::EscalationReason::LowConfidence;
    int priority = 0; ///< 0 normal .. 3 urgent
};

struct AgentReply {
    /// The reply. With escalation.draftOnly it is held back from the customer: the server keeps it
    /// as a note for whoever takes the conversation over.
    std::string text;
    protocol::AiAnnotation ai; ///< intent, confidence, latencyMs, tools
    double sentiment = 0.0; ///< Of the customer's message, -1..1
    Escalation escalation;
};

class Agent {
public:
    Agent(std::shared_ptr<const Catalog> catalog, BrandVoice voice);
    ~Agent();

    Classification classify(std::string_view text) const;
    double sentiment(std::string_view text) const;
    AgentReply respond(const AgentTurn &turn) const;

    /// What the agent counts as a reply's cost (AiAnnotation::tokens): an estimate of the tokens a
    /// language model would read and write, about one per 4 bytes of the context it sees (the
    /// conversation's public history and the customer's message) and of the reply, plus a fixed
    /// 64 for its instructions. The built-in agent is not a language model; the figure gives the
    /// cost pages a realistic, reproducible shape.
    static std::int64_t estimateTokens(const AgentTurn &turn, std::string_view reply);

    const BrandVoice &voice() const;
    void setVoice(BrandVoice voice);

    /// The escalation rules every later turn is decided by, and their published version
    /// (tuning::defaultRuleSet() as version 0 until set).
    void setRules(std::shared_ptr<const tuning::RuleSet> rules, std::int64_t version);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace pilothouse::server
