// Users managed over REST on the real pilothouse-server (docs/protocol.md 2.1, "Users";
// server/http/usersapi.h): admins alone list, add, change and reset; the password policy and the
// last active admin hold; a new role, a deactivation or a new password ends the user's sessions at
// once (their live connection closes with 4001, their token is refused); every change is audited
// with the admin who made it and where from.

#include "protocol/rest.h"
#include "protocol/users.h"
#include "restclient.h"
#include "serverharness.h"
#include "serverprocess.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using pilothouse::testing::HttpReply;
using pilothouse::testing::httpSend;
using pilothouse::testing::ServerProcess;
using testing::StreamClient;
using namespace Qt::StringLiterals;
namespace protocol = pilothouse::protocol;

namespace {

constexpr const char *kGoodPassword = "a long enough passphrase";

QString login(const QUrl &server, const std::string &user, const std::string &password)
{
    const HttpReply reply
        = httpSend(server, "POST", u"/api/v1/login"_s, {}, protocol::encode(protocol::LoginRequest {user, password}));
    const auto response = protocol::decodeLoginResponse(reply.body.toStdString());
    return response ? QString::fromStdString(response.value().token) : QString();
}

std::string roleOnLogin(const QUrl &server, const std::string &user, const std::string &password)
{
    const HttpReply reply
        = httpSend(server, "POST", u"/api/v1/login"_s, {}, protocol::encode(protocol::LoginRequest {user, password}));
    const auto response = protocol::decodeLoginResponse(reply.body.toStdString());
    return response ? response.value().user.role : std::string();
}

} // namespace

class TestUsers : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(
            m_server.start(m_dir.path(), {u"--demo"_s, u"--simulate"_s, u"0"_s}), qPrintable(m_server.errorString()));
        m_admin = pilothouse::testing::signIn(m_server.url(), u"admin"_s);
        QVERIFY(!m_admin.isEmpty());
    }

    void onlyAdminsManageUsers()
    {
        const QUrl url = m_server.url();
        const HttpReply list = httpSend(url, "GET", u"/api/v1/users"_s, m_admin);
        QCOMPARE(list.status, 200);
        const auto users = protocol::decodeUserList(list.body.toStdString());
        QVERIFY(users);
        QStringList names;
        for (const auto &u : users.value().users)
            names << QString::fromStdString(u.name);
        QCOMPARE(names, (QStringList {u"admin"_s, u"agent"_s, u"supervisor"_s, u"viewer"_s}));
        const QString supervisor = pilothouse::testing::signIn(url, u"supervisor"_s);
        QCOMPARE(httpSend(url, "GET", u"/api/v1/users"_s, supervisor).status, 403);
        QCOMPARE(httpSend(url, "POST", u"/api/v1/users"_s, supervisor,
                     protocol::encode(protocol::NewUser {"eve", "", protocol::Role::Admin, kGoodPassword}))
                     .status,
            403);
        QCOMPARE(httpSend(url, "PATCH", u"/api/v1/users/agent"_s, supervisor, R"({"role":"admin"})").status, 403);
        QCOMPARE(httpSend(url, "GET", u"/api/v1/users"_s, {}).status, 401);
    }

    void addingChecksNameAndPassword_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("short password") << QByteArray(R"({"name":"dana","role":"agent","password":"short"})") << 422;
        QTest::newRow("the name as password")
            << QByteArray(R"({"name":"dana","role":"agent","password":"dana-dana-dana"})") << 422;
        QTest::newRow("empty name") << QByteArray(R"({"name":"","role":"agent","password":"a long enough passphrase"})")
                                    << 400;
        QTest::newRow("65 characters") << (R"({"name":")" + QByteArray(65, 'n')
            + R"(","role":"agent","password":"a long enough passphrase"})")
                                       << 400;
        QTest::newRow("unknown role") << QByteArray(
            R"({"name":"dana","role":"owner","password":"a long enough passphrase"})")
                                      << 400;
        QTest::newRow("not json") << QByteArray("name=dana") << 400;
        QTest::newRow("exists") << QByteArray(
            R"({"name":"agent","role":"agent","password":"a long enough passphrase"})")
                                << 409;
    }
    void addingChecksNameAndPassword()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QCOMPARE(httpSend(m_server.url(), "POST", u"/api/v1/users"_s, m_admin, body.toStdString()).status, status);
    }

    void aChangeEndsTheUsersSessions()
    {
        const QUrl url = m_server.url();
        const HttpReply added = httpSend(url, "POST", u"/api/v1/users"_s, m_admin,
            protocol::encode(protocol::NewUser {"dana", "Dana Scully", protocol::Role::Agent, kGoodPassword}));
        QCOMPARE(added.status, 201);
        QCOMPARE(protocol::decodeUserRecord(added.body.toStdString()).value().displayName, std::string("Dana Scully"));
        const QString dana = login(url, "dana", kGoodPassword);
        QVERIFY(!dana.isEmpty());
        StreamClient live;
        QVERIFY(live.connectTo(quint16(m_server.port())));
        live.hello(dana.toStdString());
        QVERIFY(live.waitFor([&] { return live.welcome().has_value(); }));

        // A new role: her connection closes, her token is refused, and she signs in as what she is now.
        const HttpReply promoted = httpSend(url, "PATCH", u"/api/v1/users/dana"_s, m_admin, R"({"role":"supervisor"})");
        QCOMPARE(promoted.status, 200);
        QVERIFY(protocol::decodeUserRecord(promoted.body.toStdString()).value().role == protocol::Role::Supervisor);
        QVERIFY(live.waitForClose(5000));
        QCOMPARE(live.closeCode(), 4001);
        QCOMPARE(httpSend(url, "GET", u"/api/v1/sessions"_s, dana).status, 401);
        QCOMPARE(roleOnLogin(url, "dana", kGoodPassword), std::string("supervisor"));

        // Deactivated: she signs in nowhere; reactivated, she does again.
        QCOMPARE(httpSend(url, "PATCH", u"/api/v1/users/dana"_s, m_admin, R"({"active":false})").status, 200);
        QCOMPARE(login(url, "dana", kGoodPassword), QString());
        QCOMPARE(httpSend(url, "PATCH", u"/api/v1/users/dana"_s, m_admin, R"({"active":true})").status, 200);
        QVERIFY(!login(url, "dana", kGoodPassword).isEmpty());

        // A new password: the old one stops working; a weak one is refused with the policy's words.
        const HttpReply weak
            = httpSend(url, "PUT", u"/api/v1/users/dana/password"_s, m_admin, R"({"password":"short"})");
        QCOMPARE(weak.status, 422);
        QVERIFY2(weak.body.contains("12"), weak.body.constData());
        QCOMPARE(
            httpSend(url, "PUT", u"/api/v1/users/dana/password"_s, m_admin, R"({"password":"another long passphrase"})")
                .status,
            204);
        QCOMPARE(login(url, "dana", kGoodPassword), QString());
        QVERIFY(!login(url, "dana", "another long passphrase").isEmpty());
        // A new display name is audited with the name it now shows; the same name again changes nothing.
        QCOMPARE(
            httpSend(url, "PATCH", u"/api/v1/users/dana"_s, m_admin, R"({"displayName":" Dana K. Scully "})").status,
            200);
        QCOMPARE(httpSend(url, "PATCH", u"/api/v1/users/dana"_s, m_admin, R"({"displayName":"Dana K. Scully"})").status,
            200);
        QCOMPARE(httpSend(url, "PATCH", u"/api/v1/users/nobody"_s, m_admin, R"({"active":false})").status, 404);
        QCOMPARE(httpSend(url, "PUT", u"/api/v1/users/nobody/password"_s, m_admin, R"({"password":"x"})").status, 404);
        QCOMPARE(httpSend(url, "PATCH", u"/api/v1/users/dana"_s, m_admin, R"({"role":7})").status, 400);
    }

    void theLastAdminStays()
    {
        const QUrl url = m_server.url();
        const HttpReply demote = httpSend(url, "PATCH", u"/api/v1/users/admin"_s, m_admin, R"({"role":"agent"})");
        QCOMPARE(demote.status, 409);
        QVERIFY2(demote.body.contains("last active admin"), demote.body.constData());
        QCOMPARE(httpSend(url, "PATCH", u"/api/v1/users/admin"_s, m_admin, R"({"active":false})").status, 409);
        // With a second admin, the first may step down.
        QCOMPARE(httpSend(url, "PATCH", u"/api/v1/users/dana"_s, m_admin, R"({"role":"admin"})").status, 200);
        QCOMPARE(httpSend(url, "PATCH", u"/api/v1/users/admin"_s, m_admin, R"({"role":"supervisor"})").status, 200);
        QCOMPARE(httpSend(url, "GET", u"/api/v1/users"_s, m_admin).status, 401); // the change ended this session too
    }

    /// Last: stops the server.
    void changesAreAudited()
    {
        QCOMPARE(m_server.stop(), 0);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"audit"_s);
        db.setDatabaseName(m_dir.filePath(u"pilothouse-server.sqlite"_s));
        {
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(u"SELECT name, user, target, detail, source FROM audit WHERE name LIKE 'user.%' ORDER BY id"_s));
            QStringList rows;
            while (q.next()) {
                rows << QStringList {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString()}
                            .join(u' ')
                            .simplified();
            }
            QCOMPARE(rows,
                (QStringList {u"user.add admin dana agent 127.0.0.1"_s,
                    u"user.set_role admin dana supervisor 127.0.0.1"_s, u"user.disable admin dana 127.0.0.1"_s,
                    u"user.enable admin dana 127.0.0.1"_s, u"user.passwd admin dana 127.0.0.1"_s,
                    u"user.set_display_name admin dana Dana K. Scully 127.0.0.1"_s,
                    u"user.set_role admin dana admin 127.0.0.1"_s,
                    u"user.set_role admin admin supervisor 127.0.0.1"_s}));
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(u"audit"_s);
    }

private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    QString m_admin;
};

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
