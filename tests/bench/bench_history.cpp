// Demo history benchmark (not a test): writes the simulated past `pilothouse-server --demo` starts
// with (server/engine/history.h) into a new data directory and prints how long it took and what
// it wrote. The bar: 30 days at about 300 conversations a day in under 20 s. Then the server's
// aggregation of that history into the supervisors' facts (FactsService::recompute: reading the
// tables and folding them; refresh: the fold live traffic triggers), and cutting the whole window into `facts` frames, as every welcome of a
// supervisor does. The size: --days 90 --per-day 1000.
//
//   build/<preset>/tests/bench/bench_history [--days 30] [--per-day 300] [--seed 7] [--data-dir DIR]

#include "auth/userstore.h"
#include "db/database.h"
#include "db/statestore.h"
#include "engine/history.h"
#include "engine/seeder.h"
#include "eventlog/eventlog.h"
#include "facts/factsservice.h"
#include "gateway/framing.h"

#include "agent/catalog.h"
#include "log/log.h"
#include "protocol/codec.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace pilothouse::server;

namespace {

qint64 count(const Database &db, const QString &sql)
{
    QSqlQuery q = db.query();
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption daysOption(
        QStringLiteral("days"), QStringLiteral("Days of history."), QStringLiteral("n"), QStringLiteral("30"));
    const QCommandLineOption perDayOption(
        QStringLiteral("per-day"), QStringLiteral("Conversations a day."), QStringLiteral("n"), QStringLiteral("300"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption dirOption(QStringLiteral("data-dir"),
        QStringLiteral("Write here (must be new) instead of a temporary directory."), QStringLiteral("dir"));
    parser.addOptions({daysOption, perDayOption, seedOption, dirOption});
    parser.process(app);

    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    Database db;
    QString error;
    if (!db.open(dir, &error)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(dir), qPrintable(error));
        return 1;
    }
    EventLog log(db);
    StateStore state(db);
    UserStore users(db, 3600);
    const auto catalog = Catalog::builtIn();
    if (!log.open(&error) || !log.createdNow() || !catalog || !seedCatalog(db, log, state, *catalog, &error)
        || !users.setUser({QStringLiteral("agent"), QStringLiteral("Demo Agent"), pilothouse::protocol::Role::Agent},
            QStringLiteral("agent-demo"))
        || !users.setUser(
            {QStringLiteral("supervisor"), QStringLiteral("Demo Supervisor"), pilothouse::protocol::Role::Supervisor},
            QStringLiteral("supervisor-demo"))) {
        std::fprintf(stderr, "cannot prepare a new data directory in %s: %s\n", qPrintable(dir), qPrintable(error));
        return 1;
    }

    HistoryConfig config;
    config.days = parser.value(daysOption).toInt();
    config.perDay = parser.value(perDayOption).toDouble();
    config.seed = parser.value(seedOption).toULongLong();
    QElapsedTimer timer;
    timer.start();
    const auto counts
        = writeHistory(db, log, state, users, catalog, config, QDateTime::currentMSecsSinceEpoch(), &error);
    const qint64 ms = timer.elapsed();
    if (!counts) {
        std::fprintf(stderr, "history failed: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("history: %d days at %.0f conversations/day (seed %llu) written in %lld ms (bar: 20000 ms)\n",
        config.days, config.perDay, static_cast<unsigned long long>(config.seed), static_cast<long long>(ms));
    std::printf("conversations %lld, events %lld, messages %lld, transitions %lld, ratings %lld, judgements %lld\n",
        static_cast<long long>(counts->conversations), static_cast<long long>(counts->events),
        count(db, QStringLiteral("SELECT COUNT(*) FROM messages")),
        count(db, QStringLiteral("SELECT COUNT(*) FROM transitions")),
        count(db, QStringLiteral("SELECT COUNT(*) FROM ratings")),
        count(db, QStringLiteral("SELECT COUNT(*) FROM judgements")));
    std::printf("operators: %lld take-overs, %lld replies, %lld hand-backs, %lld resolves, %lld judgements, %lld "
                "refused\n",
        static_cast<long long>(counts->takeOvers), static_cast<long long>(counts->replies),
        static_cast<long long>(counts->handBacks), static_cast<long long>(counts->resolves),
        static_cast<long long>(counts->judgements), static_cast<long long>(counts->refused));
    std::printf("database %.1f MB\n", double(QFileInfo(db.filePath()).size()) / 1e6);

    // The aggregation a running server repeats after changes (debounced) and at every UTC midnight.
    FactsService facts(db, log, 3000);
    std::vector<qint64> recompute;
    for (int run = 0; run < 5; ++run) {
        timer.restart();
        facts.recompute();
        recompute.push_back(timer.elapsed());
    }
    std::sort(recompute.begin(), recompute.end());
    // What live traffic costs: the fold after appends, from the touched conversations' day on.
    std::vector<qint64> refresh;
    for (int run = 0; run < 5; ++run) {
        timer.restart();
        facts.refresh();
        refresh.push_back(timer.elapsed());
    }
    std::sort(refresh.begin(), refresh.end());

    // A whole fold as the running server does it (a currency change, midnight): on the facts
    // thread, while the main thread's event loop keeps ticking; its longest gap is the stall the
    // stream would see.
    const qint64 asOfBefore = facts.asOf();
    QElapsedTimer tick;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&] { longestGap = std::max(longestGap, tick.restart()); });
    timer.restart();
    tick.start();
    ticker.start();
    facts.setCurrency(QStringLiteral("EUR"));
    while (facts.asOf() == asOfBefore && timer.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    ticker.stop();
    const qint64 background = timer.elapsed();
    timer.restart();
    std::size_t frames = 0;
    std::size_t bytes = 0;
    std::size_t rows = 0;
    for (const auto &frame : facts.window(kFrameByteBudget)) {
        bytes += pilothouse::protocol::encode(pilothouse::protocol::ServerFrame {frame}).size();
        rows += frame.rows.size();
        ++frames;
    }
    const qint64 framing = timer.elapsed();
    std::printf("facts aggregation (read the tables and fold), 5 runs: min %lld ms, median %lld ms, max %lld ms\n",
        static_cast<long long>(recompute.front()), static_cast<long long>(recompute[2]),
        static_cast<long long>(recompute.back()));
    std::printf("facts refresh after live events (today's conversations), 5 runs: min %lld ms, median %lld ms\n",
        static_cast<long long>(refresh.front()), static_cast<long long>(refresh[2]));
    std::printf("facts fold on the facts thread: applied after %lld ms; the main thread's longest stall %lld ms\n",
        static_cast<long long>(background), static_cast<long long>(longestGap));
    std::printf("facts window: %zu rows in %zu frames, %.2f MB, cut and encoded in %lld ms\n", rows, frames,
        double(bytes) / 1e6, static_cast<long long>(framing));
    return ms < 20000 ? 0 : 1;
}
