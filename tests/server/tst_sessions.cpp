// Sign-in sessions on the real pilothouse-server (docs/protocol.md 2.1, "Sessions";
// server/http/sessionsapi.h): each sign-in is a session listed with what signed in, from where and
// when; its own user and admins may end it, and then its token signs nothing in and its live
// stream connection closes with 4001 at once; other users' sessions are not even confirmed to
// exist; every ending is audited.

#include "protocol/rest.h"
#include "protocol/sessions.h"
#include "restclient.h"
#include "serverharness.h"
#include "serverprocess.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using pilothouse::testing::HttpReply;
using pilothouse::testing::ServerProcess;
using testing::StreamClient;
using namespace Qt::StringLiterals;
namespace protocol = pilothouse::protocol;

namespace {

/// Signs in as the demo `user` saying it is `device`; the token, or "" when refused.
QString signInAs(const QUrl &server, const QString &user, const std::string &device)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(server.resolved(QUrl(u"/api/v1/login"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    const std::string body
        = protocol::encode(protocol::LoginRequest {user.toStdString(), user.toStdString() + "-demo", device});
    const HttpReply reply = pilothouse::testing::finish(manager.post(request, QByteArray::fromStdString(body)));
    const auto response = protocol::decodeLoginResponse(reply.body.toStdString());
    return response ? QString::fromStdString(response.value().token) : QString();
}

HttpReply endSession(const QUrl &server, const QString &token, const std::string &id)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(server.resolved(QUrl(u"/api/v1/sessions/"_s + QString::fromStdString(id))));
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    return pilothouse::testing::finish(manager.deleteResource(request));
}

std::optional<protocol::SessionList> sessions(const QUrl &server, const QString &token, const QString &query = {})
{
    const HttpReply reply = pilothouse::testing::httpGet(server, token, u"/api/v1/sessions"_s + query);
    if (reply.status != 200) {
        qWarning("HTTP %d: %s", reply.status, reply.body.constData());
        return std::nullopt;
    }
    auto list = protocol::decodeSessionList(reply.body.toStdString());
    return list ? std::optional(list.value()) : std::nullopt;
}

} // namespace

class TestSessions : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(
            m_server.start(m_dir.path(), {u"--demo"_s, u"--simulate"_s, u"0"_s}), qPrintable(m_server.errorString()));
    }

    void eachSignInIsASessionItsUserCanEnd()
    {
        const QUrl url = m_server.url();
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const QString laptop = signInAs(url, u"agent"_s, "Pilothouse 1.0 on Linux (laptop)");
        const QString desk = signInAs(url, u"agent"_s, std::string(300, 'd')); // cut, not refused
        QVERIFY(!laptop.isEmpty() && !desk.isEmpty());
        StreamClient live;
        QVERIFY(live.connectTo(quint16(m_server.port())));
        live.hello(laptop.toStdString());
        QVERIFY(live.waitFor([&] { return live.welcome().has_value(); }));

        // Asked from the desk: both sessions, newest first, the desk's marked current, the
        // laptop's live.
        const auto list = sessions(url, desk);
        QVERIFY(list);
        QCOMPARE(list->sessions.size(), std::size_t(2));
        const protocol::SessionInfo &deskSession = list->sessions[0];
        const protocol::SessionInfo &laptopSession = list->sessions[1];
        QCOMPARE(laptopSession.device, std::string("Pilothouse 1.0 on Linux (laptop)"));
        QCOMPARE(deskSession.device, std::string(protocol::kMaxDeviceLength, 'd'));
        QVERIFY(deskSession.current && !laptopSession.current);
        QVERIFY(laptopSession.live && !deskSession.live);
        for (const protocol::SessionInfo &s : list->sessions) {
            QCOMPARE(s.user, std::string("agent"));
            QCOMPARE(s.address, std::string("127.0.0.1"));
            QVERIFY(s.createdAt >= before && s.lastSeen >= s.createdAt && s.expiresAt > s.lastSeen);
            QVERIFY(s.id.size() >= 16);
            QVERIFY(laptop.toStdString().find(s.id) == std::string::npos); // the id is not the token
        }

        // Ending the laptop's session from the desk: its connection closes at once with 4001, and
        // its token signs nothing in any more.
        QCOMPARE(endSession(url, desk, laptopSession.id).status, 204);
        QVERIFY(live.waitForClose(5000));
        QCOMPARE(live.closeCode(), 4001);
        QVERIFY(live.lastError() && live.lastError()->code == "unauthorized");
        QCOMPARE(pilothouse::testing::httpGet(url, laptop, u"/api/v1/sessions"_s).status, 401);
        StreamClient again;
        QVERIFY(again.connectTo(quint16(m_server.port())));
        again.hello(laptop.toStdString());
        QVERIFY(again.waitForClose(5000));
        QCOMPARE(again.closeCode(), 4001);
        QCOMPARE(sessions(url, desk)->sessions.size(), std::size_t(1));
        // Ended twice: there is no such session any more.
        QCOMPARE(endSession(url, desk, laptopSession.id).status, 404);
        m_agentDesk = QString::fromStdString(deskSession.id);
        m_agentToken = desk;
    }

    void otherUsersSessionsAreAdminsBusiness()
    {
        const QUrl url = m_server.url();
        const QString supervisor = signInAs(url, u"supervisor"_s, "desk");
        const auto own = sessions(url, supervisor);
        QVERIFY(own && own->sessions.size() == 1);
        // An agent may neither list nor end a supervisor's session, nor learn that it exists.
        QCOMPARE(pilothouse::testing::httpGet(url, m_agentToken, u"/api/v1/sessions?all=true"_s).status, 403);
        QCOMPARE(pilothouse::testing::httpGet(url, m_agentToken, u"/api/v1/sessions?user=supervisor"_s).status, 403);
        QCOMPARE(endSession(url, m_agentToken, own->sessions[0].id).status, 404);
        QCOMPARE(endSession(url, m_agentToken, "no-such-session").status, 404);
        QCOMPARE(pilothouse::testing::httpGet(url, {}, u"/api/v1/sessions"_s).status, 401);

        // An admin lists everyone's and ends the agent's.
        const QString admin = signInAs(url, u"admin"_s, "console");
        const auto everyone = sessions(url, admin, u"?all=true"_s);
        QVERIFY(everyone);
        QStringList users;
        for (const auto &s : everyone->sessions)
            users << QString::fromStdString(s.user);
        users.sort();
        QCOMPARE(users, (QStringList {u"admin"_s, u"agent"_s, u"supervisor"_s}));
        QCOMPARE(sessions(url, admin, u"?user=agent"_s)->sessions.size(), std::size_t(1));
        QCOMPARE(endSession(url, admin, m_agentDesk.toStdString()).status, 204);
        QCOMPARE(pilothouse::testing::httpGet(url, m_agentToken, u"/api/v1/sessions"_s).status, 401);
    }

    /// Last: stops the server.
    void signingOutEndsThisSessionOnly()
    {
        const QUrl url = m_server.url();
        const QString laptop = signInAs(url, u"supervisor"_s, "supervisor's laptop");
        const QString tablet = signInAs(url, u"supervisor"_s, "supervisor's tablet");
        StreamClient live;
        QVERIFY(live.connectTo(quint16(m_server.port())));
        live.hello(laptop.toStdString());
        QVERIFY(live.waitFor([&] { return live.welcome().has_value(); }));

        QCOMPARE(pilothouse::testing::httpSend(url, "POST", u"/api/v1/logout"_s, laptop, "{}").status, 204);
        // The laptop's token is revoked and its connection closed at once; the tablet signs in still.
        QVERIFY(live.waitForClose(5000));
        QCOMPARE(live.closeCode(), 4001);
        QCOMPARE(pilothouse::testing::httpGet(url, laptop, u"/api/v1/sessions"_s).status, 401);
        QCOMPARE(pilothouse::testing::httpSend(url, "POST", u"/api/v1/logout"_s, laptop, "{}").status, 401);
        QCOMPARE(pilothouse::testing::httpSend(url, "POST", u"/api/v1/logout"_s, {}, "{}").status, 401);
        const auto left = sessions(url, tablet);
        QVERIFY(left);
        QStringList devices;
        for (const protocol::SessionInfo &session : left->sessions) {
            devices << QString::fromStdString(session.device);
            if (session.current)
                m_stayed = QString::fromStdString(session.id);
        }
        QVERIFY2(devices.contains(u"supervisor's tablet"_s) && !devices.contains(u"supervisor's laptop"_s),
            qPrintable(devices.join(u", ")));
    }

    void endingsAreAudited()
    {
        QCOMPARE(m_server.stop(), 0);
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"audit"_s);
        db.setDatabaseName(m_dir.filePath(u"pilothouse-server.sqlite"_s));
        {
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT user, target, detail, source FROM audit WHERE name = 'session.end' ORDER BY id"_s));
            QStringList rows;
            while (q.next())
                rows << q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(3).toString();
            QCOMPARE(rows, (QStringList {u"agent agent 127.0.0.1"_s, u"admin agent 127.0.0.1"_s}));
            QVERIFY(q.exec(u"SELECT detail FROM audit WHERE name = 'session.end' ORDER BY id DESC LIMIT 1"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), m_agentDesk);
            // A sign-out is its own action, by the user about their own session.
            QVERIFY(q.exec(u"SELECT user, target, detail FROM audit WHERE name = 'sign_out'"_s));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), u"supervisor"_s);
            QCOMPARE(q.value(1).toString(), u"supervisor"_s);
            QVERIFY(!q.value(2).toString().isEmpty() && q.value(2).toString() != m_stayed); // the laptop's
            QVERIFY(!q.next());
        }
        db.close();
        db = {};
        QSqlDatabase::removeDatabase(u"audit"_s);
    }

    /// After endingsAreAudited (the server stopped): a data directory of schema 13, from before the
    /// viewer role, is migrated with its sessions kept: nobody is signed out by the upgrade.
    void sessionsSurviveTheUpgradeToTheViewerRole()
    {
        QVERIFY(m_server.start(m_dir.path(), {u"--demo"_s, u"--simulate"_s, u"0"_s}));
        const QString supervisor = signInAs(m_server.url(), u"supervisor"_s, "Upgrade desk");
        QVERIFY(!supervisor.isEmpty());
        QCOMPARE(m_server.stop(), 0);
        {
            // What schema 13 was: no viewers, a users table whose CHECK does not know them, and
            // none of the later tables (schema 15's two-factor ones).
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
            db.setDatabaseName(m_dir.filePath(u"pilothouse-server.sqlite"_s));
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"DELETE FROM users WHERE role = 'viewer'"_s));
            QVERIFY(q.exec(u"DROP TABLE totp"_s));
            QVERIFY(q.exec(u"DROP TABLE recovery_codes"_s));
            QVERIFY(q.exec(u"PRAGMA writable_schema = ON"_s));
            QVERIFY(q.exec(u"UPDATE sqlite_schema SET sql = replace(sql, '''viewer'',', '') WHERE name = 'users'"_s));
            QVERIFY(q.exec(u"PRAGMA writable_schema = OFF"_s));
            QVERIFY(q.exec(u"PRAGMA user_version = 13"_s));
            q = QSqlQuery();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"old"_s);

        QVERIFY(m_server.start(m_dir.path(), {u"--demo"_s, u"--simulate"_s, u"0"_s}));
        const auto list = sessions(m_server.url(), supervisor);
        QVERIFY2(list, "the supervisor's session did not survive the migration");
        QVERIFY(std::any_of(list->sessions.begin(), list->sessions.end(),
            [](const protocol::SessionInfo &s) { return s.current && s.device == "Upgrade desk"; }));
        QVERIFY(!signInAs(m_server.url(), u"viewer"_s, "Viewer desk").isEmpty()); // the demo viewer again
        QCOMPARE(m_server.stop(), 0);
    }

private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    QString m_agentDesk;
    QString m_agentToken;
    QString m_stayed; ///< The session that stayed (the tablet's) when the laptop signed out.
};

QTEST_GUILESS_MAIN(TestSessions)
#include "tst_sessions.moc"
