// LoginClient against a real QHttpServer on 127.0.0.1 speaking the documented wire format:
// POST /api/v1/login {"user","password"} -> 200 {"token","expiresAt","user":{...}} | 401 | 400.

#include "rest/loginclient.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QTranslator>

using pilothouse::net::LoginClient;
using pilothouse::net::LoginResult;

class TestLogin : public QObject {
    Q_OBJECT

private:
    QHttpServer m_server;
    quint16 m_port = 0;
    QByteArray m_lastBody;
    QByteArray m_lastContentType;
    /// What /api/v1/login answers when the credentials are not ada/correct-horse.
    QHttpServerResponse (*m_override)() = nullptr;

    QUrl base() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

    LoginResult signIn(const QUrl &server, const QString &user, const QString &password, const QString &code = {})
    {
        LoginClient client;
        QSignalSpy finished(&client, &LoginClient::finished);
        client.login(server, user, password, code);
        [&] { QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000); }();
        return finished.isEmpty() ? LoginResult {} : finished.first().at(0).value<LoginResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        static QTranslator english;
        QVERIFY(english.load(QStringLiteral("pilothouse_en"), QStringLiteral(QM_DIR)));
        QCoreApplication::installTranslator(&english);
        m_server.route(QStringLiteral("/api/v1/login"), QHttpServerRequest::Method::Post,
            [this](const QHttpServerRequest &request) {
                m_lastBody = request.body();
                m_lastContentType = request.value("Content-Type");
                if (m_override)
                    return m_override();
                const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
                if (body.value(u"user").toString() == u"ada"
                    && body.value(u"password").toString() == u"correct \"horse\"") {
                    return QHttpServerResponse(QJsonObject {{QStringLiteral("token"), QStringLiteral("tok-123")},
                        {QStringLiteral("expiresAt"), 1893456000000.0},
                        {QStringLiteral("user"),
                            QJsonObject {{QStringLiteral("name"), QStringLiteral("ada")},
                                {QStringLiteral("displayName"), QStringLiteral("Ada Lovelace")},
                                {QStringLiteral("role"), QStringLiteral("supervisor")}}}});
                }
                return QHttpServerResponse(QJsonObject {{QStringLiteral("error"),
                                               QJsonObject {{QStringLiteral("code"), QStringLiteral("unauthorized")},
                                                   {QStringLiteral("message"), QStringLiteral("bad credentials")}}}},
                    QHttpServerResponse::StatusCode::Unauthorized);
            });
        m_port = m_server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(m_port != 0);
    }

    void init() { m_override = nullptr; }

    void successCarriesTokenAndRole()
    {
        const LoginResult result = signIn(base(), QStringLiteral("ada"), QStringLiteral("correct \"horse\""));
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.error, LoginResult::Error::None);
        QCOMPARE(result.token, QStringLiteral("tok-123"));
        QCOMPARE(result.userName, QStringLiteral("ada"));
        QCOMPARE(result.displayName, QStringLiteral("Ada Lovelace"));
        QCOMPARE(result.role, QStringLiteral("supervisor"));
        QCOMPARE(result.expiresAt.toMSecsSinceEpoch(), qint64(1893456000000));
        QVERIFY(m_lastContentType.startsWith("application/json"));
        // The password went as JSON (quotes escaped), not in the URL.
        QCOMPARE(QJsonDocument::fromJson(m_lastBody).object().value(u"password").toString(),
            QStringLiteral("correct \"horse\""));
    }

    void trailingSlashInTheAddressIsFine()
    {
        QUrl server = base();
        server.setPath(QStringLiteral("/"));
        QVERIFY(signIn(server, QStringLiteral("ada"), QStringLiteral("correct \"horse\"")).ok);
    }

    void wrongPasswordIsUnauthorized()
    {
        const LoginResult result = signIn(base(), QStringLiteral("ada"), QStringLiteral("nope"));
        QVERIFY(!result.ok);
        QCOMPARE(result.error, LoginResult::Error::Unauthorized);
        QCOMPARE(result.httpStatus, 401);
        QCOMPARE(result.message, QStringLiteral("Wrong user name or password."));
        QVERIFY(result.token.isEmpty());
    }

    void aSecondFactorIsAskedForThenSent()
    {
        // docs/protocol.md 2.1, "Two-factor sign-in": the right password alone is answered
        // second_factor_required; the login is sent again with "code".
        m_override = [] {
            return QHttpServerResponse(
                QJsonObject {{QStringLiteral("error"),
                    QJsonObject {{QStringLiteral("code"), QStringLiteral("second_factor_required")},
                        {QStringLiteral("message"), QStringLiteral("code please")}}}},
                QHttpServerResponse::StatusCode::Unauthorized);
        };
        LoginResult result = signIn(base(), QStringLiteral("ada"), QStringLiteral("pw"));
        QCOMPARE(result.error, LoginResult::Error::SecondFactorRequired);
        QVERIFY(result.message.contains(QStringLiteral("authenticator app")));
        QVERIFY(!QJsonDocument::fromJson(m_lastBody).object().contains(QStringLiteral("code")));
        m_override = nullptr;
        result = signIn(base(), QStringLiteral("ada"), QStringLiteral("pw"), QStringLiteral("123456"));
        QCOMPARE(QJsonDocument::fromJson(m_lastBody).object().value(QStringLiteral("code")).toString(),
            QStringLiteral("123456"));
        QCOMPARE(result.error, LoginResult::Error::Unauthorized);
        QCOMPARE(result.message,
            QStringLiteral("That code is not right, or was used already. Enter the code the app shows now."));
    }

    void lockedOutSaysHowLong_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        QTest::newRow("locked 14 min") << QByteArray(
            R"({"error":{"code":"rate_limited","message":"x","retryAfterMs":839001}})")
                                       << QStringLiteral("Too many failed sign-ins. Try again in 14 minutes.");
        QTest::newRow("one minute") << QByteArray(
            R"({"error":{"code":"rate_limited","message":"x","retryAfterMs":60000}})")
                                    << QStringLiteral("Too many failed sign-ins. Try again in 1 minute.");
        QTest::newRow("delayed 2 s") << QByteArray(
            R"({"error":{"code":"rate_limited","message":"x","retryAfterMs":1500}})")
                                     << QStringLiteral("Too many failed sign-ins. Try again in 2 seconds.");
        QTest::newRow("no figure") << QByteArray(R"({"error":{"code":"rate_limited","message":"x"}})")
                                   << QStringLiteral("Too many sign-in attempts. Wait a minute, then try again.");
        QTest::newRow("not json") << QByteArray("slow down")
                                  << QStringLiteral("Too many sign-in attempts. Wait a minute, then try again.");
    }
    void lockedOutSaysHowLong()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        static QByteArray answer;
        answer = body;
        m_override = [] {
            return QHttpServerResponse("application/json", answer, QHttpServerResponse::StatusCode::TooManyRequests);
        };
        const LoginResult result = signIn(base(), QStringLiteral("ada"), QStringLiteral("correct \"horse\""));
        QVERIFY(!result.ok);
        QCOMPARE(result.httpStatus, 429);
        QCOMPARE(result.error, LoginResult::Error::TooManyAttempts);
        QCOMPARE(result.message, message);
        QVERIFY(result.token.isEmpty());
    }

    void nonJsonOkIsBadResponse()
    {
        m_override = [] { return QHttpServerResponse("text/html", "<html>captive portal</html>"); };
        const LoginResult result = signIn(base(), QStringLiteral("ada"), QStringLiteral("x"));
        QVERIFY(!result.ok);
        QCOMPARE(result.error, LoginResult::Error::BadResponse);
        QVERIFY(result.message.contains(QStringLiteral("127.0.0.1")));
        QVERIFY(result.token.isEmpty());
    }

    void jsonWithoutTokenIsBadResponse()
    {
        m_override = [] { return QHttpServerResponse(QJsonObject {{QStringLiteral("status"), QStringLiteral("ok")}}); };
        const LoginResult result = signIn(base(), QStringLiteral("ada"), QStringLiteral("x"));
        QCOMPARE(result.error, LoginResult::Error::BadResponse);
    }

    void serverFailureIsServerError()
    {
        m_override = [] { return QHttpServerResponse(QHttpServerResponse::StatusCode::InternalServerError); };
        const LoginResult result = signIn(base(), QStringLiteral("ada"), QStringLiteral("x"));
        QCOMPARE(result.error, LoginResult::Error::ServerError);
        QCOMPARE(result.httpStatus, 500);
        QVERIFY(result.message.contains(QStringLiteral("500")));
    }

    void closedPortIsNetworkErrorWithAdvice()
    {
        quint16 deadPort = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            deadPort = probe.serverPort();
        }
        const QUrl dead(QStringLiteral("http://127.0.0.1:%1").arg(deadPort));
        const LoginResult result = signIn(dead, QStringLiteral("ada"), QStringLiteral("x"));
        QVERIFY(!result.ok);
        QCOMPARE(result.error, LoginResult::Error::Network);
        QCOMPARE(result.message,
            QStringLiteral("The server at http://127.0.0.1:%1 did not answer. Check the "
                           "address and your connection.")
                .arg(deadPort));
    }

    void tlsToAPlainServerFails()
    {
        // An https address on a plain-HTTP port must fail and never fall back to plain text.
        QUrl server = base();
        server.setScheme(QStringLiteral("https"));
        const LoginResult result = signIn(server, QStringLiteral("ada"), QStringLiteral("correct \"horse\""));
        QVERIFY(!result.ok);
        QVERIFY(result.error == LoginResult::Error::Tls || result.error == LoginResult::Error::Network);
    }

    void notAnHttpAddressIsRefused()
    {
        const LoginResult result
            = signIn(QUrl(QStringLiteral("ftp://example.com")), QStringLiteral("ada"), QStringLiteral("x"));
        QCOMPARE(result.error, LoginResult::Error::Network);
        QVERIFY(result.message.contains(QStringLiteral("ftp://example.com")));
    }

    void resultArrivesOnTheCallingThread()
    {
        LoginClient client;
        QThread *deliveredOn = nullptr;
        connect(
            &client, &LoginClient::finished, this, [&] { deliveredOn = QThread::currentThread(); },
            Qt::DirectConnection);
        client.login(base(), QStringLiteral("ada"), QStringLiteral("correct \"horse\""));
        QTRY_VERIFY_WITH_TIMEOUT(deliveredOn != nullptr, 15000);
        QCOMPARE(deliveredOn, QThread::currentThread());
    }

    void destroyedClientIsSafe()
    {
        // The worker finishes after the client is gone: posting to the dead client would crash.
        {
            LoginClient client;
            client.login(base(), QStringLiteral("ada"), QStringLiteral("correct \"horse\""));
        }
        // Spin the loop (the server lives on this thread) until the worker is done.
        QTRY_COMPARE_WITH_TIMEOUT(QThreadPool::globalInstance()->activeThreadCount(), 0, 15000);
        QCoreApplication::processEvents();
    }
};

QTEST_GUILESS_MAIN(TestLogin)
#include "tst_login.moc"
