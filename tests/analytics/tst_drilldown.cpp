// The conversations behind every figure, on the worked example of docs/metrics.md: for a count,
// as many conversations as the number says, for the same period and filter; for a sum, every
// conversation outside the list adds nothing to it. This is the proof that the drill-down list
// matches the number the page shows (issue 11).

#include "analytics/drilldown.h"
#include "analytics/factsbuilder.h"
#include "analytics/metrics.h"
#include "workedexample.h"

#include <QTest>

using namespace pilothouse::analytics;
using pilothouse::protocol::Channel;

namespace {

struct Scenario {
    const char *name;
    MetricsFilter filter;
};

QList<Scenario> scenarios()
{
    MetricsFilter march;
    march.from = QDate(2025, 3, 1);
    march.to = QDate(2025, 3, 8);
    MetricsFilter chat = march;
    chat.channels = {Channel::Chat};
    MetricsFilter orderStatus = march;
    orderStatus.intents = {QStringLiteral("order_status"), QStringLiteral("refund")};
    MetricsFilter vip = march;
    vip.vip = true;
    return {{"1-8 March", march}, {"21-28 February", march.previousPeriod()}, {"chat", chat},
        {"order_status and refund", orderStatus}, {"VIP", vip}};
}

/// The conversations of the filter's period that pass its dimensions.
QList<ConversationFacts> inRange(const QList<ConversationFacts> &all, const MetricsFilter &filter)
{
    QList<ConversationFacts> out;
    for (const ConversationFacts &c : all) {
        if (c.key.day >= filter.from && c.key.day <= filter.to && filter.matches(c.key))
            out.append(c);
    }
    return out;
}

MetricValue valueOf(
    const QList<ConversationFacts> &conversations, const MetricsFilter &filter, Metric metric, std::size_t window)
{
    QList<DayFacts> rows;
    for (const ConversationFacts &c : conversations)
        rows.append({c.key, c.counts});
    return computeMetrics(rows, filter, workedexample::costModel(), window).current[metric];
}

double sideOf(const MetricValue &value, DrillSide side)
{
    return side == DrillSide::Numerator ? value.numerator : value.denominator;
}

} // namespace

class TestDrillDown : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listsMatchTheNumbers();
    void strictResolutionsOfTheExample();
    void outcomes();
    void wireNames();
};

void TestDrillDown::listsMatchTheNumbers()
{
    const QList<ConversationFacts> all
        = FactsBuilder::perConversation(workedexample::history(), workedexample::asOf(), QStringLiteral("USD"));
    int counted = 0;
    for (const Scenario &scenario : scenarios()) {
        const QList<ConversationFacts> range = inRange(all, scenario.filter);
        for (std::size_t window = 0; window < kAttributionWindows.size(); ++window) {
            for (std::size_t m = 0; m < kMetricCount; ++m) {
                const Metric metric = Metric(m);
                const MetricValue figure = valueOf(all, scenario.filter, metric, window);
                for (DrillSide side : {DrillSide::Numerator, DrillSide::Denominator}) {
                    QList<ConversationFacts> members, others;
                    for (const ConversationFacts &c : range)
                        (isBehind(metric, side, c.counts, window) ? members : others).append(c);
                    const QByteArray where = QByteArray(scenario.name) + ", " + metricName(metric).data() + ", "
                        + sideName(side).data() + ", window " + QByteArray::number(qint64(window));
                    switch (membershipOf(metric, side)) {
                    case Membership::Count:
                        QVERIFY2(double(members.size()) == sideOf(figure, side), where.constData());
                        ++counted;
                        break;
                    case Membership::Contributors:
                        // Nothing outside the list adds to the sum; the list is exactly what does.
                        QVERIFY2(
                            sideOf(valueOf(others, scenario.filter, metric, window), side) == 0.0, where.constData());
                        break;
                    case Membership::Population:
                        QVERIFY2(members.size() == range.size(), where.constData());
                        break;
                    }
                }
            }
        }
    }
    QVERIFY(counted > 100);
}

void TestDrillDown::strictResolutionsOfTheExample()
{
    const History history = workedexample::history();
    const QList<ConversationFacts> all
        = FactsBuilder::perConversation(history, workedexample::asOf(), QStringLiteral("USD"));
    const MetricsFilter march = scenarios().first().filter;
    auto ids = [&](Metric metric, DrillSide side) {
        QStringList out;
        for (const ConversationFacts &c : inRange(all, march)) {
            if (isBehind(metric, side, c.counts))
                out.append(history.conversations[c.index].id);
        }
        out.sort();
        return out;
    };
    // docs/metrics.md: "the 20 points between them are c04, c05 and c14".
    QCOMPARE(ids(Metric::AiResolutionStrict, DrillSide::Numerator),
        QStringList({QStringLiteral("c01"), QStringLiteral("c02"), QStringLiteral("c07"), QStringLiteral("c11"),
            QStringLiteral("c12"), QStringLiteral("c13")}));
    QCOMPARE(ids(Metric::AiResolutionProvisional, DrillSide::Numerator), QStringList {QStringLiteral("c14")});
    QCOMPARE(ids(Metric::AiResolutionStrict, DrillSide::Denominator).size(), 15); // all but the spam c06
    QVERIFY(!ids(Metric::AiResolutionStrict, DrillSide::Denominator).contains(QStringLiteral("c06")));
    // Revenue within 5 days: c12's order (3 d) and c15's (20 h); c13's came after 6 days.
    QCOMPARE(ids(Metric::RevenueInfluenced, DrillSide::Numerator),
        QStringList({QStringLiteral("c12"), QStringLiteral("c15")}));
}

void TestDrillDown::outcomes()
{
    const History history = workedexample::history();
    QHash<QString, DrillOutcome> outcome;
    for (const ConversationFacts &c :
        FactsBuilder::perConversation(history, workedexample::asOf(), QStringLiteral("USD")))
        outcome.insert(history.conversations[c.index].id, outcomeOf(c.counts));
    QCOMPARE(outcome.value(QStringLiteral("c01")), DrillOutcome::AiResolved);
    QCOMPARE(outcome.value(QStringLiteral("c03")), DrillOutcome::HumanResolved);
    QCOMPARE(outcome.value(QStringLiteral("c06")), DrillOutcome::Spam);
    QCOMPARE(outcome.value(QStringLiteral("c08")), DrillOutcome::Abandoned);
    QCOMPARE(outcome.value(QStringLiteral("c09")), DrillOutcome::NotResolved);
    QCOMPARE(outcome.value(QStringLiteral("c16")), DrillOutcome::Open);
}

void TestDrillDown::wireNames()
{
    for (std::size_t m = 0; m < kMetricCount; ++m) {
        QVERIFY(!metricName(Metric(m)).empty());
        QCOMPARE(metricFromName(metricName(Metric(m))), std::optional(Metric(m)));
    }
    QVERIFY(!metricFromName("AiResolutionStrict"));
    QCOMPARE(sideFromName("denominator"), std::optional(DrillSide::Denominator));
    QVERIFY(!sideFromName(""));
    for (auto o : {DrillOutcome::Open, DrillOutcome::Spam})
        QCOMPARE(outcomeFromName(outcomeName(o)), std::optional(o));
}

QTEST_GUILESS_MAIN(TestDrillDown)
#include "tst_drilldown.moc"
