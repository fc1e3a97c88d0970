// An admin requires two-factor sign-in of every account (docs/protocol.md 2.1, "Requiring
// two-factor sign-in"), on the real pilothouse-server: only an admin who has it may require it;
// the sessions of everyone without it end at once (their live stream closes with 4001 and
// two_factor_setup_required); their next sign-in gets a token that reaches the set-up and nothing
// else, REST or stream, until a first code confirms it, and then everything their role allows. An
// admin's reset meanwhile ends that user's sessions again. Each change is audited.

#include "auth/totp.h"
#include "protocol/audit.h"
#include "protocol/rest.h"
#include "protocol/twofactor.h"
#include "restclient.h"
#include "serverharness.h"
#include "serverprocess.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using pilothouse::testing::HttpReply;
using pilothouse::testing::httpSend;
using pilothouse::testing::ServerProcess;
using testing::StreamClient;
using namespace Qt::StringLiterals;
namespace protocol = pilothouse::protocol;
namespace totp = pilothouse::server::totp;

namespace {

QString errorCode(const HttpReply &reply)
{
    const auto error = protocol::decodeRestError(reply.body.toStdString());
    return error ? QString::fromStdString(error.value().code) : QString();
}

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

HttpReply setRequired(const QUrl &url, const QString &token, bool required)
{
    return httpSend(url, "PUT", u"/api/v1/security"_s, token, protocol::encode(protocol::SecurityPolicy {required}));
}

/// Turns two-factor sign-in on for the token's user; the key, or empty when a step failed.
QByteArray turnOn(const QUrl &url, const QString &token)
{
    const auto enrolment = protocol::decodeTwoFactorEnrolment(
        httpSend(url, "POST", u"/api/v1/account/two-factor"_s, token).body.toStdString());
    if (!enrolment)
        return {};
    const QByteArray key = totp::fromBase32(QString::fromStdString(enrolment.value().secret)).value_or(QByteArray());
    const HttpReply confirmed = httpSend(url, "POST", u"/api/v1/account/two-factor/confirm"_s, token,
        protocol::encode(protocol::TwoFactorCode {totp::codeAt(key, now()).toStdString()}));
    return confirmed.status == 200 ? key : QByteArray();
}

} // namespace

class TestTwoFactorPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(
            m_server.start(m_dir.path(), {u"--demo"_s, u"--simulate"_s, u"0"_s}), qPrintable(m_server.errorString()));
    }

    /// Connects with `token` and reports how the server answered the hello.
    bool welcomed(StreamClient &client, const QString &token)
    {
        if (!client.connectTo(quint16(m_server.port())))
            return false;
        client.hello(token.toStdString());
        return client.waitFor([&] { return client.welcome().has_value() || client.closed(); }, 10000)
            && client.welcome().has_value();
    }

    void onlyAnAdminWhoHasItRequiresIt()
    {
        const QUrl url = m_server.url();
        m_admin = pilothouse::testing::signIn(url, u"admin"_s);
        const QString supervisor = pilothouse::testing::signIn(url, u"supervisor"_s);
        QCOMPARE(httpSend(url, "GET", u"/api/v1/security"_s, supervisor).status, 403);
        QCOMPARE(setRequired(url, supervisor, true).status, 403);
        const HttpReply policy = httpSend(url, "GET", u"/api/v1/security"_s, m_admin);
        QCOMPARE(policy.status, 200);
        QCOMPARE(protocol::decodeSecurityPolicy(policy.body.toStdString()).value(), protocol::SecurityPolicy {false});
        QCOMPARE(httpSend(url, "PUT", u"/api/v1/security"_s, m_admin, R"({"twoFactorRequired":"yes"})").status, 400);
        // Without it oneself, requiring it would lock the admin out: refused, and nothing changes.
        const HttpReply refused = setRequired(url, m_admin, true);
        QCOMPARE(refused.status, 409);
        QCOMPARE(errorCode(refused), u"conflict"_s);
        QCOMPARE(protocol::decodeSecurityPolicy(httpSend(url, "GET", u"/api/v1/security"_s, m_admin).body.toStdString())
                     .value(),
            protocol::SecurityPolicy {false});
        QVERIFY(!turnOn(url, m_admin).isEmpty());
    }

    void requiringItEndsTheSessionsOfEveryoneWithoutIt()
    {
        const QUrl url = m_server.url();
        const QString agent = pilothouse::testing::signIn(url, u"agent"_s);
        StreamClient live;
        QVERIFY(welcomed(live, agent));
        StreamClient adminLive;
        QVERIFY(welcomed(adminLive, m_admin));

        const HttpReply required = setRequired(url, m_admin, true);
        QCOMPARE(required.status, 200);
        QCOMPARE(protocol::decodeSecurityPolicy(required.body.toStdString()).value(), protocol::SecurityPolicy {true});
        QVERIFY(live.waitForClose(5000));
        QCOMPARE(live.closeCode(), 4001);
        QVERIFY(live.lastError() && live.lastError()->code == "two_factor_setup_required");
        QCOMPARE(pilothouse::testing::httpGet(url, agent, u"/api/v1/sessions"_s).status, 401);
        // The admin has it: their connection stays.
        QTest::qWait(200);
        QVERIFY(!adminLive.closed());
        QCOMPARE(setRequired(url, m_admin, true).status, 200); // already so: nothing more happens
    }

    void aNewSignInReachesTheSetUpAndNothingElseUntilConfirmed()
    {
        const QUrl url = m_server.url();
        const HttpReply signedIn = httpSend(
            url, "POST", u"/api/v1/login"_s, {}, protocol::encode(protocol::LoginRequest {"agent", "agent-demo"}));
        QCOMPARE(signedIn.status, 200);
        const auto login = protocol::decodeLoginResponse(signedIn.body.toStdString());
        QVERIFY(login);
        QVERIFY(login.value().twoFactorSetupRequired);
        const QString token = QString::fromStdString(login.value().token);

        const HttpReply sessions = pilothouse::testing::httpGet(url, token, u"/api/v1/sessions"_s);
        QCOMPARE(sessions.status, 403);
        QCOMPARE(errorCode(sessions), u"two_factor_setup_required"_s);
        QCOMPARE(errorCode(pilothouse::testing::httpGet(url, token, u"/api/v1/config/rules/versions"_s)),
            u"two_factor_setup_required"_s);
        StreamClient refused;
        QVERIFY(!welcomed(refused, token));
        QCOMPARE(refused.closeCode(), 4001);
        QVERIFY(refused.lastError() && refused.lastError()->code == "two_factor_setup_required");

        // The set-up itself is open to it; once confirmed the same token reaches everything the
        // role allows.
        QCOMPARE(pilothouse::testing::httpGet(url, token, u"/api/v1/account/two-factor"_s).status, 200);
        m_agentKey = turnOn(url, token);
        QVERIFY(!m_agentKey.isEmpty());
        QCOMPARE(pilothouse::testing::httpGet(url, token, u"/api/v1/sessions"_s).status, 200);
        StreamClient live;
        QVERIFY(welcomed(live, token));
        // Still an agent: an admin's route stays closed for the role's sake.
        QCOMPARE(errorCode(pilothouse::testing::httpGet(url, token, u"/api/v1/security"_s)), u"forbidden"_s);
        m_agent = token;
    }

    void aResetWhileRequiredEndsThatUsersSessions()
    {
        const QUrl url = m_server.url();
        StreamClient live;
        QVERIFY(welcomed(live, m_agent));
        QCOMPARE(httpSend(url, "DELETE", u"/api/v1/users/agent/two-factor"_s, m_admin).status, 204);
        QVERIFY(live.waitForClose(5000));
        QVERIFY(live.lastError() && live.lastError()->code == "two_factor_setup_required");
        QCOMPARE(pilothouse::testing::httpGet(url, m_agent, u"/api/v1/sessions"_s).status, 401);
        const auto again = protocol::decodeLoginResponse(httpSend(
            url, "POST", u"/api/v1/login"_s, {}, protocol::encode(protocol::LoginRequest {"agent", "agent-demo"}))
                                                             .body.toStdString());
        QVERIFY(again && again.value().twoFactorSetupRequired);
    }

    void noLongerRequiredThePasswordAloneSignsInAgainAndBothAreAudited()
    {
        const QUrl url = m_server.url();
        QCOMPARE(setRequired(url, m_admin, false).status, 200);
        const HttpReply signedIn = httpSend(
            url, "POST", u"/api/v1/login"_s, {}, protocol::encode(protocol::LoginRequest {"agent", "agent-demo"}));
        const auto login = protocol::decodeLoginResponse(signedIn.body.toStdString());
        QVERIFY(login);
        QVERIFY(!login.value().twoFactorSetupRequired);
        QVERIFY(!signedIn.body.contains("twoFactorSetupRequired")); // absent means false
        QCOMPARE(pilothouse::testing::httpGet(url, QString::fromStdString(login.value().token), u"/api/v1/sessions"_s)
                     .status,
            200);

        const auto audit = protocol::decodeAuditPage(
            pilothouse::testing::httpGet(url, m_admin, u"/api/v1/audit?action=security.require_two_factor"_s)
                .body.toStdString());
        QVERIFY(audit);
        QCOMPARE(audit.value().entries.size(), std::size_t(1));
        QCOMPARE(audit.value().entries[0].user, std::string("admin"));
        const auto stopped = protocol::decodeAuditPage(
            pilothouse::testing::httpGet(url, m_admin, u"/api/v1/audit?action=security.stop_requiring_two_factor"_s)
                .body.toStdString());
        QVERIFY(stopped);
        QCOMPARE(stopped.value().entries.size(), std::size_t(1));
    }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }

private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    QString m_admin;
    QString m_agent;
    QByteArray m_agentKey;
};

QTEST_GUILESS_MAIN(TestTwoFactorPolicy)
#include "tst_twofactorpolicy.moc"
