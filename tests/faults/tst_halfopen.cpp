// Half-open link: an idle, welcomed console session whose link silently stops carrying anything
// in either direction (the proxy black-holes it, sockets stay open, no FIN, no RST). The session
// must notice within the heartbeat interval plus the idle limit it was announced (plus grace for a
// loaded machine), and, once the link carries again, resume from its cursor with no gap: what the
// server did meanwhile (another operator's take-over and note) is in the cache.

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

constexpr int kHeartbeatMs = 1000;
constexpr int kIdleMs = 3000;
/// Scheduling slack on a shared two-core machine; the bound is interval + idle + this.
constexpr int kGraceMs = 5000;

QStringList serverArgs(int rate)
{
    return faultServerArgs(rate, 7, kHeartbeatMs, kIdleMs);
}

bool caughtUp(ConsoleRig &rig, const QString &serverData)
{
    const World head = serverHead(serverData);
    const auto cursor = rig.cursor();
    return cursor && QString::fromStdString(cursor->epoch) == head.epoch && cursor->seq == head.seq;
}

} // namespace

class TestHalfOpen : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void blackholedIdleLinkIsNoticedAndResumedWithoutAGap();
};

void TestHalfOpen::blackholedIdleLinkIsNoticedAndResumedWithoutAGap()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString serverData = dir.filePath(QStringLiteral("server"));
    ServerProcess server;
    // A few simulated conversations first, then a server without traffic: the link is idle but
    // for heartbeats.
    QVERIFY2(server.start(serverData, serverArgs(600)), qPrintable(server.errorString()));
    QVERIFY2(QTest::qWaitFor([&] { return !foldServerLog(serverData).conversations.isEmpty(); }, 30000),
        "the simulator created no conversation");
    const int port = server.port();
    server.stop();
    QVERIFY2(server.start(serverData, serverArgs(0), port), qPrintable(server.errorString()));
    const World before = foldServerLog(serverData);
    QString target;
    for (auto it = before.conversations.cbegin(); it != before.conversations.cend() && target.isEmpty(); ++it) {
        if (it.value().startsWith(u"ai|") || it.value().startsWith(u"escalated|"))
            target = it.key();
    }
    QVERIFY2(!target.isEmpty(), "no conversation the AI handles");

    FaultProxy proxy {quint16(port)};
    QVERIFY(proxy.start());
    const QString token = signIn(server.url(), QStringLiteral("supervisor"), QStringLiteral("supervisor-demo"));
    QVERIFY(!token.isEmpty());
    ConsoleRig rig(dir.filePath(QStringLiteral("console.sqlite")), net::Backoff(200ms, 2000ms));
    rig.start(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port())), token);
    QVERIFY2(QTest::qWaitFor([&] { return !rig.welcomes.isEmpty(); }, 20000), "no welcome through the proxy");
    QVERIFY2(QTest::qWaitFor([&] { return caughtUp(rig, serverData); }, 20000), "the first snapshot did not arrive");
    const protocol::HeartbeatPolicy announced = rig.welcomes.constFirst().heartbeat;
    QCOMPARE(announced.intervalMs, kHeartbeatMs);
    QCOMPARE(announced.idleTimeoutMs, kIdleMs);
    // Idle for a few heartbeat intervals: pings and pongs are all that crosses the link.
    const auto bytesBefore = proxy.counters().bytesDownstream;
    QTest::qWait(2 * kHeartbeatMs + 500);
    QVERIFY2(proxy.counters().bytesDownstream > bytesBefore, "no heartbeat crossed the idle link");
    QCOMPARE(rig.reconnectReasons.size(), 0);

    proxy.setBlackhole(true);
    QElapsedTimer clock;
    clock.start();
    const qint64 bound = announced.intervalMs + announced.idleTimeoutMs + kGraceMs;
    QVERIFY2(QTest::qWaitFor([&] { return !rig.reconnectReasons.isEmpty(); }, int(bound + 10000)),
        "the session never noticed the dead link");
    const qint64 detectedMs = clock.elapsed();
    qInfo("half-open link noticed after %lld ms (announced interval %d ms + idle limit %d ms; bound with grace %lld "
          "ms): \"%s\"",
        detectedMs, announced.intervalMs, announced.idleTimeoutMs, bound,
        qPrintable(rig.reconnectReasons.constFirst()));
    QVERIFY2(
        detectedMs <= bound, qPrintable(QStringLiteral("noticed after %1 ms, bound %2 ms").arg(detectedMs).arg(bound)));
    QCOMPARE(rig.reconnectReasons.constFirst(), net::SessionWorker::tr("The server stopped answering."));

    // Meanwhile another operator, connected directly, takes the conversation over and notes on it.
    const QString agentToken = signIn(server.url(), QStringLiteral("agent"), QStringLiteral("agent-demo"));
    QVERIFY(!agentToken.isEmpty());
    ConsoleRig other(dir.filePath(QStringLiteral("other.sqlite")), net::Backoff(200ms, 2000ms));
    other.start(server.url(), agentToken);
    QVERIFY(QTest::qWaitFor([&] { return !other.welcomes.isEmpty(); }, 20000));
    const QString takeOver = other.actions.takeOver(target);
    const QString note = other.actions.addNote(target, QStringLiteral("Written while the supervisor's link was dead"));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return other.actions.item(takeOver).state == pilothouse::models::OutboxState::Acked
                && other.actions.item(note).state == pilothouse::models::OutboxState::Acked;
        },
        20000));
    const World during = serverHead(serverData);
    QVERIFY(during.seq > before.seq);
    QCOMPARE(rig.welcomes.size(), 1); // Still black-holed: nothing got through.

    proxy.clearFaults();
    clock.restart();
    QVERIFY2(QTest::qWaitFor([&] { return rig.welcomes.size() >= 2; }, 60000), "the session did not come back");
    const qint64 resumedMs = clock.elapsed();
    QCOMPARE(rig.welcomes.constLast().resume, protocol::ResumeMode::Replay);
    QVERIFY2(QTest::qWaitFor([&] { return caughtUp(rig, serverData); }, 20000), "the replay did not reach the head");
    rig.settle();

    const World log = foldServerLog(serverData);
    const World cache = readCache(rig.cachePath);
    QCOMPARE(cache.epoch, log.epoch);
    QCOMPARE(cache.seq, log.seq);
    QCOMPARE(cache.conversations, log.conversations);
    QCOMPARE(cache.messages, log.messages);
    const QString noteId = messageIdForCommand(serverData, note);
    QVERIFY(!noteId.isEmpty());
    QVERIFY(cache.messages.contains(noteId));
    QVERIFY(cache.conversations.value(target).startsWith(u"human|agent|"));
    qInfo("resumed %lld ms after the link came back (resume: replay); %lld events made during the blackhole are in "
          "the cache; cursor %s:%lld = server head; %d reconnect attempt(s), %lld proxy connections",
        resumedMs, during.seq - before.seq, qPrintable(log.epoch), log.seq, int(rig.reconnectReasons.size()),
        proxy.counters().connections);
}

QTEST_GUILESS_MAIN(TestHalfOpen)
#include "tst_halfopen.moc"
