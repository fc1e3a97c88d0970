// TLS end to end: a private CA and a certificate for 127.0.0.1/localhost are made with the openssl
// CLI, the real pilothouse-server serves https and wss with it (--log-level trace), and the real
// Console (in this process, its token in the private keyring this test runs in) connects.
// - Without --ca-file the stored token's session and a password sign-in are both refused with
//   "The server's certificate is not trusted…", no retry follows, and the server's log proves no
//   TLS session was ever established: no HTTP request and no hello (so no token) reached it.
// - With --ca-file the sign-in and the session are accepted and the board fills.

#include "appoptions.h"
#include "console.h"
#include "serverprocess.h"

#include "credentials/tokenstore.h"
#include "live/notices.h"
#include "live/workspace.h"
#include "rest/loginclient.h"

#include <QDir>
#include <QGuiApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pilothouse::app;
using pilothouse::testing::ServerProcess;

namespace {

constexpr const char *kUser = "supervisor";
constexpr const char *kPassword = "supervisor-demo";
const QString kRefused = QStringLiteral("The server's certificate is not trusted");

bool run(const QString &dir, const QStringList &args, QString *error)
{
    QProcess openssl;
    openssl.setWorkingDirectory(dir);
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"), args);
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl %1 failed (%2): %3")
                     .arg(args.join(u' '), openssl.errorString(), QString::fromUtf8(openssl.readAll()));
        return false;
    }
    return true;
}

int count(const QString &log, const char *needle)
{
    return int(log.count(QLatin1String(needle)));
}

} // namespace

class TestTls : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ServerProcess m_server;

    QUrl url() const { return m_server.url(); }
    QString ca() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
    /// The server's log from `from` on, once everything it printed was read.
    QString logSince(qsizetype from) { return m_server.log().mid(from); }
    qsizetype mark() { return m_server.log().size(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString d = m_dir.path();
        QString error;
        QVERIFY2(
            run(d,
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                    QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"),
                    QStringLiteral("-out"), QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
                    QStringLiteral("-subj"), QStringLiteral("/CN=Pilothouse Test CA")},
                &error),
            qPrintable(error));
        QVERIFY2(
            run(d,
                {QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                    QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"),
                    QStringLiteral("server.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost")},
                &error),
            qPrintable(error));
        QFile ext(m_dir.filePath(QStringLiteral("server.ext")));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write("subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\n"
                  "extendedKeyUsage=serverAuth\n");
        ext.close();
        QVERIFY2(run(d,
                     {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                         QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                         QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                         QStringLiteral("-out"), QStringLiteral("server.pem"), QStringLiteral("-days"),
                         QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext")},
                     &error),
            qPrintable(error));

        m_server.keepLog(); // read below: which handshakes, sessions and sign-ins reached it
        QVERIFY2(
            m_server.start(m_dir.filePath(QStringLiteral("server")),
                {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("300"),
                    QStringLiteral("--seed"), QStringLiteral("4"), QStringLiteral("--log-level"),
                    QStringLiteral("trace"), QStringLiteral("--tls-cert"), m_dir.filePath(QStringLiteral("server.pem")),
                    QStringLiteral("--tls-key"), m_dir.filePath(QStringLiteral("server.key"))}),
            qPrintable(m_server.errorString()));
        QCOMPARE(m_server.url().scheme(), QStringLiteral("https"));
    }

    void cleanupTestCase() { m_server.stop(); }

    void refusedWithoutTheCaAndNoTokenReachesTheServer()
    {
        // A valid token in the keychain, fetched over a verified connection.
        pilothouse::net::LoginClient login;
        login.setCaFile(ca());
        QSignalSpy loggedIn(&login, &pilothouse::net::LoginClient::finished);
        login.login(url(), QString::fromLatin1(kUser), QString::fromLatin1(kPassword));
        QVERIFY(loggedIn.wait(30000));
        const auto result = loggedIn.constFirst().constFirst().value<pilothouse::net::LoginResult>();
        QVERIFY2(result.ok, qPrintable(result.message));
        pilothouse::net::TokenStore tokens;
        QSignalSpy saved(&tokens, &pilothouse::net::TokenStore::saved);
        tokens.save(pilothouse::net::TokenStore::accountFor(QString::fromLatin1(kUser), url()), result.token);
        QVERIFY(saved.wait(10000));
        QVERIFY2(saved.constFirst().constFirst().toBool(), qPrintable(saved.constFirst().at(1).toString()));

        const qsizetype from = mark();
        QTemporaryDir data;
        AppOptions options;
        options.dataDir = data.path();
        options.serverUrl = url();
        options.userName = QString::fromLatin1(kUser);
        Console console(options);
        console.start();
        // The stored token's session: refused for good, with the reason.
        QTRY_VERIFY_WITH_TIMEOUT(console.connectionState() == Console::ConnectionState::SignedOut
                && console.notices()->summary().startsWith(kRefused),
            30000);
        qInfo("session refused: %s", qPrintable(console.notices()->summary()));
        // A password sign-in: refused before the password is sent.
        console.signIn(url().toString(), QString::fromLatin1(kUser), QString::fromLatin1(kPassword));
        QTRY_VERIFY_WITH_TIMEOUT(!console.signingIn() && !console.signInError().isEmpty(), 30000);
        qInfo("sign-in refused: %s", qPrintable(console.signInError()));
        QVERIFY2(console.signInError().startsWith(kRefused), qPrintable(console.signInError()));
        QCOMPARE(console.connectionState(), Console::ConnectionState::SignedOut);

        // Both attempts reached the server and failed in the TLS handshake...
        QTRY_VERIFY_WITH_TIMEOUT(count(logSince(from), "TLS handshake with") >= 2, 10000);
        const int failed = count(logSince(from), "TLS handshake with");
        // ...and nothing retries behind the user's back.
        QTest::qWait(3000);
        const QString log = logSince(from);
        qInfo("server side: %d failed handshakes, %d TLS sessions, %d sign-ins, %d WebSocket sessions",
            count(log, "TLS handshake with"), count(log, "TLS session with"), count(log, "signed in"),
            count(log, "connected, "));
        QCOMPARE(count(log, "TLS handshake with"), failed);
        QVERIFY2(failed <= 3, qPrintable(log));
        // No TLS session was established, so no HTTP request, no hello and no token arrived.
        QCOMPARE(count(log, "TLS session with"), 0);
        QCOMPARE(count(log, "signed in"), 0);
        QCOMPARE(count(log, "connected, "), 0);
    }

    void acceptedWithTheCa()
    {
        const qsizetype from = mark();
        QTemporaryDir data;
        AppOptions options;
        options.dataDir = data.path();
        options.caFile = ca();
        Console console(options);
        console.start();
        QCOMPARE(console.connectionState(), Console::ConnectionState::SignedOut);
        console.signIn(url().toString(), QString::fromLatin1(kUser), QString::fromLatin1(kPassword));
        QTRY_VERIFY_WITH_TIMEOUT(console.connectionState() == Console::ConnectionState::Connected
                && console.workspace()->conversationCount() > 0,
            30000);
        QVERIFY2(console.signInError().isEmpty(), qPrintable(console.signInError()));
        const QString log = logSince(from);
        qInfo("accepted: %d conversations on the board; server side: %d TLS sessions, %d sign-ins, %d WebSocket "
              "sessions",
            console.workspace()->conversationCount(), count(log, "TLS session with"), count(log, "signed in"),
            count(log, "connected, "));
        QVERIFY(count(log, "TLS session with") >= 2); // the REST sign-in and the wss session
        QCOMPARE(count(log, "signed in 'supervisor'"), 1);
        QVERIFY(count(log, "'supervisor' (supervisor) connected, ") >= 1);
    }
};

QTEST_MAIN(TestTls)
#include "tst_tls.moc"
