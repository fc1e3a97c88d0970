// The supervisor's figures reach the console over the stream (docs/protocol.md section 7.1): a
// supervisor signed in to a real pilothouse-server with simulated traffic gets the server's daily
// facts into Console.analytics as `facts` frames, keeps them through reconnects in the middle of
// the traffic, holds exactly the server's facts (GET /api/v1/facts) once the link settles, and
// shows them offline from the cache with their time. An agent's console holds none, and a cache a
// supervisor filled forgets them when its user signs in as an agent.

#include "consolerig.h"
#include "serverprocess.h"

#include "analytics/factsledger.h"
#include "analytics/factswire.h"
#include "insights/analyticsreport.h"
#include "protocol/facts.h"
#include "store/factscache.h"
#include "store/localstore.h"

#include <QDateTime>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace pilothouse;
using namespace pilothouse::testing;
using namespace std::chrono_literals;

namespace {

/// The server's facts of its whole window, over REST.
std::optional<protocol::Facts> serverFacts(const QUrl &server, const QString &token)
{
    const QDate today = QDateTime::currentDateTimeUtc().date();
    QNetworkAccessManager manager;
    QNetworkRequest request(
        server.resolved(QUrl(QStringLiteral("/api/v1/facts?from=%1&to=%2")
                                 .arg(today.addDays(-179).toString(Qt::ISODate), today.toString(Qt::ISODate)))));
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = manager.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    auto decoded = protocol::decodeFacts(body.toStdString());
    return decoded ? std::optional(decoded.value()) : std::nullopt;
}

/// What the console's cache file holds (read on this thread with a connection of its own).
std::optional<protocol::Facts> cachedFacts(const QString &path)
{
    models::LocalStore store;
    if (!store.open(path))
        return std::nullopt;
    models::FactsCache cache(store.database());
    return cache.load();
}

/// Rows keyed and ordered, for comparing two sources.
std::vector<protocol::FactsRow> ordered(std::vector<protocol::FactsRow> rows)
{
    std::sort(rows.begin(), rows.end(), [](const protocol::FactsRow &a, const protocol::FactsRow &b) {
        return std::tie(a.day, a.channel, a.kind, a.intent, a.segment, a.language, a.vip)
            < std::tie(b.day, b.channel, b.kind, b.intent, b.segment, b.language, b.vip);
    });
    return rows;
}

qint64 conversations(const std::vector<protocol::FactsRow> &rows)
{
    qint64 sum = 0;
    for (const auto &row : rows)
        sum += row.counts.conversations;
    return sum;
}

} // namespace

class TestFactsFeed : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theConsoleHoldsTheServersFactsThroughReconnectsAndOffline()
    {
        QTemporaryDir dir;
        const QString serverDir = dir.filePath(QStringLiteral("server"));
        const QString cache = dir.filePath(QStringLiteral("supervisor.sqlite"));
        const QStringList busy
            = {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("600"), QStringLiteral("--seed"),
                QStringLiteral("5"), QStringLiteral("--facts-debounce-ms"), QStringLiteral("200")};
        ServerProcess server;
        QVERIFY2(server.start(serverDir, busy), qPrintable(server.errorString()));
        const int port = server.port();
        QString token = signIn(server.url(), QStringLiteral("supervisor"), QStringLiteral("supervisor-demo"));
        QVERIFY(!token.isEmpty());

        qint64 seenBeforeKill = 0;
        {
            ConsoleRig supervisor(cache, net::Backoff(100ms, 500ms));
            models::AnalyticsReport &report = *supervisor.account.analytics();
            QVERIFY(!report.hasFacts());
            report.setRange(models::AnalyticsReport::Today);
            supervisor.start(server.url(), token);
            QVERIFY2(QTest::qWaitFor(
                         [&] { return report.hasFacts() && report.value(models::MetricId::Conversations) > 0; }, 30000),
                "the supervisor's console never showed the server's conversations");
            QVERIFY(!report.asOfText().isEmpty());
            // Live changes follow without asking: the figure grows with the traffic.
            seenBeforeKill = qint64(report.value(models::MetricId::Conversations));
            QVERIFY2(QTest::qWaitFor(
                         [&] { return report.value(models::MetricId::Conversations) > double(seenBeforeKill); }, 20000),
                "the figures did not follow live traffic");
            seenBeforeKill = qint64(report.value(models::MetricId::Conversations));

            // The server dies in the middle of the traffic and comes back busy: the console resumes.
            server.kill();
            QVERIFY2(server.start(serverDir, busy, port), qPrintable(server.errorString()));
            QVERIFY2(QTest::qWaitFor([&] { return supervisor.welcomes.size() >= 2; }, 30000), "no second welcome");
            QTest::qWait(2000);
            QVERIFY(server.stop() == 0);

            // Quiet now: what the server serves no longer moves, and the console must hold exactly it.
            QVERIFY2(server.start(serverDir,
                         {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("0")}, port),
                qPrintable(server.errorString()));
            QVERIFY2(QTest::qWaitFor([&] { return supervisor.welcomes.size() >= 3; }, 30000), "no third welcome");
            const auto served = serverFacts(server.url(), token);
            QVERIFY(served);
            QVERIFY(conversations(served->rows) >= seenBeforeKill);
            QVERIFY2(QTest::qWaitFor(
                         [&] {
                             const auto held = cachedFacts(cache);
                             return held && held->asOf == served->asOf && ordered(held->rows) == ordered(served->rows);
                         },
                         20000),
                "the console's cache does not hold the server's facts");
            // The cache is written on the io thread first; the report follows on the GUI thread.
            const qint64 servedToday = [&] {
                qint64 today = 0;
                const std::string day = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate).toStdString();
                for (const auto &row : served->rows)
                    today += row.day == day ? row.counts.conversations : 0;
                return today;
            }();
            QTRY_COMPARE_WITH_TIMEOUT(qint64(report.value(models::MetricId::Conversations)), servedToday, 10000);
            server.stop();
        }

        // Offline (no server at all): the pages show the cached figures and when they are from.
        {
            ConsoleRig offline(cache, net::Backoff(100ms, 500ms));
            models::AnalyticsReport &report = *offline.account.analytics();
            report.setRange(models::AnalyticsReport::Last7Days);
            QVERIFY2(QTest::qWaitFor([&] { return report.hasFacts(); }, 10000), "offline shows no figures");
            QVERIFY(report.value(models::MetricId::Conversations) >= double(seenBeforeKill));
            QVERIFY(!report.asOfText().isEmpty());
        }

        // The same cache signed in as an agent (a demoted supervisor): the figures are forgotten.
        QVERIFY(server.start(
            serverDir, {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("0")}, port));
        const QString agentToken = signIn(server.url(), QStringLiteral("agent"), QStringLiteral("agent-demo"));
        QVERIFY(!agentToken.isEmpty());
        {
            ConsoleRig agent(cache, net::Backoff(100ms, 500ms));
            QVERIFY2(QTest::qWaitFor([&] { return agent.account.analytics()->hasFacts(); }, 10000),
                "the cached figures did not load");
            agent.start(server.url(), agentToken);
            QVERIFY2(QTest::qWaitFor([&] { return !agent.welcomes.isEmpty(); }, 20000), "no welcome");
            QVERIFY2(QTest::qWaitFor([&] { return !agent.account.analytics()->hasFacts(); }, 5000),
                "an agent's console shows the supervisor's figures");
            QVERIFY2(QTest::qWaitFor(
                         [&] {
                             const auto held = cachedFacts(cache);
                             return held && held->rows.empty();
                         },
                         5000),
                "an agent's cache keeps the supervisor's figures");
            QTest::qWait(1500); // and none arrive
            QVERIFY(!agent.account.analytics()->hasFacts());
        }
        server.stop();
    }
};

QTEST_GUILESS_MAIN(TestFactsFeed)
#include "tst_factsfeed.moc"
