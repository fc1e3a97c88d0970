// Time to a filled board (issue 16, goal 3; not a test): writes a cache of C conversations of M
// messages through the real write path (10,000 and 500,000 by default), then starts the real
// console on it R times, offline and offscreen, and reads from its log the figure it writes on
// every start: "first frame with the board's rows (n rows) at N ms", counted from main().
//
//   build/<preset>/tests/bench/bench_startup [--conversations 10000] [--messages 50] [--runs 5]
//                                            [--console path/to/pilothouse]
//
// The bar: under 500 ms (median). The first run starts with the cache's pages cold in the page
// cache only if the machine dropped them; the figures after it are the warm starts users have.

#include "syntheticcache.h"

#include "accountpaths.h"

#include "credentials/tokenstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace pilothouse;
using namespace Qt::StringLiterals;

namespace {

const QUrl kServer(u"http://127.0.0.1:8787"_s);

/// The last "first frame with the board's rows" figure (ms) and its row count in the logs of
/// `logDir`, or -1.
std::pair<int, int> boardFigure(const QString &logDir)
{
    static const QRegularExpression pattern(uR"(first frame with the board's rows \((\d+) rows\) at (\d+) ms)"_s);
    std::pair<int, int> found {-1, 0};
    for (const QString &name : QDir(logDir).entryList({u"*.log"_s}, QDir::Files, QDir::Time | QDir::Reversed)) {
        QFile file(QDir(logDir).filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        for (auto it = pattern.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            found = {match.captured(2).toInt(), match.captured(1).toInt()};
        }
    }
    return found;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"conversations"_s, u"Conversations to cache."_s, u"N"_s, u"10000"_s});
    parser.addOption({u"messages"_s, u"Messages per conversation."_s, u"M"_s, u"50"_s});
    parser.addOption({u"runs"_s, u"Starts to time."_s, u"R"_s, u"5"_s});
    parser.addOption({u"console"_s, u"The pilothouse binary."_s, u"path"_s, QStringLiteral(PILOTHOUSE_BIN)});
    parser.process(app);
    const int conversations = std::max(1, parser.value(u"conversations"_s).toInt());
    const int messages = std::max(1, parser.value(u"messages"_s).toInt());
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());

    QTemporaryDir data;
    const app::AccountPaths paths(data.path());
    const QString cachePath = paths.cacheFile(net::TokenStore::accountFor(u"bench"_s, kServer));
    {
        QElapsedTimer timer;
        timer.start();
        models::LocalStore store;
        // Recent enough that the retention (90 days) keeps every conversation: ending half an
        // hour ago, a minute apart.
        constexpr protocol::Millis spacing = 60'000;
        const protocol::Millis start = QDateTime::currentMSecsSinceEpoch() - protocol::Millis(conversations) * spacing
            - protocol::Millis(messages) * 30'000 - 1'800'000;
        if (!data.isValid() || !store.open(cachePath) || !bench::fill(store, conversations, messages, spacing, start)) {
            std::fprintf(stderr, "cannot write the cache: %s\n", qPrintable(store.errorString()));
            return 1;
        }
        std::printf("cache: %d conversations, %d messages, %.1f MB, written in %.1f s\n", conversations,
            conversations * messages, double(QFile(cachePath).size()) / 1e6, double(timer.elapsed()) / 1000);
    }

    std::vector<int> figures;
    for (int run = 0; run < runs; ++run) {
        QProcess console;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        console.setProcessEnvironment(env);
        console.setProcessChannelMode(QProcess::MergedChannels);
        QElapsedTimer wall;
        wall.start();
        console.start(parser.value(u"console"_s),
            {u"--offline"_s, u"--server"_s, kServer.toString(), u"--user"_s, u"bench"_s, u"--data-dir"_s, data.path(),
                u"--screenshot"_s, data.filePath(u"board.png"_s)});
        if (!console.waitForFinished(120'000) || console.exitCode() != 0) {
            std::fprintf(stderr, "run %d: the console did not finish cleanly (exit %d):\n%s\n", run + 1,
                console.exitCode(), console.readAll().constData());
            return 1;
        }
        const auto [ms, rows] = boardFigure(paths.logDir());
        if (ms < 0) {
            std::fprintf(stderr, "run %d: no board figure in the log\n", run + 1);
            return 1;
        }
        figures.push_back(ms);
        rusage usage {};
        getrusage(RUSAGE_CHILDREN, &usage);
        std::printf("run %d: board with %d rows at %d ms (process %lld ms wall, peak RSS so far %ld MB)\n", run + 1,
            rows, ms, static_cast<long long>(wall.elapsed()), usage.ru_maxrss / 1024);
    }
    // Where the time went, from the last run's log: its start-up phases.
    const QStringList logs = QDir(paths.logDir()).entryList({u"*.log"_s}, QDir::Files, QDir::Time);
    if (!logs.isEmpty()) {
        QFile last(QDir(paths.logDir()).filePath(logs.constFirst()));
        if (last.open(QIODevice::ReadOnly)) {
            const QStringList lines = QString::fromUtf8(last.readAll()).split(u'\n');
            const qsizetype from = lines.lastIndexOf(QRegularExpression(u".*starting; log file.*"_s));
            for (qsizetype i = std::max<qsizetype>(0, from); i < lines.size(); ++i) {
                if (!lines[i].isEmpty())
                    std::printf("  %s\n", qPrintable(lines[i].section(u' ', 1)));
            }
        }
    }
    std::vector<int> sorted = figures;
    std::sort(sorted.begin(), sorted.end());
    const int median = sorted[sorted.size() / 2];
    std::printf("time to a filled board, --offline: median %d ms, min %d ms, max %d ms over %d runs (bar 500 ms): %s\n",
        median, sorted.front(), sorted.back(), runs, median < 500 ? "under the bar" : "OVER the bar");
    return 0;
}
