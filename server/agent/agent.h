#pragma once
// The built-in AI agent: intent classification with a real confidence score, entity extraction,
// tool lookups in the demo catalog, replies in a brand voice, and the default escalation rules.
// Pure C++ (no Qt, no I/O): deterministic for a given input, so it can be measured.

#include "catalog.h"
#include "protocol/frames.h"

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
};

struct Classification {
    std::string intent; ///< Best intent, or "unknown".
    double confidence = 0.0; ///< Calibrated probability of `intent`, 0..1.
};

/// Reason categories for an escalation (DESIGN.md 1.3).
namespace reasons {
inline constexpr const char *AskedForHuman = "asked_for_human";
inline constexpr const char *LowConfidence = "low_confidence";
inline constexpr const char *NegativeSentiment = "negative_sentiment";
inline constexpr const char *Vip = "vip";
inline constexpr const char *LegalOrPolicy = "legal_or_policy";
inline constexpr const char *MissingKnowledge = "missing_knowledge";
inline constexpr const char *ToolFailure = "tool_failure";
inline constexpr const char *AiLooping = "ai_looping";
} // namespace reasons

struct Escalation {
    bool escalate = false;
    std::string rule; ///< Which rule fired, e.g. "low-confidence<0.45".
    std::string reason; ///< One of `reasons`.
    int priority = 0; ///< 0 normal .. 3 urgent
};

struct AgentReply {
    std::string text; ///< Customer-visible reply (empty when escalating silently).
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

    const BrandVoice &voice() const;
    void setVoice(BrandVoice voice);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace pilothouse::server
