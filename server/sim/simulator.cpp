#include "sim/simulator.h"

#include "agent/text.h"
#include "log/log.h"
#include "sim/scenarios.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <utility>

namespace pilothouse::server {

using sim::Random;
using sim::ScenarioBook;
using sim::ScenarioTemplate;

namespace {

constexpr std::int64_t kFollowupMinMs = 2000;
constexpr std::int64_t kFollowupMaxMs = 10000;
constexpr std::int64_t kAbandonAfterMs = 30 * 60 * 1000; // customers give up on silent chats
constexpr std::size_t kMaxArrivalsPerTick = 10000;

/// One simulated customer's conversation.
struct SimConversation {
    std::size_t scenario = 0;
    std::size_t customer = 0;
    protocol::Channel channel = protocol::Channel::Chat;
    std::string subject;
    sim::Slots slots;
    int turnsPlanned = 1; ///< 1..4 customer messages in all
    int turnsSent = 0;
    bool withHuman = false;
    bool providedOrder = false;
    bool leaving = false; ///< The pending follow-up is the last message.
    std::int64_t dueAt = -1; ///< When the pending follow-up is sent; -1 none.
    std::string pendingKind;
    std::int64_t lastActivity = 0;
    /// Sales only: the qualification facts the customer will reveal (one message, after the
    /// first answer) and how they end ("buy", "decline" or "" for no word).
    std::vector<const std::vector<std::string> *> reveal;
    std::string ending;
};

/// What a customer remembers when the survey comes: kept past the end of the conversation.
struct Experience {
    bool vip = false;
    std::string lastIntent; ///< True intent of the customer's latest message.
    bool wrongAnswer = false; ///< The AI answered another intent than the customer's.
    std::int64_t escalatedAt = -1;
    std::int64_t firstHumanReplyAt = -1;
};

struct PendingRating {
    std::int64_t dueAt = 0;
    SimulatedRating rating;
};

constexpr std::int64_t kSurveyMinDelayMs = 1000;
constexpr std::int64_t kSurveyMaxDelayMs = 4000;
constexpr std::int64_t kLongWaitMs = 5 * 60 * 1000; // a person answered only after this long

/// The survey answer, from what happened: a confirmed AI answer pleases, a wrong one, a long wait
/// for a person or being left in the queue does not; a person who helped quickly pleases; VIPs
/// expect more. Noise of about one star either way.
int ratingFor(const Experience &e, const SimulatedClose &close, Random &random)
{
    double score = 3.8;
    if (close.reason == "customer_confirmed")
        score = 4.7;
    else if (close.reason == "no_reply")
        score = 3.9;
    else if (close.outcome == protocol::ResolveOutcome::Abandoned)
        score = 1.4;
    else if (close.outcome == protocol::ResolveOutcome::NotResolved)
        score = 2.3;
    else if (e.firstHumanReplyAt >= 0) // a person took it over and resolved it
        score = e.escalatedAt >= 0 && e.firstHumanReplyAt - e.escalatedAt > kLongWaitMs ? 3.0 : 4.4;
    if (e.wrongAnswer)
        score -= 1.2;
    if (e.vip)
        score -= 0.5;
    score += random.uniform() * 1.6 - 0.8;
    return static_cast<int>(std::clamp(std::lround(score), 1L, 5L));
}

const std::vector<std::string> &commentsFor(int rating)
{
    static const std::vector<std::string> low {"", "Nobody helped me.", "I waited far too long.",
        "The answer had nothing to do with my question.", "Very disappointing."};
    static const std::vector<std::string> middle {"", "", "It took a while.", "OK in the end."};
    static const std::vector<std::string> high {
        "", "", "Quick and helpful, thanks!", "Solved my problem.", "Great service."};
    return rating <= 2 ? low : rating == 3 ? middle : high;
}

} // namespace

struct Simulator::Impl {
    std::shared_ptr<const Catalog> catalog;
    SimulatorConfig config;
    std::string configError;
    const ScenarioBook &book = ScenarioBook::builtIn();
    Random random {1};
    std::vector<double> scenarioWeights;
    bool started = false;
    std::int64_t now = 0;
    std::int64_t nextArrival = 0;
    std::uint64_t opened = 0;
    std::map<std::string, SimConversation> conversations; // ordered: deterministic iteration
    std::map<std::string, Experience> experiences;
    std::vector<PendingRating> pendingRatings; // in the order they were scheduled
    std::vector<SimulatedRating> readyRatings;
    std::vector<std::string> departures;
    RateShape rateShape;

    double meanGapMs() const { return 60000.0 / config.conversationsPerMinute; }
    SimulatedMessage message(
        const std::string &key, const SimConversation &c, std::string text, std::string intent) const;
    SimulatedMessage open(std::int64_t at);
    SimulatedMessage followup(const std::string &key, SimConversation &c);
    void planSale(SimConversation &c);
    SimulatedOrder orderFor(const SimConversation &c) const;
};

void Simulator::Impl::planSale(SimConversation &c)
{
    const auto &sales = book.sales;
    const std::vector<const std::vector<std::string> *> facts {
        &sales.need, &sales.timeline, &sales.budget, &sales.authority};
    if (random.uniform() < kSalesRevealRate) {
        const bool all = random.uniform() < kSalesRevealAllRate;
        for (const auto *texts : facts) {
            if (!texts->empty() && (all || random.uniform() < 0.5))
                c.reveal.push_back(texts);
        }
    }
    const bool qualifies = c.reveal.size() == facts.size();
    const double roll = random.uniform();
    const double buy = qualifies ? kQualifiedBuyRate : kUnqualifiedBuyRate;
    const double decline = qualifies ? kQualifiedDeclineRate : kUnqualifiedDeclineRate;
    if (roll < buy && !sales.buy.empty())
        c.ending = "buy";
    else if (roll < buy + decline && !sales.decline.empty())
        c.ending = "decline";
}

SimulatedOrder Simulator::Impl::orderFor(const SimConversation &c) const
{
    const auto &customer = catalog->customers()[c.customer];
    std::string productName;
    int quantity = 1;
    for (const auto &[slot, value] : c.slots) {
        if (slot == "product")
            productName = value;
        else if (slot == "qty" && book.scenarios[c.scenario].intent == "bulk_lead")
            quantity = std::max(1, std::atoi(value.c_str()));
    }
    const Product *product = nullptr;
    for (const auto &candidate : catalog->products()) {
        if (candidate.name == productName)
            product = &candidate;
    }
    if (!product && !catalog->products().empty())
        product = &catalog->products().front();
    SimulatedOrder order;
    order.totalCents = (product ? product->priceCents : 4900) * quantity;
    order.currency = customer.orders.empty() ? std::string("USD") : customer.orders.front().currency;
    const std::string name = product ? product->name : std::string("gift card");
    order.summary = quantity == 1 ? "1 item: " + name : std::to_string(quantity) + " items: " + name;
    return order;
}

SimulatedMessage Simulator::Impl::message(
    const std::string &key, const SimConversation &c, std::string text, std::string intent) const
{
    const auto &scenario = book.scenarios[c.scenario];
    SimulatedMessage m;
    m.conversationKey = key;
    m.customerId = catalog->customers()[c.customer].id;
    m.channel = c.channel;
    m.kind = scenario.kind;
    m.subject = c.subject;
    m.scenario = scenario.id;
    m.trueIntent = std::move(intent);
    m.text = std::move(text);
    return m;
}

SimulatedMessage Simulator::Impl::open(std::int64_t at)
{
    SimConversation c;
    c.scenario = random.weighted(scenarioWeights);
    const auto &scenario = book.scenarios[c.scenario];
    // Business customers bring the bulk leads; anyone can bring the rest.
    std::vector<double> customerWeights;
    for (const auto &customer : catalog->customers())
        customerWeights.push_back(scenario.intent == "bulk_lead" && customer.segment == "business" ? 8.0 : 1.0);
    c.customer = random.weighted(customerWeights);
    std::vector<double> channelWeights;
    for (const auto &entry : book.channels)
        channelWeights.push_back(entry.second);
    c.channel = book.channels.empty() ? protocol::Channel::Chat : book.channels[random.weighted(channelWeights)].first;
    c.slots = sim::pickSlots(*catalog, catalog->customers()[c.customer], scenario, random);
    c.subject = text::fill(random.pick(scenario.subjects), c.slots);
    c.turnsPlanned = 1 + static_cast<int>(random.weighted({0.3, 0.35, 0.2, 0.15}));
    c.turnsSent = 1;
    c.lastActivity = at;
    const std::string key = "sim-" + std::to_string(config.seed) + "-" + std::to_string(++opened);
    auto m = message(key, c, text::fill(random.pick(scenario.openings), c.slots), scenario.intent);
    m.opensConversation = true;
    c.providedOrder = m.text.find(c.slots.front().second) != std::string::npos;
    if (scenario.kind == protocol::ConversationKind::Sales)
        planSale(c);
    experiences[key] = Experience {catalog->customers()[c.customer].vip, scenario.intent, false, -1, -1};
    conversations.emplace(key, std::move(c));
    return m;
}

SimulatedMessage Simulator::Impl::followup(const std::string &key, SimConversation &c)
{
    const auto &scenario = book.scenarios[c.scenario];
    std::string text;
    std::string intent = scenario.intent;
    bool buys = false;
    bool declines = false;
    if (c.pendingKind == "reveal") {
        for (const auto *texts : c.reveal)
            text += (text.empty() ? "" : " ") + random.pick(*texts);
        c.reveal.clear();
    } else if (c.pendingKind == "buy") {
        text = random.pick(book.sales.buy);
        buys = true;
    } else if (c.pendingKind == "decline") {
        text = random.pick(book.sales.decline);
        declines = true;
    } else if (c.pendingKind == "provide" && !scenario.provide.empty()) {
        text = random.pick(scenario.provide);
        c.providedOrder = true;
    } else if (c.pendingKind == "clarify" && !scenario.clarify.empty()) {
        text = random.pick(scenario.clarify);
    } else if (const auto *shared = book.followup(c.pendingKind); shared && !shared->texts.empty()) {
        text = random.pick(shared->texts);
        intent = shared->intent;
    } else {
        text = random.pick(scenario.openings);
    }
    ++c.turnsSent;
    c.dueAt = -1;
    c.lastActivity = now;
    experiences[key].lastIntent = intent;
    auto m = message(key, c, text::fill(text, c.slots), intent);
    // Thanks after the AI's answer: the customer confirms it solved the problem.
    m.confirmsResolution = c.pendingKind == "thanks" && !c.withHuman;
    // Some support customers order something too as they say thanks.
    if (c.pendingKind == "thanks" && scenario.kind == protocol::ConversationKind::Support
        && random.uniform() < kSupportOrderRate)
        buys = true;
    if (buys)
        m.order = orderFor(c);
    m.declines = declines;
    return m;
}

Simulator::Simulator(std::shared_ptr<const Catalog> catalog, SimulatorConfig config)
    : d(std::make_unique<Impl>())
{
    d->catalog = catalog ? std::move(catalog) : Catalog::builtIn();
    if (!validateConfig(config, &d->configError)) {
        log::get("sim")->warn("simulator config rejected ({}); using the default rate and mix", d->configError);
        config.conversationsPerMinute = SimulatorConfig {}.conversationsPerMinute;
        config.mix.clear();
    }
    d->config = std::move(config);
    d->random = Random(d->config.seed);
    for (const auto &scenario : d->book.scenarios) {
        const auto it = d->config.mix.find(scenario.id);
        d->scenarioWeights.push_back(
            d->config.mix.empty() ? scenario.weight : (it == d->config.mix.end() ? 0.0 : it->second));
    }
    if (d->catalog->customers().empty() || d->book.scenarios.empty())
        log::get("sim")->error("simulator has no customers or scenarios; it will stay silent");
}

Simulator::~Simulator() = default;

std::vector<std::string> Simulator::scenarioIds()
{
    std::vector<std::string> ids;
    for (const auto &scenario : ScenarioBook::builtIn().scenarios)
        ids.push_back(scenario.id);
    return ids;
}

bool Simulator::validateConfig(const SimulatorConfig &config, std::string *error)
{
    auto fail = [error](std::string message) {
        if (error)
            *error = std::move(message);
        return false;
    };
    const double rate = config.conversationsPerMinute;
    if (!std::isfinite(rate) || rate <= 0.0 || rate > Simulator::kMaxRatePerMinute)
        return fail("conversationsPerMinute must be above 0 and at most 600");
    const auto ids = scenarioIds();
    double total = 0.0;
    for (const auto &[id, weight] : config.mix) {
        if (std::find(ids.begin(), ids.end(), id) == ids.end())
            return fail("unknown scenario in mix: " + id);
        if (!std::isfinite(weight) || weight < 0.0)
            return fail("mix weight of " + id + " must be a finite number >= 0");
        total += weight;
    }
    if (!config.mix.empty() && total <= 0.0)
        return fail("mix weights must not all be zero");
    return true;
}

const std::string &Simulator::configError() const
{
    return d->configError;
}

std::vector<SimulatedMessage> Simulator::tick(std::int64_t nowMs)
{
    std::vector<SimulatedMessage> out;
    if (d->catalog->customers().empty() || d->book.scenarios.empty())
        return out;
    if (!d->started) {
        d->started = true;
        d->nextArrival = nowMs + static_cast<std::int64_t>(d->random.exponential(d->meanGapMs()));
    }
    d->now = std::max(d->now, nowMs);

    // Follow-ups that are due, oldest first (ties by key: std::map order).
    std::vector<std::pair<std::int64_t, std::string>> due;
    for (const auto &[key, c] : d->conversations) {
        if (c.dueAt >= 0 && c.dueAt <= d->now)
            due.emplace_back(c.dueAt, key);
    }
    std::stable_sort(due.begin(), due.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[at, key] : due) {
        auto &c = d->conversations.at(key);
        out.push_back(d->followup(key, c));
        if (c.leaving)
            d->conversations.erase(key);
    }

    // New conversations: Poisson arrivals, i.e. exponential gaps.
    std::size_t arrivals = 0;
    while (d->nextArrival <= d->now && arrivals++ < kMaxArrivalsPerTick) {
        // A shaped rate: arrivals at the full rate, each kept with the shape's share (thinning).
        if (!d->rateShape || d->random.uniform() < d->rateShape(d->nextArrival))
            out.push_back(d->open(d->nextArrival));
        d->nextArrival += std::max<std::int64_t>(1, static_cast<std::int64_t>(d->random.exponential(d->meanGapMs())));
    }
    if (d->nextArrival <= d->now)
        d->nextArrival = d->now + 1; // a huge clock jump: skip the backlog rather than flood

    // Customers left waiting without any answer eventually give up.
    for (auto it = d->conversations.begin(); it != d->conversations.end();) {
        if (it->second.dueAt < 0 && d->now - it->second.lastActivity > kAbandonAfterMs) {
            d->departures.push_back(it->first);
            it = d->conversations.erase(it);
        } else {
            ++it;
        }
    }

    // Survey answers that are due.
    auto &pending = d->pendingRatings;
    for (auto it = pending.begin(); it != pending.end();) {
        if (it->dueAt <= d->now) {
            d->readyRatings.push_back(std::move(it->rating));
            it = pending.erase(it);
        } else {
            ++it;
        }
    }
    return out;
}

void Simulator::setRateShape(RateShape shape)
{
    d->rateShape = std::move(shape);
}

std::optional<std::int64_t> Simulator::nextDue() const
{
    if (!d->started)
        return std::nullopt;
    std::int64_t due = d->nextArrival;
    for (const auto &[key, c] : d->conversations) {
        // A follow-up, or the moment a customer left waiting gives up (tick's strict test).
        due = std::min(due, c.dueAt >= 0 ? c.dueAt : c.lastActivity + kAbandonAfterMs + 1);
    }
    for (const auto &pending : d->pendingRatings)
        due = std::min(due, pending.dueAt);
    return std::max(due, d->now);
}

void Simulator::onHumanReply(const std::string &conversationKey)
{
    const auto e = d->experiences.find(conversationKey);
    if (e != d->experiences.end() && e->second.firstHumanReplyAt < 0)
        e->second.firstHumanReplyAt = d->now;
}

void Simulator::onClosed(const std::string &conversationKey, const SimulatedClose &close)
{
    onClosed(std::vector<std::string> {conversationKey}, close);
}

void Simulator::onClosed(const std::vector<std::string> &conversationKeys, const SimulatedClose &close)
{
    std::optional<std::pair<std::string, Experience>> surveyed; // the first thread with an experience
    for (const std::string &key : conversationKeys) {
        const auto e = d->experiences.find(key);
        if (e == d->experiences.end())
            continue;
        if (!surveyed)
            surveyed.emplace(key, e->second);
        d->experiences.erase(e);
        if (close.outcome == protocol::ResolveOutcome::Abandoned)
            d->conversations.erase(key); // the customer is gone
    }
    if (!surveyed || close.outcome == protocol::ResolveOutcome::Spam)
        return; // nobody surveys a spammer
    const auto &[conversationKey, experience] = *surveyed;
    // A stream of its own per conversation, so surveys do not change the traffic a seed gives.
    Random random(d->config.seed ^ text::stableHash(conversationKey + '\n' + close.reason));
    if (random.uniform() >= kSurveyResponseRate)
        return;
    const int rating = ratingFor(experience, close, random);
    const std::int64_t delay = random.between(kSurveyMinDelayMs, kSurveyMaxDelayMs);
    d->pendingRatings.push_back(
        {d->now + delay, {conversationKey, rating, random.pick(commentsFor(rating)), close.conversationId}});
}

std::vector<SimulatedRating> Simulator::takeRatings()
{
    return std::exchange(d->readyRatings, {});
}

std::vector<std::string> Simulator::takeDepartures()
{
    return std::exchange(d->departures, {});
}

void Simulator::onReply(
    const std::string &conversationKey, const std::string &replyText, bool escalated, const std::string &aiIntent)
{
    if (const auto e = d->experiences.find(conversationKey); e != d->experiences.end()) {
        if (!aiIntent.empty() && !e->second.lastIntent.empty() && aiIntent != e->second.lastIntent)
            e->second.wrongAnswer = true;
        if (escalated && e->second.escalatedAt < 0)
            e->second.escalatedAt = d->now;
    }
    const auto it = d->conversations.find(conversationKey);
    if (it == d->conversations.end())
        return;
    auto &c = it->second;
    c.lastActivity = d->now;
    if (escalated) {
        // The customer waits for the person; only the person's reply brings them back.
        c.withHuman = true;
        c.dueAt = -1;
        return;
    }
    // A sales customer first says what qualifies them, then buys or declines, then leaves.
    if (!c.reveal.empty() || !c.ending.empty()) {
        c.pendingKind = !c.reveal.empty() ? std::string("reveal") : std::exchange(c.ending, {});
        c.leaving = c.pendingKind == "buy" || c.pendingKind == "decline";
        c.dueAt = d->now + d->random.between(kFollowupMinMs, kFollowupMaxMs);
        return;
    }
    if (c.turnsSent >= c.turnsPlanned) {
        d->conversations.erase(it);
        return;
    }
    const auto &scenario = d->book.scenarios[c.scenario];
    const auto words = text::words(replyText);
    const bool askedForOrder = text::containsPhrase(words, "order number") && !c.providedOrder;
    if (askedForOrder) {
        c.pendingKind = "provide";
    } else if (c.withHuman) {
        c.pendingKind = "thanks";
    } else {
        std::vector<std::string> kinds;
        std::vector<double> weights;
        for (const auto &[kind, weight] : scenario.followupWeights) {
            kinds.push_back(kind);
            weights.push_back(weight);
        }
        c.pendingKind = kinds.empty() ? std::string("thanks") : kinds[d->random.weighted(weights)];
    }
    c.leaving = c.pendingKind == "thanks" || c.turnsSent + 1 >= c.turnsPlanned;
    c.dueAt = d->now + d->random.between(kFollowupMinMs, kFollowupMaxMs);
}

std::vector<LabelledUtterance> Simulator::heldOutSet(std::uint64_t seed, int count)
{
    const auto &book = ScenarioBook::builtIn();
    const auto catalog = Catalog::builtIn();
    std::vector<LabelledUtterance> out;
    if (book.scenarios.empty() || catalog->customers().empty())
        return out;
    Random random(seed);
    for (int i = 0; i < count; ++i) {
        // Every scenario equally often, so accuracy is not dominated by the common ones.
        const auto &scenario = random.pick(book.scenarios);
        const auto &customer = random.pick(catalog->customers());
        const auto slots = sim::pickSlots(*catalog, customer, scenario, random);
        const double roll = random.uniform();
        if (roll < 0.65 || (roll < 0.85 && scenario.clarify.empty())) {
            out.push_back({text::fill(random.pick(scenario.openings), slots), scenario.intent});
        } else if (roll < 0.85) {
            out.push_back({text::fill(random.pick(scenario.clarify), slots), scenario.intent});
        } else {
            const auto &shared = random.pick(book.followups);
            out.push_back({text::fill(random.pick(shared.texts), slots), shared.intent});
        }
    }
    return out;
}

} // namespace pilothouse::server
