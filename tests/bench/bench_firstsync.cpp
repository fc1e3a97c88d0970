// First sync at scale (issue 16; a benchmark, not a test). Starts pilothouse-loadserver on
// 127.0.0.1 with C conversations of M messages (10,000 and 500,000 by default), then the real
// console offscreen, `--demo` against it with a fresh data dir, and reads from the console's log:
//   cold: the time from its "starting" line to "snapshot applied: ..." (the first sync), its peak
//         RSS (VmHWM, sampled every 100 ms and read once more just before the SIGTERM), its RSS 3 s
//         after the snapshot was applied, and the cache file's size once it closed;
//   warm: started again on that data dir (its cursor: a replay), the figure it logs on every
//         start, "first frame with the board's rows (n rows) at N ms", and its peak RSS.
// --runs repeats the pair with fresh data dirs and prints the median and minimum. --live SECONDS
// keeps the cold console running that long with live traffic at --rate and reads the lines the
// console logs, "event to pixel over the last <s> s: <n> frames, p50 <x> ms, p99 <y> ms, ...".
//
//   build/<preset>/tests/bench/bench_firstsync [--conversations 10000] [--messages 50] [--runs 1]
//       [--rate 0] [--burst K] [--live SECONDS] [--port 18787] [--timeout 300]
//       [--console path/to/pilothouse] [--loadserver path/to/pilothouse-loadserver] [--no-keyring]
//
// Bars (at 10,000 conversations of 50 messages): first sync under 8 s, peak RSS under 150 MB; live
// p99 under 50 ms. The console keeps its token in the Secret Service, so the bench runs itself
// again inside tests/keychain/run-in-private-keyring.sh (a private D-Bus session with a fresh,
// unlocked GNOME Keyring, as the smoke test does): the cold start signs in and stores the token,
// the warm start reads it back, as on a desktop. --no-keyring skips that (then the console finds
// no keychain, warns and signs in on every start); to use the wrapper by hand:
//   tests/keychain/run-in-private-keyring.sh build/<preset>/tests/bench/bench_firstsync --no-keyring
// The console's output is read from a file beside its data dir: the same lines as
// logs/pilothouse.log (app/logging.cpp), written at once rather than flushed every 2 s.

#include "consolerun.h"

#include "accountpaths.h"

#include "credentials/tokenstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string_view>
#include <unistd.h>
#include <vector>

using namespace pilothouse;
using namespace Qt::StringLiterals;

namespace {

constexpr const char *kInsideKeyring = "PILOTHOUSE_BENCH_IN_PRIVATE_KEYRING";
constexpr double kFirstSyncBarS = 8.0;
constexpr double kPeakBarMb = 150.0;
constexpr double kLiveP99BarMs = 50.0;
constexpr int kBarConversations = 10'000;
constexpr int kBarMessages = 50;

/// Runs this bench again inside tests/keychain/run-in-private-keyring.sh; returns only when that
/// is not wanted (--no-keyring, --help, already inside).
void enterPrivateKeyring([[maybe_unused]] int argc, [[maybe_unused]] char **argv)
{
#ifdef Q_OS_LINUX // the keychain tests' recipe is Linux's (tests/keychain/CMakeLists.txt)
    if (std::getenv(kInsideKeyring))
        return;
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument = argv[i];
        if (argument == "--no-keyring" || argument == "--help" || argument == "-h")
            return;
    }
    std::error_code error;
    const std::string self = std::filesystem::read_symlink("/proc/self/exe", error).string();
    if (error) {
        std::fprintf(
            stderr, "cannot find this program's path (%s); run it with --no-keyring\n", error.message().c_str());
        std::exit(1);
    }
    ::setenv(kInsideKeyring, "1", 1);
    std::vector<char *> arguments {
        const_cast<char *>("sh"), const_cast<char *>(KEYRING_SCRIPT), const_cast<char *>(self.c_str())};
    for (int i = 1; i < argc; ++i)
        arguments.push_back(argv[i]);
    arguments.push_back(nullptr);
    ::execvp("sh", arguments.data());
    std::perror("cannot run " KEYRING_SCRIPT);
    std::exit(1);
#endif
}

struct Options {
    int conversations = 10'000;
    int messages = 50;
    int runs = 1;
    double rate = 0;
    int burst = 0;
    int liveSeconds = 0;
    int port = 18'787;
    qint64 timeoutMs = 300'000;
    QString console;
    QString loadserver;
};

double megabytes(qint64 kb)
{
    return double(kb) / 1024.0;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

/// pilothouse-loadserver on the first free port from --port on.
class LoadServerProcess {
public:
    bool start(const Options &options, const QString &dir, QString *error)
    {
        static const QRegularExpression listening(uR"(listening on http://)"_s);
        QStringList arguments {u"--conversations"_s, QString::number(options.conversations), u"--messages"_s,
            QString::number(options.messages), u"--rate"_s, QString::number(options.rate)};
        if (options.burst > 0)
            arguments += {u"--burst"_s, QString::number(options.burst)};
        for (int port = options.port; port < options.port + 10; ++port) {
            m_output = QDir(dir).filePath(u"loadserver-%1.log"_s.arg(port));
            m_log.emplace(m_output);
            if (!bench::startChild(m_process, options.loadserver,
                    QStringList {u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)} + arguments, m_output,
                    QProcessEnvironment::systemEnvironment())) {
                *error = u"cannot start %1: %2"_s.arg(options.loadserver, m_process.errorString());
                return false;
            }
            QElapsedTimer timer;
            timer.start();
            while (timer.elapsed() < 60'000 && m_process.state() != QProcess::NotRunning) {
                m_log->poll();
                if (m_log->find(listening) >= 0) {
                    m_port = port;
                    return true;
                }
                m_process.waitForFinished(100);
            }
            const QString tail = bench::tailOf(m_output, 20);
            if (m_process.state() != QProcess::NotRunning || !tail.contains(u"cannot listen"_s)) {
                *error = u"pilothouse-loadserver did not start:\n%1"_s.arg(tail);
                return false;
            }
            std::printf("port %d is taken; trying the next\n", port);
        }
        *error = u"no free port from %1 to %2"_s.arg(options.port).arg(options.port + 9);
        return false;
    }

    void stop()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
    }

    QString url() const { return u"http://127.0.0.1:%1"_s.arg(m_port); }
    bool running() const { return m_process.state() == QProcess::Running; }

    /// The server's own words on its last line that matches `pattern`, or "".
    QString lastLine(const QRegularExpression &pattern)
    {
        m_log->poll();
        const qsizetype found = m_log->findLast(pattern);
        return found < 0 ? QString() : m_log->lines()[found].text.section(u' ', 3);
    }

    QString tail() const { return bench::tailOf(m_output, 20); }

private:
    QProcess m_process;
    QString m_output;
    std::optional<bench::LogFollower> m_log;
    int m_port = 0;
};

struct Figures {
    double firstSyncS = -1; ///< From the console's "starting" line to "snapshot applied".
    double fromProcessS = -1; ///< The same from the moment the bench started the process.
    double welcomeS = -1;
    QString applied; ///< "5000 customers, 10000 conversations, 500000 messages"
    qint64 coldBoardMs = -1;
    qint64 coldPeakKb = -1;
    qint64 rssAfterKb = -1;
    qint64 cacheBytes = -1;
    QString warmResume;
    qint64 warmBoardMs = -1;
    int warmRows = 0;
    qint64 warmPeakKb = -1;
    std::vector<double> p50s;
    std::vector<double> p99s;
};

const QRegularExpression kApplied(uR"(snapshot applied: (\d+ customers, \d+ conversations, \d+ messages))"_s);
const QRegularExpression kWelcomed(uR"(welcomed by .* resume (replay|snapshot))"_s);
const QRegularExpression kBoard(uR"(first frame with the board's rows \((\d+) rows\) at (\d+) ms)"_s);
const QRegularExpression kEventToPixel(uR"(event to pixel .*p50 ([\d.]+) ms, p99 ([\d.]+) ms)"_s);

/// Prints what the console logged at warning level and above.
void printProblems(const char *which, const bench::ConsoleRun &console)
{
    const QStringList problems = console.problems();
    if (problems.isEmpty())
        return;
    std::printf(
        "  the %s console logged %lld distinct warnings or errors:\n", which, static_cast<long long>(problems.size()));
    for (qsizetype i = 0; i < std::min<qsizetype>(problems.size(), 8); ++i)
        std::printf("    %s\n", qPrintable(problems[i]));
}

/// Cold start, first sync, optional live window; `error` set (and the log's tail printed) on failure.
bool coldStart(const Options &options, const bench::ConsoleSettings &settings, const QString &output, Figures &figures,
    LoadServerProcess &server, QString *error)
{
    bench::ConsoleRun console(settings, output);
    const auto fail = [&] {
        std::fprintf(stderr, "the cold console failed: %s\n--- its output, last lines:\n%s\n", qPrintable(*error),
            qPrintable(console.tail()));
        return false;
    };
    if (!console.start(error))
        return fail();
    qsizetype applied = -1;
    if (!console.waitUntil([&] { return (applied = console.log().find(kApplied, console.startLine())) >= 0; },
            options.timeoutMs, u"\"snapshot applied\" in its log"_s, error))
        return fail();
    const bench::LogLine appliedLine = console.log().lines()[applied];
    const qsizetype start = console.startLine();
    const qint64 startMs = start >= 0 ? console.log().lines()[start].atMs : console.startedAtMs();
    figures.applied = kApplied.match(appliedLine.text).captured(1);
    figures.firstSyncS = double(appliedLine.atMs - startMs) / 1000.0;
    figures.fromProcessS = double(appliedLine.atMs - console.startedAtMs()) / 1000.0;
    const qint64 welcomeMs = console.msAfterStart(kWelcomed);
    figures.welcomeS = welcomeMs < 0 ? -1.0 : double(welcomeMs) / 1000.0;
    if (!console.waitUntil([&] { return QDateTime::currentMSecsSinceEpoch() >= appliedLine.atMs + 3000; }, 10'000,
            u"3 s after the snapshot"_s, error))
        return fail();
    figures.rssAfterKb = console.memory().residentKb;
    if (const qsizetype board = console.log().find(kBoard, start); board >= 0)
        figures.coldBoardMs = kBoard.match(console.log().lines()[board].text).captured(2).toLongLong();

    if (options.liveSeconds > 0) {
        QElapsedTimer live;
        live.start();
        const qint64 windowMs = qint64(options.liveSeconds) * 1000;
        if (!console.waitUntil(
                [&] { return live.elapsed() >= windowMs; }, windowMs + 10'000, u"the end of the live window"_s, error))
            return fail();
        for (qsizetype i = applied; i < console.log().lines().size(); ++i) {
            const QRegularExpressionMatch match = kEventToPixel.match(console.log().lines()[i].text);
            if (match.hasMatch()) {
                figures.p50s.push_back(match.captured(1).toDouble());
                figures.p99s.push_back(match.captured(2).toDouble());
            }
        }
    }
    if (!console.stop(error))
        return fail();
    figures.coldPeakKb = console.memory().peakKb;
    const QString cache = app::AccountPaths(settings.dataDir)
                              .cacheFile(net::TokenStore::accountFor(settings.user, QUrl(settings.server)));
    figures.cacheBytes = QFileInfo(cache).size() + QFileInfo(cache + u"-wal"_s).size();
    printProblems("cold", console);
    if (const QString line = server.lastLine(QRegularExpression(u"snapshot sent"_s)); !line.isEmpty())
        std::printf("  server: %s\n", qPrintable(line));
    return true;
}

/// Warm start on the cold start's data dir: its board figure, the resume and the peak RSS.
bool warmStart(const Options &options, const bench::ConsoleSettings &settings, const QString &output, Figures &figures,
    LoadServerProcess &server, QString *error)
{
    bench::ConsoleRun console(settings, output);
    const auto fail = [&] {
        std::fprintf(stderr, "the warm console failed: %s\n--- its output, last lines:\n%s\n", qPrintable(*error),
            qPrintable(console.tail()));
        return false;
    };
    if (!console.start(error))
        return fail();
    qsizetype board = -1;
    qsizetype welcome = -1;
    if (!console.waitUntil(
            [&] {
                board = console.log().find(kBoard, console.startLine());
                welcome = console.log().find(kWelcomed, console.startLine());
                return board >= 0 && welcome >= 0;
            },
            options.timeoutMs, u"its board figure and its welcome"_s, error))
        return fail();
    const QRegularExpressionMatch boardMatch = kBoard.match(console.log().lines()[board].text);
    figures.warmRows = boardMatch.captured(1).toInt();
    figures.warmBoardMs = boardMatch.captured(2).toLongLong();
    figures.warmResume = kWelcomed.match(console.log().lines()[welcome].text).captured(1);
    // A few seconds more: the replay (or snapshot) is applied while the peak is watched.
    const qint64 settleUntil = std::max(console.log().lines()[board].atMs, console.log().lines()[welcome].atMs) + 3000;
    if (!console.waitUntil([&] { return QDateTime::currentMSecsSinceEpoch() >= settleUntil; }, 10'000,
            u"3 s after the welcome"_s, error))
        return fail();
    if (!console.stop(error))
        return fail();
    figures.warmPeakKb = console.memory().peakKb;
    printProblems("warm", console);
    const QRegularExpression sent(figures.warmResume == u"replay"_s ? u"replay sent"_s : u"snapshot sent"_s);
    if (const QString line = server.lastLine(sent); !line.isEmpty())
        std::printf("  server: %s\n", qPrintable(line));
    return true;
}

void printSummary(const Options &options, const std::vector<Figures> &runs)
{
    std::vector<double> firstSync, coldPeak, rssAfter, cache, warmBoard, warmPeak;
    for (const Figures &f : runs) {
        firstSync.push_back(f.firstSyncS);
        coldPeak.push_back(megabytes(f.coldPeakKb));
        rssAfter.push_back(megabytes(f.rssAfterKb));
        cache.push_back(double(f.cacheBytes) / 1e6);
        warmBoard.push_back(double(f.warmBoardMs));
        warmPeak.push_back(megabytes(f.warmPeakKb));
    }
    const auto low = [](const std::vector<double> &values) { return *std::min_element(values.begin(), values.end()); };
    std::printf("\nover %d run(s), median (min):\n", int(runs.size()));
    std::printf("  first sync          %6.2f s   (%.2f s)\n", median(firstSync), low(firstSync));
    std::printf("  peak RSS, cold      %6.0f MB  (%.0f MB)\n", median(coldPeak), low(coldPeak));
    std::printf("  RSS 3 s after sync  %6.0f MB  (%.0f MB)\n", median(rssAfter), low(rssAfter));
    std::printf("  cache file          %6.1f MB  (%.1f MB)\n", median(cache), low(cache));
    std::printf("  warm start board    %6.0f ms  (%.0f ms)\n", median(warmBoard), low(warmBoard));
    std::printf("  peak RSS, warm      %6.0f MB  (%.0f MB)\n", median(warmPeak), low(warmPeak));
    const bool barSize = options.conversations == kBarConversations && options.messages == kBarMessages;
    std::printf("bars%s: first sync under %.0f s: %s; peak RSS under %.0f MB: %s\n",
        barSize ? "" : " (set for 10,000 conversations of 50 messages; this run differs)", kFirstSyncBarS,
        median(firstSync) < kFirstSyncBarS ? "under the bar" : "OVER the bar", kPeakBarMb,
        median(coldPeak) < kPeakBarMb ? "under the bar" : "OVER the bar");
}

} // namespace

int main(int argc, char **argv)
{
    enterPrivateKeyring(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as soon as it is known
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"conversations"_s, u"Conversations in the snapshot."_s, u"N"_s, u"10000"_s});
    parser.addOption({u"messages"_s, u"Messages per conversation."_s, u"M"_s, u"50"_s});
    parser.addOption({u"runs"_s, u"Cold and warm pairs, each with a fresh data dir."_s, u"R"_s, u"1"_s});
    parser.addOption({u"rate"_s, u"Live events per second from the load server."_s, u"R"_s, u"0"_s});
    parser.addOption({u"burst"_s, u"Conversations changing together once a second."_s, u"K"_s, u"0"_s});
    parser.addOption({u"live"_s, u"Keep the cold console running this long and read its event to pixel lines."_s,
        u"seconds"_s, u"0"_s});
    parser.addOption({u"port"_s, u"The load server's first port to try."_s, u"port"_s, u"18787"_s});
    parser.addOption({u"timeout"_s, u"Seconds to wait for the first sync."_s, u"seconds"_s, u"300"_s});
    parser.addOption({u"console"_s, u"The pilothouse binary."_s, u"path"_s, QStringLiteral(PILOTHOUSE_BIN)});
    parser.addOption(
        {u"loadserver"_s, u"The pilothouse-loadserver binary."_s, u"path"_s, QStringLiteral(LOADSERVER_BIN)});
    parser.addOption({u"no-keyring"_s, u"Do not run inside a private D-Bus session and keyring."_s});
    parser.process(app);

    Options options;
    options.conversations = std::max(1, parser.value(u"conversations"_s).toInt());
    options.messages = std::max(1, parser.value(u"messages"_s).toInt());
    options.runs = std::max(1, parser.value(u"runs"_s).toInt());
    options.rate = std::max(0.0, parser.value(u"rate"_s).toDouble());
    options.burst = std::max(0, parser.value(u"burst"_s).toInt());
    options.liveSeconds = std::max(0, parser.value(u"live"_s).toInt());
    options.port = std::clamp(parser.value(u"port"_s).toInt(), 1024, 65'000);
    options.timeoutMs = qint64(std::max(10, parser.value(u"timeout"_s).toInt())) * 1000;
    options.console = parser.value(u"console"_s);
    options.loadserver = parser.value(u"loadserver"_s);
    if (options.liveSeconds > 0 && options.rate <= 0) {
        if (parser.isSet(u"rate"_s)) {
            std::fprintf(stderr, "--live needs live traffic: give --rate more than 0\n");
            return 2;
        }
        options.rate = 100;
    }
    if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        std::printf("note: no D-Bus session, so the console has no keychain: it warns and signs in on every start\n");

    QTemporaryDir work(QDir::temp().filePath(u"bench_firstsync-XXXXXX"_s));
    LoadServerProcess server;
    QString error;
    const auto failed = [&](const QString &why) {
        if (!why.isEmpty())
            std::fprintf(stderr, "%s\n", qPrintable(why));
        work.setAutoRemove(false);
        std::fprintf(stderr, "the logs are kept in %s\n", qPrintable(work.path()));
        server.stop();
        return 1;
    };
    if (!work.isValid())
        return failed(u"cannot make a temporary folder: "_s + work.errorString());
    if (!server.start(options, work.path(), &error))
        return failed(error);
    std::printf("pilothouse-loadserver at %s: %d conversations of %d messages, %g live events/s%s\n",
        qPrintable(server.url()), options.conversations, options.messages, options.rate,
        options.burst > 0 ? qPrintable(u", bursts of %1"_s.arg(options.burst)) : "");

    std::vector<Figures> runs;
    for (int run = 1; run <= options.runs; ++run) {
        const QString dir = QDir(work.path()).filePath(u"run%1"_s.arg(run));
        QDir().mkpath(dir);
        // A user of its own per run: its keychain entry is new, so every cold start signs in.
        const bench::ConsoleSettings settings {options.console, server.url(),
            u"bench-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(run), QDir(dir).filePath(u"data"_s)};
        Figures figures;
        if (!coldStart(options, settings, QDir(dir).filePath(u"console-cold.log"_s), figures, server, &error))
            return failed({});
        std::printf("run %d cold: welcomed at %.2f s, snapshot applied at %.2f s (%.2f s from the process start; "
                    "%s)\n",
            run, figures.welcomeS, figures.firstSyncS, figures.fromProcessS, qPrintable(figures.applied));
        const QString board = figures.coldBoardMs < 0 ? u"no board figure logged"_s
                                                      : u"board filled at %1 ms"_s.arg(figures.coldBoardMs);
        std::printf("  peak RSS %.0f MB, RSS 3 s after the snapshot %.0f MB, cache file %.1f MB, %s\n",
            megabytes(figures.coldPeakKb), megabytes(figures.rssAfterKb), double(figures.cacheBytes) / 1e6,
            qPrintable(board));
        if (options.liveSeconds > 0) {
            if (figures.p50s.empty())
                return failed(u"live: the console logged no \"event to pixel\" line in %1 s at %2 events/s; "
                              "this console does not measure it yet"_s.arg(options.liveSeconds)
                                  .arg(options.rate));
            const double worst = *std::max_element(figures.p99s.begin(), figures.p99s.end());
            std::printf("  live %d s at %g events/s: %d windows, median p50 %.1f ms, worst p99 %.1f ms (bar %.0f ms): "
                        "%s\n",
                options.liveSeconds, options.rate, int(figures.p50s.size()), median(figures.p50s), worst, kLiveP99BarMs,
                worst < kLiveP99BarMs ? "under the bar" : "OVER the bar");
        }
        if (!warmStart(options, settings, QDir(dir).filePath(u"console-warm.log"_s), figures, server, &error))
            return failed({});
        std::printf("run %d warm: resume %s, board with %d rows at %lld ms, peak RSS %.0f MB\n", run,
            qPrintable(figures.warmResume), figures.warmRows, static_cast<long long>(figures.warmBoardMs),
            megabytes(figures.warmPeakKb));
        if (figures.warmResume != u"replay"_s)
            std::printf("  note: the warm start was answered with a snapshot, not a replay of its cursor\n");
        if (!server.running())
            return failed(u"pilothouse-loadserver stopped:\n"_s + server.tail());
        runs.push_back(std::move(figures));
    }
    printSummary(options, runs);
    server.stop();
    return 0;
}
