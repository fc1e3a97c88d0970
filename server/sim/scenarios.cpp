#include "sim/scenarios.h"

#include "agent/builtindata.h"
#include "agent/text.h"
#include "log/log.h"
#include "protocol/codec.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace pilothouse::server::sim {
namespace {

std::vector<std::string> strings(const nlohmann::json &object, const char *key)
{
    std::vector<std::string> out;
    if (object.contains(key)) {
        for (const auto &value : object.at(key))
            out.push_back(value.get<std::string>());
    }
    return out;
}

/// The protocol's value for `text`; an unknown spelling refuses the whole book, loudly.
template<typename Enum>
Enum known(std::optional<Enum> (*parse)(std::string_view), const std::string &text, const char *what)
{
    if (const auto value = parse(text))
        return *value;
    throw std::runtime_error(std::string("unknown ") + what + " '" + text + "'");
}

} // namespace

std::optional<ScenarioBook> ScenarioBook::fromJson(std::string_view json, std::string *error)
{
    try {
        const auto root = nlohmann::json::parse(json.begin(), json.end());
        ScenarioBook book;
        for (const auto &s : root.at("scenarios")) {
            ScenarioTemplate t;
            t.id = s.at("id").get<std::string>();
            t.intent = s.at("intent").get<std::string>();
            t.kind = known(protocol::kindFromString, s.at("kind").get<std::string>(), "kind");
            t.weight = s.at("weight").get<double>();
            t.subjects = strings(s, "subjects");
            t.openings = strings(s, "openings");
            t.clarify = strings(s, "clarify");
            t.provide = strings(s, "provide");
            for (const auto &[kind, weight] : s.at("followups").items())
                t.followupWeights[kind] = weight.get<double>();
            if (t.openings.empty() || t.subjects.empty())
                throw std::runtime_error("scenario " + t.id + " needs openings and subjects");
            book.scenarios.push_back(std::move(t));
        }
        for (const auto &f : root.at("followups"))
            book.followups.push_back(
                {f.at("kind").get<std::string>(), f.at("intent").get<std::string>(), strings(f, "texts")});
        for (const auto &[name, weight] : root.at("channels").items()) {
            book.channels.emplace_back(known(protocol::channelFromString, name, "channel"), weight.get<double>());
        }
        if (root.contains("sales")) {
            const auto &sales = root.at("sales");
            book.sales = {strings(sales, "need"), strings(sales, "timeline"), strings(sales, "budget"),
                strings(sales, "authority"), strings(sales, "buy"), strings(sales, "decline")};
        }
        book.countries = strings(root, "countries");
        if (book.countries.empty())
            book.countries.push_back("Canada");
        return book;
    } catch (const std::exception &e) {
        if (error)
            *error = std::string("scenarios: ") + e.what();
        return std::nullopt;
    }
}

const ScenarioBook &ScenarioBook::builtIn()
{
    static const ScenarioBook instance = [] {
        std::string error;
        auto parsed = fromJson(builtinData("scenarios.json"), &error);
        if (!parsed) {
            log::get("sim")->error("built-in scenarios rejected: {}", error);
            return ScenarioBook {};
        }
        return *parsed;
    }();
    return instance;
}

const ScenarioTemplate *ScenarioBook::scenario(std::string_view id) const
{
    const auto it = std::find_if(scenarios.begin(), scenarios.end(), [id](const auto &s) { return s.id == id; });
    return it == scenarios.end() ? nullptr : &*it;
}

const FollowupTemplates *ScenarioBook::followup(std::string_view kind) const
{
    const auto it = std::find_if(followups.begin(), followups.end(), [kind](const auto &f) { return f.kind == kind; });
    return it == followups.end() ? nullptr : &*it;
}

double Random::uniform()
{
    // 53 random bits -> a double in [0, 1), the same everywhere.
    return static_cast<double>(m_engine() >> 11) * (1.0 / 9007199254740992.0);
}

std::size_t Random::below(std::size_t n)
{
    return n == 0 ? 0 : std::min(n - 1, static_cast<std::size_t>(uniform() * static_cast<double>(n)));
}

std::int64_t Random::between(std::int64_t low, std::int64_t high)
{
    return low + static_cast<std::int64_t>(below(static_cast<std::size_t>(high - low + 1)));
}

double Random::exponential(double mean)
{
    return -mean * std::log(1.0 - uniform());
}

std::size_t Random::weighted(const std::vector<double> &weights)
{
    double total = 0.0;
    for (const double w : weights)
        total += w;
    double target = uniform() * total;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        if (target < weights[i])
            return i;
        target -= weights[i];
    }
    // Rounding left us past the end: the last item with any weight.
    for (std::size_t i = weights.size(); i > 0; --i) {
        if (weights[i - 1] > 0.0)
            return i - 1;
    }
    return 0;
}

Slots pickSlots(
    const Catalog &catalog, const protocol::Customer &customer, const ScenarioTemplate &scenario, Random &random)
{
    // Order scenarios pick an order in a state where the complaint makes sense.
    std::vector<std::string> wanted;
    if (scenario.intent == "order_status")
        wanted = {"processing", "shipped"};
    else if (scenario.intent == "return_request" || scenario.intent == "damaged_item")
        wanted = {"delivered"};
    else if (scenario.intent == "refund_status")
        wanted = {"returned"};
    else if (scenario.intent == "cancel_order")
        wanted = {"processing"};
    std::vector<const protocol::Order *> candidates;
    for (const auto &order : customer.orders) {
        if (std::find(wanted.begin(), wanted.end(), order.status) != wanted.end())
            candidates.push_back(&order);
    }
    if (candidates.empty()) {
        for (const auto &order : customer.orders)
            candidates.push_back(&order);
    }
    const protocol::Order *order = candidates.empty() ? nullptr : random.pick(candidates);

    // The product: one of the order's items when the scenario is about an order, else any.
    const auto &products = catalog.products();
    std::vector<const Product *> inOrder;
    for (const auto &product : products) {
        if (order && order->summary.find(product.name) != std::string::npos)
            inOrder.push_back(&product);
    }
    std::vector<const Product *> sized;
    for (const auto &product : products) {
        if (product.sizes.size() > 1)
            sized.push_back(&product);
    }
    const bool orderScenario = !wanted.empty() || scenario.intent == "billing";
    const Product *product = nullptr;
    if (orderScenario && !inOrder.empty())
        product = random.pick(inOrder);
    else if ((scenario.intent == "sizing" || scenario.intent == "return_request") && !sized.empty())
        product = random.pick(sized);
    else if (!products.empty())
        product = &products[random.below(products.size())];
    const Product *other = products.empty() ? nullptr : &products[random.below(products.size())];

    std::string size = "M";
    if (product && product->sizes.size() > 1)
        size = random.pick(product->sizes);
    static const std::vector<std::string> kQuantities = {"12", "15", "20", "25", "30", "40", "50", "60", "120"};
    static const std::vector<std::string> kFallbackCountries = {"Canada"};
    const auto &countries = ScenarioBook::builtIn().countries;
    return Slots {
        {"order", order ? order->id : std::string("00000")},
        {"amount", order ? text::formatMoney(order->totalCents, order->currency) : std::string("$49.00")},
        {"product", product ? product->name : std::string("jacket")},
        {"product2", other ? other->name : std::string("tent")},
        {"size", size},
        {"first", customer.name.substr(0, customer.name.find(' '))},
        {"email", customer.email},
        {"qty", random.pick(kQuantities)},
        {"price", text::formatMoney(product ? product->priceCents : 4900)},
        {"country", random.pick(countries.empty() ? kFallbackCountries : countries)},
    };
}

} // namespace pilothouse::server::sim
