// The conversations behind a figure on the real pilothouse-server (docs/protocol.md 2.1, GET
// /api/v1/facts/conversations): for a simulated run, the list's `total` equals the numerator or
// denominator of the same figure computed from GET /api/v1/facts for the same range and filter;
// only supervisors and admins get it; a bad parameter is a 400 that names it (issue 11).

#include "restclient.h"
#include "serverprocess.h"

#include "analytics/costmodel.h"
#include "analytics/drilldown.h"
#include "analytics/factswire.h"
#include "analytics/metrics.h"
#include "protocol/drilldown.h"
#include "protocol/facts.h"
#include "protocol/rest.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTemporaryDir>
#include <QTest>

using namespace pilothouse;
using namespace pilothouse::analytics;
using pilothouse::testing::ServerProcess;

namespace {

using Reply = pilothouse::testing::HttpReply;
using pilothouse::testing::signIn;

Reply get(const QUrl &server, const QString &token, const QString &pathAndQuery)
{
    return pilothouse::testing::httpGet(server, token, pathAndQuery);
}

QDate today()
{
    return QDateTime::currentDateTimeUtc().date();
}

struct Case {
    const char *name;
    QString query; ///< The filter's query parameters.
    MetricsFilter filter;
};

} // namespace

class TestServerDrillDown : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void totalsEqualTheFiguresOfTheFacts()
    {
        QTemporaryDir dir;
        const QString serverData = dir.filePath(QStringLiteral("server"));
        ServerProcess server;
        QVERIFY2(server.start(serverData,
                     {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("600"),
                         QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--ai-resolve-after-ms"),
                         QStringLiteral("1500"), QStringLiteral("--abandon-after-ms"), QStringLiteral("2500"),
                         QStringLiteral("--facts-debounce-ms"), QStringLiteral("200")}),
            qPrintable(server.errorString()));
        const QString supervisor = signIn(server.url(), QStringLiteral("supervisor"));
        QVERIFY(!supervisor.isEmpty());
        const QDate from = today().addDays(-29);
        const QString range
            = QStringLiteral("from=%1&to=%2").arg(from.toString(Qt::ISODate), today().toString(Qt::ISODate));
        QVERIFY(QTest::qWaitFor(
            [&] {
                const Reply reply = get(server.url(), supervisor,
                    QStringLiteral("/api/v1/facts/conversations?metric=conversations&side=numerator&") + range);
                const auto list = protocol::decodeFactsConversations(reply.body.toStdString());
                return list && list.value().total >= 30;
            },
            60000));
        // Under live traffic (facts folded again from the touched days only): whenever the facts
        // and the list come from the same fold, they agree.
        int agreed = 0;
        for (int attempt = 0; attempt < 60 && agreed < 5; ++attempt) {
            const Metric metric = attempt % 2 ? Metric::HandOffRate : Metric::AiResolutionLenient;
            const DrillSide side = attempt % 3 ? DrillSide::Denominator : DrillSide::Numerator;
            const auto before = protocol::decodeFacts(
                get(server.url(), supervisor, QStringLiteral("/api/v1/facts?") + range).body.toStdString());
            const auto list = protocol::decodeFactsConversations(get(server.url(), supervisor,
                QStringLiteral("/api/v1/facts/conversations?metric=%1&side=%2&")
                        .arg(QString::fromUtf8(metricName(metric).data()), QString::fromUtf8(sideName(side).data()))
                    + range)
                                                                     .body.toStdString());
            QVERIFY(before && list);
            if (before.value().asOf != list.value().asOf) {
                QTest::qWait(50);
                continue;
            }
            QList<DayFacts> rows;
            for (const protocol::FactsRow &wire : before.value().rows) {
                DayFacts row;
                QVERIFY(fromWire(wire, row));
                rows.append(row);
            }
            MetricsFilter all;
            all.from = from;
            all.to = today();
            const MetricValue figure = computeMetrics(rows, all, CostModel {}).current[metric];
            QCOMPARE(double(list.value().total), side == DrillSide::Numerator ? figure.numerator : figure.denominator);
            ++agreed;
            QTest::qWait(300);
        }
        QVERIFY2(agreed >= 5, "the facts and the list never came from the same fold");

        QTest::qWait(3000); // let conversations close
        const int port = server.port();
        QCOMPARE(server.stop(), 0);
        // A quiet restart: facts and lists come from one computation of the tables the run wrote.
        QVERIFY2(server.start(
                     serverData, {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("0")}, port),
            qPrintable(server.errorString()));
        const QString admin = signIn(server.url(), QStringLiteral("admin"));

        MetricsFilter all;
        all.from = from;
        all.to = today();
        MetricsFilter chat = all;
        chat.channels = {protocol::Channel::Chat, protocol::Channel::Email};
        MetricsFilter sales = all;
        sales.kind = protocol::ConversationKind::Sales;
        MetricsFilter vip = all;
        vip.vip = true;
        const QList<Case> cases
            = {{"everything", QString(), all}, {"chat and email", QStringLiteral("&channel=chat,email"), chat},
                {"sales", QStringLiteral("&kind=sales"), sales}, {"VIP", QStringLiteral("&vip=true"), vip}};

        int compared = 0;
        qint64 largest = 0;
        for (const Case &c : cases) {
            const Reply factsReply = get(server.url(), admin, QStringLiteral("/api/v1/facts?") + range);
            QCOMPARE(factsReply.status, 200);
            const auto served = protocol::decodeFacts(factsReply.body.toStdString());
            QVERIFY(served);
            QList<DayFacts> rows;
            for (const protocol::FactsRow &wire : served.value().rows) {
                DayFacts row;
                QVERIFY(fromWire(wire, row));
                rows.append(row);
            }
            const PeriodMetrics figures = computeMetrics(rows, c.filter, CostModel {}).current;
            for (std::size_t m = 0; m < kMetricCount; ++m) {
                for (DrillSide side : {DrillSide::Numerator, DrillSide::Denominator}) {
                    const QString query = QStringLiteral("/api/v1/facts/conversations?metric=%1&side=%2&")
                                              .arg(QString::fromUtf8(metricName(Metric(m)).data()),
                                                  QString::fromUtf8(sideName(side).data()))
                        + range + c.query;
                    const Reply reply = get(server.url(), admin, query);
                    QVERIFY2(reply.status == 200, qPrintable(query));
                    const auto list = protocol::decodeFactsConversations(reply.body.toStdString());
                    QVERIFY2(list, list ? "" : list.error().message.c_str());
                    const protocol::FactsConversations &body = list.value();
                    QCOMPARE(body.asOf, served.value().asOf); // the same computation
                    QCOMPARE(body.metric, std::string(metricName(Metric(m))));
                    QCOMPARE(qint64(body.conversations.size()), std::min<qint64>(body.total, 1000));
                    QCOMPARE(body.truncated, body.total > 1000);
                    for (std::size_t i = 1; i < body.conversations.size(); ++i)
                        QVERIFY(body.conversations[i - 1].createdAt >= body.conversations[i].createdAt);
                    for (const protocol::FactsConversation &item : body.conversations) {
                        QVERIFY(!c.filter.kind || item.kind == *c.filter.kind);
                        QVERIFY(c.filter.channels.isEmpty() || c.filter.channels.contains(item.channel));
                        QVERIFY(outcomeFromName(item.outcome).has_value());
                    }
                    const MetricValue figure = figures[Metric(m)];
                    const double number = side == DrillSide::Numerator ? figure.numerator : figure.denominator;
                    if (membershipOf(Metric(m), side) == Membership::Count) {
                        QCOMPARE(body.membership, std::string("count"));
                        QVERIFY2(double(body.total) == number,
                            qPrintable(QStringLiteral("%1: %2 listed, the figure says %3")
                                           .arg(query)
                                           .arg(body.total)
                                           .arg(number)));
                        ++compared;
                    } else if (number == 0 && membershipOf(Metric(m), side) == Membership::Contributors) {
                        QCOMPARE(body.total, 0); // nothing adds to it, nobody is behind it
                    }
                    largest = std::max<qint64>(largest, body.total);
                }
            }
        }
        QVERIFY(compared > 40);
        QVERIFY(largest >= 30);
    }

    void onlySupervisorsAndAdminsAndBadParameters()
    {
        QTemporaryDir dir;
        ServerProcess server;
        QVERIFY2(server.start(dir.filePath(QStringLiteral("server")),
                     {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("0")}),
            qPrintable(server.errorString()));
        const QString ok
            = QStringLiteral("/api/v1/facts/conversations?metric=handOffRate&side=denominator&from=%1&to=%2")
                  .arg(today().addDays(-6).toString(Qt::ISODate), today().toString(Qt::ISODate));
        QCOMPARE(get(server.url(), QString(), ok).status, 401);
        const Reply agent = get(server.url(), signIn(server.url(), QStringLiteral("agent")), ok);
        QCOMPARE(agent.status, 403);
        const auto refusal = protocol::decodeRestError(agent.body.toStdString());
        QVERIFY(refusal);
        QCOMPARE(refusal.value().code, std::string(protocol::errors::Forbidden));
        const QString supervisor = signIn(server.url(), QStringLiteral("supervisor"));
        QCOMPARE(get(server.url(), supervisor, ok).status, 200);

        const QString base = QStringLiteral("/api/v1/facts/conversations?");
        const struct {
            QString query;
            const char *names;
        } bad[] = {
            {QStringLiteral("side=numerator&from=2026-01-01&to=2026-01-02"), "\"metric\""},
            {QStringLiteral("metric=AiResolutionStrict&side=numerator&from=2026-01-01&to=2026-01-02"), "\"metric\""},
            {QStringLiteral("metric=containment&side=top&from=2026-01-01&to=2026-01-02"), "\"side\""},
            {QStringLiteral("metric=containment&side=numerator&to=2026-01-02"), "\"from\""},
            {QStringLiteral("metric=containment&side=numerator&from=2026-01-01&to=2026-02-30"), "\"to\""},
            {QStringLiteral("metric=containment&side=numerator&from=2026-01-02&to=2026-01-01"), "\"to\""},
            {QStringLiteral("metric=containment&side=numerator&from=2024-01-01&to=2025-01-01"), "\"to\""},
            {QStringLiteral("metric=containment&side=numerator&from=2026-01-01&to=2026-01-02&channel=fax"),
                "\"channel\""},
            {QStringLiteral("metric=containment&side=numerator&from=2026-01-01&to=2026-01-02&kind=x"), "\"kind\""},
            {QStringLiteral("metric=containment&side=numerator&from=2026-01-01&to=2026-01-02&vip=1"), "\"vip\""},
            {QStringLiteral("metric=revenueInfluenced&side=numerator&from=2026-01-01&to=2026-01-02&window=3"),
                "\"window\""},
        };
        for (const auto &item : bad) {
            const Reply reply = get(server.url(), supervisor, base + item.query);
            QVERIFY2(reply.status == 400, qPrintable(item.query));
            const auto error = protocol::decodeRestError(reply.body.toStdString());
            QVERIFY(error);
            QCOMPARE(error.value().code, std::string(protocol::errors::BadRequest));
            QVERIFY2(error.value().message.find(item.names) != std::string::npos, error.value().message.c_str());
        }
        QCOMPARE(
            get(server.url(), supervisor,
                base
                    + QStringLiteral("metric=revenueInfluenced&side=numerator&from=2026-01-01&to=2026-01-02&window=30"))
                .status,
            200);
    }
};

QTEST_GUILESS_MAIN(TestServerDrillDown)
#include "tst_serverdrilldown.moc"
