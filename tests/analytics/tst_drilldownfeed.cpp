// The conversations behind a figure, end to end (issue 11): a supervisor's console against a real
// pilothouse-server on loopback asks GET /api/v1/facts/conversations for the report's period and
// filter through the account's REST client; the totals equal the figure the console computed
// from the facts the server sent it, conversations the cache holds are named and open, and when
// the server is gone the list says it needs a connection.

#include "consolerig.h"
#include "serverprocess.h"

#include "board/boardmodel.h"
#include "insights/analyticsreport.h"
#include "insights/conversationsbehindmodel.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pilothouse;
using namespace pilothouse::testing;
using namespace std::chrono_literals;
using models::ConversationsBehindModel;

class TestDrillDownFeed : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theListBehindAFigureReachesTheConsole()
    {
        QTemporaryDir dir;
        const QString serverData = dir.filePath(QStringLiteral("server"));
        ServerProcess server;
        QVERIFY2(server.start(serverData,
                     {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("600"),
                         QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--ai-resolve-after-ms"),
                         QStringLiteral("1500"), QStringLiteral("--abandon-after-ms"), QStringLiteral("2500"),
                         QStringLiteral("--facts-debounce-ms"), QStringLiteral("200")}),
            qPrintable(server.errorString()));
        QTest::qWait(6000); // some traffic, and time for conversations to close
        const int port = server.port();
        QCOMPARE(server.stop(), 0);
        // A quiet restart: the facts the console gets and the lists it asks for are one computation.
        QVERIFY2(server.start(
                     serverData, {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("0")}, port),
            qPrintable(server.errorString()));
        const QString token = signIn(server.url(), QStringLiteral("supervisor"), QStringLiteral("supervisor-demo"));
        QVERIFY(!token.isEmpty());

        ConsoleRig rig(dir.filePath(QStringLiteral("supervisor.sqlite")), net::Backoff(100ms, 1000ms));
        models::AnalyticsReport &report = *rig.account.analytics();
        rig.start(server.url(), token);
        QVERIFY2(QTest::qWaitFor([&] { return report.hasFacts() && rig.workspace.conversationCount() > 0; }, 30000),
            "no facts or no board");
        report.setRange(models::AnalyticsReport::Last7Days);
        const double conversations = report.report().current[analytics::Metric::Conversations].numerator;
        QVERIFY(conversations >= 5);

        ConversationsBehindModel &list = *report.conversationsBehind();
        for (auto metric : {models::MetricId::Conversations, models::MetricId::HandOffRate,
                 models::MetricId::AiResolutionLenient, models::MetricId::CsatResponseRate}) {
            list.open(metric);
            QVERIFY(QTest::qWaitFor([&] { return list.numeratorTotal() >= 0 && list.denominatorTotal() >= 0; }, 20000));
            const analytics::MetricValue figure = report.report().current[analytics::Metric(metric)];
            QCOMPARE(double(list.numeratorTotal()), figure.numerator);
            if (metric != models::MetricId::Conversations) // its denominator is 1: every conversation
                QCOMPARE(double(list.denominatorTotal()), figure.denominator);
            QCOMPARE(list.state(), ConversationsBehindModel::Ready);
        }

        // Every conversation of the week: those the cache holds are named and open.
        list.open(models::MetricId::Conversations);
        QVERIFY(QTest::qWaitFor([&] { return list.state() == ConversationsBehindModel::Ready; }, 20000));
        QCOMPARE(list.rowCount(), int(conversations));
        int cached = 0;
        for (int row = 0; row < list.rowCount(); ++row) {
            const QModelIndex index = list.index(row);
            if (!index.data(ConversationsBehindModel::CachedRole).toBool())
                continue;
            ++cached;
            const QString id = index.data(ConversationsBehindModel::ConversationIdRole).toString();
            QCOMPARE(list.conversationToOpen(row), id);
            const auto *record = rig.workspace.board()->conversation(id);
            QVERIFY(record);
            const auto *customer = rig.workspace.board()->customer(record->customerId);
            if (customer && !customer->name.isEmpty())
                QCOMPARE(index.data(ConversationsBehindModel::CustomerRole).toString(), customer->name);
        }
        QVERIFY(cached > 0);

        // The server goes away: the list says it needs it.
        QCOMPARE(server.stop(), 0);
        list.retry();
        QVERIFY(QTest::qWaitFor([&] { return list.state() == ConversationsBehindModel::Failed; }, 40000));
        QVERIFY2(list.errorText().contains(QStringLiteral("needs a connection to the server")),
            qPrintable(list.errorText()));
    }
};

QTEST_MAIN(TestDrillDownFeed)
#include "tst_drilldownfeed.moc"
