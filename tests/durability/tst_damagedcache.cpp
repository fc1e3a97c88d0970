// The real Console (composition root) starts on a damaged cache file and signs in to the real
// pilothouse-server as the demo supervisor (its token in a private keyring): the damaged file is
// moved aside byte for byte, the notice banner says so and stays after the welcome, and the
// fresh cache is rebuilt by a snapshot until it equals the server's database.

#include "damage.h"
#include "serverprocess.h"
#include "worlds.h"

#include "accountpaths.h"
#include "appoptions.h"
#include "console.h"
#include "credentials/tokenstore.h"
#include "live/notices.h"

#include <QTemporaryDir>
#include <QTest>

using namespace durability;
using pilothouse::app::Console;
using pilothouse::models::Notices;
using pilothouse::testing::ServerProcess;

class TestDamagedCache : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void damagedCacheIsRebuiltFromTheServerWithABanner()
    {
        QTemporaryDir serverData;
        QTemporaryDir consoleData;
        ServerProcess server;
        QVERIFY2(server.start(serverData.path(),
                     {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("600"),
                         QStringLiteral("--seed"), QStringLiteral("24")}),
            qPrintable(server.errorString()));
        QVERIFY2(QTest::qWaitFor([&] { return serverConversationCount(serverData.path()) >= 8; }, 60000),
            "nothing simulated");
        const int port = server.port();
        server.stop(); // Quiet from here on, so the final states can be compared exactly.
        QVERIFY2(server.start(serverData.path(),
                     {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("0")}, port),
            qPrintable(server.errorString()));

        pilothouse::app::AppOptions options;
        options.demo = true;
        options.serverUrl = server.url();
        options.userName = QString::fromLatin1(pilothouse::app::AppOptions::DemoUser);
        options.dataDir = consoleData.path();
        const QString cache = pilothouse::app::AccountPaths(options.dataDir)
                                  .cacheFile(pilothouse::net::TokenStore::accountFor(options.userName, server.url()));
        QVERIFY(writeRandomBytes(cache, 48 * 1024));
        const QByteArray damaged = fileBytes(cache);

        Console console(options);
        console.start();
        QTRY_COMPARE_WITH_TIMEOUT(console.connectionState(), Console::ConnectionState::Connected, 30000);
        const QStringList moved = movedAside(QFileInfo(cache).absolutePath());
        QCOMPARE(moved.size(), 1);
        QCOMPARE(fileBytes(QFileInfo(cache).dir().filePath(moved.constFirst())), damaged);
        const QString banner
            = QStringLiteral("The local cache was damaged. It was moved to %1 and is being rebuilt from the server.")
                  .arg(moved.constFirst());
        // Still the notice after the welcome (which clears connection notices).
        Notices *notices = console.notices();
        QTRY_COMPARE_WITH_TIMEOUT(notices->summary(), banner, 10000);
        QCOMPARE(notices->count(), 1);
        QCOMPARE(notices->highestSeverity(), pilothouse::models::Severity::Warning);

        const World expected = readServer(serverData.path());
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         const World now = readCache(cache);
                         return now.epoch == expected.epoch && now.seq >= expected.seq;
                     },
                     60000),
            "the cache was not rebuilt");
        const World rebuilt = readCache(cache);
        QCOMPARE(rebuilt.status, expected.status);
        QCOMPARE(rebuilt.lastMessage, expected.lastMessage);
        QCOMPARE(rebuilt.messageIds, expected.messageIds);
        QCOMPARE(notices->summary(), banner);
        qInfo("damaged cache of %lld bytes moved to %s; rebuilt: %lld conversations, %lld messages at seq %lld",
            qint64(damaged.size()), qPrintable(moved.constFirst()), qint64(rebuilt.status.size()),
            qint64(rebuilt.messageIds.size()), rebuilt.seq);

        notices->dismiss(notices->index(0).data(Notices::NoticeIdRole).toInt());
        QCOMPARE(notices->count(), 0);
        QVERIFY(notices->summary().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDamagedCache)
#include "tst_damagedcache.moc"
