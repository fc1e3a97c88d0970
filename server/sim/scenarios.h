#pragma once
// The simulator's script book (server/data/scenarios.json): per scenario its true intent, kind,
// weight, subjects, opening messages, clarifying questions and follow-up mix; shared follow-ups
// (thanks, frustration, asking for a person); the channel mix. Plus a platform-independent
// random source and the slot filling ({order}, {product}, ...) from catalog data.

#include "agent/catalog.h"

#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pilothouse::server::sim {

struct ScenarioTemplate {
    std::string id;
    std::string intent;
    protocol::ConversationKind kind = protocol::ConversationKind::Support;
    double weight = 1.0;
    std::vector<std::string> subjects;
    std::vector<std::string> openings;
    std::vector<std::string> clarify; ///< Follow-up questions on the same topic.
    std::vector<std::string> provide; ///< Answers to "what is your order number?"
    std::map<std::string, double> followupWeights; ///< "thanks", "clarify", "frustration", "human"
};

struct FollowupTemplates {
    std::string kind; ///< "thanks", "frustration", "human"
    std::string intent; ///< What such a message means, whatever the scenario.
    std::vector<std::string> texts;
};

/// What a sales customer says besides the scenario's questions: sentences that reveal each
/// qualification fact (the agent detects them, server/agent/qualification.h), and the last word:
/// buying or declining.
struct SalesTemplates {
    std::vector<std::string> need;
    std::vector<std::string> timeline;
    std::vector<std::string> budget;
    std::vector<std::string> authority;
    std::vector<std::string> buy;
    std::vector<std::string> decline;
};

struct ScenarioBook {
    std::vector<ScenarioTemplate> scenarios;
    std::vector<FollowupTemplates> followups;
    SalesTemplates sales;
    std::vector<std::pair<protocol::Channel, double>> channels;
    std::vector<std::string> countries;

    static std::optional<ScenarioBook> fromJson(std::string_view json, std::string *error);
    /// The compiled-in scenarios.json, parsed once.
    static const ScenarioBook &builtIn();

    const ScenarioTemplate *scenario(std::string_view id) const;
    const FollowupTemplates *followup(std::string_view kind) const;
};

/// Seeded randomness that is identical on every platform: the mt19937_64 sequence is fixed by
/// the standard, but std:: distributions are not, so the mapping to ranges is done here.
class Random {
public:
    explicit Random(std::uint64_t seed)
        : m_engine(seed)
    { }
    double uniform(); ///< [0, 1)
    std::size_t below(std::size_t n); ///< [0, n), n > 0
    std::int64_t between(std::int64_t low, std::int64_t high); ///< [low, high]
    double exponential(double mean);
    std::size_t weighted(const std::vector<double> &weights); ///< Index, by weight.
    template<typename T> const T &pick(const std::vector<T> &items) { return items[below(items.size())]; }

private:
    std::mt19937_64 m_engine;
};

using Slots = std::vector<std::pair<std::string, std::string>>;

/// Values for a scenario's placeholders, drawn from the customer's own orders and the catalog.
Slots pickSlots(
    const Catalog &catalog, const protocol::Customer &customer, const ScenarioTemplate &scenario, Random &random);

} // namespace pilothouse::server::sim
