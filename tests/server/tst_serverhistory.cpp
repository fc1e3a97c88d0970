// The demo's simulated past (issue 11, section 6; server/engine/history.h) on the real
// pilothouse-server: `--demo --history-days 3 --seed 7` gives the same daily facts twice, another
// seed gives others, every past day has traffic with hand-offs, human and AI resolutions and
// ratings, and a restart does not add another past.

#include "serverprocess.h"

#include "app/options.h"

#include "protocol/rest.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QTest>

using namespace pilothouse;
using testing::ServerProcess;

namespace {

constexpr int kDays = 3;

QByteArray finish(QNetworkReply *reply, int *status)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

QString signIn(const QUrl &server)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(server.resolved(QUrl(QStringLiteral("/api/v1/login"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    int status = 0;
    const QByteArray body
        = finish(manager.post(request, R"({"user":"supervisor","password":"supervisor-demo"})"), &status);
    const auto response = protocol::decodeLoginResponse(body.toStdString());
    return response ? QString::fromStdString(response.value().token) : QString();
}

/// Per day, the facts rows as sorted compact JSON texts (the wire order of rows is not part of the contract).
using DayRows = QMap<QString, QStringList>;

struct Facts {
    DayRows days;
    QMap<QString, QMap<QString, qint64>> totals; ///< day -> counter -> sum over the day's rows
};

Facts facts(const QUrl &server, QDate from, QDate to)
{
    Facts out;
    const QString token = signIn(server);
    if (token.isEmpty())
        return out;
    QNetworkAccessManager manager;
    QNetworkRequest request(server.resolved(
        QUrl(QStringLiteral("/api/v1/facts?from=%1&to=%2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)))));
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    int status = 0;
    const QJsonObject body = QJsonDocument::fromJson(finish(manager.get(request), &status)).object();
    if (status != 200)
        return out;
    for (const QJsonValue &value : body.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject row = value.toObject();
        const QString day = row.value(QStringLiteral("day")).toString();
        out.days[day].append(QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact)));
        const QJsonObject counts = row.value(QStringLiteral("counts")).toObject();
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            if (it->isDouble())
                out.totals[day][it.key()] += it->toInteger();
            else if (it.key() == QStringLiteral("revenueCents")) // per window 1/5/7/30 days: the 5 days
                out.totals[day][QStringLiteral("revenueCents5")] += it->toArray().at(1).toInteger();
        }
    }
    for (QStringList &rows : out.days)
        rows.sort();
    return out;
}

QStringList demoArguments(const QString &seed)
{
    // No live traffic: the facts are the history's alone.
    return {QStringLiteral("--demo"), QStringLiteral("--history-days"), QString::number(kDays),
        QStringLiteral("--seed"), seed, QStringLiteral("--simulate"), QStringLiteral("0")};
}

} // namespace

class TestServerHistory : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void optionLimits_data();
    void optionLimits();
    void sameSeedSamePastOtherSeedOther();
};

void TestServerHistory::optionLimits_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("days"); // -1: refused
    QTest::addColumn<double>("perDay");
    const QString demo = QStringLiteral("--demo");
    const QString days = QStringLiteral("--history-days");
    const QString rate = QStringLiteral("--history-rate");
    QTest::newRow("demo default") << QStringList {demo} << 30 << 300.0;
    QTest::newRow("no demo, none") << QStringList {} << 0 << 300.0;
    QTest::newRow("no demo, 0") << QStringList {days, QStringLiteral("0")} << 0 << 300.0;
    QTest::newRow("no demo, 1") << QStringList {days, QStringLiteral("1")} << -1 << 0.0;
    QTest::newRow("0") << QStringList {demo, days, QStringLiteral("0")} << 0 << 300.0;
    QTest::newRow("365") << QStringList {demo, days, QStringLiteral("365")} << 365 << 300.0;
    QTest::newRow("-1") << QStringList {demo, days, QStringLiteral("-1")} << -1 << 0.0;
    QTest::newRow("366") << QStringList {demo, days, QStringLiteral("366")} << -1 << 0.0;
    QTest::newRow("words") << QStringList {demo, days, QStringLiteral("many")} << -1 << 0.0;
    QTest::newRow("rate 1") << QStringList {demo, rate, QStringLiteral("1")} << 30 << 1.0;
    QTest::newRow("rate 5000") << QStringList {demo, rate, QStringLiteral("5000")} << 30 << 5000.0;
    QTest::newRow("rate 0") << QStringList {demo, rate, QStringLiteral("0")} << -1 << 0.0;
    QTest::newRow("rate 5001") << QStringList {demo, rate, QStringLiteral("5001")} << -1 << 0.0;
}

void TestServerHistory::optionLimits()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, days);
    QFETCH(double, perDay);
    const auto parsed = server::parseOptions(
        QStringList {QStringLiteral("pilothouse-server"), QStringLiteral("--data-dir"), QStringLiteral("/tmp/unused")}
        + arguments);
    if (days < 0) {
        QVERIFY(!parsed.options);
        QCOMPARE(parsed.exitCode, 2);
        QVERIFY2(parsed.standardError.contains(QStringLiteral("--history-")), qPrintable(parsed.standardError));
        return;
    }
    QVERIFY2(parsed.options, qPrintable(parsed.standardError));
    QCOMPARE(parsed.options->effectiveHistoryDays(), days);
    QCOMPARE(parsed.options->historyPerDay, perDay);
}

void TestServerHistory::sameSeedSamePastOtherSeedOther()
{
    const QDateTime started = QDateTime::currentDateTimeUtc();
    const QDate today = started.date();
    const QDate first = today.addDays(-kDays);
    // A day whose last conversations were still running when a run ended can differ between runs
    // seconds apart: within 2 h after midnight, yesterday is left out of the comparison.
    const QDate lastStable = started.time().hour() < 2 ? today.addDays(-2) : today.addDays(-1);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    Facts a;
    {
        ServerProcess server;
        const QString data = dir.filePath(QStringLiteral("a"));
        QVERIFY2(server.start(data, demoArguments(QStringLiteral("7"))), qPrintable(server.errorString()));
        a = facts(server.url(), first, today);
        QVERIFY2(!a.days.isEmpty(), "no facts from the first run");
        QCOMPARE(server.stop(), 0);

        // A restart keeps the past it has and writes no other.
        QVERIFY2(server.start(data, demoArguments(QStringLiteral("7"))), qPrintable(server.errorString()));
        const Facts again = facts(server.url(), first, today);
        QCOMPARE(again.days, a.days);
        QCOMPARE(server.stop(), 0);
    }

    qint64 handedOff = 0, humanResolved = 0, aiResolved = 0, rated = 0, humanHandled = 0, humanFirst = 0;
    qint64 sales = 0, qualified = 0, won = 0, lost = 0, revenue = 0;
    for (QDate day = first; day <= today.addDays(-1); day = day.addDays(1)) {
        const auto totals = a.totals.value(day.toString(Qt::ISODate));
        QVERIFY2(totals.value(QStringLiteral("conversations")) > 50,
            qPrintable(QStringLiteral("%1 has %2 conversations")
                           .arg(day.toString(Qt::ISODate))
                           .arg(totals.value(QStringLiteral("conversations")))));
        handedOff += totals.value(QStringLiteral("handedOff"));
        humanResolved += totals.value(QStringLiteral("humanResolved"));
        aiResolved += totals.value(QStringLiteral("aiResolvedLenient"));
        rated += totals.value(QStringLiteral("rated"));
        humanHandled += totals.value(QStringLiteral("humanHandledConversations"));
        humanFirst += totals.value(QStringLiteral("humanFirstResponseCount"));
        sales += totals.value(QStringLiteral("salesConversations"));
        qualified += totals.value(QStringLiteral("qualified"));
        won += totals.value(QStringLiteral("won"));
        lost += totals.value(QStringLiteral("lost"));
        revenue += totals.value(QStringLiteral("revenueCents5"));
    }
    qInfo("past %d days: %lld sales conversations, %lld qualified, %lld won, %lld lost, %lld cents influenced (5 days)",
        kDays, sales, qualified, won, lost, revenue);
    // The past has a sales funnel: stages and orders are recorded by the same engine as live.
    QVERIFY(qualified > 0);
    QVERIFY(won > 0);
    QVERIFY(lost > 0);
    QVERIFY(qualified < sales);
    QVERIFY(revenue > 0);
    qInfo("past %d days: %lld handed off, %lld human-resolved, %lld AI-resolved, %lld rated, %lld handled by a person, "
          "%lld with a human first response",
        kDays, handedOff, humanResolved, aiResolved, rated, humanHandled, humanFirst);
    QVERIFY(handedOff > 0);
    QVERIFY(humanResolved > 0);
    QVERIFY(aiResolved > 0);
    QVERIFY(rated > 0);
    QVERIFY(humanHandled > 0);
    QVERIFY(humanFirst > 0);

    const auto pastDays = [&](const Facts &f) {
        DayRows past;
        for (QDate day = first; day <= lastStable; day = day.addDays(1))
            past.insert(day.toString(Qt::ISODate), f.days.value(day.toString(Qt::ISODate)));
        return past;
    };
    {
        ServerProcess server;
        QVERIFY2(server.start(dir.filePath(QStringLiteral("b")), demoArguments(QStringLiteral("7"))),
            qPrintable(server.errorString()));
        const Facts b = facts(server.url(), first, today);
        QCOMPARE(server.stop(), 0);
        QCOMPARE(pastDays(b), pastDays(a)); // same seed, same past
    }
    {
        ServerProcess server;
        QVERIFY2(server.start(dir.filePath(QStringLiteral("c")), demoArguments(QStringLiteral("8"))),
            qPrintable(server.errorString()));
        const Facts c = facts(server.url(), first, today);
        QCOMPARE(server.stop(), 0);
        QVERIFY(!c.days.isEmpty());
        QVERIFY(pastDays(c) != pastDays(a)); // another seed, another past
    }
}

QTEST_GUILESS_MAIN(TestServerHistory)
#include "tst_serverhistory.moc"
