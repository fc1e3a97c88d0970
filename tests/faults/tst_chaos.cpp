// Chaos: the real pilothouse-server with fast simulated traffic and short heartbeats, the console's
// session, store writer and outbox pump connected THROUGH the fault proxy, and a scripted operator
// who owns a few conversations and replies to them every 0.7 s. Meanwhile the proxy injects a fault
// every few seconds (reset, blackhole past the idle limit, latency, slicing, bandwidth limit) and
// the server is SIGKILLed and restarted on the same port and data dir. Afterwards: the cache equals
// the server's log and the cursor its head, every reply is in the log exactly once as
// m-<commandId>, and the outbox holds nothing pending, in flight or failed.

#include "serverprocess.h"
#include "consolerig.h"
#include "faultserver.h"
#include "faultproxy.h"
#include "worldcheck.h"

#include "domain/catalogue.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace pilothouse;
using namespace pilothouse::testing;
using namespace std::chrono_literals;

namespace {

constexpr int kHeartbeatMs = 500;
constexpr int kIdleMs = 1500;
constexpr qint64 kChaosMs = 56000; ///< Fourteen faults, two of them server restarts.
constexpr qint64 kFaultEveryMs = 4000;
constexpr qint64 kFaultLastsMs = 3000; ///< Blackhole: twice the idle limit, so it trips.
constexpr qint64 kReplyEveryMs = 700;
constexpr int kOwnedConversations = 3;

QStringList serverArgs(int rate)
{
    return faultServerArgs(rate, 23, kHeartbeatMs, kIdleMs);
}

/// Same port, same data dir; a port still held for a moment after SIGKILL gets a few tries.
bool restart(ServerProcess &server, const QString &dataDir, const QStringList &args, int port)
{
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (server.start(dataDir, args, port))
            return true;
        QTest::qWait(500);
    }
    return false;
}

QString status(const QString &row)
{
    return row.section(u'|', 0, 0);
}

} // namespace

class TestChaos : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cacheEqualsTheServerLogAfterFaultsAndRestarts();
};

void TestChaos::cacheEqualsTheServerLogAfterFaultsAndRestarts()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString serverData = dir.filePath(QStringLiteral("server"));
    ServerProcess server;
    QVERIFY2(server.start(serverData, serverArgs(300)), qPrintable(server.errorString()));
    const int serverPort = server.port();
    FaultProxy proxy {quint16(serverPort)};
    QVERIFY(proxy.start());
    const QString token = signIn(server.url(), QStringLiteral("supervisor"), QStringLiteral("supervisor-demo"));
    QVERIFY2(!token.isEmpty(), "sign-in as the demo supervisor failed");

    // Short backoff so each fault is recovered from within its slot; full jitter as in production.
    ConsoleRig rig(dir.filePath(QStringLiteral("console.sqlite")), net::Backoff(100ms, 1000ms));
    rig.start(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port())), token);
    QVERIFY2(QTest::qWaitFor([&] { return !rig.welcomes.isEmpty(); }, 20000), "no welcome through the proxy");

    // The operator takes over a few conversations the AI handles and keeps them to the end, so
    // every reply is legitimately deliverable.
    QStringList owned;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     const World cache = readCache(rig.cachePath);
                     owned.clear();
                     for (auto it = cache.conversations.cbegin(); it != cache.conversations.cend(); ++it) {
                         if (owned.size() < kOwnedConversations
                             && (status(it.value()) == u"ai" || status(it.value()) == u"escalated"))
                             owned.append(it.key());
                     }
                     return owned.size() == kOwnedConversations;
                 },
                 30000),
        "the simulator produced too few conversations");
    QStringList commands;
    for (const QString &id : std::as_const(owned))
        commands.append(rig.actions.takeOver(id));
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     return std::all_of(commands.cbegin(), commands.cend(), [&](const QString &id) {
                         return rig.actions.item(id).state == pilothouse::models::OutboxState::Acked;
                     });
                 },
                 20000),
        "the take-overs were not acknowledged");

    // Chaos.
    QStringList replies;
    QHash<QString, int> faults;
    int restarts = 0;
    // "lost-answers" darkens only server -> console: replies reach the server and are applied, their
    // events and acks are lost with the link, and the resend after the next welcome must not apply
    // them again.
    const QStringList cycle {QStringLiteral("reset"), QStringLiteral("blackhole"), QStringLiteral("latency"),
        QStringLiteral("slicing"), QStringLiteral("lost-answers"), QStringLiteral("bandwidth"),
        QStringLiteral("restart")};
    QElapsedTimer clock;
    clock.start();
    qint64 nextReply = 0;
    qint64 nextFault = kFaultEveryMs / 2;
    qint64 clearAt = -1;
    while (clock.elapsed() < kChaosMs) {
        const qint64 now = clock.elapsed();
        if (now >= nextReply) {
            const QString conversation = owned.at(replies.size() % owned.size());
            replies.append(
                rig.actions.sendReply(conversation, QStringLiteral("Operator reply %1").arg(replies.size())));
            QVERIFY(!replies.constLast().isEmpty());
            nextReply = now + kReplyEveryMs;
        }
        if (clearAt >= 0 && now >= clearAt) {
            proxy.clearFaults();
            clearAt = -1;
        }
        if (now >= nextFault) {
            const QString kind = cycle.at((faults.value(QStringLiteral("total"))) % cycle.size());
            ++faults[kind];
            ++faults[QStringLiteral("total")];
            if (kind == u"reset") {
                proxy.reset();
            } else if (kind == u"blackhole") {
                proxy.setBlackhole(true);
            } else if (kind == u"lost-answers") {
                proxy.setBlackhole(true, FaultProxy::Downstream);
            } else if (kind == u"latency") {
                proxy.setLatency(400);
            } else if (kind == u"slicing") {
                proxy.setSlicing(48);
            } else if (kind == u"bandwidth") {
                proxy.setBandwidth(6 * 1024);
            } else {
                server.kill();
                QVERIFY2(restart(server, serverData, serverArgs(300), serverPort), qPrintable(server.errorString()));
                ++restarts;
            }
            if (kind != u"reset" && kind != u"restart")
                clearAt = now + kFaultLastsMs;
            qInfo("t=%5.1f s fault %s", double(now) / 1000.0, qPrintable(kind));
            nextFault = clock.elapsed() + kFaultEveryMs;
        }
        QTest::qWait(20);
    }

    // Settle: no faults, and a last SIGKILL into a server without traffic so the log stops growing.
    proxy.clearFaults();
    const qsizetype welcomesBefore = rig.welcomes.size();
    server.kill();
    QVERIFY2(restart(server, serverData, serverArgs(0), serverPort), qPrintable(server.errorString()));
    ++restarts;
    QVERIFY2(QTest::qWaitFor([&] { return rig.welcomes.size() > welcomesBefore; }, 30000),
        "the session did not come back after the last restart");
    for (const QString &id : std::as_const(owned))
        commands.append(rig.actions.handBack(id, QStringLiteral("Back to the AI after the chaos test")));
    // Every command written and answered: acked, or failed (reported below with the server's reason).
    const auto settled = [&] {
        const auto states = outboxStates(rig.outboxPath);
        return states.value(QStringLiteral("pending")) == 0 && states.value(QStringLiteral("inflight")) == 0
            && states.value(QStringLiteral("acked")) + states.value(QStringLiteral("failed"))
            == commands.size() + replies.size();
    };
    QVERIFY2(QTest::qWaitFor(settled, 40000), "the outbox did not drain");
    World head;
    std::optional<protocol::Cursor> cursor;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     head = serverHead(serverData);
                     cursor = rig.cursor();
                     return cursor && QString::fromStdString(cursor->epoch) == head.epoch && cursor->seq == head.seq;
                 },
                 40000),
        qPrintable(QStringLiteral("cache cursor %1 never reached the server head %2")
                       .arg(cursor ? cursor->seq : -1)
                       .arg(head.seq)));
    rig.settle();

    // Every command the operator issued, with the reason of any the server refused.
    const auto states = outboxStates(rig.outboxPath);
    QStringList refused;
    for (const QString &id : std::as_const(commands) + replies) {
        const auto item = rig.actions.item(id);
        if (item.state == pilothouse::models::OutboxState::Failed)
            refused.append(
                QStringLiteral("%1 %2: %3 (%4)")
                    .arg(QLatin1String(models::catalogue::commandName(item.action)), id, item.errorCode, item.error));
    }
    QVERIFY2(refused.isEmpty(), qPrintable(QStringLiteral("the server refused: ") + refused.join(u"; ")));
    QCOMPARE(states.value(QStringLiteral("failed")), 0);
    QCOMPARE(states.value(QStringLiteral("pending")), 0);
    QCOMPARE(states.value(QStringLiteral("inflight")), 0);
    QCOMPARE(states.value(QStringLiteral("acked")), int(commands.size() + replies.size()));

    // The cache equals the server's log.
    const World log = foldServerLog(serverData);
    const World cache = readCache(rig.cachePath);
    QCOMPARE(cache.epoch, log.epoch);
    QCOMPARE(cache.seq, log.seq);
    QCOMPARE(cache.customers, log.customers);
    QCOMPARE(cache.conversations.keys(), log.conversations.keys());
    QCOMPARE(cache.conversations, log.conversations);
    QCOMPARE(cache.messages.size(), log.messages.size());
    QCOMPARE(cache.messages, log.messages);
    QCOMPARE(rig.workspace.board()->rowCount(), int(log.conversations.size()));

    // Each reply exactly once, under the id its command gave it; no other operator message.
    const MessageAudit audit = auditMessages(serverData);
    int duplicates = 0;
    for (auto it = audit.perId.cbegin(); it != audit.perId.cend(); ++it)
        duplicates += it.value() - 1;
    for (const QString &id : std::as_const(replies))
        QVERIFY2(audit.perId.value(QStringLiteral("m-") + id) == 1,
            qPrintable(QStringLiteral("reply %1 is in the log %2 times")
                           .arg(id)
                           .arg(audit.perId.value(QStringLiteral("m-") + id))));
    QCOMPARE(duplicates, 0);
    QCOMPARE(audit.humanPublic, int(replies.size()));

    const auto counters = proxy.counters();
    qInfo("faults: %d (reset %d, blackhole both ways %d, latency %d, slicing %d, blackhole server->console only %d, "
          "bandwidth %d, server SIGKILL+restart %d, the last one into a quiet server)",
        faults.value(QStringLiteral("total")) + 1, faults.value(QStringLiteral("reset")),
        faults.value(QStringLiteral("blackhole")), faults.value(QStringLiteral("latency")),
        faults.value(QStringLiteral("slicing")), faults.value(QStringLiteral("lost-answers")),
        faults.value(QStringLiteral("bandwidth")), restarts);
    qInfo("reconnects: %d welcomes after the first (%lld proxy connections, %lld links reset); reasons seen: %d",
        int(rig.welcomes.size()) - 1, counters.connections, counters.linksReset, int(rig.reconnectReasons.size()));
    qInfo("events: %lld in the server log, head %s:%lld = cache cursor; %d conversations, %d messages", log.events,
        qPrintable(log.epoch), log.seq, int(log.conversations.size()), int(log.messages.size()));
    const int resent = outboxResent(rig.outboxPath);
    qInfo("commands: %d take-overs/hand-backs + %d replies, all acked, each applied exactly once (%d of them sent "
          "more than once); duplicates=%d",
        int(commands.size()), int(replies.size()), resent, duplicates);
    qInfo("proxy bytes: %lld to the server, %lld to the console", counters.bytesUpstream, counters.bytesDownstream);
    QVERIFY(restarts >= 3);
    QVERIFY2(resent >= 1, "no command was ever resent: the faults never hit one in flight");
    QVERIFY2(counters.linksReset >= 1, "no reset hit a live connection");
    QVERIFY2(rig.reconnectReasons.contains(net::SessionWorker::tr("The server stopped answering.")),
        "no blackhole tripped the heartbeat");
    QVERIFY2(rig.welcomes.size() >= restarts + 1, "the session did not come back after every server restart");
}

QTEST_GUILESS_MAIN(TestChaos)
#include "tst_chaos.moc"
