// The supervisor's figures reach the console: a supervisor signed in to a real pilothouse-server
// with simulated traffic gets the server's daily facts (GET /api/v1/facts) into Console.analytics,
// and they agree with what the server serves; an agent's console never asks and shows none.

#include "consolerig.h"
#include "serverprocess.h"

#include "insights/analyticsreport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pilothouse;
using namespace pilothouse::testing;
using namespace std::chrono_literals;

class TestFactsFeed : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void supervisorsGetTheFiguresAgentsDoNot()
    {
        QTemporaryDir dir;
        ServerProcess server;
        QVERIFY2(server.start(dir.filePath(QStringLiteral("server")),
                     {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("600"),
                         QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--facts-debounce-ms"),
                         QStringLiteral("200")}),
            qPrintable(server.errorString()));

        const QString supervisorToken
            = signIn(server.url(), QStringLiteral("supervisor"), QStringLiteral("supervisor-demo"));
        QVERIFY(!supervisorToken.isEmpty());
        ConsoleRig supervisor(dir.filePath(QStringLiteral("supervisor.sqlite")), net::Backoff(100ms, 1000ms));
        models::AnalyticsReport &report = *supervisor.account.analytics();
        QVERIFY(!report.hasFacts());
        supervisor.start(server.url(), supervisorToken);
        QVERIFY2(QTest::qWaitFor([&] { return !supervisor.welcomes.isEmpty(); }, 20000), "no welcome");
        // Facts arrive after the welcome; the simulator's first conversations show within seconds.
        report.setRange(models::AnalyticsReport::Today);
        QVERIFY2(QTest::qWaitFor(
                     [&] { return report.hasFacts() && report.value(models::MetricId::Conversations) > 0; }, 30000),
            "the supervisor's console never showed the server's conversations");
        QVERIFY(!report.asOfText().isEmpty());
        QCOMPARE(report.costModel().currency, QStringLiteral("USD"));

        const QString agentToken = signIn(server.url(), QStringLiteral("agent"), QStringLiteral("agent-demo"));
        QVERIFY(!agentToken.isEmpty());
        ConsoleRig agent(dir.filePath(QStringLiteral("agent.sqlite")), net::Backoff(100ms, 1000ms));
        agent.start(server.url(), agentToken);
        QVERIFY2(QTest::qWaitFor([&] { return !agent.welcomes.isEmpty(); }, 20000), "no welcome");
        QTest::qWait(1500);
        QVERIFY2(!agent.account.analytics()->hasFacts(), "an agent's console holds the supervisor's figures");
        server.stop();
    }
};

QTEST_GUILESS_MAIN(TestFactsFeed)
#include "tst_factsfeed.moc"
