// The team and its presence on the real pilothouse-server on loopback (docs/protocol.md 7.2 and
// `presence.set` in section 9), and the saved replies as the configuration document "replies"
// (docs/config.md, docs/protocol.md 2.1): who may edit them, every bad field, publishing reaching
// a live console, and snapshots carrying the version in force of both documents.

#include "restclient.h"
#include "serverharness.h"
#include "serverprocess.h"

#include "tuning/savedreplies.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <map>
#include <set>

namespace protocol = pilothouse::protocol;
namespace tuning = pilothouse::tuning;
using nlohmann::json;
using pilothouse::testing::HttpReply;
using pilothouse::testing::ServerProcess;
using testing::StreamClient;
using namespace Qt::StringLiterals;

namespace {

std::vector<protocol::Team> teamsOf(const StreamClient &client)
{
    std::vector<protocol::Team> out;
    for (const auto &frame : client.frames())
        if (const auto *team = std::get_if<protocol::Team>(&frame))
            out.push_back(*team);
    return out;
}

const protocol::TeamMember *memberOf(const protocol::Team &team, const std::string &name)
{
    for (const auto &member : team.members)
        if (member.name == name)
            return &member;
    return nullptr;
}

protocol::Presence presenceIn(const protocol::Team &team, const std::string &name)
{
    const auto *member = memberOf(team, name);
    return member ? member->presence : protocol::Presence::Offline;
}

/// Presences compare as their spelling, which QTest can print.
std::string spelt(protocol::Presence presence)
{
    return std::string(protocol::toString(presence));
}

template<typename T> std::optional<T> answerTo(const StreamClient &client, const std::string &commandId)
{
    for (const auto &frame : client.frames())
        if (const auto *answer = std::get_if<T>(&frame); answer && answer->commandId == commandId)
            return *answer;
    return std::nullopt;
}

bool answered(const StreamClient &client, const std::string &commandId)
{
    return answerTo<protocol::Ack>(client, commandId) || answerTo<protocol::Nack>(client, commandId);
}

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
        return pilothouse::testing::finish(manager.get(request));
    case Verb::Put:
        return pilothouse::testing::finish(manager.put(request, bytes));
    case Verb::Post:
        return pilothouse::testing::finish(manager.post(request, bytes));
    }
    return {};
}

json parsed(const HttpReply &reply)
{
    return json::parse(reply.body.toStdString(), nullptr, false);
}

const QString kReplies = QStringLiteral("/api/v1/config/replies");

} // namespace

class TestTeam : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(m_dir.path(), {QStringLiteral("--demo"), QStringLiteral("--simulate"), u"0"_s}),
            qPrintable(m_server.errorString()));
    }

    void aClientThatAcceptsTheTeamGetsItAfterTheWelcome()
    {
        m_supervisor = connectAs(QStringLiteral("supervisor"), true);
        QVERIFY(m_supervisor);
        QVERIFY(m_supervisor->waitFor([this] { return !teamsOf(*m_supervisor).empty(); }));
        QVERIFY(std::holds_alternative<protocol::Welcome>(m_supervisor->frames().front()));
        const protocol::Team team = teamsOf(*m_supervisor).front();
        std::vector<std::string> names;
        for (const auto &member : team.members)
            names.push_back(member.name);
        QCOMPARE(names, (std::vector<std::string> {"admin", "agent", "supervisor"}));
        const auto *me = memberOf(team, "supervisor");
        QCOMPARE(spelt(me->presence), spelt(protocol::Presence::Online));
        QCOMPARE(me->role, std::string("supervisor"));
        QCOMPARE(me->displayName, std::string("Demo Supervisor"));
        QVERIFY(me->since > 0);
        QCOMPARE(spelt(memberOf(team, "agent")->presence), spelt(protocol::Presence::Offline));
        QCOMPARE(memberOf(team, "agent")->since, protocol::Millis {0});
        QCOMPARE(memberOf(team, "admin")->role, std::string("admin"));
    }

    void aSecondUserTurnsOnlineAndOneThatDoesNotAcceptGetsNoTeam()
    {
        const std::size_t before = teamsOf(*m_supervisor).size();
        m_agent = connectAs(QStringLiteral("agent"), false);
        QVERIFY(m_agent);
        QVERIFY(m_supervisor->waitFor([&] { return teamsOf(*m_supervisor).size() > before; }));
        QCOMPARE(spelt(presenceIn(teamsOf(*m_supervisor).back(), "agent")), spelt(protocol::Presence::Online));
        QCOMPARE(spelt(presenceIn(teamsOf(*m_supervisor).back(), "supervisor")), spelt(protocol::Presence::Online));
        QTest::qWait(300);
        QVERIFY(teamsOf(*m_agent).empty());
    }

    void awayAndBackAgain()
    {
        std::size_t before = teamsOf(*m_supervisor).size();
        const protocol::Millis onlineSince = memberOf(teamsOf(*m_supervisor).back(), "supervisor")->since;
        command(*m_supervisor, "presence-1", "away");
        const auto ack = answerTo<protocol::Ack>(*m_supervisor, "presence-1");
        QVERIFY(ack);
        QCOMPARE(ack->seq, std::int64_t {0});
        // The team frame precedes the ack on the connection that set it.
        QCOMPARE(teamsOf(*m_supervisor).size(), before + 1);
        const auto *me = memberOf(teamsOf(*m_supervisor).back(), "supervisor");
        QCOMPARE(spelt(me->presence), spelt(protocol::Presence::Away));
        QVERIFY(me->since >= onlineSince);

        // The presence one has already: acknowledged, no frame; a resend of the same id neither.
        before = teamsOf(*m_supervisor).size();
        command(*m_supervisor, "presence-2", "away");
        QCOMPARE(answerTo<protocol::Ack>(*m_supervisor, "presence-2")->seq, std::int64_t {0});
        command(*m_supervisor, "presence-1", "away");
        QTest::qWait(300);
        QCOMPARE(teamsOf(*m_supervisor).size(), before);

        // offline is the server's to set; anything else is not a presence.
        for (const char *value : {"offline", "busy"}) {
            const std::string id = std::string("presence-") + value;
            command(*m_supervisor, id, value);
            const auto nack = answerTo<protocol::Nack>(*m_supervisor, id);
            QVERIFY(nack);
            QCOMPARE(nack->code, std::string(protocol::errors::BadRequest));
            QVERIFY2(nack->message.find("args.presence") != std::string::npos, nack->message.c_str());
        }
        QCOMPARE(teamsOf(*m_supervisor).size(), before);

        // Any role: the agent, who reads no team frames, goes away too.
        command(*m_agent, "presence-agent", "away");
        QCOMPARE(answerTo<protocol::Ack>(*m_agent, "presence-agent")->seq, std::int64_t {0});
        QVERIFY(m_supervisor->waitFor([&] { return teamsOf(*m_supervisor).size() > before; }));
        QCOMPARE(spelt(presenceIn(teamsOf(*m_supervisor).back(), "agent")), spelt(protocol::Presence::Away));
        QVERIFY(teamsOf(*m_agent).empty());
    }

    void awayHoldsOnAnotherConnectionAndOfflineForgetsIt()
    {
        // A second connection of the away supervisor: still away (nothing changes, no frame to the first).
        std::size_t before = teamsOf(*m_supervisor).size();
        auto second = connectAs(QStringLiteral("supervisor"), true);
        QVERIFY(second);
        QVERIFY(second->waitFor([&] { return !teamsOf(*second).empty(); }));
        QCOMPARE(spelt(presenceIn(teamsOf(*second).front(), "supervisor")), spelt(protocol::Presence::Away));

        // The agent's last connection closes: offline for everyone who reads the team.
        m_agent.reset();
        QVERIFY(m_supervisor->waitFor([&] {
            return teamsOf(*m_supervisor).size() > before
                && presenceIn(teamsOf(*m_supervisor).back(), "agent") == protocol::Presence::Offline;
        }));
        QVERIFY(second->waitFor(
            [&] { return presenceIn(teamsOf(*second).back(), "agent") == protocol::Presence::Offline; }));
        // ... and a new connection after away starts online.
        m_agent = connectAs(QStringLiteral("agent"), true);
        QVERIFY(m_agent);
        QVERIFY(m_agent->waitFor([this] { return !teamsOf(*m_agent).empty(); }));
        QCOMPARE(spelt(presenceIn(teamsOf(*m_agent).front(), "agent")), spelt(protocol::Presence::Online));
        QCOMPARE(spelt(presenceIn(teamsOf(*m_agent).front(), "supervisor")), spelt(protocol::Presence::Away));

        // One of the supervisor's two connections closes: nothing changes.
        before = teamsOf(*m_agent).size();
        second.reset();
        QTest::qWait(500);
        QCOMPARE(teamsOf(*m_agent).size(), before);
        // Back online, then the last one closes: offline; reconnecting starts online.
        command(*m_supervisor, "presence-back", "online");
        QVERIFY(m_agent->waitFor(
            [&] { return presenceIn(teamsOf(*m_agent).back(), "supervisor") == protocol::Presence::Online; }));
        command(*m_supervisor, "presence-away-again", "away");
        QVERIFY(m_agent->waitFor(
            [&] { return presenceIn(teamsOf(*m_agent).back(), "supervisor") == protocol::Presence::Away; }));
        m_supervisor.reset();
        QVERIFY(m_agent->waitFor(
            [&] { return presenceIn(teamsOf(*m_agent).back(), "supervisor") == protocol::Presence::Offline; }));
        m_supervisor = connectAs(QStringLiteral("supervisor"), true);
        QVERIFY(m_supervisor);
        QVERIFY(m_supervisor->waitFor([this] { return !teamsOf(*m_supervisor).empty(); }));
        QCOMPARE(spelt(presenceIn(teamsOf(*m_supervisor).front(), "supervisor")), spelt(protocol::Presence::Online));
    }

    void repliesVersionZeroIsBuiltIn()
    {
        const HttpReply reply = send(url(), Verb::Get, kReplies, token("agent"));
        QCOMPARE(reply.status, 200);
        const json v = parsed(reply);
        QCOMPARE(v["document"].get<std::string>(), std::string("replies"));
        QCOMPARE(v["version"].get<int>(), 0);
        QVERIFY(v["body"] == json::parse(tuning::toJson(tuning::defaultSavedReplies())));
        QCOMPARE(v["body"]["replies"].size(), std::size_t(5));
    }

    void onlyEditorsSaveAndEveryBadFieldIsNamed()
    {
        const json valid = {{"schema", 1}, {"replies", {{{"id", "hello"}, {"title", "Hello"}, {"text", "Hi!"}}}}};
        const HttpReply agent = send(
            url(), Verb::Put, kReplies + QStringLiteral("/draft"), token("agent"), {{"revision", 0}, {"body", valid}});
        QCOMPARE(agent.status, 403);
        QVERIFY(parsed(agent)["error"]["message"].get<std::string>().find("saved replies") != std::string::npos);

        const json invalid = {{"schema", 1},
            {"replies",
                {{{"id", "Bad Id"}, {"title", ""}, {"text", "Hi {customer.nmae}"}},
                    {{"id", "ok"}, {"title", "Fine"}, {"text", "Fine"}, {"tags", 1}}}}};
        const HttpReply refused = send(url(), Verb::Put, kReplies + QStringLiteral("/draft"), token("supervisor"),
            {{"revision", 0}, {"body", invalid}});
        QCOMPARE(refused.status, 422);
        const json error = parsed(refused)["error"];
        QCOMPARE(error["code"].get<std::string>(), std::string("invalid_value"));
        std::set<std::string> fields;
        for (const auto &f : error["fields"])
            fields.insert(f["field"].get<std::string>() + ":" + f["code"].get<std::string>());
        QCOMPARE(fields,
            (std::set<std::string> {"replies[0].id:out_of_range", "replies[0].title:required",
                "replies[0].text:unknown_value", "replies[1].tags:unknown_field"}));
        QCOMPARE(parsed(send(url(), Verb::Get, kReplies + QStringLiteral("/draft"), token("supervisor")))["revision"]
                     .get<int>(),
            0);
    }

    void publishingReachesEveryConsoleAndSnapshots()
    {
        const json doc = {{"schema", 1},
            {"replies",
                {{{"id", "refund-timeline"}, {"title", " Refund timeline "},
                    {"text", "Hi {customer.firstName}, order #{order.id} is refunded within 5 days."}}}}};
        const HttpReply saved = send(url(), Verb::Put, kReplies + QStringLiteral("/draft"), token("supervisor"),
            {{"revision", 0}, {"body", doc}});
        QCOMPARE(saved.status, 200);
        QCOMPARE(parsed(saved)["body"]["replies"][0]["title"].get<std::string>(), std::string("Refund timeline"));
        const HttpReply published = send(url(), Verb::Post, kReplies + QStringLiteral("/publish"), token("admin"),
            {{"revision", 1}, {"note", "First saved reply"}});
        QCOMPARE(published.status, 200);
        QCOMPARE(parsed(published)["version"].get<int>(), 1);

        // The live console hears of it.
        QVERIFY(m_agent->waitFor([this] {
            for (const auto &event : m_agent->events())
                if (const auto *config = std::get_if<protocol::ConfigPublished>(&event.payload))
                    return config->document == "replies" && config->version == 1;
            return false;
        }));
        const json current = parsed(send(url(), Verb::Get, kReplies, token("agent")));
        QCOMPARE(current["version"].get<int>(), 1);
        QCOMPARE(current["body"]["replies"][0]["id"].get<std::string>(), std::string("refund-timeline"));
        // The rules are untouched.
        QCOMPARE(parsed(send(url(), Verb::Get, u"/api/v1/config/rules"_s, token("agent")))["version"].get<int>(), 0);

        // A new connection's snapshot carries the version in force of both documents.
        auto fresh = connectAs(QStringLiteral("admin"), false);
        QVERIFY(fresh);
        QVERIFY(fresh->waitFor([&] {
            const auto parts = fresh->snapshots();
            return !parts.empty() && parts.back().final;
        }));
        std::map<std::string, std::int64_t> inForce;
        const auto parts = fresh->snapshots(); // by value: kept alive for the loop
        for (const auto &config : parts.front().config)
            inForce[config.document] = config.version;
        QCOMPARE(inForce, (std::map<std::string, std::int64_t> {{"replies", 1}, {"rules", 0}}));
    }

    void repliesChangesAreAudited()
    {
        m_supervisor.reset();
        m_agent.reset();
        QCOMPARE(m_server.stop(), 0);
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"audit"_s);
            db.setDatabaseName(m_dir.filePath(u"pilothouse-server.sqlite"_s));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT name, user, seq FROM audit WHERE name LIKE 'config.%' ORDER BY id"_s));
            QStringList rows;
            while (q.next())
                rows << QStringLiteral("%1 %2 %3")
                            .arg(q.value(0).toString(), q.value(1).toString())
                            .arg(q.value(2).toInt());
            QCOMPARE(rows, (QStringList {u"config.replies.draft supervisor 1"_s, u"config.replies.publish admin 1"_s}));
            QVERIFY(q.exec(u"SELECT count(*) FROM audit WHERE name = 'presence.set' AND outcome = 'applied'"_s));
            QVERIFY(q.next());
            QVERIFY(q.value(0).toInt() >= 4);
        }
        QSqlDatabase::removeDatabase(u"audit"_s);
    }

private:
    QUrl url() const { return m_server.url(); }

    QString token(const char *user) { return pilothouse::testing::signIn(url(), QString::fromLatin1(user)); }

    /// Signs in as the demo `user` and says hello, accepting `team` frames or not; null when the
    /// welcome does not come.
    std::unique_ptr<StreamClient> connectAs(const QString &user, bool acceptTeam)
    {
        auto client = std::make_unique<StreamClient>();
        const QString signedIn = token(user.toLatin1().constData());
        if (signedIn.isEmpty() || !client->connectTo(quint16(m_server.port())))
            return nullptr;
        protocol::Hello hello;
        hello.client = {"tst_team", "1"};
        hello.token = signedIn.toStdString();
        if (acceptTeam)
            hello.accept = {protocol::kAcceptTeam};
        client->send(hello);
        if (!client->waitFor([&] { return client->welcome().has_value(); }))
            return nullptr;
        return client;
    }

    /// Sends `presence.set` with `presence` and waits for its answer.
    void command(StreamClient &client, const std::string &id, const std::string &presence)
    {
        client.send(protocol::Command {id, "presence.set", {{"presence", presence}}});
        QVERIFY2(client.waitFor([&] { return answered(client, id); }), id.c_str());
    }

    QTemporaryDir m_dir;
    ServerProcess m_server;
    std::unique_ptr<StreamClient> m_supervisor;
    std::unique_ptr<StreamClient> m_agent;
};

QTEST_GUILESS_MAIN(TestTeam)
#include "tst_team.moc"
