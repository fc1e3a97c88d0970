// Overview cold open benchmark (not a test): the supervisor's Overview page (ui/analytics) created
// in a fresh QML engine and offscreen window over 90 days of facts at 1,000 conversations a day,
// timed from the start of its creation to the first frame on screen. The first run compiles the
// page's QML (a console's first open); the others show what a reopen costs. The bar: 500 ms.
//
//   QT_QPA_PLATFORM=offscreen build/<preset>/tests/bench/bench_overview [--days 90] [--per-day 1000] [--runs 5]

#include "syntheticfacts.h"

#include "insights/analyticsreport.h"
#include "live/workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace pilothouse;

namespace {

/// Milliseconds from creating the page to its first frame; -1 when it did not load.
qint64 openOnce(models::AnalyticsReport &report, models::Workspace &workspace)
{
    QElapsedTimer timer;
    timer.start();
    QQmlEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    QQuickWindow window;
    window.resize(1440, 900);
    QQmlComponent component(&engine);
    component.setData("import QtQuick\nimport Pilothouse.Analytics\nOverviewPage { }", QUrl());
    std::unique_ptr<QObject> page(
        component.createWithInitialProperties({{QStringLiteral("report"), QVariant::fromValue(&report)},
            {QStringLiteral("workspace"), QVariant::fromValue(&workspace)}}));
    auto *item = qobject_cast<QQuickItem *>(page.get());
    if (!item) {
        std::fprintf(stderr, "the Overview did not load: %s\n", qPrintable(component.errorString()));
        return -1;
    }
    item->setParentItem(window.contentItem());
    item->setSize(window.size());
    QEventLoop loop;
    qint64 firstFrame = -1;
    QObject::connect(&window, &QQuickWindow::frameSwapped, &loop, [&] {
        if (firstFrame < 0)
            firstFrame = timer.elapsed();
        loop.quit();
    });
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    window.show();
    loop.exec();
    return firstFrame;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // Qt Charts needs the widgets application
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption daysOption(
        QStringLiteral("days"), QStringLiteral("Days of facts."), QStringLiteral("n"), QStringLiteral("90"));
    const QCommandLineOption perDayOption(
        QStringLiteral("per-day"), QStringLiteral("Conversations a day."), QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Opens to time."), QStringLiteral("n"), QStringLiteral("5"));
    parser.addOptions({daysOption, perDayOption, runsOption});
    parser.process(app);
    const int days = parser.value(daysOption).toInt();
    const int perDay = parser.value(perDayOption).toInt();
    const int runs = std::max(2, parser.value(runsOption).toInt());

    const std::vector<analytics::DayFacts> rows = bench::synthesize(days, perDay);
    models::AnalyticsReport report;
    const QDate last = rows.empty() ? QDate::currentDate() : rows.back().key.day;
    report.setToday(last);
    report.setFacts(QList<analytics::DayFacts>(rows.begin(), rows.end()), 0);
    report.setRange(models::AnalyticsReport::Last30Days);
    models::Workspace workspace;

    std::vector<qint64> opens;
    for (int run = 0; run < runs; ++run) {
        const qint64 ms = openOnce(report, workspace);
        if (ms < 0)
            return 1;
        opens.push_back(ms);
    }
    const qint64 first = opens.front();
    std::vector<qint64> again(opens.begin() + 1, opens.end());
    std::sort(again.begin(), again.end());
    std::printf("facts: %zu rows (%d days x %d conversations/day)\n", rows.size(), days, perDay);
    std::printf("Overview to its first frame: first open %lld ms, reopen median %lld ms, max %lld ms (bar: 500 ms)\n",
        static_cast<long long>(first), static_cast<long long>(again[again.size() / 2]),
        static_cast<long long>(again.back()));
    return first <= 500 ? 0 : 1;
}
