// The metrics core against the worked example of docs/metrics.md: the hand-built history folded
// by the reference builder gives exactly the hand-calculated figures of the doc; groups add up to
// totals; strict and lenient differ where the definitions say; filters, no-data ratios, the
// previous period and the cost model's validation.

#include "analytics/factsbuilder.h"
#include "analytics/metrics.h"
#include "workedexample.h"

#include <QTest>

#include <cmath>
#include <functional>

using namespace pilothouse::analytics;
using pilothouse::protocol::Author;
using pilothouse::protocol::Channel;
using pilothouse::protocol::ConversationStatus;
using pilothouse::protocol::EscalationReason;
using pilothouse::protocol::Visibility;

Q_DECLARE_METATYPE(pilothouse::analytics::Metric)
Q_DECLARE_METATYPE(pilothouse::analytics::CostModel)

namespace {

MetricsFilter march()
{
    MetricsFilter filter;
    filter.from = QDate(2025, 3, 1);
    filter.to = QDate(2025, 3, 8);
    return filter;
}

MetricsReport exampleReport(const MetricsFilter &filter = march(), std::size_t window = kDefaultAttributionWindow)
{
    const QList<DayFacts> facts
        = FactsBuilder::build(workedexample::history(), workedexample::asOf(), QStringLiteral("USD"));
    return computeMetrics(facts, filter, workedexample::costModel(), window);
}

bool same(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

} // namespace

class TestMetrics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void workedExampleFacts();
    void workedExampleMetrics_data();
    void workedExampleMetrics();
    void handOffReasons();
    void firstReplyDeadlines();
    void mergedDuplicateCountsNoOutcome();
    void hoursSavedAssumptions();
    void lenientHoursClaim();
    void attributionWindows();
    void previousPeriod();
    void groupsSumToTotals();
    void strictAndLenientDiffer();
    void filterRecomputesSubset();
    void zeroDenominatorIsNoData();
    void costModelRefusesBadValues_data();
    void costModelRefusesBadValues();
    void costModelLimits();
};

void TestMetrics::workedExampleFacts()
{
    const PeriodMetrics m = exampleReport().current;
    const FactsCounters &t = m.totals;
    QCOMPARE(t.conversations, 16);
    QCOMPARE(t.spam, 1);
    QCOMPARE(t.aiResolvedStrict, 6);
    QCOMPARE(t.aiResolvedProvisional, 1);
    QCOMPARE(t.aiResolvedLenient, 9);
    QCOMPARE(t.humanResolved, 2);
    QCOMPARE(t.notResolved, 1);
    QCOMPARE(t.abandoned, 1);
    QCOMPARE(t.handedOff, 6);
    QCOMPARE(t.aiFirstResponseMsSum, 75'000);
    QCOMPARE(t.aiFirstResponseCount, 15);
    QCOMPARE(t.humanFirstResponseMsSum, 1'620'000);
    QCOMPARE(t.humanFirstResponseCount, 5);
    QCOMPARE(t.resolutionMsSum, 437'700'000);
    QCOMPARE(t.resolutionCount, 11);
    QCOMPARE(t.surveysSent, 12);
    QCOMPARE(t.rated, 9);
    QCOMPARE(t.ratedPositive, 6);
    QCOMPARE(t.ratingSum, 34);
    QCOMPARE(t.aiReplies, 18);
    QCOMPARE(t.aiTokens, 13'600);
    QCOMPARE(t.humanHandleMsSum, 3'180'000);
    QCOMPARE(t.humanHandledConversations, 5);
    QCOMPARE(t.salesConversations, 3);
    QCOMPARE(t.qualified, 2);
    QCOMPARE(t.won, 1);
    QCOMPARE(t.lost, 1);
    QCOMPARE(t.attributedOrders, (std::array<qint64, 4> {1, 2, 3, 3}));
    QCOMPARE(t.revenueCents, (std::array<qint64, 4> {8'000, 20'000, 25'000, 25'000}));
}

void TestMetrics::workedExampleMetrics_data()
{
    QTest::addColumn<Metric>("metric");
    QTest::addColumn<double>("numerator");
    QTest::addColumn<double>("denominator");
    // The table "Every metric of the example" in docs/metrics.md, row for row.
    QTest::newRow("conversations") << Metric::Conversations << 16.0 << 1.0;
    QTest::newRow("automation rate") << Metric::AutomationRate << 7.0 << 13.0;
    QTest::newRow("AI resolution, strict") << Metric::AiResolutionStrict << 6.0 << 15.0;
    QTest::newRow("AI resolution, provisional") << Metric::AiResolutionProvisional << 1.0 << 15.0;
    QTest::newRow("AI resolution, lenient") << Metric::AiResolutionLenient << 9.0 << 15.0;
    QTest::newRow("containment") << Metric::Containment << 9.0 << 15.0;
    QTest::newRow("hand-off rate") << Metric::HandOffRate << 6.0 << 15.0;
    QTest::newRow("AI first response") << Metric::AiFirstResponseMs << 75'000.0 << 15.0;
    QTest::newRow("human first response") << Metric::HumanFirstResponseMs << 1'620'000.0 << 5.0;
    QTest::newRow("resolution time") << Metric::ResolutionMs << 437'700'000.0 << 11.0;
    QTest::newRow("CSAT") << Metric::CsatPositive << 6.0 << 9.0;
    QTest::newRow("CSAT mean") << Metric::CsatMean << 34.0 << 9.0;
    QTest::newRow("CSAT response rate") << Metric::CsatResponseRate << 9.0 << 12.0;
    QTest::newRow("hours saved") << Metric::HoursSaved << 75.0 << 60.0;
    QTest::newRow("AI spend") << Metric::AiSpend << 6.80 << 1.0;
    QTest::newRow("money saved") << Metric::MoneySaved << 30.70 << 1.0;
    QTest::newRow("team cost") << Metric::TeamCost << 15 * 30.0 * 40 * 8 / 7 << 1.0;
    QTest::newRow("cost per resolution") << Metric::CostPerResolution << 33.30 << 11.0;
    QTest::newRow("qualification rate") << Metric::QualificationRate << 2.0 << 3.0;
    QTest::newRow("conversion rate") << Metric::ConversionRate << 1.0 << 3.0;
    QTest::newRow("revenue influenced") << Metric::RevenueInfluenced << 200.0 << 1.0;
    QTest::newRow("average order value") << Metric::AverageOrderValue << 200.0 << 2.0;
}

void TestMetrics::workedExampleMetrics()
{
    QFETCH(Metric, metric);
    QFETCH(double, numerator);
    QFETCH(double, denominator);
    const MetricValue value = exampleReport().current[metric];
    QVERIFY2(same(value.numerator, numerator), qPrintable(QString::number(value.numerator, 'f', 6)));
    QVERIFY2(same(value.denominator, denominator), qPrintable(QString::number(value.denominator, 'f', 6)));
    QVERIFY(value.hasData());
}

void TestMetrics::handOffReasons()
{
    const PeriodMetrics m = exampleReport().current;
    const auto count = [&m](EscalationReason reason) { return m.handOffByReason[handOffSlot(reason)].numerator; };
    QCOMPARE(count(EscalationReason::AskedForHuman), 2.0);
    QCOMPARE(count(EscalationReason::LowConfidence), 1.0);
    QCOMPARE(count(EscalationReason::Vip), 1.0);
    QCOMPARE(count(EscalationReason::MissingKnowledge), 1.0);
    QCOMPARE(m.handOffByReason[kTakenOverSlot].numerator, 1.0); // c10: taken over without an escalation
    QCOMPARE(count(EscalationReason::NegativeSentiment), 0.0);
    for (const MetricValue &value : m.handOffByReason)
        QCOMPARE(value.denominator, 15.0);
}

void TestMetrics::firstReplyDeadlines()
{
    using workedexample::kMinute;
    const qint64 t0 = workedexample::at(3, 2);
    // Escalated at t0 with a 5-minute deadline; a person answers at `answerAt` (0: nobody yet).
    const auto counters = [&](qint64 answerAt, qint64 asOf, bool withDeadline = true) {
        HistoryConversation c;
        c.id = QStringLiteral("d");
        c.createdAt = t0 - kMinute;
        c.messages.append({Author::Customer, Visibility::Public, t0 - kMinute});
        c.transitions.append({ConversationStatus::Ai, ConversationStatus::Escalated, QStringLiteral("ai"),
            QStringLiteral("asked_for_human"), CloseOutcome::None, t0});
        c.transitions.append({ConversationStatus::Escalated, ConversationStatus::Human, QStringLiteral("ana"),
            QStringLiteral("take_over"), CloseOutcome::None, t0 + kMinute});
        c.messages.append({Author::Human, Visibility::Note, t0 + 2 * kMinute}); // a note answers nobody
        if (answerAt > 0)
            c.messages.append({Author::Human, Visibility::Public, answerAt});
        c.handoffDueAt = withDeadline ? t0 + 5 * kMinute : 0;
        return FactsBuilder::countersOf(c, asOf);
    };
    const qint64 due = t0 + 5 * kMinute;
    // Answered at the deadline: met; a millisecond after: missed.
    QCOMPARE(counters(due, due + kMinute).deadlinesMet, 1);
    QCOMPARE(counters(due, due + kMinute).deadlinesMissed, 0);
    QCOMPARE(counters(due + 1, due + kMinute).deadlinesMissed, 1);
    QCOMPARE(counters(due + 1, due + kMinute).deadlinesMet, 0);
    // Nobody answered: running until the deadline (neither), missed after it.
    QCOMPARE(counters(0, due).deadlinesMet + counters(0, due).deadlinesMissed, 0);
    QCOMPARE(counters(0, due + 1).deadlinesMissed, 1);
    // A take-over without an escalation has no deadline to count.
    QCOMPARE(counters(0, due + kMinute, false).deadlinesMissed, 0);

    // The figure: met over decided.
    FactsCounters total = counters(due, due + kMinute);
    total += counters(due + 1, due + kMinute);
    total += counters(0, due + kMinute);
    total += counters(due - kMinute, due + kMinute);
    QCOMPARE(total.deadlinesMet, 2);
    QCOMPARE(total.deadlinesMissed, 2);
}

void TestMetrics::mergedDuplicateCountsNoOutcome()
{
    using workedexample::kMinute;
    const qint64 t0 = workedexample::at(3, 2);
    HistoryConversation c;
    c.id = QStringLiteral("dup");
    c.createdAt = t0;
    c.messages.append({Author::Customer, Visibility::Public, t0});
    const auto closedAs = [&](const char *reason) {
        HistoryConversation closed = c;
        closed.transitions.append({ConversationStatus::Ai, ConversationStatus::Resolved, QStringLiteral("sam"),
            QString::fromLatin1(reason), CloseOutcome::Resolved, t0 + kMinute});
        return FactsBuilder::countersOf(closed, t0 + 60 * kMinute);
    };
    // Resolved by a person: a human resolution with a survey; merged away: neither.
    QCOMPARE(closedAs("resolve").humanResolved, 1);
    QCOMPARE(closedAs("resolve").surveysSent, 1);
    const FactsCounters merged = closedAs("merged");
    QCOMPARE(merged.conversations, 1);
    QCOMPARE(merged.humanResolved + merged.notResolved + merged.abandoned + merged.aiResolvedLenient, 0);
    QCOMPARE(merged.surveysSent, 0);
    QCOMPARE(merged.resolutionCount, 0);
}

void TestMetrics::hoursSavedAssumptions()
{
    const QList<IntentHandling> handling = exampleReport().current.handling;
    QHash<QString, IntentHandling> byIntent;
    for (const IntentHandling &h : handling)
        byIntent.insert(h.intent, h);
    // Measured (2 samples: 20 and 10 minutes) replaces the default of 6 minutes.
    QCOMPARE(byIntent[QStringLiteral("order_status")].minutes, 15.0);
    QVERIFY(byIntent[QStringLiteral("order_status")].measured);
    QCOMPARE(byIntent[QStringLiteral("order_status")].strictResolutions, 3);
    QCOMPARE(byIntent[QStringLiteral("refund")].minutes, 9.0);
    QVERIFY(byIntent[QStringLiteral("refund")].measured);
    QCOMPARE(byIntent[QStringLiteral("shipping")].minutes, 10.0); // the general default
    QVERIFY(!byIntent[QStringLiteral("shipping")].measured);
    QCOMPARE(byIntent[QStringLiteral("product_question")].minutes, 10.0); // its own default
    QCOMPARE(byIntent[QStringLiteral("product_question")].strictResolutions, 2);
    QCOMPARE(byIntent[QStringLiteral("pricing")].humanSamples, 1);
    QVERIFY(!byIntent[QStringLiteral("pricing")].measured);
}

void TestMetrics::lenientHoursClaim()
{
    // docs/metrics.md, "Strict against lenient": the lenient-only resolutions c04 (refund, 9 min
    // measured), c05 and c14 (order_status, 15 min) would add 39 minutes to the 75.
    const PeriodMetrics m = exampleReport().current;
    double extra = 0;
    for (const IntentHandling &h : m.handling) {
        if (h.intent == u"refund")
            extra += 1 * h.minutes;
        if (h.intent == u"order_status")
            extra += 2 * h.minutes;
    }
    QCOMPARE(m[Metric::HoursSaved].numerator + extra, 114.0);
    QCOMPARE(m.totals.aiResolvedLenient - m.totals.aiResolvedStrict, 3);
}

void TestMetrics::attributionWindows()
{
    const double revenue[] = {80.0, 200.0, 250.0, 250.0};
    const double orders[] = {1, 2, 3, 3};
    for (std::size_t w = 0; w < kAttributionWindows.size(); ++w) {
        const PeriodMetrics m = exampleReport(march(), w).current;
        QCOMPARE(m[Metric::RevenueInfluenced].numerator, revenue[w]);
        QCOMPARE(m[Metric::AverageOrderValue].denominator, orders[w]);
    }
}

void TestMetrics::previousPeriod()
{
    const MetricsReport report = exampleReport();
    const MetricsFilter previous = march().previousPeriod();
    QCOMPARE(previous.from, QDate(2025, 2, 21));
    QCOMPARE(previous.to, QDate(2025, 2, 28));
    const PeriodMetrics &p = report.previous;
    QCOMPARE(p[Metric::Conversations].numerator, 2.0);
    QCOMPARE(p[Metric::AiResolutionStrict].numerator, 1.0);
    QCOMPARE(p[Metric::AiResolutionStrict].denominator, 2.0);
    QCOMPARE(p[Metric::CsatMean].numerator, 6.0);
    QCOMPARE(p[Metric::HoursSaved].numerator, 6.0); // 1 x 6 min: order_status has no samples then
    QVERIFY(same(p[Metric::AiSpend].numerator, 0.75));
    QVERIFY(same(*report.delta(Metric::AiResolutionStrict), 0.4 - 0.5));
    QVERIFY(same(*report.delta(Metric::Conversations), 14.0));
    QCOMPARE(p[Metric::AutomationRate].numerator, 1.0);
    QCOMPARE(p[Metric::AutomationRate].denominator, 2.0);
    QCOMPARE(p[Metric::HumanFirstResponseMs].numerator, 600'000.0);
    QCOMPARE(p[Metric::ResolutionMs].numerator, 2'100'000.0);
    QVERIFY(same(p[Metric::MoneySaved].numerator, 2.25));
    QVERIFY(same(p[Metric::CostPerResolution].numerator, 8.25));
    QCOMPARE(p[Metric::CostPerResolution].denominator, 2.0);
    QVERIFY(!p[Metric::QualificationRate].hasData()); // no sales conversation before
    QVERIFY(!p[Metric::AverageOrderValue].hasData());
    QVERIFY(!report.delta(Metric::QualificationRate));
}

void TestMetrics::groupsSumToTotals()
{
    const QList<DayFacts> facts
        = FactsBuilder::build(workedexample::history(), workedexample::asOf(), QStringLiteral("USD"));
    const FactsCounters total = computeMetrics(facts, march(), workedexample::costModel()).current.totals;
    QSet<QString> intents;
    QSet<Channel> channels;
    for (const DayFacts &row : facts) {
        intents.insert(row.key.intent);
        channels.insert(row.key.channel);
    }
    FactsCounters byIntent, byChannel;
    for (const QString &intent : intents) {
        MetricsFilter filter = march();
        filter.intents = {intent};
        byIntent += computeMetrics(facts, filter, workedexample::costModel()).current.totals;
    }
    for (Channel channel : channels) {
        MetricsFilter filter = march();
        filter.channels = {channel};
        byChannel += computeMetrics(facts, filter, workedexample::costModel()).current.totals;
    }
    QVERIFY(byIntent == total);
    QVERIFY(byChannel == total);
    // The outcomes split the conversations: the rest are still open (c15, c16).
    const qint64 closed
        = total.spam + total.aiResolvedLenient + total.humanResolved + total.notResolved + total.abandoned;
    QCOMPARE(total.conversations - closed, 2);
    qint64 reasons = 0;
    for (qint64 n : total.handedOffByReason)
        reasons += n;
    QCOMPARE(reasons, total.handedOff);
}

void TestMetrics::strictAndLenientDiffer()
{
    const History history = workedexample::history();
    const auto counters = [&history](const char *id, qint64 asOf) {
        for (const HistoryConversation &c : history.conversations)
            if (c.id == QLatin1String(id))
                return FactsBuilder::countersOf(c, asOf);
        return FactsCounters {};
    };
    const qint64 now = workedexample::asOf();
    // A person wrote to the customer (c04), or the customer reopened within 7 days (c05): lenient only.
    for (const char *id : {"c04", "c05"}) {
        QCOMPARE(counters(id, now).aiResolvedLenient, 1);
        QCOMPARE(counters(id, now).aiResolvedStrict + counters(id, now).aiResolvedProvisional, 0);
    }
    // Younger than 7 days: provisional, and strict once 7 days have passed without a reopen.
    QCOMPARE(counters("c14", now).aiResolvedProvisional, 1);
    QCOMPARE(counters("c14", now).aiResolvedStrict, 0);
    const qint64 later = workedexample::at(3, 8) + 5 * workedexample::kMinute + FactsBuilder::kDurableMs;
    QCOMPARE(counters("c14", later - 1).aiResolvedStrict, 0);
    QCOMPARE(counters("c14", later).aiResolvedStrict, 1);
    // Before c05 reopened, its first AI resolution was provisional; the reopen takes it back.
    QCOMPARE(counters("c05", workedexample::at(3, 2)).aiResolvedProvisional, 1);
    QCOMPARE(counters("c05", workedexample::at(3, 2)).aiResolvedLenient, 1);
    // "no_reply" by the system is an AI resolution in both figures (c02).
    QCOMPARE(counters("c02", now).aiResolvedStrict, 1);
    // A person's resolution and an abandonment are neither.
    QCOMPARE(counters("c03", now).aiResolvedLenient, 0);
    QCOMPARE(counters("c08", now).aiResolvedLenient, 0);
    QCOMPARE(counters("c08", now).abandoned, 1);
}

void TestMetrics::filterRecomputesSubset()
{
    const History history = workedexample::history();
    const QList<DayFacts> facts = FactsBuilder::build(history, workedexample::asOf(), QStringLiteral("USD"));
    struct Case {
        const char *name;
        std::function<void(MetricsFilter &)> set;
        std::function<bool(const HistoryConversation &)> keep;
    };
    const QList<Case> cases = {
        {"order_status", [](MetricsFilter &f) { f.intents = {QStringLiteral("order_status")}; },
            [](const HistoryConversation &c) { return c.intent == u"order_status"; }},
        {"email", [](MetricsFilter &f) { f.channels = {Channel::Email}; },
            [](const HistoryConversation &c) { return c.channel == Channel::Email; }},
        {"sales", [](MetricsFilter &f) { f.kind = pilothouse::protocol::ConversationKind::Sales; },
            [](const HistoryConversation &c) { return c.kind == pilothouse::protocol::ConversationKind::Sales; }},
        {"not en, new",
            [](MetricsFilter &f) {
                f.languages = {QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("es")};
                f.segments = {QStringLiteral("new")};
            },
            [](const HistoryConversation &c) { return c.language != u"en" && c.segment == u"new"; }},
        {"vip", [](MetricsFilter &f) { f.vip = true; }, [](const HistoryConversation &c) { return c.vip; }},
        {"3 March only", [](MetricsFilter &f) { f.from = f.to = QDate(2025, 3, 3); },
            [](const HistoryConversation &c) {
                return c.createdAt >= workedexample::at(3, 3, 0) && c.createdAt < workedexample::at(3, 4, 0);
            }},
    };
    for (const Case &test : cases) {
        MetricsFilter filter = march();
        test.set(filter);
        History subset = history;
        subset.conversations.removeIf([&test](const HistoryConversation &c) { return !test.keep(c); });
        const QList<DayFacts> subsetFacts = FactsBuilder::build(subset, workedexample::asOf(), QStringLiteral("USD"));
        const FactsCounters expected = computeMetrics(subsetFacts, filter, workedexample::costModel()).current.totals;
        const FactsCounters filtered = computeMetrics(facts, filter, workedexample::costModel()).current.totals;
        QVERIFY2(filtered == expected, test.name);
        QVERIFY2(filtered.conversations > 0, test.name);
    }
    MetricsFilter orderStatus = march();
    orderStatus.intents = {QStringLiteral("order_status")};
    const PeriodMetrics m = computeMetrics(facts, orderStatus, workedexample::costModel()).current;
    QCOMPARE(m[Metric::Conversations].numerator, 8.0);
    QCOMPARE(m[Metric::AiResolutionStrict].numerator, 3.0);
    QCOMPARE(m[Metric::AiResolutionLenient].numerator, 5.0);
    QCOMPARE(m[Metric::AiResolutionLenient].denominator, 8.0);
}

void TestMetrics::zeroDenominatorIsNoData()
{
    MetricsFilter filter = march();
    filter.from = filter.to = QDate(2025, 3, 5); // nobody wrote that day
    const MetricsReport report = exampleReport(filter);
    for (Metric metric : {Metric::AutomationRate, Metric::AiResolutionStrict, Metric::AiResolutionLenient,
             Metric::Containment, Metric::AiFirstResponseMs, Metric::HumanFirstResponseMs, Metric::ResolutionMs,
             Metric::CsatPositive, Metric::CsatMean, Metric::CsatResponseRate, Metric::CostPerResolution,
             Metric::QualificationRate, Metric::ConversionRate, Metric::AverageOrderValue}) {
        QVERIFY(!report.current[metric].hasData());
        QVERIFY(!report.current[metric].value().has_value());
    }
    // Counts and amounts are a real 0.
    QCOMPARE(report.current[Metric::Conversations].value(), std::optional<double>(0.0));
    QCOMPARE(report.current[Metric::HoursSaved].value(), std::optional<double>(0.0));
    // A day with only human work: the AI first response exists, CSAT does not.
    filter.intents = {QStringLiteral("pricing")};
    filter.from = filter.to = QDate(2025, 3, 8);
    const PeriodMetrics pricing = exampleReport(filter).current;
    QVERIFY(pricing[Metric::AiFirstResponseMs].hasData());
    QVERIFY(!pricing[Metric::CsatPositive].hasData());
    QVERIFY(!pricing[Metric::CostPerResolution].hasData());
}

void TestMetrics::costModelRefusesBadValues_data()
{
    QTest::addColumn<CostModel>("model");
    QTest::addColumn<QList<int>>("fields");
    const CostModel good = workedexample::costModel();
    const double nan = std::nan("");
    auto with = [&good](auto change) {
        CostModel model = good;
        change(model);
        return model;
    };
    using E = CostModelError;
    QTest::newRow("good") << good << QList<int> {};
    QTest::newRow("negative cost") << with([](CostModel &m) { m.loadedHourlyCost = -1; })
                                   << QList<int> {E::LoadedHourlyCost};
    QTest::newRow("zero cost") << with([](CostModel &m) { m.loadedHourlyCost = 0; })
                               << QList<int> {E::LoadedHourlyCost};
    QTest::newRow("NaN cost") << with([nan](CostModel &m) { m.loadedHourlyCost = nan; })
                              << QList<int> {E::LoadedHourlyCost};
    QTest::newRow("absurd minutes") << with([](CostModel &m) { m.defaultHandlingMinutes = 10'000; })
                                    << QList<int> {E::DefaultHandlingMinutes};
    QTest::newRow("empty intent") << with([](CostModel &m) {
        m.handlingMinutesByIntent.insert(QStringLiteral(" "), 5);
    }) << QList<int> {E::IntentHandlingMinutes};
    QTest::newRow("negative intent") << with([](CostModel &m) {
        m.handlingMinutesByIntent[QStringLiteral("refund")] = -3;
    }) << QList<int> {E::IntentHandlingMinutes};
    QTest::newRow("negative price") << with([](CostModel &m) { m.aiPricePer1000Tokens = -0.01; })
                                    << QList<int> {E::AiPrice};
    QTest::newRow("empty currency") << with([](CostModel &m) { m.currency.clear(); }) << QList<int> {E::Currency};
    QTest::newRow("lower-case currency") << with([](CostModel &m) { m.currency = QStringLiteral("usd"); })
                                         << QList<int> {E::Currency};
    QTest::newRow("no team") << with([](CostModel &m) { m.teamSize = 0; }) << QList<int> {E::TeamSize};
    QTest::newRow("no samples") << with([](CostModel &m) { m.minHumanSamples = 0; }) << QList<int> {E::MinHumanSamples};
    QTest::newRow("everything") << with([nan](CostModel &m) {
        m.loadedHourlyCost = -5;
        m.defaultHandlingMinutes = nan;
        m.aiPricePer1000Tokens = 1e9;
        m.currency = QStringLiteral("DOLLARS");
        m.teamSize = -1;
        m.minHumanSamples = 1'000'000;
    })
                                << QList<int> {E::LoadedHourlyCost, E::DefaultHandlingMinutes, E::AiPrice, E::Currency,
                                       E::TeamSize, E::MinHumanSamples};
}

void TestMetrics::costModelRefusesBadValues()
{
    QFETCH(CostModel, model);
    QFETCH(QList<int>, fields);
    const QList<CostModelError> errors = CostModelCheck::validate(model);
    QList<int> got;
    QSet<QString> messages;
    for (const CostModelError &error : errors) {
        got.append(error.field);
        QVERIFY(!error.message.isEmpty());
        messages.insert(error.message);
    }
    QCOMPARE(got, fields);
    QCOMPARE(messages.size(), errors.size()); // one sentence per field, each its own
}

void TestMetrics::costModelLimits()
{
    const auto fieldsOf = [](const CostModel &model) {
        QList<int> fields;
        for (const CostModelError &error : CostModelCheck::validate(model))
            fields.append(error.field);
        return fields;
    };
    CostModel m = workedexample::costModel();
    // At the limits: accepted.
    m.loadedHourlyCost = CostModel::kMaxHourlyCost;
    m.defaultHandlingMinutes = CostModel::kMaxHandlingMinutes;
    m.aiPricePer1000Tokens = 0; // a model that costs nothing (self-hosted) is allowed
    m.teamSize = 1;
    m.minHumanSamples = CostModel::kMaxMinHumanSamples;
    QCOMPARE(fieldsOf(m), QList<int> {});
    m.aiPricePer1000Tokens = CostModel::kMaxPricePer1000Tokens;
    m.teamSize = CostModel::kMaxTeamSize;
    m.minHumanSamples = 1;
    QCOMPARE(fieldsOf(m), QList<int> {});
    // Just below the limits: accepted.
    m.loadedHourlyCost = 0.01;
    m.defaultHandlingMinutes = CostModel::kMaxHandlingMinutes - 0.5;
    QCOMPARE(fieldsOf(m), QList<int> {});
    // Above them: refused, field by field.
    m.loadedHourlyCost = CostModel::kMaxHourlyCost + 0.01;
    m.aiPricePer1000Tokens = CostModel::kMaxPricePer1000Tokens + 0.01;
    m.teamSize = CostModel::kMaxTeamSize + 1;
    QCOMPARE(fieldsOf(m),
        (QList<int> {CostModelError::LoadedHourlyCost, CostModelError::AiPrice, CostModelError::TeamSize}));
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
