// Every role against every command and every REST route of the real pilothouse-server (issue 15,
// section 1; docs/protocol.md section 1.2, "Roles"): one table says, for each pair, whether the
// server lets it through or refuses it with `forbidden`. A row that is let through must really
// work: each command runs with what it needs done first (the conversation taken over for a reply,
// a resolve, a hand-back) and must be acked. A viewer is refused every command, before anything
// about it is looked at; viewers read the facts and the cost model, and are not on the team.

#include "operator.h"
#include "restclient.h"
#include "serverprocess.h"

#include "protocol/commands.h"

#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <map>
#include <set>

using pilothouse::testing::HttpReply;
using pilothouse::testing::httpSend;
using pilothouse::testing::ServerProcess;
using namespace testing;
using namespace Qt::StringLiterals;
namespace protocol = pilothouse::protocol;
namespace commands = pilothouse::protocol::commands;

namespace {

/// The four roles, each a demo user of the same name (password "<name>-demo").
const std::array<QString, 4> kRoles {u"viewer"_s, u"agent"_s, u"supervisor"_s, u"admin"_s};

enum class Expect {
    Allow, ///< Acked (a command) or answered with anything but 401 and 403 (a route).
    Passes, ///< Let past the role check, then refused for what it asks (see the row).
    Refuse, ///< `nack forbidden` (a command) or `403 forbidden` (a route).
};
using Expectations = std::array<Expect, 4>; // viewer, agent, supervisor, admin

constexpr Expect A = Expect::Allow;
constexpr Expect P = Expect::Passes;
constexpr Expect R = Expect::Refuse;

struct CommandRow {
    const char *name;
    Expectations expect;
};

// The spec's "who" column (docs/protocol.md section 9, "v1 commands: who, effect, refusals").
const CommandRow kCommands[] = {
    {commands::JudgeMessage::kName, {R, A, A, A}},
    {commands::TakeOver::kName, {R, A, A, A}},
    {commands::HandBack::kName, {R, A, A, A}},
    {commands::Resolve::kName, {R, A, A, A}},
    {commands::Transfer::kName, {R, R, A, A}},
    {commands::Whisper::kName, {R, R, A, A}},
    {commands::SendMessage::kName, {R, A, A, A}},
    {commands::AddNote::kName, {R, A, A, A}},
    {commands::SetPresence::kName, {R, A, A, A}},
    {commands::EraseCustomer::kName, {R, R, R, A}},
    // Two conversations of different customers: a lead passes the role check and is then told
    // they cannot be merged; merging itself is handoff.merge's subject.
    {commands::Merge::kName, {R, R, P, P}},
};

struct RouteRow {
    const char *verb;
    const char *path;
    const char *body;
    Expectations expect;
};

// Mutations carry an empty or harmless body: a role let through gets 400, 404 or 409, never 403,
// and nothing changes; a role kept out gets 403 before the body is read.
const RouteRow kRoutes[] = {
    {"GET", "/api/v1/health", "", {A, A, A, A}},
    {"GET", "/api/v1/facts?from=2026-01-01&to=2026-01-30", "", {A, R, A, A}},
    {"GET", "/api/v1/facts/conversations?metric=conversations&side=numerator&from=2026-01-01&to=2026-01-30", "",
        {A, R, A, A}},
    {"GET", "/api/v1/cost-model", "", {A, R, A, A}}, {"GET", "/api/v1/cost-model/versions", "", {A, R, A, A}},
    {"PUT", "/api/v1/cost-model", "{}", {R, R, R, A}},
    {"GET", "/api/v1/customers/no-such-customer/export", "", {R, R, R, A}},
    {"GET", "/api/v1/config/rules", "", {A, A, A, A}}, {"GET", "/api/v1/config/rules/versions", "", {A, A, A, A}},
    {"GET", "/api/v1/config/rules/draft", "", {R, R, A, A}}, {"PUT", "/api/v1/config/rules/draft", "{}", {R, R, A, A}},
    {"POST", "/api/v1/config/rules/publish", "{}", {R, R, A, A}},
    {"POST", "/api/v1/config/rules/rollback", "{}", {R, R, A, A}}, {"GET", "/api/v1/config/replies", "", {A, A, A, A}},
    {"PUT", "/api/v1/config/replies/draft", "{}", {R, R, A, A}}, {"GET", "/api/v1/audit", "", {R, R, R, A}},
    {"GET", "/api/v1/users", "", {R, R, R, A}}, {"POST", "/api/v1/users", "{}", {R, R, R, A}},
    {"PATCH", "/api/v1/users/nobody-here", "{}", {R, R, R, A}},
    {"PUT", "/api/v1/users/nobody-here/password", "{}", {R, R, R, A}}, {"GET", "/api/v1/sessions", "", {A, A, A, A}},
    {"GET", "/api/v1/sessions?all=true", "", {R, R, R, A}},
    {"DELETE", "/api/v1/sessions/no-such-session", "", {A, A, A, A}},
    {"GET", "/api/v1/account/two-factor", "", {A, A, A, A}}, {"POST", "/api/v1/account/two-factor", "", {A, A, A, A}},
    {"POST", "/api/v1/account/two-factor/confirm", "{}", {A, A, A, A}},
    {"DELETE", "/api/v1/users/nobody-here/two-factor", "", {R, R, R, A}}, {"GET", "/api/v1/security", "", {R, R, R, A}},
    {"PUT", "/api/v1/security", "{}", {R, R, R, A}},
    // POST /api/v1/logout is every role's, and would end the token this table runs on: server.sessions.
};

const char *word(Expect e)
{
    return e == Expect::Allow ? "allow" : e == Expect::Passes ? "pass the role check" : "refuse";
}

} // namespace

class TestRoles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.start(m_dir.path(), traffic(240, 17)), qPrintable(m_server.errorString()));
        for (const QString &role : kRoles) {
            QVERIFY2(m_operators[role].connect(m_server.port(), role), qPrintable(role));
            m_tokens[role] = pilothouse::testing::signIn(m_server.url(), role);
            QVERIFY(!m_tokens[role].isEmpty());
        }
    }

    void everyRoleAgainstEveryCommand_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("command");
        QTest::addColumn<int>("expect");
        for (const CommandRow &row : kCommands) {
            for (std::size_t r = 0; r < kRoles.size(); ++r)
                QTest::addRow("%s %s", qPrintable(kRoles[r]), row.name)
                    << kRoles[r] << QString::fromLatin1(row.name) << int(row.expect[r]);
        }
    }
    void everyRoleAgainstEveryCommand()
    {
        QFETCH(QString, role);
        QFETCH(QString, command);
        QFETCH(int, expect);
        Operator &op = m_operators[role];
        const auto prepared = prepare(op, command.toStdString(), Expect(expect) == Expect::Allow);
        QVERIFY2(prepared, "could not prepare the command (no conversation the AI handles yet?)");
        const auto result = op.run(*prepared);
        QVERIFY2(result, "no answer");
        const auto *nack = nackOf(result);
        const QString got = nack
            ? u"nack %1: %2"_s.arg(QString::fromStdString(nack->code), QString::fromStdString(nack->message))
            : u"ack"_s;
        const QString why = u"%1 %2 should %3, got %4"_s.arg(role, command, QLatin1String(word(Expect(expect))), got);
        switch (Expect(expect)) {
        case Expect::Allow:
            QVERIFY2(ackOf(result), qPrintable(why));
            break;
        case Expect::Passes:
            QVERIFY2(!nack || nack->code != protocol::errors::Forbidden, qPrintable(why));
            break;
        case Expect::Refuse:
            QVERIFY2(nack && nack->code == protocol::errors::Forbidden && !nack->retryable, qPrintable(why));
            break;
        }
    }

    void everyRoleAgainstEveryRoute_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QByteArray>("verb");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expect");
        for (const RouteRow &row : kRoutes) {
            for (std::size_t r = 0; r < kRoles.size(); ++r)
                QTest::addRow("%s %s %s", qPrintable(kRoles[r]), row.verb, row.path)
                    << kRoles[r] << QByteArray(row.verb) << QString::fromLatin1(row.path) << QByteArray(row.body)
                    << int(row.expect[r]);
        }
    }
    void everyRoleAgainstEveryRoute()
    {
        QFETCH(QString, role);
        QFETCH(QByteArray, verb);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, expect);
        const HttpReply reply = httpSend(m_server.url(), verb, path, m_tokens[role], body.toStdString());
        const QString why = u"%1 %2 %3 should %4, got %5 %6"_s.arg(role, QString::fromLatin1(verb), path,
            QLatin1String(word(Expect(expect))), QString::number(reply.status),
            QString::fromUtf8(reply.body.left(200)));
        if (Expect(expect) == Expect::Refuse) {
            QVERIFY2(reply.status == 403, qPrintable(why));
            QVERIFY2(reply.body.contains("\"forbidden\""), qPrintable(why));
        } else {
            QVERIFY2(reply.status != 401 && reply.status != 403 && reply.status != 0, qPrintable(why));
            if (verb == "GET" && !path.contains(u"no-such"_s))
                QVERIFY2(reply.status == 200, qPrintable(why));
        }
    }

    void viewersReadTheFactsAndAreNotOnTheTeam()
    {
        // Each asks for the facts and the team: the viewer gets the facts (it reads the
        // analytics), the agent does not; both get the team, which lists who works conversations.
        std::map<QString, StreamClient> clients;
        for (const QString &role : {u"viewer"_s, u"agent"_s}) {
            StreamClient &client = clients[role];
            QVERIFY(client.connectTo(m_server.port()));
            protocol::Hello hello;
            hello.client = {"tst_roles", "1"};
            hello.token = m_tokens[role].toStdString();
            hello.accept = {protocol::kAcceptFacts, protocol::kAcceptTeam};
            client.send(hello);
            QVERIFY(client.waitFor([&] { return teamOf(client).has_value(); }));
        }
        const auto hasFacts = [](const StreamClient &client) {
            return std::any_of(client.frames().begin(), client.frames().end(),
                [](const auto &frame) { return std::holds_alternative<protocol::Facts>(frame); });
        };
        QVERIFY(hasFacts(clients[u"viewer"_s]));
        QVERIFY(!hasFacts(clients[u"agent"_s]));
        std::set<std::string> members;
        const auto team = teamOf(clients[u"viewer"_s]);
        for (const auto &member : team->members)
            members.insert(member.name);
        QCOMPARE(members, (std::set<std::string> {"admin", "agent", "supervisor"}));

        // And nobody can hand a conversation to someone who only reads.
        Operator &supervisor = m_operators[u"supervisor"_s];
        const std::string conversation = freshConversation(supervisor);
        QVERIFY(!conversation.empty());
        const auto transfer = supervisor.run(commands::Transfer {conversation, "viewer"}.toCommand(nextId()));
        QVERIFY(nackOf(transfer));
        QCOMPARE(nackOf(transfer)->code, std::string(protocol::errors::BadRequest));
    }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }

private:
    static std::optional<protocol::Team> teamOf(const StreamClient &client)
    {
        std::optional<protocol::Team> last;
        for (const auto &frame : client.frames())
            if (const auto *team = std::get_if<protocol::Team>(&frame))
                last = *team;
        return last;
    }

    std::string nextId() { return "roles-" + std::to_string(++m_ids); }

    /// A conversation the AI handles that no earlier row used, waiting for one if need be.
    std::string freshConversation(Operator &op)
    {
        std::string id;
        op.client().waitFor([&] { return !(id = aiConversation(op, m_used)).empty(); }, 30000);
        m_used.insert(id);
        return id;
    }

    /// The command `name` for `op`, with what it needs done first when it is expected to work
    /// (a conversation taken over for a reply, a resolve or a hand-back).
    std::optional<protocol::Command> prepare(Operator &op, const std::string &name, bool mustWork)
    {
        const std::string conversation = freshConversation(op);
        if (conversation.empty())
            return std::nullopt;
        const bool needsOwner = name == commands::HandBack::kName || name == commands::Resolve::kName
            || name == commands::SendMessage::kName;
        if (needsOwner && mustWork && !ackOf(op.run(commands::TakeOver {conversation}.toCommand(nextId()))))
            return std::nullopt;
        if (name == commands::JudgeMessage::kName) {
            for (const auto &event : op.events())
                if (const auto *m = std::get_if<protocol::Message>(&event.payload);
                    m && m->author == protocol::Author::Ai)
                    return commands::JudgeMessage {m->id, true, {}}.toCommand(nextId());
            return std::nullopt;
        }
        if (name == commands::TakeOver::kName)
            return commands::TakeOver {conversation}.toCommand(nextId());
        if (name == commands::HandBack::kName)
            return commands::HandBack {conversation, {}}.toCommand(nextId());
        if (name == commands::Resolve::kName)
            return commands::Resolve {conversation, protocol::ResolveOutcome::Resolved, {}}.toCommand(nextId());
        if (name == commands::Transfer::kName)
            return commands::Transfer {conversation, "agent"}.toCommand(nextId());
        if (name == commands::Whisper::kName)
            return commands::Whisper {conversation, "Offer the size guide."}.toCommand(nextId());
        if (name == commands::SendMessage::kName)
            return commands::SendMessage {conversation, "Let me check that for you."}.toCommand(nextId());
        if (name == commands::AddNote::kName)
            return commands::AddNote {conversation, "Checked the order history."}.toCommand(nextId());
        if (name == commands::SetPresence::kName)
            return commands::SetPresence {protocol::Presence::Online}.toCommand(nextId());
        if (name == commands::EraseCustomer::kName)
            return commands::EraseCustomer {op.conversations().at(conversation).customerId}.toCommand(nextId());
        if (name == commands::Merge::kName)
            return commands::Merge {conversation, freshConversation(op)}.toCommand(nextId());
        return std::nullopt;
    }

    QTemporaryDir m_dir;
    ServerProcess m_server;
    std::map<QString, Operator> m_operators;
    std::map<QString, QString> m_tokens;
    std::set<std::string> m_used;
    int m_ids = 0;
};

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
