// The organisation's cost model reaches the console (docs/metrics.md, "Cost model"): against a
// real pilothouse-server on loopback, net::CostModelClient reads and saves it, a supervisor's
// Console.analytics recomputes with it after sign-in and may not save, and an admin's form saves
// a version, is told of a conflicting save, and gets a refused field back under that field.

#include "consolerig.h"
#include "serverprocess.h"

#include "analytics/costmodelwire.h"
#include "insights/analyticsreport.h"
#include "insights/costmodelform.h"
#include "rest/costmodelclient.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pilothouse;
using namespace pilothouse::testing;
using namespace std::chrono_literals;

class TestCostModelFeed : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theOrganisationsModelReachesTheConsole()
    {
        QTemporaryDir dir;
        ServerProcess server;
        QVERIFY2(server.start(dir.filePath(QStringLiteral("server")),
                     {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("0")}),
            qPrintable(server.errorString()));
        const QString admin = signIn(server.url(), QStringLiteral("admin"), QStringLiteral("admin-demo"));
        const QString supervisorToken
            = signIn(server.url(), QStringLiteral("supervisor"), QStringLiteral("supervisor-demo"));
        QVERIFY(!admin.isEmpty() && !supervisorToken.isEmpty());

        // The client on its own: the defaults, then a saved version.
        net::CostModelClient client;
        QSignalSpy fetched(&client, &net::CostModelClient::fetched);
        QSignalSpy saved(&client, &net::CostModelClient::saved);
        QSignalSpy conflict(&client, &net::CostModelClient::conflict);
        QSignalSpy refused(&client, &net::CostModelClient::refused);
        QSignalSpy failed(&client, &net::CostModelClient::failed);
        client.fetch(server.url(), supervisorToken);
        QVERIFY(fetched.wait(10000));
        QCOMPARE(fetched.takeFirst().at(0).value<protocol::CostModelVersion>().version, std::int64_t(0));

        analytics::CostModel euro;
        euro.currency = QStringLiteral("EUR");
        euro.loadedHourlyCost = 45;
        euro.teamSize = 9;
        client.save(server.url(), admin, {0, "first", analytics::toWire(euro)});
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.takeFirst().at(0).value<protocol::CostModelVersion>().version, std::int64_t(1));
        client.save(server.url(), admin, {0, "stale", analytics::toWire(euro)});
        QVERIFY(conflict.wait(10000));
        QCOMPARE(conflict.takeFirst().at(0).value<protocol::CostModelVersion>().author, std::string("admin"));
        analytics::CostModel bad = euro;
        bad.teamSize = 0;
        client.save(server.url(), admin, {1, {}, analytics::toWire(bad)});
        QVERIFY(refused.wait(10000));
        client.save(server.url(), supervisorToken, {1, {}, analytics::toWire(euro)});
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.takeFirst().at(1).toBool(), true); // forbidden

        // A supervisor's console: the organisation's model after sign-in, no saving.
        ConsoleRig supervisor(dir.filePath(QStringLiteral("supervisor.sqlite")), net::Backoff(100ms, 1000ms));
        models::AnalyticsReport &report = *supervisor.account.analytics();
        supervisor.start(server.url(), supervisorToken);
        QVERIFY2(QTest::qWaitFor([&] { return report.organisationVersion() == 1; }, 20000), "no cost model");
        QCOMPARE(report.costModel(), euro);
        QVERIFY(!report.usingLocalCostModel());
        QVERIFY(!report.costModelForm()->canSave());
        QCOMPARE(report.costModelForm()->hourlyCost(), QStringLiteral("45"));
        QVERIFY(!report.costModelForm()->save());

        // An admin's console saves from the form, with a note.
        ConsoleRig adminRig(dir.filePath(QStringLiteral("admin.sqlite")), net::Backoff(100ms, 1000ms));
        models::AnalyticsReport &adminReport = *adminRig.account.analytics();
        models::CostModelForm &form = *adminReport.costModelForm();
        adminRig.start(server.url(), admin);
        QVERIFY2(QTest::qWaitFor([&] { return adminReport.organisationVersion() == 1 && form.canSave(); }, 20000),
            "no cost model for the admin");
        form.setHourlyCost(QStringLiteral("50"));
        form.setNote(QStringLiteral("new rates"));
        QVERIFY(form.save());
        QVERIFY2(QTest::qWaitFor([&] { return adminReport.organisationVersion() == 2; }, 10000),
            qPrintable(form.statusText()));
        QCOMPARE(adminReport.costModel().loadedHourlyCost, 50.0);
        QVERIFY(!form.statusIsError());

        // Someone else saves meanwhile: the next save from the old version is refused, named, and
        // the values typed stay in use, unsaved.
        analytics::CostModel other = adminReport.costModel();
        other.teamSize = 30;
        client.save(server.url(), admin, {2, "elsewhere", analytics::toWire(other)});
        QVERIFY(saved.wait(10000));
        form.setTeamSize(QStringLiteral("7"));
        QVERIFY(form.save());
        QVERIFY2(QTest::qWaitFor([&] { return form.statusIsError() && !form.busy(); }, 10000), "no conflict");
        QVERIFY2(form.statusText().contains(QStringLiteral("admin")), qPrintable(form.statusText()));
        QCOMPARE(adminReport.organisationVersion(), std::int64_t(3));
        QVERIFY(adminReport.usingLocalCostModel());
        QCOMPARE(adminReport.costModel().teamSize, 7);
        QCOMPARE(adminReport.organisationCostModel().teamSize, 30);
        server.stop();

        // Offline, the supervisor's console keeps the organisation's values it last fetched.
        supervisor.account.closeCache();
        ConsoleRig offline(dir.filePath(QStringLiteral("supervisor.sqlite")), net::Backoff(100ms, 1000ms));
        QVERIFY2(QTest::qWaitFor([&] { return offline.account.analytics()->organisationVersion() == 1; }, 10000),
            "offline figures use the built-in cost model");
        QCOMPARE(offline.account.analytics()->costModel(), euro);
    }
};

QTEST_GUILESS_MAIN(TestCostModelFeed)
#include "tst_costmodelfeed.moc"
