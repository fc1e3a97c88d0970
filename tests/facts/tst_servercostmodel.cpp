// The organisation's cost model on the real pilothouse-server on loopback (docs/protocol.md 2.1,
// "Cost model"; docs/metrics.md "Cost model"): who may read and change it, a bad model refused
// field by field, a stale edit refused with who saved meanwhile, every version kept and audited,
// a restart keeping it, and the facts counting orders in its currency.

#include "restclient.h"
#include "serverprocess.h"

#include "analytics/costmodel.h"
#include "analytics/costmodelwire.h"
#include "protocol/costmodel.h"
#include "protocol/facts.h"
#include "protocol/rest.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <set>

using namespace pilothouse;
using analytics::CostModel;
using testing::ServerProcess;

Q_DECLARE_METATYPE(pilothouse::analytics::CostModel)

namespace {

using Reply = pilothouse::testing::HttpReply;
using pilothouse::testing::finish;
using pilothouse::testing::signIn;

QNetworkRequest request(const QUrl &server, const QString &path, const QString &token)
{
    QNetworkRequest request(server.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return request;
}

Reply get(const QUrl &server, const QString &path, const QString &token)
{
    QNetworkAccessManager manager;
    return finish(manager.get(request(server, path, token)));
}

Reply put(const QUrl &server, const QString &token, const QByteArray &body)
{
    QNetworkAccessManager manager;
    return finish(manager.put(request(server, QStringLiteral("/api/v1/cost-model"), token), body));
}

QByteArray update(const CostModel &model, qint64 baseVersion, const std::string &note = {})
{
    return QByteArray::fromStdString(
        protocol::encode(protocol::CostModelUpdate {baseVersion, note, analytics::toWire(model)}));
}

protocol::CostModelVersion current(const QUrl &server, const QString &token)
{
    const Reply reply = get(server, QStringLiteral("/api/v1/cost-model"), token);
    const auto decoded = protocol::decodeCostModelVersion(reply.body.toStdString());
    protocol::CostModelVersion none;
    none.version = -1;
    return reply.status == 200 && decoded ? decoded.value() : none;
}

/// {field/intent: code} of a 422.
std::set<std::string> refusedFields(const Reply &reply)
{
    std::set<std::string> out;
    const auto refusal = protocol::decodeCostModelRefusal(reply.body.toStdString());
    if (!refusal)
        return {"(not a refusal: " + refusal.error().message + ")"};
    for (const auto &f : refusal.value().fields)
        out.insert(f.field + (f.intent.empty() ? "" : "/" + f.intent) + ":" + f.code);
    return out;
}

QString today()
{
    return QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
}

} // namespace

class TestServerCostModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(m_dir.filePath(QStringLiteral("server")),
                     {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("0")}),
            qPrintable(m_server.errorString()));
        m_agent = signIn(m_server.url(), QStringLiteral("agent"));
        m_supervisor = signIn(m_server.url(), QStringLiteral("supervisor"));
        m_admin = signIn(m_server.url(), QStringLiteral("admin"));
        QVERIFY(!m_agent.isEmpty() && !m_supervisor.isEmpty() && !m_admin.isEmpty());
    }

    void theDefaultsUntilSomethingIsSaved()
    {
        const protocol::CostModelVersion defaults = current(m_server.url(), m_supervisor);
        QCOMPARE(defaults.version, std::int64_t(0));
        QCOMPARE(defaults.author, std::string());
        QCOMPARE(analytics::fromWire(defaults.model), CostModel {});
        const Reply versions = get(m_server.url(), QStringLiteral("/api/v1/cost-model/versions"), m_supervisor);
        QCOMPARE(versions.status, 200);
        const auto list = protocol::decodeCostModelVersions(versions.body.toStdString());
        QVERIFY(list);
        QVERIFY(list.value().versions.empty());
    }

    void rbac()
    {
        const QUrl url = m_server.url();
        const CostModel model;
        // Nobody signed in.
        QCOMPARE(get(url, QStringLiteral("/api/v1/cost-model"), QString()).status, 401);
        QCOMPARE(put(url, QString(), update(model, 0)).status, 401);
        // Agents: neither read nor change.
        for (const QString &path :
            {QStringLiteral("/api/v1/cost-model"), QStringLiteral("/api/v1/cost-model/versions")}) {
            const Reply agent = get(url, path, m_agent);
            QCOMPARE(agent.status, 403);
            const auto error = protocol::decodeRestError(agent.body.toStdString());
            QVERIFY(error);
            QCOMPARE(error.value().code, std::string(protocol::errors::Forbidden));
        }
        QCOMPARE(put(url, m_agent, update(model, 0)).status, 403);
        // Supervisors read, and may not change.
        QCOMPARE(get(url, QStringLiteral("/api/v1/cost-model"), m_supervisor).status, 200);
        QCOMPARE(get(url, QStringLiteral("/api/v1/cost-model/versions"), m_supervisor).status, 200);
        const Reply supervisor = put(url, m_supervisor, update(model, 0));
        QCOMPARE(supervisor.status, 403);
        QCOMPARE(current(url, m_admin).version, std::int64_t(0)); // nothing was saved by the refused requests
    }

    void aBadModelIsRefusedFieldByField_data()
    {
        QTest::addColumn<CostModel>("model");
        QTest::addColumn<QStringList>("refused");
        auto with = [](auto change) {
            CostModel model;
            change(model);
            return model;
        };
        const auto list = [](std::initializer_list<const char *> items) {
            QStringList out;
            for (const char *item : items)
                out.append(QString::fromLatin1(item));
            return out;
        };
        QTest::newRow("negative cost") << with([](CostModel &m) { m.loadedHourlyCost = -30; })
                                       << list({"loadedHourlyCost:out_of_range"});
        QTest::newRow("zero cost") << with([](CostModel &m) { m.loadedHourlyCost = 0; })
                                   << list({"loadedHourlyCost:out_of_range"});
        QTest::newRow("cost at the limit")
            << with([](CostModel &m) { m.loadedHourlyCost = CostModel::kMaxHourlyCost; }) << QStringList {};
        QTest::newRow("cost above the limit")
            << with([](CostModel &m) { m.loadedHourlyCost = CostModel::kMaxHourlyCost + 0.01; })
            << list({"loadedHourlyCost:out_of_range"});
        QTest::newRow("absurd cost") << with([](CostModel &m) { m.loadedHourlyCost = 1e300; })
                                     << list({"loadedHourlyCost:out_of_range"});
        QTest::newRow("empty currency") << with([](CostModel &m) { m.currency.clear(); }) << list({"currency:empty"});
        QTest::newRow("not a currency") << with([](CostModel &m) { m.currency = QStringLiteral("dollars"); })
                                        << list({"currency:not_a_currency"});
        QTest::newRow("minutes above the limit")
            << with([](CostModel &m) { m.defaultHandlingMinutes = CostModel::kMaxHandlingMinutes + 1; })
            << list({"defaultHandlingMinutes:out_of_range"});
        QTest::newRow("intent minutes") << with([](CostModel &m) {
            m.handlingMinutesByIntent.insert(QStringLiteral("refund"), -1);
            m.handlingMinutesByIntent.insert(QStringLiteral("shipping"), 12);
            m.handlingMinutesByIntent.insert(QStringLiteral(""), 5);
        }) << list({"handlingMinutesByIntent:empty", "handlingMinutesByIntent/refund:out_of_range"});
        QTest::newRow("free AI is fine") << with([](CostModel &m) { m.aiPricePer1000Tokens = 0; }) << QStringList {};
        QTest::newRow("negative AI price") << with([](CostModel &m) { m.aiPricePer1000Tokens = -0.01; })
                                           << list({"aiPricePer1000Tokens:out_of_range"});
        QTest::newRow("team below, samples above") << with([](CostModel &m) {
            m.teamSize = 0;
            m.minHumanSamples = CostModel::kMaxMinHumanSamples + 1;
        }) << list({"teamSize:out_of_range", "minHumanSamples:out_of_range"});
        QTest::newRow("team at the limits") << with([](CostModel &m) {
            m.teamSize = CostModel::kMaxTeamSize;
            m.minHumanSamples = 1;
        }) << QStringList {};
    }

    void aBadModelIsRefusedFieldByField()
    {
        QFETCH(CostModel, model);
        QFETCH(QStringList, refused);
        const protocol::CostModelVersion before = current(m_server.url(), m_admin);
        const Reply reply = put(m_server.url(), m_admin, update(model, before.version, "limits"));
        if (refused.isEmpty()) {
            QCOMPARE(reply.status, 200);
            QCOMPARE(current(m_server.url(), m_admin).version, before.version + 1);
            return;
        }
        QCOMPARE(reply.status, 422);
        std::set<std::string> want;
        for (const QString &item : refused)
            want.insert(item.toStdString());
        QCOMPARE(refusedFields(reply), want);
        const auto refusal = protocol::decodeCostModelRefusal(reply.body.toStdString());
        QCOMPARE(refusal.value().error.code, std::string(protocol::errors::InvalidValue));
        QCOMPARE(current(m_server.url(), m_admin), before); // nothing saved
    }

    void malformedBodiesAreBadRequests_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("names");
        QJsonObject good = QJsonDocument::fromJson(update(CostModel {}, 0)).object();
        const auto without = [good](const char *member) {
            QJsonObject o = good;
            o.remove(QString::fromLatin1(member));
            return QJsonDocument(o).toJson(QJsonDocument::Compact);
        };
        const auto with = [good](const char *member, const QJsonValue &value) {
            QJsonObject o = good;
            o.insert(QString::fromLatin1(member), value);
            return QJsonDocument(o).toJson(QJsonDocument::Compact);
        };
        QTest::newRow("not JSON") << QByteArray("{\"baseVersion\": ") << QString();
        QTest::newRow("no baseVersion") << without("baseVersion") << QStringLiteral("baseVersion");
        QTest::newRow("no currency") << without("currency") << QStringLiteral("currency");
        QTest::newRow("cost as text") << with("loadedHourlyCost", QStringLiteral("30"))
                                      << QStringLiteral("loadedHourlyCost");
        QTest::newRow("team not whole") << with("teamSize", 1.5) << QStringLiteral("teamSize");
        QTest::newRow("minutes not an object")
            << with("handlingMinutesByIntent", 3) << QStringLiteral("handlingMinutesByIntent");
        QTest::newRow("note too long") << with("note", QString(1001, u'x')) << QStringLiteral("note");
    }

    void malformedBodiesAreBadRequests()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, names);
        const protocol::CostModelVersion before = current(m_server.url(), m_admin);
        const Reply reply = put(m_server.url(), m_admin, body);
        QCOMPARE(reply.status, 400);
        const auto error = protocol::decodeRestError(reply.body.toStdString());
        QVERIFY(error);
        QCOMPARE(error.value().code, std::string(protocol::errors::BadRequest));
        QVERIFY2(error.value().message.find(names.toStdString()) != std::string::npos, error.value().message.c_str());
        QCOMPARE(current(m_server.url(), m_admin), before);
    }

    void versionsConflictsAuditAndRestart()
    {
        const QUrl url = m_server.url();
        const protocol::CostModelVersion base = current(url, m_admin);
        const auto versionsCount = [&] {
            const auto list = protocol::decodeCostModelVersions(
                get(url, QStringLiteral("/api/v1/cost-model/versions"), m_supervisor).body.toStdString());
            return list ? qsizetype(list.value().versions.size()) : qsizetype(-1);
        };
        const qsizetype before = versionsCount();
        QCOMPARE(before, qsizetype(base.version));

        CostModel euro;
        euro.currency = QStringLiteral("EUR");
        euro.loadedHourlyCost = 42.5;
        euro.teamSize = 12;
        euro.handlingMinutesByIntent.insert(QStringLiteral("refund"), 11);
        const qint64 startedAt = QDateTime::currentMSecsSinceEpoch();
        const Reply saved = put(url, m_admin, update(euro, base.version, "Finance figures for 2026"));
        QCOMPARE(saved.status, 200);
        const auto version = protocol::decodeCostModelVersion(saved.body.toStdString());
        QVERIFY(version);
        QCOMPARE(version.value().version, base.version + 1);
        QCOMPARE(version.value().author, std::string("admin"));
        QCOMPARE(version.value().note, std::string("Finance figures for 2026"));
        QVERIFY(version.value().at >= startedAt);
        QCOMPARE(analytics::fromWire(version.value().model), euro);
        QCOMPARE(current(url, m_supervisor), version.value());
        QCOMPARE(versionsCount(), before + 1);

        // An edit from the old version is refused, naming who saved meanwhile: never a silent overwrite.
        CostModel other = euro;
        other.teamSize = 99;
        const Reply stale = put(url, m_admin, update(other, base.version));
        QCOMPARE(stale.status, 409);
        const auto conflict = protocol::decodeCostModelRefusal(stale.body.toStdString());
        QVERIFY(conflict);
        QCOMPARE(conflict.value().error.code, std::string(protocol::errors::Conflict));
        QVERIFY(conflict.value().current);
        QCOMPARE(conflict.value().current->version, version.value().version);
        QCOMPARE(conflict.value().current->author, std::string("admin"));
        QCOMPARE(conflict.value().current->at, version.value().at);
        QCOMPARE(current(url, m_admin), version.value());
        QCOMPARE(versionsCount(), before + 1);

        // The facts count orders in the organisation's currency.
        const Reply facts = get(url, QStringLiteral("/api/v1/facts?from=%1&to=%1").arg(today()), m_supervisor);
        const auto decoded = protocol::decodeFacts(facts.body.toStdString());
        QVERIFY(decoded);
        QCOMPARE(decoded.value().currency, std::string("EUR"));

        // A restart keeps every version; the audit trail says who changed what, when.
        const int port = m_server.port();
        QCOMPARE(m_server.stop(), 0);
        {
            const QString connection = QStringLiteral("audit-check");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
                db.setDatabaseName(m_dir.filePath(QStringLiteral("server/pilothouse-server.sqlite")));
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("SELECT user, role, seq, at, outcome FROM audit"
                                              " WHERE name = 'cost_model.update' ORDER BY seq")));
                qsizetype rows = 0;
                bool found = false;
                while (q.next()) {
                    ++rows;
                    if (q.value(2).toLongLong() == version.value().version) {
                        found = true;
                        QCOMPARE(q.value(0).toString(), QStringLiteral("admin"));
                        QCOMPARE(q.value(1).toString(), QStringLiteral("admin"));
                        QCOMPARE(q.value(3).toLongLong(), version.value().at);
                        QCOMPARE(q.value(4).toString(), QStringLiteral("applied"));
                    }
                }
                QVERIFY(found);
                QCOMPARE(rows, before + 1); // one per saved version, none for refusals
                QVERIFY(q.exec(
                    QStringLiteral("SELECT note FROM cost_models WHERE version = %1").arg(version.value().version)));
                QVERIFY(q.next());
                QCOMPARE(q.value(0).toString(), QStringLiteral("Finance figures for 2026"));
            }
            QSqlDatabase::removeDatabase(connection);
        }
        QVERIFY2(m_server.start(m_dir.filePath(QStringLiteral("server")),
                     {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("0")}, port),
            qPrintable(m_server.errorString()));
        const QString admin = signIn(url, QStringLiteral("admin"));
        QCOMPARE(current(url, admin), version.value());
        const Reply after = get(url, QStringLiteral("/api/v1/facts?from=%1&to=%1").arg(today()), admin);
        QCOMPARE(protocol::decodeFacts(after.body.toStdString()).value().currency, std::string("EUR"));
    }

private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    QString m_agent;
    QString m_supervisor;
    QString m_admin;
};

QTEST_GUILESS_MAIN(TestServerCostModel)
#include "tst_servercostmodel.moc"
