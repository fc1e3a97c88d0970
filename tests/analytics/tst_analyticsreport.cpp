// AnalyticsReport, the model behind the Overview and Analytics pages, on the worked example of
// docs/metrics.md: the figures and their deltas as a supervisor reads them, the day-by-day
// outcomes, the intents where the AI can gain most, the hand-off reasons, the filters, and an
// empty cache. Every model is checked by QAbstractItemModelTester.

#include "workedexample.h"

#include "analytics/factsbuilder.h"
#include "insights/analyticsreport.h"
#include "insights/costmodelform.h"
#include "insights/csvexport.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace pilothouse;
using namespace pilothouse::models;
using Metric = MetricId::Value;

namespace {

/// The worked example's period: 1 to 8 March 2025.
void showExamplePeriod(AnalyticsReport &report)
{
    report.setToday(QDate(2025, 3, 8));
    report.setRange(AnalyticsReport::Custom);
    report.setCustomFrom(QDate(2025, 3, 1));
    report.setCustomTo(QDate(2025, 3, 8));
}

QList<analytics::DayFacts> exampleFacts()
{
    return analytics::FactsBuilder::build(workedexample::history(), workedexample::asOf(), QStringLiteral("USD"));
}

} // namespace

class TestAnalyticsReport : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void headlineFiguresMatchTheWorkedExample()
    {
        AnalyticsReport report;
        QAbstractItemModelTester metricsTester(
            report.metrics(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        report.setCostModel(workedexample::costModel());
        report.setFacts(exampleFacts(), workedexample::asOf());
        showExamplePeriod(report);
        QVERIFY(report.hasFacts());

        QCOMPARE(report.valueText(MetricId::Conversations), QStringLiteral("16"));
        QCOMPARE(report.valueText(MetricId::AiResolutionStrict), QStringLiteral("40.0 %"));
        QCOMPARE(report.valueText(MetricId::AiResolutionProvisional), QStringLiteral("6.7 %"));
        QCOMPARE(report.valueText(MetricId::AiResolutionLenient), QStringLiteral("60.0 %"));
        QCOMPARE(report.valueText(MetricId::AutomationRate), QStringLiteral("53.8 %"));
        QCOMPARE(report.valueText(MetricId::CsatPositive), QStringLiteral("66.7 %"));
        QCOMPARE(report.valueText(MetricId::CsatMean), QStringLiteral("3.8 of 5"));
        QCOMPARE(report.valueText(MetricId::AiFirstResponseMs), QStringLiteral("5.0 s"));
        QCOMPARE(report.valueText(MetricId::HumanFirstResponseMs), QStringLiteral("5 min 24 s"));
        QCOMPARE(report.valueText(MetricId::HoursSaved), QStringLiteral("1.3 h")); // 1.25 h
        QCOMPARE(report.valueText(MetricId::MoneySaved), QStringLiteral("$30.70"));
        QCOMPARE(report.valueText(MetricId::CostPerResolution), QStringLiteral("$3.03"));
        QCOMPARE(report.valueText(MetricId::RevenueInfluenced), QStringLiteral("$200.00"));
        QCOMPARE(report.label(MetricId::TeamCost), QStringLiteral("Cost of a team of 15"));
        QVERIFY(std::abs(report.value(MetricId::AiResolutionStrict) - 0.4) < 1e-9);

        // Strict fell 10 points against 21-28 February: worse, in the supervisor's colours.
        QCOMPARE(report.deltaText(MetricId::AiResolutionStrict), QStringLiteral("\u221210.0 pts"));
        QCOMPARE(report.deltaTrend(MetricId::AiResolutionStrict), -1);
        QCOMPARE(report.previousText(MetricId::AiResolutionStrict), QStringLiteral("50.0 %"));
        // First human response went from 10 min to 5 min 24 s: lower is better.
        QCOMPARE(report.deltaTrend(MetricId::HumanFirstResponseMs), 1);
        // Hand-offs fell, but no direction is good: neutral.
        QCOMPARE(report.deltaTrend(MetricId::HandOffRate), 0);
        // No sales conversations in February: no comparison, not "+66.7 pts".
        QCOMPARE(report.previousText(MetricId::QualificationRate), QStringLiteral("No data"));
        QCOMPARE(report.deltaText(MetricId::QualificationRate), QString());

        // The table holds every metric, in the doc's order, with numerator and denominator.
        QCOMPARE(report.metrics()->count(), int(analytics::kMetricCount));
        const QModelIndex strict = report.metrics()->index(int(MetricId::AiResolutionStrict));
        QCOMPARE(strict.data(MetricListModel::ValueTextRole).toString(), QStringLiteral("40.0 %"));
        QCOMPARE(strict.data(MetricListModel::NumeratorRole).toDouble(), 6.0);
        QCOMPARE(strict.data(MetricListModel::DenominatorRole).toDouble(), 15.0);
        QVERIFY(report.periodText().contains(QStringLiteral("compared with")));
    }

    void daysIntentsAndReasonsAddUp()
    {
        AnalyticsReport report;
        QAbstractItemModelTester trendTester(report.trend(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester intentTester(report.intents(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester reasonTester(report.reasons(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        report.setCostModel(workedexample::costModel());
        report.setFacts(exampleFacts(), workedexample::asOf());
        showExamplePeriod(report);

        // One row per day of the period, quiet days included; the outcomes of each day add up.
        QCOMPARE(report.trend()->count(), 8);
        int conversations = 0, ai = 0, open = 0;
        for (const TrendModel::Row &day : report.trend()->rows()) {
            QCOMPARE(
                day.aiResolved + day.aiLenientOnly + day.humanResolved + day.notResolved + day.abandoned + day.open,
                day.conversations);
            conversations += day.conversations;
            ai += day.aiResolved;
            open += day.open;
        }
        QCOMPARE(conversations, 15); // spam left out
        QCOMPARE(ai, 7); // 6 strict + 1 provisional
        QCOMPARE(open, 2);
        QCOMPARE(report.trend()->rows().at(4).conversations, 0); // 5 March: nobody wrote
        QCOMPARE(report.trend()->rows().at(4).strictRate, -1.0);
        QCOMPARE(report.trend()->maxConversations(), 5);

        // Intents: where the AI can gain most first, in words, adding up to the conversations.
        int byIntent = 0;
        int previousUnresolved = INT_MAX;
        for (const BreakdownModel::Row &row : report.intents()->rows()) {
            QVERIFY2(row.unresolved <= previousUnresolved, qPrintable(row.label));
            previousUnresolved = row.unresolved;
            QVERIFY2(!row.label.contains(u'_'), qPrintable(row.label));
            byIntent += row.count;
        }
        QCOMPARE(byIntent, 15);
        QCOMPARE(report.intents()->rows().constFirst().key, QStringLiteral("order_status"));
        QCOMPARE(report.intents()->rows().constFirst().label, QStringLiteral("Order status"));

        // Hand-off reasons: six hand-offs, asked for a person twice, one take-over without one.
        int handOffs = 0;
        for (const BreakdownModel::Row &row : report.reasons()->rows())
            handOffs += row.count;
        QCOMPARE(handOffs, 6);
        QCOMPARE(report.reasons()->rows().constFirst().count, 2);
        const auto takenOver = std::find_if(report.reasons()->rows().cbegin(), report.reasons()->rows().cend(),
            [](const BreakdownModel::Row &row) { return row.key == QString::number(int(EscalationReason::None)); });
        QVERIFY(takenOver != report.reasons()->rows().cend());
        QCOMPARE(takenOver->label, QStringLiteral("Taken over without an escalation"));

        // Segments: largest first, in words, adding up to the conversations; CSAT per segment.
        QAbstractItemModelTester segmentTester(
            report.segments(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        int bySegment = 0;
        int unresolved = 0;
        int previousCount = INT_MAX;
        for (const BreakdownModel::Row &row : report.segments()->rows()) {
            QVERIFY2(row.count <= previousCount, qPrintable(row.label));
            previousCount = row.count;
            QVERIFY2(!row.extraText.isEmpty(), qPrintable(row.label));
            bySegment += row.count;
            unresolved += row.unresolved;
        }
        QCOMPARE(bySegment, 15);
        QCOMPARE(unresolved, 15 - ai);
        QVERIFY(report.segments()->count() >= 2);
        QVERIFY2(report.csv(AnalyticsReport::SegmentsTable)
                     .startsWith(QStringLiteral(
                         "Segment,Conversations,Not resolved by the AI,Resolved by AI,CSAT (4 or 5)\r\n")),
            qPrintable(report.csv(AnalyticsReport::SegmentsTable)));
    }

    void filtersRecomputeFromTheSums()
    {
        AnalyticsReport report;
        report.setCostModel(workedexample::costModel());
        report.setFacts(exampleFacts(), workedexample::asOf());
        showExamplePeriod(report);
        QCOMPARE(report.intentOptions().size(), 6); // order_status, refund, other, shipping, product_question, pricing
        QVERIFY(report.languageOptions().contains(QStringLiteral("fr")));

        QSignalSpy computed(&report, &AnalyticsReport::computed);
        report.setChannel(int(Channel::Email)); // c02 (strict) and c09 (not resolved)
        QCOMPARE(computed.size(), 1);
        QCOMPARE(report.valueText(MetricId::Conversations), QStringLiteral("2"));
        QCOMPARE(report.valueText(MetricId::AiResolutionStrict), QStringLiteral("50.0 %"));
        report.setChannel(-1);
        report.setLanguage(QStringLiteral("fr")); // c07 only
        QCOMPARE(report.valueText(MetricId::Conversations), QStringLiteral("1"));
        QCOMPARE(report.valueText(MetricId::AiResolutionStrict), QStringLiteral("100.0 %"));
        report.setLanguage(QString());
        report.setKind(int(Kind::Sales)); // c12, c13, c15
        QCOMPARE(report.valueText(MetricId::QualificationRate), QStringLiteral("66.7 %"));
        QCOMPARE(report.valueText(MetricId::ConversionRate), QStringLiteral("33.3 %"));

        // Attribution windows: 1, 5, 7, 30 days; anything else keeps the last one.
        report.setAttributionDays(7);
        QCOMPARE(report.valueText(MetricId::RevenueInfluenced), QStringLiteral("$250.00"));
        report.setAttributionDays(3);
        QCOMPARE(report.attributionDays(), 7);
        report.setAttributionDays(1);
        QCOMPARE(report.valueText(MetricId::RevenueInfluenced), QStringLiteral("$80.00"));

        // The quick ranges end today.
        report.setKind(-1);
        report.setToday(QDate(2025, 3, 3));
        report.setRange(AnalyticsReport::Today);
        QCOMPARE(report.valueText(MetricId::Conversations), QStringLiteral("3"));
        report.setRange(AnalyticsReport::Last7Days); // 25 Feb .. 3 Mar: p01, p02 and 1-3 March
        QCOMPARE(report.valueText(MetricId::Conversations), QStringLiteral("15"));
        QCOMPARE(report.trend()->count(), 7);
        // This month: 1 to 3 March, compared with the three days before.
        report.setRange(AnalyticsReport::ThisMonth);
        QCOMPARE(report.valueText(MetricId::Conversations), QStringLiteral("13"));
        QCOMPARE(report.trend()->count(), 3);

        // The Overview's month so far, whatever the range: 1 to 3 March against 1 to 3 February
        // (the example has nothing then), the team's cost for those 3 days.
        report.setRange(AnalyticsReport::Last90Days);
        QCOMPARE(report.monthValueText(MetricId::Conversations), QStringLiteral("13"));
        QCOMPARE(report.monthText(), QStringLiteral("3/1/25 to 3/3/25, compared with 2/1/25 to 2/3/25"));
        QCOMPARE(report.monthDeltaText(MetricId::Conversations), QStringLiteral("+13"));
        QCOMPARE(report.monthValueText(MetricId::TeamCost), QStringLiteral("$7,714.29")); // 15 x $30 x 40 h x 3/7
        // On the 31st the month before has only as many days as it has: 1 to 28 February.
        report.setToday(QDate(2025, 3, 31));
        QCOMPARE(report.monthText(), QStringLiteral("3/1/25 to 3/31/25, compared with 2/1/25 to 2/28/25"));
    }

    void csvCellsAreQuotedAndFormulaSafe()
    {
        QCOMPARE(CsvExport::cell(QStringLiteral("Order status")), QStringLiteral("Order status"));
        QCOMPARE(CsvExport::cell(QStringLiteral("a, b")), QStringLiteral("\"a, b\""));
        QCOMPARE(CsvExport::cell(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(CsvExport::cell(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
        // A spreadsheet must never run a label as a formula.
        QCOMPARE(CsvExport::cell(QStringLiteral("=HYPERLINK(\"x\")")), QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\""));
        QCOMPARE(CsvExport::cell(QStringLiteral("+1")), QStringLiteral("'+1"));
        QCOMPARE(CsvExport::cell(QStringLiteral("@sum")), QStringLiteral("'@sum"));
        QCOMPARE(CsvExport::cell(QStringLiteral("\u221210.0 pts")),
            QStringLiteral("\u221210.0 pts")); // a minus sign, not "-"
    }

    void tablesExportAsCsv()
    {
        AnalyticsReport report;
        report.setCostModel(workedexample::costModel());
        report.setFacts(exampleFacts(), workedexample::asOf());
        showExamplePeriod(report);

        const QStringList metrics = report.csv(AnalyticsReport::MetricsTable).split(QStringLiteral("\r\n"));
        QCOMPARE(metrics.size(), int(analytics::kMetricCount) + 2); // header, rows, empty after the last CRLF
        QVERIFY(metrics.first().startsWith(QStringLiteral("Metric,Value,Previous period,Change,")));
        QVERIFY2(metrics.contains(QStringLiteral("Resolved by AI,40.0 %,50.0 %,\u221210.0 pts,6,15,"
                                                 "\"Resolved by the AI alone, no person wrote to the customer, and not "
                                                 "reopened within 7 days.\"")),
            qPrintable(metrics.join(u'\n')));
        const QStringList days = report.csv(AnalyticsReport::DaysTable).split(QStringLiteral("\r\n"));
        QCOMPARE(days.size(), 8 + 2);
        const QStringList intents = report.csv(AnalyticsReport::IntentsTable).split(QStringLiteral("\r\n"));
        QCOMPARE(intents.at(0), QStringLiteral("Intent,Conversations,Not resolved by the AI,Resolved by AI"));
        QVERIFY(intents.at(1).startsWith(QStringLiteral("Order status,")));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("reasons.csv"));
        QCOMPARE(report.exportCsv(AnalyticsReport::ReasonsTable, QUrl::fromLocalFile(path)), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFReason,Hand-offs,Share of hand-offs\r\n"));
        // A folder that does not exist is a sentence for the user, not a crash or a silent loss.
        const QString refused = report.exportCsv(
            AnalyticsReport::ReasonsTable, QUrl::fromLocalFile(dir.filePath(QStringLiteral("no/such/x.csv"))));
        QVERIFY2(refused.startsWith(QStringLiteral("Could not write")), qPrintable(refused));
        QVERIFY(!report.exportCsv(AnalyticsReport::ReasonsTable, QUrl(QStringLiteral("https://example.com/x.csv")))
                     .isEmpty());
    }

    void anEmptyCacheHasNoData()
    {
        AnalyticsReport report;
        QVERIFY(!report.hasFacts());
        QCOMPARE(report.asOfText(), QString());
        QCOMPARE(report.valueText(MetricId::Conversations), QStringLiteral("0"));
        QCOMPARE(report.valueText(MetricId::AiResolutionStrict), QStringLiteral("No data"));
        QCOMPARE(report.deltaText(MetricId::AiResolutionStrict), QString());
        QCOMPARE(report.deltaTrend(MetricId::AiResolutionStrict), 0);
        QVERIFY(std::isnan(report.value(MetricId::AiResolutionStrict)));
        QCOMPARE(report.intents()->count(), 0);
        QCOMPARE(report.reasons()->count(), 0);
        QCOMPARE(report.trend()->count(), 7); // the days are there, empty
    }

    void theOrganisationsModelAndLocalTries()
    {
        AnalyticsReport report;
        QSignalSpy sourceChanged(&report, &AnalyticsReport::costModelChanged);
        showExamplePeriod(report);
        report.setFacts(exampleFacts(), workedexample::asOf());
        QVERIFY(report.costModelSourceText().contains(QStringLiteral("default")));

        const analytics::CostModel organisation = workedexample::costModel();
        report.setOrganisationCostModel(organisation, 3, QStringLiteral("admin"), 1767225600000);
        QCOMPARE(report.costModel(), organisation);
        QCOMPARE(report.organisationVersion(), 3);
        QVERIFY(!report.usingLocalCostModel());
        QVERIFY2(report.costModelSourceText().contains(QStringLiteral("version 3")),
            qPrintable(report.costModelSourceText()));
        QVERIFY2(report.assumptionsText().contains(QStringLiteral("$30.00")), qPrintable(report.assumptionsText()));
        QVERIFY(report.assumptionsText().contains(QStringLiteral("team of 15")));
        const double hours = report.value(Metric::HoursSaved);
        const double spend = report.value(Metric::AiSpend);
        QVERIFY(hours > 0);
        QCOMPARE(report.value(Metric::MoneySaved), hours * 30.0 - spend);

        // A supervisor tries a dearer hour and a smaller team: the figures follow, marked unsaved.
        CostModelForm &form = *report.costModelForm();
        QCOMPARE(form.hourlyCost(), QStringLiteral("30"));
        form.setHourlyCost(QStringLiteral("60"));
        form.setTeamSize(QStringLiteral("5"));
        QVERIFY(form.tryValues());
        QVERIFY(report.usingLocalCostModel());
        QVERIFY(report.costModelSourceText().contains(QStringLiteral("Unsaved")));
        QCOMPARE(report.value(Metric::MoneySaved), hours * 60.0 - spend);
        QVERIFY(report.label(Metric::TeamCost).contains(QStringLiteral("5")));
        QVERIFY(report.assumptionsText().contains(QStringLiteral("$60.00")));
        QCOMPARE(report.organisationCostModel(), organisation); // nothing saved

        // A new organisation version meanwhile does not replace what is being tried.
        analytics::CostModel newer = organisation;
        newer.loadedHourlyCost = 40;
        report.setOrganisationCostModel(newer, 4, QStringLiteral("admin"), 1767225600000);
        QCOMPARE(report.value(Metric::MoneySaved), hours * 60.0 - spend);

        // Bad values are refused field by field and change nothing.
        form.setHourlyCost(QStringLiteral("-5"));
        form.setCurrency(QString());
        form.setTeamSize(QStringLiteral("many"));
        QVERIFY(!form.tryValues());
        QCOMPARE(form.errors().keys(),
            (QStringList {QStringLiteral("currency"), QStringLiteral("loadedHourlyCost"), QStringLiteral("teamSize")}));
        QVERIFY(!form.errors().value(QStringLiteral("teamSize")).toString().isEmpty());
        QCOMPARE(report.value(Metric::MoneySaved), hours * 60.0 - spend);

        // Back to the organisation's values: the figures and the fields.
        form.useOrganisation();
        QVERIFY(!report.usingLocalCostModel());
        QCOMPARE(report.value(Metric::MoneySaved), hours * 40.0 - spend);
        QCOMPARE(form.hourlyCost(), QStringLiteral("40"));
        QVERIFY(form.errors().isEmpty());
        QVERIFY(sourceChanged.count() >= 4);
    }
};

QTEST_GUILESS_MAIN(TestAnalyticsReport)
#include "tst_analyticsreport.moc"
