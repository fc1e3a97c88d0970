// `pilothouse-server users`: an administrator adds colleagues and manages them on a stopped server
// (docs: README, "Users"), and what they did holds when the server runs: the new user signs in,
// a disabled one cannot, the last admin stays, weak passwords are refused, an admin locked out of
// two-factor sign-in gets back in, and the tool refuses to touch a data directory a running server
// holds.

#include "auth/totp.h"
#include "protocol/audit.h"
#include "protocol/twofactor.h"
#include "restclient.h"
#include "serverharness.h"
#include "serverprocess.h"

#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace pilothouse::testing;
using testing::login;
namespace protocol = pilothouse::protocol;
namespace totp = pilothouse::server::totp;

namespace {

ServerRun users(const QString &dataDir, QStringList arguments, const QByteArray &input = {})
{
    arguments.prepend(QStringLiteral("users"));
    arguments << QStringLiteral("--data-dir") << dataDir;
    return runServerToExit(arguments, QProcessEnvironment::systemEnvironment(), input);
}

} // namespace

class TestUsersCli : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void addSignInDisableAndTheLastAdmin()
    {
        QTemporaryDir dir;
        const QString data = dir.path();

        // A deployment without --demo starts with an admin the tool created.
        ServerRun run = users(data,
            {QStringLiteral("add"), QStringLiteral("dana"), QStringLiteral("--role"), QStringLiteral("admin"),
                QStringLiteral("--display-name"), QStringLiteral("Dana Scully")},
            "correct horse battery\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.standardError));
        run = users(data,
            {QStringLiteral("add"), QStringLiteral("ed"), QStringLiteral("--role"), QStringLiteral("agent")},
            "a long enough password\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.standardError));
        run = users(data, {QStringLiteral("list")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.standardOutput, QStringLiteral("dana\tadmin\tactive\tDana Scully\ned\tagent\tactive\ted\n"));

        // The last active admin can be neither demoted nor disabled.
        run = users(data, {QStringLiteral("set-role"), QStringLiteral("dana"), QStringLiteral("agent")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.standardError.contains(QStringLiteral("last active admin")), qPrintable(run.standardError));
        run = users(data, {QStringLiteral("disable"), QStringLiteral("dana")});
        QCOMPARE(run.exitCode, 2);
        run = users(data, {QStringLiteral("disable"), QStringLiteral("ed")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.standardError));

        // While a server runs on the directory the tool refuses, saying who holds it.
        ServerProcess server;
        QVERIFY2(server.start(data), qPrintable(server.errorString()));
        const QString token
            = login(quint16(server.port()), QStringLiteral("dana"), QStringLiteral("correct horse battery"));
        QVERIFY2(!token.isEmpty(), "the admin the tool added cannot sign in");
        QVERIFY2(
            login(quint16(server.port()), QStringLiteral("ed"), QStringLiteral("a long enough password")).isEmpty(),
            "a disabled user signed in");
        run = users(data, {QStringLiteral("list")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.standardError.contains(QStringLiteral("is running on")), qPrintable(run.standardError));
        QVERIFY(run.standardOutput.isEmpty());
        // A second server on the same directory refuses the same way.
        const ServerRun second = runServerToExit(
            {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--data-dir"), data});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.standardError.contains(QStringLiteral("is running on")), qPrintable(second.standardError));
        server.stop();

        // Enabled again, and a new password: the old one stops working.
        QCOMPARE(users(data, {QStringLiteral("enable"), QStringLiteral("ed")}).exitCode, 0);
        QCOMPARE(users(data, {QStringLiteral("passwd"), QStringLiteral("ed")}, "quite another secret\n").exitCode, 0);
        QVERIFY2(server.start(data), qPrintable(server.errorString()));
        QVERIFY(
            login(quint16(server.port()), QStringLiteral("ed"), QStringLiteral("a long enough password")).isEmpty());
        QVERIFY(!login(quint16(server.port()), QStringLiteral("ed"), QStringLiteral("quite another secret")).isEmpty());
        server.stop();

        // With a second admin, the first may step down.
        QCOMPARE(users(data, {QStringLiteral("set-role"), QStringLiteral("ed"), QStringLiteral("admin")}).exitCode, 0);
        QCOMPARE(
            users(data, {QStringLiteral("set-role"), QStringLiteral("dana"), QStringLiteral("supervisor")}).exitCode,
            0);
    }

    /// The way back in for an admin who lost both the phone and the recovery codes: on the stopped
    /// server, without the key file (lost with the phone's backup, say).
    void resetTwoFactorOfALockedOutAdmin()
    {
        QTemporaryDir dir;
        const QString data = dir.path();
        QCOMPARE(users(data,
                     {QStringLiteral("add"), QStringLiteral("dana"), QStringLiteral("--role"), QStringLiteral("admin")},
                     "correct horse battery\n")
                     .exitCode,
            0);
        ServerProcess server;
        QVERIFY2(server.start(data), qPrintable(server.errorString()));
        const QUrl url = server.url();
        const QString token
            = login(quint16(server.port()), QStringLiteral("dana"), QStringLiteral("correct horse battery"));
        const auto enrolment = protocol::decodeTwoFactorEnrolment(
            httpSend(url, "POST", QStringLiteral("/api/v1/account/two-factor"), token).body.toStdString());
        QVERIFY(enrolment);
        const QByteArray key = *totp::fromBase32(QString::fromStdString(enrolment.value().secret));
        QCOMPARE(httpSend(url, "POST", QStringLiteral("/api/v1/account/two-factor/confirm"), token,
                     protocol::encode(
                         protocol::TwoFactorCode {totp::codeAt(key, QDateTime::currentSecsSinceEpoch()).toStdString()}))
                     .status,
            200);
        QVERIFY(
            login(quint16(server.port()), QStringLiteral("dana"), QStringLiteral("correct horse battery")).isEmpty());
        // Refused while the server runs, like every other command.
        QCOMPARE(users(data, {QStringLiteral("reset-two-factor"), QStringLiteral("dana")}).exitCode, 1);
        QCOMPARE(server.stop(), 0);

        QVERIFY(QFile::remove(dir.filePath(QStringLiteral("secrets.key"))));
        ServerRun run = users(data, {QStringLiteral("reset-two-factor"), QStringLiteral("dana")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.standardError));
        QVERIFY2(run.standardOutput.contains(QStringLiteral("two-factor sign-in of dana is off")),
            qPrintable(run.standardOutput));
        run = users(data, {QStringLiteral("reset-two-factor"), QStringLiteral("dana")}); // nothing left to reset
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.standardError.contains(QStringLiteral("no two-factor sign-in")), qPrintable(run.standardError));

        // The password alone signs in again; the old session ended; the reset is audited.
        QVERIFY2(server.start(data), qPrintable(server.errorString()));
        const QString again
            = login(quint16(server.port()), QStringLiteral("dana"), QStringLiteral("correct horse battery"));
        QVERIFY(!again.isEmpty());
        QCOMPARE(httpGet(server.url(), token, QStringLiteral("/api/v1/sessions")).status, 401);
        const auto audit = protocol::decodeAuditPage(
            httpGet(server.url(), again, QStringLiteral("/api/v1/audit?action=user.two_factor_reset"))
                .body.toStdString());
        QVERIFY(audit && audit.value().entries.size() == 1);
        QCOMPARE(audit.value().entries[0].source, std::string("command-line"));
        QCOMPARE(audit.value().entries[0].target, std::string("dana"));
        QCOMPARE(server.stop(), 0);
    }

    void badInputIsRefusedClearly_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("says");
        const QStringList add {
            QStringLiteral("add"), QStringLiteral("zoe"), QStringLiteral("--role"), QStringLiteral("agent")};
        QTest::newRow("11 characters") << add << QByteArray("eleven char\n") << QStringLiteral("at least 12");
        QTest::newRow("129 characters") << add << QByteArray(129, 'x').append('\n') << QStringLiteral("at most 128");
        QTest::newRow("the user name") << add << QByteArray("zoe-zoe-zoe-zoe\n") << QStringLiteral("user name");
        QTest::newRow("common") << add << QByteArray("Password1234\n") << QStringLiteral("common passwords");
        QTest::newRow("no password") << add << QByteArray() << QStringLiteral("standard input");
        QTest::newRow("unknown role") << QStringList {QStringLiteral("add"), QStringLiteral("zoe"),
            QStringLiteral("--role"), QStringLiteral("boss")}
                                      << QByteArray("a long enough password\n") << QStringLiteral("'boss'");
        QTest::newRow("unknown command") << QStringList {QStringLiteral("frob")} << QByteArray()
                                         << QStringLiteral("usage:");
        QTest::newRow("no such user") << QStringList {QStringLiteral("disable"), QStringLiteral("nobody")}
                                      << QByteArray() << QStringLiteral("no user named nobody");
        QTest::newRow("missing argument") << QStringList {QStringLiteral("set-role"), QStringLiteral("zoe")}
                                          << QByteArray() << QStringLiteral("wrong number of arguments");
    }

    void badInputIsRefusedClearly()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, input);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const ServerRun run = users(dir.path(), arguments, input);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.standardError.contains(says), qPrintable(run.standardError));
        // Nothing was written: the user does not exist.
        const ServerRun list = users(dir.path(), {QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(!list.standardOutput.contains(QStringLiteral("zoe")), qPrintable(list.standardOutput));
    }
};

QTEST_GUILESS_MAIN(TestUsersCli)
#include "tst_userscli.moc"
