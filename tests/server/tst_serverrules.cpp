// The escalation rule set on the real pilothouse-server on loopback (docs/config.md,
// docs/protocol.md 2.1 "Configuration documents"): version 0 until someone publishes, who may read
// and change it, every bad field refused at once, two editors never overwriting each other,
// publish and rollback, the audit rows, a restart keeping it all, and the agent deciding by what
// was published from the next customer message on.

#include "restclient.h"
#include "serverprocess.h"

#include "tuning/rulesetjson.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <set>

using namespace pilothouse;
using namespace Qt::StringLiterals;
using nlohmann::json;
using testing::finish;
using testing::HttpReply;
using testing::ServerProcess;
using testing::signIn;

namespace {

enum class Verb { Get, Put, Post };

HttpReply send(const QUrl &server, Verb verb, const QString &path, const QString &token, const json &body = {})
{
    QNetworkAccessManager manager;
    QNetworkRequest request(server.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    const QByteArray bytes = QByteArray::fromStdString(body.is_null() ? std::string("{}") : body.dump());
    switch (verb) {
    case Verb::Get:
        return finish(manager.get(request));
    case Verb::Put:
        return finish(manager.put(request, bytes));
    case Verb::Post:
        return finish(manager.post(request, bytes));
    }
    return {};
}

json parsed(const HttpReply &reply)
{
    return json::parse(reply.body.toStdString(), nullptr, false);
}

/// The built-in rule set with `rule` in front of everything, guardrails included.
json withFirst(const json &rule)
{
    json doc = json::parse(tuning::toJson(tuning::defaultRuleSet()));
    doc["rules"].insert(doc["rules"].begin(), rule);
    return doc;
}

/// A rule every customer message meets.
json always(const std::string &id, const std::string &action)
{
    return {{"id", id}, {"name", "Every message (" + id + ")"},
        {"when", json::array({{{"fact", "confidence"}, {"op", "at_or_above"}, {"value", 0}}})},
        {"then", {{"action", action}, {"reason", "vip"}, {"priority", 3}}}};
}

const QString kRules = QStringLiteral("/api/v1/config/rules");

} // namespace

class TestServerRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        startServer({QStringLiteral("--simulate"), QStringLiteral("0")});
    }

    void versionZeroIsTheBuiltInSet()
    {
        const HttpReply reply = send(url(), Verb::Get, kRules, m_agent);
        QCOMPARE(reply.status, 200);
        const json v = parsed(reply);
        QCOMPARE(v["version"].get<int>(), 0);
        QCOMPARE(v["document"].get<std::string>(), std::string("rules"));
        QVERIFY(v["body"] == json::parse(tuning::toJson(tuning::defaultRuleSet())));
        const json list = parsed(send(url(), Verb::Get, kRules + QStringLiteral("/versions"), m_agent));
        QCOMPARE(list["versions"].size(), std::size_t(1));
        const json draft = parsed(send(url(), Verb::Get, kRules + QStringLiteral("/draft"), m_supervisor));
        QCOMPARE(draft["revision"].get<int>(), 0);
        QCOMPARE(draft["basedOn"].get<int>(), 0);
    }

    void whoMayDoWhat_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<int>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        const auto row = [](const char *who, Verb verb, const char *path, int status) {
            QTest::addRow("%s %d %s", who, int(verb), path)
                << QString::fromLatin1(who) << int(verb) << QString::fromLatin1(path) << status;
        };
        for (const char *who : {"nobody", "agent", "supervisor", "admin"}) {
            const bool signedIn = std::string_view(who) != "nobody";
            const bool editor = signedIn && std::string_view(who) != "agent";
            row(who, Verb::Get, "", signedIn ? 200 : 401);
            row(who, Verb::Get, "/versions", signedIn ? 200 : 401);
            row(who, Verb::Get, "/draft", editor ? 200 : signedIn ? 403 : 401);
            // Editors get past the door and are refused by the body ({} is not a valid request).
            row(who, Verb::Put, "/draft", editor ? 400 : signedIn ? 403 : 401);
            row(who, Verb::Post, "/publish", editor ? 400 : signedIn ? 403 : 401);
            row(who, Verb::Post, "/rollback", editor ? 400 : signedIn ? 403 : 401);
        }
        QTest::newRow("unknown document") << "agent" << int(Verb::Get) << "/../voice" << 404;
    }
    void whoMayDoWhat()
    {
        QFETCH(QString, who);
        QFETCH(int, verb);
        QFETCH(QString, path);
        QFETCH(int, status);
        const QString token = who == u"agent"_s ? m_agent
            : who == u"supervisor"_s            ? m_supervisor
            : who == u"admin"_s                 ? m_admin
                                                : QString();
        const QString full = path.startsWith(u"/.."_s) ? QStringLiteral("/api/v1/config/voice") : kRules + path;
        const HttpReply reply = send(url(), Verb(verb), full, token);
        QCOMPARE(reply.status, status);
        if (status != 200)
            QVERIFY(!parsed(reply)["error"]["message"].get<std::string>().empty());
    }

    void everyBadFieldIsNamed()
    {
        json doc = withFirst(always("everything", "hand_over"));
        doc["rules"][0]["when"][0]["value"] = 2;
        doc["rules"][1]["enabled"] = false; // the self-harm guardrail
        const HttpReply reply
            = send(url(), Verb::Put, kRules + QStringLiteral("/draft"), m_supervisor, {{"revision", 0}, {"body", doc}});
        QCOMPARE(reply.status, 422);
        const json error = parsed(reply)["error"];
        QCOMPARE(error["code"].get<std::string>(), std::string("invalid_value"));
        std::set<std::string> fields;
        for (const auto &f : error["fields"])
            fields.insert(f["field"].get<std::string>() + ":" + f["code"].get<std::string>());
        QCOMPARE(fields,
            (std::set<std::string> {"rules[0].when[0].value:out_of_range", "rules[1].enabled:guardrail_changed"}));
        // Nothing was saved.
        QCOMPARE(
            parsed(send(url(), Verb::Get, kRules + QStringLiteral("/draft"), m_supervisor))["revision"].get<int>(), 0);
    }

    void twoEditorsNeverOverwriteEachOther()
    {
        const json mine = withFirst(always("supervisor-rule", "hand_over"));
        const HttpReply saved = send(
            url(), Verb::Put, kRules + QStringLiteral("/draft"), m_supervisor, {{"revision", 0}, {"body", mine}});
        QCOMPARE(saved.status, 200);
        QCOMPARE(parsed(saved)["revision"].get<int>(), 1);
        QCOMPARE(parsed(saved)["author"].get<std::string>(), std::string("supervisor"));

        // The admin edited from revision 0 too: refused, told who saved, shown the draft as it is.
        const json theirs = withFirst(always("admin-rule", "hand_over"));
        const HttpReply late
            = send(url(), Verb::Put, kRules + QStringLiteral("/draft"), m_admin, {{"revision", 0}, {"body", theirs}});
        QCOMPARE(late.status, 409);
        const json error = parsed(late)["error"];
        QCOMPARE(error["code"].get<std::string>(), std::string("conflict"));
        QVERIFY(error["message"].get<std::string>().find("revision 1 by supervisor") != std::string::npos);
        QCOMPARE(error["draft"]["revision"].get<int>(), 1);
        QCOMPARE(error["draft"]["body"]["rules"][0]["id"].get<std::string>(), std::string("supervisor-rule"));

        // Publishing an older revision than the draft's is refused the same way.
        QCOMPARE(send(url(), Verb::Post, kRules + QStringLiteral("/publish"), m_admin, {{"revision", 0}}).status, 409);
    }

    void publishAndRollBack()
    {
        const HttpReply published = send(url(), Verb::Post, kRules + QStringLiteral("/publish"), m_supervisor,
            {{"revision", 1}, {"note", "Everything to people for the launch"}});
        QCOMPARE(published.status, 200);
        const json v1 = parsed(published);
        QCOMPARE(v1["version"].get<int>(), 1);
        QCOMPARE(v1["author"].get<std::string>(), std::string("supervisor"));
        QCOMPARE(v1["note"].get<std::string>(), std::string("Everything to people for the launch"));
        QCOMPARE(v1["body"]["rules"][0]["id"].get<std::string>(), std::string("supervisor-rule"));
        QCOMPARE(parsed(send(url(), Verb::Get, kRules, m_agent))["version"].get<int>(), 1);

        // The draft moved to the published body at a new revision; publishing it again changes nothing.
        const json draft = parsed(send(url(), Verb::Get, kRules + QStringLiteral("/draft"), m_admin));
        QCOMPARE(draft["revision"].get<int>(), 2);
        QCOMPARE(draft["basedOn"].get<int>(), 1);
        QCOMPARE(send(url(), Verb::Post, kRules + QStringLiteral("/publish"), m_admin, {{"revision", 2}}).status, 422);

        // Rollback: a stale idea of the current version is refused, an unknown version is 404.
        QCOMPARE(send(url(), Verb::Post, kRules + QStringLiteral("/rollback"), m_admin,
                     {{"version", 0}, {"currentVersion", 0}})
                     .status,
            409);
        QCOMPARE(send(url(), Verb::Post, kRules + QStringLiteral("/rollback"), m_admin,
                     {{"version", 99}, {"currentVersion", 1}})
                     .status,
            404);
        const HttpReply back = send(url(), Verb::Post, kRules + QStringLiteral("/rollback"), m_admin,
            {{"version", 0}, {"currentVersion", 1}, {"note", "Back to the defaults"}});
        QCOMPARE(back.status, 200);
        const json v2 = parsed(back);
        QCOMPARE(v2["version"].get<int>(), 2);
        QCOMPARE(v2["restoredFrom"].get<int>(), 0);
        QVERIFY(v2["body"] == json::parse(tuning::toJson(tuning::defaultRuleSet())));

        const json list = parsed(send(url(), Verb::Get, kRules + QStringLiteral("/versions"), m_agent));
        std::vector<int> numbers;
        for (const auto &v : list["versions"])
            numbers.push_back(v["version"].get<int>());
        QCOMPARE(numbers, (std::vector<int> {2, 1, 0}));
    }

    void everyChangeIsAuditedAndSurvivesARestart()
    {
        QCOMPARE(m_server.stop(), 0);
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("audit"));
            db.setDatabaseName(m_dir.filePath(QStringLiteral("server/pilothouse-server.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT name, user, seq FROM audit WHERE name LIKE 'config.%' ORDER BY id")));
            QStringList rows;
            while (q.next())
                rows << QStringLiteral("%1 %2 %3")
                            .arg(q.value(0).toString(), q.value(1).toString())
                            .arg(q.value(2).toInt());
            QCOMPARE(rows,
                (QStringList {u"config.rules.draft supervisor 1"_s, u"config.rules.publish supervisor 1"_s,
                    u"config.rules.rollback admin 2"_s}));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("audit"));
        startServer({QStringLiteral("--simulate"), QStringLiteral("0")});
        QCOMPARE(parsed(send(url(), Verb::Get, kRules, m_agent))["version"].get<int>(), 2);
        QCOMPARE(parsed(send(url(), Verb::Get, kRules + QStringLiteral("/versions"), m_agent))["versions"].size(),
            std::size_t(3));
    }

    void theAgentDecidesByWhatIsPublished()
    {
        // A rule that holds every AI answer back for a person to approve, published while traffic
        // runs: the conversations that start after it never hear the AI, and go to the queue
        // with the rule's id.
        m_server.stop();
        startServer({QStringLiteral("--simulate"), QStringLiteral("600")});
        const json draft = parsed(send(url(), Verb::Get, kRules + QStringLiteral("/draft"), m_supervisor));
        const json doc = withFirst(always("hold-everything", "draft_for_approval"));
        QCOMPARE(send(url(), Verb::Put, kRules + QStringLiteral("/draft"), m_supervisor,
                     {{"revision", draft["revision"]}, {"body", doc}})
                     .status,
            200);
        const json published = parsed(send(url(), Verb::Post, kRules + QStringLiteral("/publish"), m_supervisor,
            {{"revision", draft["revision"].get<int>() + 1}}));
        QCOMPARE(published["version"].get<int>(), 3);
        const qint64 publishedAt = published["at"].get<qint64>();
        QTest::qWait(4000);
        QCOMPARE(m_server.stop(), 0);

        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("after"));
        db.setDatabaseName(m_dir.filePath(QStringLiteral("server/pilothouse-server.sqlite")));
        QVERIFY(db.open());
        QSqlQuery q(db);
        // Conversations started after the publish: escalated by the rule, and the AI said nothing
        // the customer saw (its answer waits as a note for whoever takes the conversation).
        QVERIFY(q.exec(QStringLiteral("SELECT c.id, json_extract(c.data, '$.escalation.rule'),"
                                      " (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id"
                                      "  AND m.author = 'ai' AND coalesce(json_extract(m.data, '$.visibility'),"
                                      " 'public') = 'public'),"
                                      " (SELECT count(*) FROM messages m WHERE m.conversation_id = c.id"
                                      "  AND m.author = 'ai' AND json_extract(m.data, '$.visibility') = 'note'"
                                      "  AND json_extract(m.data, '$.ai.rules.matched') = 'hold-everything')"
                                      " FROM conversations c WHERE c.created_at > %1")
                           .arg(publishedAt)));
        int held = 0;
        while (q.next()) {
            // Not escalated yet: the AI's turn had not come when the server stopped.
            if (!q.value(1).isNull()) {
                QCOMPARE(q.value(1).toString(), u"hold-everything"_s);
                QCOMPARE(q.value(3).toInt(), 1);
                ++held;
            }
            QCOMPARE(q.value(2).toInt(), 0);
        }
        QVERIFY2(held >= 5, qPrintable(QString::number(held)));
        q.finish();
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("after"));
    }

private:
    QUrl url() const { return m_server.url(); }
    void startServer(const QStringList &arguments)
    {
        QVERIFY2(m_server.start(
                     m_dir.filePath(QStringLiteral("server")), QStringList {QStringLiteral("--demo")} + arguments),
            qPrintable(m_server.errorString()));
        m_agent = signIn(url(), QStringLiteral("agent"));
        m_supervisor = signIn(url(), QStringLiteral("supervisor"));
        m_admin = signIn(url(), QStringLiteral("admin"));
        QVERIFY(!m_agent.isEmpty() && !m_supervisor.isEmpty() && !m_admin.isEmpty());
    }

    QTemporaryDir m_dir;
    ServerProcess m_server;
    QString m_agent;
    QString m_supervisor;
    QString m_admin;
};

QTEST_GUILESS_MAIN(TestServerRules)
#include "tst_serverrules.moc"
