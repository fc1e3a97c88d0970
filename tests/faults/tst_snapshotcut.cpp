// A snapshot cut short by a lost link (issue 16, goal 1; docs/protocol.md section 7). The console
// writes snapshot parts into its cache as they arrive, inside one transaction that the final part
// commits: a link lost in the middle must leave the cache exactly as it was (empty on a first sync,
// the old state on a resync), and the next connection must bring the whole state, equal to the
// server's log. A slow link stretches the snapshot so that the cut lands between its parts.

#include "consolerig.h"
#include "faultproxy.h"
#include "faultserver.h"
#include "serverprocess.h"
#include "worldcheck.h"

#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace pilothouse;
using namespace pilothouse::testing;
using namespace std::chrono_literals;

namespace {

constexpr int kHeartbeatMs = 500;
constexpr int kIdleMs = 3000;
constexpr qint64 kSlowBytesPerSecond = 128 * 1024;

QStringList serverArgs(int rate, const QStringList &extra = {})
{
    // Two days of simulated past: several snapshot parts of 200 conversations.
    return faultServerArgs(
        rate, 47, kHeartbeatMs, kIdleMs, QStringList {QStringLiteral("--history-days"), QStringLiteral("2")} + extra);
}

} // namespace

class TestSnapshotCut : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aSnapshotCutShortLeavesTheCacheAsItWas();
};

void TestSnapshotCut::aSnapshotCutShortLeavesTheCacheAsItWas()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString serverData = dir.filePath(QStringLiteral("server"));
    ServerProcess server;
    QVERIFY2(server.start(serverData, serverArgs(0)), qPrintable(server.errorString()));
    const int port = server.port();
    FaultProxy proxy {quint16(port)};
    QVERIFY(proxy.start());
    const QString token = signIn(server.url(), QStringLiteral("supervisor"), QStringLiteral("supervisor-demo"));
    QVERIFY(!token.isEmpty());

    ConsoleRig rig(dir.filePath(QStringLiteral("console.sqlite")), net::Backoff(100ms, 500ms));
    std::atomic<int> parts = 0; // counted on the io thread, as the session hands them to the cache
    std::atomic<bool> finalSeen = false;
    QObject::connect(
        rig.worker, &net::SessionWorker::snapshotReceived, rig.worker,
        [&](const protocol::Snapshot &part) {
            ++parts;
            if (part.final)
                finalSeen = true;
        },
        Qt::DirectConnection);

    // 1. A first sync cut after its first part: the cache stays empty, then fills whole.
    proxy.setBandwidth(kSlowBytesPerSecond, FaultProxy::Downstream);
    rig.start(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port())), token);
    QVERIFY2(QTest::qWaitFor([&] { return parts.load() >= 1; }, 30000), "no snapshot part arrived");
    QVERIFY2(!finalSeen, "the whole snapshot crossed the slow link before the cut; the test proves nothing");
    const int cutAfter = parts.load();
    qsizetype reasons = rig.reconnectReasons.size();
    proxy.reset();
    QVERIFY(QTest::qWaitFor([&] { return rig.reconnectReasons.size() > reasons; }, 10000));
    const World cut = readCache(rig.cachePath);
    QCOMPARE(cut.conversations.size(), 0);
    QCOMPARE(cut.messages.size(), 0);
    QVERIFY(!rig.cursor()); // no position: the next hello asks for a snapshot again
    QCOMPARE(rig.workspace.board()->rowCount(), 0);

    proxy.clearFaults();
    const World head = serverHead(serverData);
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     const auto cursor = rig.cursor();
                     return cursor && cursor->seq >= head.seq;
                 },
                 30000),
        "the first sync did not complete after the cut");
    rig.settle();
    const World synced = readCache(rig.cachePath);
    const World log = foldServerLog(serverData);
    qInfo("first sync: %lld conversations, %lld messages, cut after %d part(s)", qint64(synced.conversations.size()),
        qint64(synced.messages.size()), cutAfter);
    QVERIFY(synced.conversations.size() > 200); // more than one part
    QCOMPARE(synced.seq, log.seq);
    QCOMPARE(synced.conversations, log.conversations);
    QCOMPARE(synced.messages, log.messages);
    QTRY_COMPARE_WITH_TIMEOUT(rig.workspace.board()->rowCount(), int(synced.conversations.size()), 10000);

    // 2. A resync of a filled cache cut in the middle: the cache keeps its old state and cursor.
    // The server comes back with traffic and a replay limit the gap exceeds, so the next hello
    // gets a snapshot.
    reasons = rig.reconnectReasons.size();
    proxy.setBlackhole(true);
    QVERIFY(QTest::qWaitFor([&] { return rig.reconnectReasons.size() > reasons; }, 20000));
    const World before = readCache(rig.cachePath);
    server.stop();
    QVERIFY2(
        server.start(serverData, serverArgs(600, {QStringLiteral("--max-replay-events"), QStringLiteral("1")}), port),
        qPrintable(server.errorString()));
    QVERIFY2(QTest::qWaitFor([&] { return serverHead(serverData).seq >= before.seq + 5; }, 20000),
        "the simulator made no gap");
    parts = 0;
    finalSeen = false;
    proxy.setBandwidth(kSlowBytesPerSecond, FaultProxy::Downstream);
    proxy.setBlackhole(false);
    QVERIFY2(QTest::qWaitFor([&] { return parts.load() >= 1; }, 30000), "no snapshot part arrived on the resync");
    QVERIFY2(!finalSeen, "the resync's snapshot crossed whole before the cut; the test proves nothing");
    reasons = rig.reconnectReasons.size();
    proxy.reset();
    QVERIFY(QTest::qWaitFor([&] { return rig.reconnectReasons.size() > reasons; }, 10000));
    const World kept = readCache(rig.cachePath);
    QCOMPARE(kept.seq, before.seq);
    QCOMPARE(kept.epoch, before.epoch);
    QCOMPARE(kept.conversations, before.conversations);
    QCOMPARE(kept.messages, before.messages);

    proxy.clearFaults();
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     const auto cursor = rig.cursor();
                     return finalSeen && cursor && cursor->seq > before.seq;
                 },
                 30000),
        "the resync did not complete after the cut");
    // A still server to compare with: the simulator stops, the console catches up with its head.
    server.stop();
    QVERIFY2(server.start(serverData, serverArgs(0), port), qPrintable(server.errorString()));
    const World last = serverHead(serverData);
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     const auto cursor = rig.cursor();
                     return cursor && cursor->seq == last.seq;
                 },
                 30000),
        "the console did not catch up with the server");
    rig.settle();
    const World after = readCache(rig.cachePath);
    const World resynced = foldServerLog(serverData);
    QCOMPARE(after.conversations, resynced.conversations);
    QCOMPARE(after.messages, resynced.messages);
}

QTEST_GUILESS_MAIN(TestSnapshotCut)
#include "tst_snapshotcut.moc"
