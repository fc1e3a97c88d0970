#pragma once
// Scripted customers for the demo and for tests: personas, support and sales scenarios,
// multi-turn, configurable rate and mix, reproducible with a seed. Pure C++ and deterministic:
// the server drives it with a timer and tells it what the agent answered.

#include "agent/catalog.h"

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace pilothouse::server {

struct SimulatorConfig {
    double conversationsPerMinute = 6.0;
    std::uint64_t seed = 1;
    /// Relative weight per scenario id; empty = the default mix. Unknown ids are an error.
    std::map<std::string, double> mix;
};

/// An order a simulated customer places with a message (from the catalog's prices).
struct SimulatedOrder {
    std::int64_t totalCents = 0;
    std::string currency; ///< The customer's: that of their earlier orders, else USD.
    std::string summary; ///< "1 item: Trail Runner 2"
};

/// One thing a simulated customer does.
struct SimulatedMessage {
    std::string conversationKey; ///< Simulator's own id; the server maps it to a conversation.
    bool opensConversation = false;
    std::string customerId; ///< From the catalog.
    protocol::Channel channel = protocol::Channel::Chat;
    protocol::ConversationKind kind = protocol::ConversationKind::Support;
    std::string subject;
    std::string scenario; ///< e.g. "where_is_my_order"
    std::string trueIntent; ///< Ground truth for measuring the agent.
    std::string text;
    /// The customer says the AI's answer solved it (a "thanks" after an AI answer, as a chat
    /// widget's "this solved my problem"): the engine resolves the conversation for the AI.
    bool confirmsResolution = false;
    /// The customer buys with this message: the engine adds the order to the customer.
    std::optional<SimulatedOrder> order;
    /// A sales customer says no to buying.
    bool declines = false;
};

/// A customer's answer to the satisfaction survey after a close.
struct SimulatedRating {
    std::string conversationKey;
    int rating = 5; ///< 1..5
    std::string comment;
    /// The closed conversation the survey was about (SimulatedClose::conversationId): the thread
    /// may write in another conversation by the time the customer answers.
    std::string conversationId {};
};

/// How a conversation was closed, as the simulated customer experienced it.
struct SimulatedClose {
    std::string reason; ///< The transition's reason: "customer_confirmed", "no_reply", "resolve", "abandoned"
    protocol::ResolveOutcome outcome = protocol::ResolveOutcome::Resolved;
    std::string conversationId {}; ///< The caller's id of the closed conversation; the survey echoes it.
};

/// A labelled utterance for measuring intent accuracy.
struct LabelledUtterance {
    std::string text;
    std::string intent;
};

class Simulator {
public:
    Simulator(std::shared_ptr<const Catalog> catalog, SimulatorConfig config);
    ~Simulator();

    /// The fastest arrival rate, in conversations per minute.
    static constexpr double kMaxRatePerMinute = 600.0;

    /// Scenario ids the mix may name.
    static std::vector<std::string> scenarioIds();
    /// Checks rate (0 < rate <= 600 per minute) and mix (known ids, finite weights >= 0, at least
    /// one > 0). A Simulator built from an invalid config falls back to the default rate and mix
    /// and reports why through configError().
    static bool validateConfig(const SimulatorConfig &config, std::string *error);
    /// Empty when the config given to the constructor was valid.
    const std::string &configError() const;

    /// The arrival rate at a moment as a share (0..1) of conversationsPerMinute, e.g. busier
    /// weekdays and daytime in the demo's history (arrivals at the full rate are thinned). Empty,
    /// the default, is the constant rate of the live demo. Set before the first tick.
    using RateShape = std::function<double(std::int64_t atMs)>;
    void setRateShape(RateShape shape);

    /// Messages due at `nowMs` (call repeatedly with a growing clock).
    std::vector<SimulatedMessage> tick(std::int64_t nowMs);
    /// The earliest moment a tick has something to do (an arrival, a follow-up, a departure, a
    /// survey answer), for a caller that jumps its clock from one thing to the next instead of
    /// ticking. nullopt before the first tick and when the simulator is silent.
    std::optional<std::int64_t> nextDue() const;
    /// The agent (or a person) answered in this conversation; the customer may follow up later.
    /// `aiIntent` is the intent the AI answered ("" for a person's reply).
    void onReply(const std::string &conversationKey, const std::string &replyText, bool escalated,
        const std::string &aiIntent = {});
    /// A person answered the customer in public (before onReply with the same text).
    void onHumanReply(const std::string &conversationKey);
    /// The conversation was closed; the customer may answer the survey a few seconds later.
    void onClosed(const std::string &conversationKey, const SimulatedClose &close);
    /// The conversation these threads write in was closed (several when the server put a
    /// customer's threads into one conversation): each thread's experience ends, and the first
    /// thread that still has one answers the survey, if the customer answers it at all. One
    /// survey per close, as for a conversation of one thread.
    void onClosed(const std::vector<std::string> &conversationKeys, const SimulatedClose &close);
    /// Survey answers that came due in the last ticks, in order.
    std::vector<SimulatedRating> takeRatings();
    /// Customers who gave up waiting (for a person or an answer) in the last ticks.
    std::vector<std::string> takeDepartures();

    /// Share of closed conversations whose customer answers the survey (spam excepted).
    static constexpr double kSurveyResponseRate = 0.35;
    /// Sales customers who reveal anything of their need, timeline, budget and authority, and
    /// of those the share who reveal all four (and so qualify).
    static constexpr double kSalesRevealRate = 0.45;
    static constexpr double kSalesRevealAllRate = 0.6;
    /// How a sales conversation ends: qualified customers buy or decline at these rates,
    /// unqualified ones at the next two; the rest just stop writing.
    static constexpr double kQualifiedBuyRate = 0.5;
    static constexpr double kQualifiedDeclineRate = 0.2;
    static constexpr double kUnqualifiedBuyRate = 0.08;
    static constexpr double kUnqualifiedDeclineRate = 0.2;
    /// Support customers who order something as they say thanks.
    static constexpr double kSupportOrderRate = 0.04;

    /// Utterances generated from templates not used to train the agent, with true intents.
    static std::vector<LabelledUtterance> heldOutSet(std::uint64_t seed, int count);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace pilothouse::server
