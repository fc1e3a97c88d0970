// Metrics recompute benchmark (not a test): 90 days of synthetic facts at 1,000 conversations a
// day, then a filter change recomputed again and again (docs/metrics.md; the bar is 50 ms at the
// 99th percentile). Prints the rows, p50 and p99.
//
//   build/<preset>/tests/bench/bench_metrics [--days 90] [--per-day 1000] [--runs 200]

#include "syntheticfacts.h"

#include "analytics/metrics.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace pilothouse;
using namespace pilothouse::analytics;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption daysOption(
        QStringLiteral("days"), QStringLiteral("Days of facts."), QStringLiteral("n"), QStringLiteral("90"));
    const QCommandLineOption perDayOption(
        QStringLiteral("per-day"), QStringLiteral("Conversations a day."), QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Recomputes to time."), QStringLiteral("n"), QStringLiteral("200"));
    parser.addOptions({daysOption, perDayOption, runsOption});
    parser.process(app);
    const int days = std::max(1, parser.value(daysOption).toInt());
    const int perDay = std::max(1, parser.value(perDayOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());

    const std::vector<DayFacts> facts = bench::synthesize(days, perDay);
    const CostModel cost;
    // The filter changes every run, as a user clicking through the filters would.
    std::vector<MetricsFilter> filters;
    MetricsFilter all;
    all.from = QDate(2025, 1, 1).addDays(days / 2);
    all.to = QDate(2025, 1, 1).addDays(days - 1);
    filters.push_back(all);
    MetricsFilter chat = all;
    chat.channels = {protocol::Channel::Chat};
    filters.push_back(chat);
    MetricsFilter refunds = all;
    refunds.intents = {QStringLiteral("refund"), QStringLiteral("returns")};
    refunds.vip = false;
    filters.push_back(refunds);
    MetricsFilter sales = all;
    sales.kind = protocol::ConversationKind::Sales;
    sales.languages = {QStringLiteral("en")};
    filters.push_back(sales);

    std::vector<double> ms;
    double checksum = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const MetricsReport report = computeMetrics(facts, filters[std::size_t(run) % filters.size()], cost);
        ms.push_back(double(timer.nsecsElapsed()) / 1e6);
        checksum += report.current[Metric::Conversations].numerator;
    }
    std::sort(ms.begin(), ms.end());
    const auto percentile = [&ms](double p) { return ms[std::min(ms.size() - 1, std::size_t(p * double(ms.size())))]; };
    std::printf("facts: %zu rows (%d days x %d conversations/day)\n", facts.size(), days, perDay);
    std::printf("recompute after a filter change, %d runs: p50 %.2f ms, p99 %.2f ms, max %.2f ms (bar: 50 ms)\n", runs,
        percentile(0.50), percentile(0.99), ms.back());
    std::printf("checksum %.0f\n", checksum);
    return percentile(0.99) < 50.0 ? 0 : 1;
}
