#pragma once
// The substance of each reply: what the agent's tools look up for an intent (orders, policies,
// products) and the sentence that reports it. The brand voice wraps it afterwards (replies.h).

#include "agent/catalog.h"
#include "agent/entities.h"
#include "agent/replies.h"

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace pilothouse::server {

struct AnswerContext {
    const Catalog &catalog;
    const protocol::Customer &customer;
    const Entities &entities; ///< From this message, completed from earlier customer messages.
    const std::vector<protocol::Message> &history;
    std::string_view text; ///< The customer's new message.
    const VoiceStyle &style;
    std::uint64_t seed; ///< For deterministic wording variants.
};

struct Answer {
    std::string body;
    std::vector<protocol::ToolUse> tools;
    bool toolFailed = false; ///< A lookup the answer depends on failed.
    bool missingKnowledge = false; ///< Nothing in the catalog answers the question.
};

Answer answerFor(const std::string &intent, const AnswerContext &context);

namespace detail {
// salesanswers.cpp: products, discounts, bulk leads, shipping and the conversational intents.
Answer productQuestion(const AnswerContext &context);
Answer salesAnswer(const std::string &intent, const AnswerContext &context);
bool mentions(std::string_view text, std::initializer_list<const char *> phrases);
std::string policyText(const AnswerContext &context, Answer &answer, const char *topic);
} // namespace detail

} // namespace pilothouse::server
