// Two-factor sign-in on the real pilothouse-server (docs/protocol.md 2.1, "Two-factor sign-in";
// server/auth/twofactorstore.h): a user turns it on with a first code from the app and gets ten
// recovery codes once; sign-in then asks for a code after the password; a code works once, a
// clock one step ahead is fine, each recovery code works once; admins alone reset it. The secret
// and the recovery codes are found neither in the server's log nor in its database file.

#include "auth/totp.h"
#include "protocol/rest.h"
#include "protocol/twofactor.h"
#include "protocol/users.h"
#include "restclient.h"
#include "serverprocess.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using pilothouse::testing::HttpReply;
using pilothouse::testing::httpSend;
using pilothouse::testing::ServerProcess;
using namespace Qt::StringLiterals;
namespace protocol = pilothouse::protocol;
namespace totp = pilothouse::server::totp;

namespace {

/// A sign-in with the demo password (or `password`) and `code`.
HttpReply signIn(const QUrl &server, const std::string &user, const QString &code, std::string password = {})
{
    protocol::LoginRequest login {user, password.empty() ? user + "-demo" : password};
    login.code = code.toStdString();
    return httpSend(server, "POST", u"/api/v1/login"_s, {}, protocol::encode(login));
}

QString errorCode(const HttpReply &reply)
{
    const auto error = protocol::decodeRestError(reply.body.toStdString());
    return error ? QString::fromStdString(error.value().code) : QString();
}

qint64 now()
{
    return QDateTime::currentSecsSinceEpoch();
}

} // namespace

class TestTwoFactor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_server.keepLog();
        QVERIFY2(
            m_server.start(m_dir.path(), {u"--demo"_s, u"--simulate"_s, u"0"_s}), qPrintable(m_server.errorString()));
    }

    void turnedOnWithAFirstCodeThenAskedForAtSignIn()
    {
        const QUrl url = m_server.url();
        const QString token = pilothouse::testing::signIn(url, u"agent"_s);
        QVERIFY(!token.isEmpty());
        auto status = protocol::decodeTwoFactorStatus(
            httpSend(url, "GET", u"/api/v1/account/two-factor"_s, token).body.toStdString());
        QVERIFY(status);
        QCOMPARE(status.value(), (protocol::TwoFactorStatus {false, 0}));

        // The set-up: a secret as text and as the URI a QR code carries.
        const HttpReply started = httpSend(url, "POST", u"/api/v1/account/two-factor"_s, token);
        QCOMPARE(started.status, 200);
        const auto enrolment = protocol::decodeTwoFactorEnrolment(started.body.toStdString());
        QVERIFY(enrolment);
        m_secret = QString::fromStdString(enrolment.value().secret);
        const auto key = totp::fromBase32(m_secret);
        QVERIFY(key && key->size() == totp::kSecretBytes);
        m_key = *key;
        QVERIFY(QString::fromStdString(enrolment.value().uri)
                    .startsWith(u"otpauth://totp/Pilothouse:agent?secret="_s + m_secret));
        // Not in force until confirmed: the password alone still signs in.
        QCOMPARE(signIn(url, "agent", {}).status, 200);

        // A wrong first code is refused; the right one turns it on and gives ten codes once.
        const auto confirm = [&](const QString &code) {
            return httpSend(url, "POST", u"/api/v1/account/two-factor/confirm"_s, token,
                protocol::encode(protocol::TwoFactorCode {code.toStdString()}));
        };
        QCOMPARE(confirm(totp::codeAt(m_key, now() - 300)).status, 422);
        QCOMPARE(httpSend(url, "POST", u"/api/v1/account/two-factor/confirm"_s, token, "{}").status, 400);
        const QString first = totp::codeAt(m_key, now());
        const HttpReply confirmed = confirm(first);
        QCOMPARE(confirmed.status, 200);
        const auto codes = protocol::decodeRecoveryCodes(confirmed.body.toStdString());
        QVERIFY(codes);
        for (const std::string &code : codes.value().codes) {
            m_recovery << QString::fromStdString(code);
            QVERIFY2(
                QRegularExpression(u"^[a-z2-9]{5}-[a-z2-9]{5}$"_s).match(m_recovery.last()).hasMatch(), code.c_str());
        }
        QCOMPARE(QSet<QString>(m_recovery.begin(), m_recovery.end()).size(), 10);
        QCOMPARE(confirm(first).status, 409); // nothing left to confirm
        QCOMPARE(httpSend(url, "POST", u"/api/v1/account/two-factor"_s, token).status, 409);

        // Sign-in now asks for the code after the password.
        const HttpReply asked = signIn(url, "agent", {});
        QCOMPARE(asked.status, 401);
        QCOMPARE(errorCode(asked), u"second_factor_required"_s);
        // A wrong password says nothing about a second step.
        QCOMPARE(errorCode(signIn(url, "agent", totp::codeAt(m_key, now()), "wrong password")), u"unauthorized"_s);
        // The code that confirmed the set-up was used: not again.
        QCOMPARE(errorCode(signIn(url, "agent", first)), u"unauthorized"_s);
        // A phone a step ahead: its code is fine, once.
        const QString ahead = totp::codeAt(m_key, now() + totp::kStepSeconds);
        QCOMPARE(signIn(url, "agent", ahead).status, 200);
        QCOMPARE(errorCode(signIn(url, "agent", ahead)), u"unauthorized"_s);

        // A recovery code works once, however it is typed.
        QCOMPARE(signIn(url, "agent", m_recovery.at(0)).status, 200);
        QCOMPARE(signIn(url, "agent", m_recovery.at(0)).status, 401);
        QCOMPARE(signIn(url, "agent", m_recovery.at(1).toUpper().remove(u'-')).status, 200);
        status = protocol::decodeTwoFactorStatus(
            httpSend(url, "GET", u"/api/v1/account/two-factor"_s, token).body.toStdString());
        QCOMPARE(status.value(), (protocol::TwoFactorStatus {true, 8}));
    }

    void secretsAreNeitherLoggedNorStoredInClear()
    {
        // Read while the server runs: the database file and its write-ahead log.
        QByteArray stored;
        for (const QString &name : {u"pilothouse-server.sqlite"_s, u"pilothouse-server.sqlite-wal"_s}) {
            QFile file(m_dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                stored += file.readAll();
        }
        QVERIFY(stored.size() > 0);
        QVERIFY2(!stored.contains(m_key), "the raw secret is in the database file");
        QVERIFY2(!stored.contains(m_secret.toLatin1()), "the base32 secret is in the database file");
        QVERIFY2(!m_server.log().contains(m_secret), "the secret reached the log");
        for (const QString &code : std::as_const(m_recovery)) {
            QVERIFY2(!stored.contains(code.toLatin1()) && !stored.contains(QString(code).remove(u'-').toLatin1()),
                qPrintable(code));
            QVERIFY2(!m_server.log().contains(code), qPrintable(code));
        }
        // The key that seals it lives beside the database, for the server's user alone.
        const QFile key(m_dir.filePath(u"secrets.key"_s));
        QVERIFY(key.exists());
        QCOMPARE(key.size(), 32);
        QCOMPARE(key.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions {});
    }

    void adminsAloneResetIt()
    {
        const QUrl url = m_server.url();
        const QString supervisor = pilothouse::testing::signIn(url, u"supervisor"_s);
        const QString admin = pilothouse::testing::signIn(url, u"admin"_s);
        QCOMPARE(httpSend(url, "DELETE", u"/api/v1/users/agent/two-factor"_s, supervisor).status, 403);
        QCOMPARE(httpSend(url, "DELETE", u"/api/v1/users/nobody/two-factor"_s, admin).status, 404);
        // The users list says who has it.
        const auto twoFactorOf = [&](const std::string &name) {
            const auto list
                = protocol::decodeUserList(httpSend(url, "GET", u"/api/v1/users"_s, admin).body.toStdString());
            for (const auto &user : list.value().users)
                if (user.name == name)
                    return user.twoFactor;
            return false;
        };
        QVERIFY(twoFactorOf("agent"));
        QVERIFY(!twoFactorOf("supervisor"));
        QCOMPARE(signIn(url, "agent", {}).status, 401);
        QCOMPARE(httpSend(url, "DELETE", u"/api/v1/users/agent/two-factor"_s, admin).status, 204);
        QCOMPARE(signIn(url, "agent", {}).status, 200); // the password alone again
        QVERIFY(!twoFactorOf("agent"));
        // A restart keeps what is on and what is not: the supervisor turns it on, the server
        // restarts (the key file read back), and the code from the app still works.
        const HttpReply started = httpSend(url, "POST", u"/api/v1/account/two-factor"_s, supervisor);
        const auto enrolment = protocol::decodeTwoFactorEnrolment(started.body.toStdString());
        QVERIFY(enrolment);
        const QByteArray key = *totp::fromBase32(QString::fromStdString(enrolment.value().secret));
        QCOMPARE(httpSend(url, "POST", u"/api/v1/account/two-factor/confirm"_s, supervisor,
                     protocol::encode(protocol::TwoFactorCode {totp::codeAt(key, now()).toStdString()}))
                     .status,
            200);
        QCOMPARE(m_server.stop(), 0);
        QVERIFY(m_server.start(m_dir.path(), {u"--demo"_s, u"--simulate"_s, u"0"_s}));
        QCOMPARE(errorCode(signIn(m_server.url(), "supervisor", {})), u"second_factor_required"_s);
        QCOMPARE(signIn(m_server.url(), "supervisor", totp::codeAt(key, now() + totp::kStepSeconds)).status, 200);
        QCOMPARE(m_server.stop(), 0);
    }

private:
    QTemporaryDir m_dir;
    ServerProcess m_server;
    QString m_secret;
    QByteArray m_key;
    QStringList m_recovery;
};

QTEST_GUILESS_MAIN(TestTwoFactor)
#include "tst_twofactor.moc"
