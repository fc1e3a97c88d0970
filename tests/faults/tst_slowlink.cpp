// A slow link: the console comes back after an outage to a replay larger than the link carries
// within the idle limit. The WebSocket message holding it takes longer than idleTimeoutMs to
// arrive, so a session that only counts complete messages as life aborts it and asks for the same
// replay again, forever. The server sends messages in small WebSocket frames and the session counts
// every frame as life, so the replay completes while the link stays slow.

#include "serverprocess.h"
#include "consolerig.h"
#include "faultserver.h"
#include "faultproxy.h"
#include "worldcheck.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace pilothouse;
using namespace pilothouse::testing;
using namespace std::chrono_literals;

namespace {

constexpr int kHeartbeatMs = 500;
constexpr int kIdleMs = 1500;
constexpr qint64 kBytesPerSecond = 32 * 1024;
constexpr qint64 kGapEvents = 250;

QStringList serverArgs(int rate)
{
    return faultServerArgs(rate, 31, kHeartbeatMs, kIdleMs);
}

} // namespace

class TestSlowLink : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void replayLargerThanTheIdleLimitCarriesStillCompletes();
};

void TestSlowLink::replayLargerThanTheIdleLimitCarriesStillCompletes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString serverData = dir.filePath(QStringLiteral("server"));
    ServerProcess server;
    QVERIFY2(server.start(serverData, serverArgs(600)), qPrintable(server.errorString()));
    const int port = server.port();
    FaultProxy proxy {quint16(port)};
    QVERIFY(proxy.start());
    const QString token = signIn(server.url(), QStringLiteral("supervisor"), QStringLiteral("supervisor-demo"));
    QVERIFY(!token.isEmpty());
    ConsoleRig rig(dir.filePath(QStringLiteral("console.sqlite")), net::Backoff(100ms, 1000ms));
    rig.start(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port())), token);
    QVERIFY2(QTest::qWaitFor([&] { return !rig.welcomes.isEmpty(); }, 20000), "no welcome through the proxy");

    // An outage while traffic flows, then a quiet server: the gap is all there is to carry.
    proxy.setBlackhole(true);
    QVERIFY(QTest::qWaitFor([&] { return !rig.reconnectReasons.isEmpty(); }, 20000));
    const qint64 cursorAtOutage = rig.cursor().value_or(protocol::Cursor {}).seq;
    QVERIFY2(QTest::qWaitFor([&] { return serverHead(serverData).seq >= cursorAtOutage + kGapEvents; }, 30000),
        "the simulator did not fill the gap");
    server.stop();
    QVERIFY2(server.start(serverData, serverArgs(0), port), qPrintable(server.errorString()));
    const World head = serverHead(serverData);

    // The link returns, slow: the replay needs several idle limits to cross it.
    const auto before = proxy.counters();
    const qsizetype welcomesBefore = rig.welcomes.size();
    proxy.setBandwidth(kBytesPerSecond, FaultProxy::Downstream);
    proxy.setBlackhole(false);
    QElapsedTimer clock;
    clock.start();
    std::optional<protocol::Cursor> cursor;
    const bool caughtUp = QTest::qWaitFor(
        [&] {
            cursor = rig.cursor();
            return cursor && cursor->seq == head.seq;
        },
        40000);
    const qint64 tookMs = clock.elapsed();
    const qint64 bytes = proxy.counters().bytesDownstream - before.bytesDownstream;
    qInfo("gap of %lld events (%lld bytes delivered at %lld B/s, idle limit %d ms): %s after %lld ms, %d welcome(s), "
          "cursor %lld of %lld",
        head.seq - cursorAtOutage, bytes, kBytesPerSecond, kIdleMs, caughtUp ? "caught up" : "NOT caught up", tookMs,
        int(rig.welcomes.size() - welcomesBefore), qint64(cursor ? cursor->seq : -1), head.seq);
    QVERIFY2(bytes > kBytesPerSecond * kIdleMs / 1000, "the replay fit in one idle limit; the test proves nothing");
    QVERIFY2(caughtUp, "the replay never completed over the slow link");
    proxy.clearFaults();
    rig.settle();
    const World log = foldServerLog(serverData);
    const World cache = readCache(rig.cachePath);
    QCOMPARE(cache.seq, log.seq);
    QCOMPARE(cache.conversations, log.conversations);
    QCOMPARE(cache.messages, log.messages);
}

QTEST_GUILESS_MAIN(TestSlowLink)
#include "tst_slowlink.moc"
