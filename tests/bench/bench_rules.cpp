// Escalation-rules benchmark (not a test; issue 12): a cache of 90 days of AI conversations (about
// 333 a day, four AI turns each) filled through the real write path, then
//  - the dry run over the last 30 and 90 days: the turns read from the cache (store/ruleturns.h)
//    and each one evaluated under the built-in rule set and under a draft (store/dryrun.h);
//  - the evaluator alone: decisions per second over those turns, with the built-in set and with a
//    draft of 40 rules, some of them phrase lists at their limits.
//
//   build/<preset>/tests/bench/bench_rules [--days 90] [--per-day 333] [--messages 8]

#include "syntheticcache.h"

#include "store/dryrun.h"
#include "tuning/rulesetjson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <cstdio>

using namespace pilothouse;
using namespace pilothouse::models;
using namespace Qt::StringLiterals;
using nlohmann::json;

namespace {

constexpr qint64 kDayMs = 24 * 3'600'000LL;

/// The built-in set with 31 more rules right after its first two guardrails: ten phrase lists of
/// 100 phrases, and 21 rules over most facts.
tuning::RuleSet bigDraft()
{
    json doc = json::parse(tuning::toJson(tuning::defaultRuleSet()));
    json extra = json::array();
    for (int i = 0; i < 10; ++i) {
        json phrases = json::array();
        for (int p = 0; p < 100; ++p)
            phrases.push_back("word" + std::to_string(i) + "x" + std::to_string(p) + " and* more");
        extra.push_back({{"id", "phrases-" + std::to_string(i)}, {"name", "phrases"},
            {"when", json::array({{{"fact", "text"}, {"op", "contains_any"}, {"value", phrases}}})},
            {"then", {{"action", "hand_over"}, {"reason", "vip"}, {"priority", 1}}}});
    }
    for (int i = 0; i < 21; ++i) {
        extra.push_back({{"id", "mixed-" + std::to_string(i)}, {"name", "mixed"},
            {"when",
                json::array({{{"fact", "confidence"}, {"op", "below"}, {"value", 0.5 + i * 0.02}},
                    {{"fact", "language"}, {"op", "in"}, {"value", {"fr", "de"}}},
                    {{"fact", "business_hours"}, {"op", "is"}, {"value", i % 2 == 0}},
                    {{"fact", "lifetime_value"}, {"op", "at_or_above"}, {"value", 10 * i}}})},
            {"then",
                {{"action", i % 3 == 0 ? "draft_for_approval" : "hand_over"}, {"reason", "low_confidence"},
                    {"priority", i % 4}}}});
    }
    auto &rules = doc["rules"];
    rules.insert(rules.begin() + 2, extra.begin(), extra.end());
    auto parsed = tuning::parseRuleSet(doc.dump());
    if (!std::holds_alternative<tuning::RuleSet>(parsed)) {
        std::fprintf(stderr, "the bench draft does not validate: %s\n",
            std::get<std::vector<tuning::FieldError>>(parsed).front().message.c_str());
        std::exit(1);
    }
    return std::get<tuning::RuleSet>(std::move(parsed));
}

void dryRun(QSqlDatabase &db, qint64 end, int days, const tuning::RuleSet &draft)
{
    QElapsedTimer timer;
    timer.start();
    const auto turns = ruleturns::read(db, end - days * kDayMs, end);
    const double readMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    dryrun::Summary summary;
    dryrun::compare(
        turns, 0, turns.size(), tuning::defaultRuleSet(), draft, dryrun::shouldHaveHandedOver(db), 0, summary);
    const double compareMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("dry run, %2d days: %lld conversations, %zu turns: read %.0f ms + compare %.0f ms = %.0f ms"
                " (%zu flips; hand-offs %zu -> %zu)\n",
        days, qlonglong(summary.conversations.size()), summary.turns, readMs, compareMs, readMs + compareMs,
        summary.flips.size(), summary.handOversBefore, summary.handOversAfter);
}

void decisionsPerSecond(const std::vector<ruleturns::Turn> &turns, const tuning::RuleSet &rules, const char *name)
{
    QElapsedTimer timer;
    timer.start();
    std::size_t decided = 0;
    int rounds = 0;
    while (timer.elapsed() < 1000 || rounds < 1) {
        for (const auto &turn : turns)
            decided += tuning::evaluate(rules, ruleturns::factsOf(turn)).decided() ? 1 : 0;
        ++rounds;
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("evaluator, %s (%zu rules): %.0f decisions/s (%zu of %zu turns handed over)\n", name,
        rules.rules.size(), double(turns.size()) * rounds / seconds, decided / std::size_t(rounds), turns.size());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"days"_s, u"Days of history to cache."_s, u"D"_s, u"90"_s});
    parser.addOption({u"per-day"_s, u"Conversations a day."_s, u"N"_s, u"333"_s});
    parser.addOption({u"messages"_s, u"Messages per conversation (half of them AI replies)."_s, u"M"_s, u"8"_s});
    parser.process(app);
    const int days = std::max(1, parser.value(u"days"_s).toInt());
    const int perDay = std::max(1, parser.value(u"per-day"_s).toInt());
    const int messages = std::max(2, parser.value(u"messages"_s).toInt());
    const int conversations = days * perDay;

    QTemporaryDir dir;
    LocalStore store;
    if (!dir.isValid() || !store.open(dir.filePath(u"bench.db"_s))) {
        std::fprintf(stderr, "cannot open the cache: %s\n", qPrintable(store.errorString()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (!bench::fill(store, conversations, messages, kDayMs / perDay)) {
        std::fprintf(stderr, "cannot fill the cache\n");
        return 1;
    }
    std::printf("filled %d conversations over %d days, %d messages in %.1f s\n", conversations, days,
        conversations * messages, double(timer.elapsed()) / 1000);
    QSqlDatabase db = store.database();
    const qint64 end = bench::kStart + qint64(days) * kDayMs;
    const tuning::RuleSet draft = bigDraft();
    dryRun(db, end, 30, draft);
    if (days > 30)
        dryRun(db, end, days, draft);
    const auto turns = ruleturns::read(db, end - 30 * kDayMs, end);
    decisionsPerSecond(turns, tuning::defaultRuleSet(), "built-in set");
    decisionsPerSecond(turns, draft, "draft with phrase lists");
    return 0;
}
