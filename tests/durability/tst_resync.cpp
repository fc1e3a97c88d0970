// Resync against the real pilothouse-server when resuming is impossible: the server's data was
// wiped (a new epoch) while a console held a populated cache with a cursor, and a console stayed
// offline longer than the server's retention (run with --retention-seconds 2, so the log is
// pruned past the console's cursor). Both must end in a snapshot, never a silent gap, and the
// console's cache must then equal the server's database.

#include "consolerig.h"
#include "serverprocess.h"
#include "worlds.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace durability;
using pilothouse::protocol::ResumeMode;
using pilothouse::protocol::Welcome;
using pilothouse::testing::ConsoleRig;
using pilothouse::testing::ServerProcess;

namespace {

QString supervisorToken(const QUrl &server)
{
    return pilothouse::testing::signIn(server, QStringLiteral("supervisor"), QStringLiteral("supervisor-demo"));
}

QStringList args(std::initializer_list<const char *> list)
{
    QStringList result;
    for (const char *item : list)
        result << QString::fromLatin1(item);
    return result;
}

/// Waits until the cache has applied everything the (quiet) server holds, then compares them.
void expectCacheEqualsServer(const QString &cache, const QString &dataDir)
{
    const World server = readServer(dataDir);
    QVERIFY(!server.status.isEmpty());
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     const World now = readCache(cache);
                     return now.epoch == server.epoch && now.seq >= server.seq;
                 },
                 60000),
        qPrintable(QStringLiteral("cache at %1:%2, server at %3:%4")
                       .arg(readCache(cache).epoch)
                       .arg(readCache(cache).seq)
                       .arg(server.epoch)
                       .arg(server.seq)));
    const World mine = readCache(cache);
    QCOMPARE(mine.status, server.status);
    QCOMPARE(mine.lastMessage, server.lastMessage);
    QCOMPARE(mine.messageIds, server.messageIds);
    qInfo("cache equals the server: %lld conversations, %lld messages, epoch %s at seq %lld",
        qint64(server.status.size()), qint64(server.messageIds.size()), qPrintable(server.epoch), server.seq);
}

} // namespace

class TestResync : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void serverWipedMeansSnapshot()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("server"));
        const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));
        ServerProcess server;
        QVERIFY2(server.start(data, args({"--demo", "--simulate", "600", "--seed", "21"})),
            qPrintable(server.errorString()));
        const int port = server.port();
        ConsoleRig client(cache, pilothouse::net::Backoff {});
        QSignalSpy welcomed(client.worker, &pilothouse::net::SessionWorker::welcomed);
        client.start(server.url(), supervisorToken(server.url()));
        QVERIFY(welcomed.wait(15000));
        QVERIFY2(QTest::qWaitFor([&] { return readCache(cache).seq >= 100; }, 60000), "the cache did not fill");
        const World before = readCache(cache);

        // Wipe: same address, empty data dir, so a new epoch with other conversations.
        server.stop();
        QVERIFY(QDir(data).removeRecursively());
        QVERIFY2(server.start(data, args({"--demo", "--simulate", "600", "--seed", "22"}), port),
            qPrintable(server.errorString()));
        QVERIFY2(QTest::qWaitFor([&] { return serverConversationCount(data) >= 5; }, 60000),
            "the wiped server simulated nothing");
        server.stop(); // Quiet from here on, so the final states can be compared exactly.
        QVERIFY2(server.start(data, args({"--demo", "--simulate", "0"}), port), qPrintable(server.errorString()));

        // The old token died with the old database: sign in again, as the console would.
        const int welcomes = int(welcomed.count());
        client.start(server.url(), supervisorToken(server.url()));
        QVERIFY2(QTest::qWaitFor([&] { return welcomed.count() > welcomes; }, 30000), "no welcome after the wipe");
        const auto welcome = welcomed.constLast().constFirst().value<Welcome>();
        QCOMPARE(welcome.resume, ResumeMode::Snapshot);
        QVERIFY(QString::fromStdString(welcome.head.epoch) != before.epoch);
        qInfo("cursor %s:%lld held across a wipe; new epoch %s, head %lld: snapshot", qPrintable(before.epoch),
            before.seq, welcome.head.epoch.c_str(), qint64(welcome.head.seq));
        expectCacheEqualsServer(cache, data);
    }

    void offlinePastRetentionMeansSnapshot()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(QStringLiteral("server"));
        const QString cache = dir.filePath(QStringLiteral("cache.sqlite"));
        ServerProcess server;
        QVERIFY2(server.start(data, args({"--demo", "--simulate", "600", "--seed", "23", "--retention-seconds", "2"})),
            qPrintable(server.errorString()));
        const int port = server.port();
        const QString token = supervisorToken(server.url());
        QVERIFY(!token.isEmpty());
        {
            ConsoleRig client(cache, pilothouse::net::Backoff {});
            QSignalSpy welcomed(client.worker, &pilothouse::net::SessionWorker::welcomed);
            client.start(server.url(), token);
            QVERIFY(welcomed.wait(15000));
            QCOMPARE(welcomed.constFirst().constFirst().value<Welcome>().retentionSeconds, 2);
            QVERIFY2(QTest::qWaitFor([&] { return readCache(cache).seq >= 50; }, 60000), "the cache did not fill");
        } // The console quits: offline from here.
        const World before = readCache(cache);
        // The server keeps simulating and prunes what is older than 2 s, past the console's cursor.
        QVERIFY2(QTest::qWaitFor([&] { return serverPrunedThrough(data) > before.seq + 1; }, 60000),
            qPrintable(
                QStringLiteral("pruned only through %1; cursor %2").arg(serverPrunedThrough(data)).arg(before.seq)));
        server.stop();
        QVERIFY2(server.start(data, args({"--demo", "--simulate", "0", "--retention-seconds", "2"}), port),
            qPrintable(server.errorString()));
        const qint64 pruned = serverPrunedThrough(data);

        ConsoleRig client(cache, pilothouse::net::Backoff {});
        QSignalSpy welcomed(client.worker, &pilothouse::net::SessionWorker::welcomed);
        client.start(server.url(), token);
        QVERIFY(welcomed.wait(15000));
        const auto welcome = welcomed.constFirst().constFirst().value<Welcome>();
        QCOMPARE(QString::fromStdString(welcome.head.epoch), before.epoch); // same log, events expired
        QCOMPARE(welcome.resume, ResumeMode::Snapshot);
        qInfo(
            "cursor %lld, log pruned through %lld, head %lld: snapshot", before.seq, pruned, qint64(welcome.head.seq));
        expectCacheEqualsServer(cache, data);
    }
};

QTEST_GUILESS_MAIN(TestResync)
#include "tst_resync.moc"
