// Sign-in sessions through the real UI, end to end: the real pilothouse-server, the real Console and
// Main.qml offscreen in this process, signed in as the demo supervisor. Settings lists this computer
// first and the supervisor's other sign-in with the device it named; End signs that one out at once
// (its token is refused after); and when this console's own session is ended from elsewhere, it
// returns to the sign-in page saying so, its cache and outbox kept.

#include "consoleqmlmodules.h"
#include "appoptions.h"
#include "console.h"
#include "consolewindow.h"
#include "demosession.h"
#include "qmltesting.h"
#include "restclient.h"

#include "admin/sessionsmodel.h"
#include "protocol/rest.h"
#include "protocol/sessions.h"

#include <QApplication>
#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTest>

using namespace pilothouse::app;
using namespace Qt::StringLiterals;
namespace models = pilothouse::models;
namespace protocol = pilothouse::protocol;
using pilothouse::testing::HttpReply;
using pilothouse::tests::clickItem;
using pilothouse::tests::ConsoleWindow;
using pilothouse::tests::DemoSession;
using pilothouse::tests::findByName;
using pilothouse::tests::itemNamed;
using pilothouse::tests::WarningRecorder;

namespace {

/// A sign-in of the demo supervisor from elsewhere, naming `device`: its token.
QString signInElsewhere(const QUrl &server, const std::string &device)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(server.resolved(QUrl(u"/api/v1/login"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    const std::string body
        = protocol::encode(protocol::LoginRequest {AppOptions::DemoUser, AppOptions::DemoPassword, device});
    const HttpReply reply = pilothouse::testing::finish(manager.post(request, QByteArray::fromStdString(body)));
    const auto response = protocol::decodeLoginResponse(reply.body.toStdString());
    return response ? QString::fromStdString(response.value().token) : QString();
}

} // namespace

class TestSessionsUi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(u"Basic"_s);
        WarningRecorder::install();
    }

    void cleanup()
    {
        const QStringList warnings = WarningRecorder::take();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }

    void endAnotherSessionThenLoseThisOne()
    {
        DemoSession demo;
        QVERIFY2(demo.start(0, 7), qPrintable(demo.server.errorString()));
        const QUrl server = demo.server.url();
        const QString oldLaptop = signInElsewhere(server, "Ana's old laptop");
        QVERIFY(!oldLaptop.isEmpty());

        // Signed in by hand: in --demo mode the console would sign in again by itself.
        AppOptions options = demo.consoleOptions();
        options.demo = false;
        Console console(options);
        QQmlApplicationEngine engine;
        engine.addImportPath(u"qrc:/"_s);
        engine.load(QUrl(u"qrc:/Pilothouse/Shell/Main.qml"_s));
        QVERIFY(!engine.rootObjects().isEmpty());
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QVERIFY(window);
        window->resize(1360, 1500); // the whole Settings page, for the screenshot
        console.start();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTRY_COMPARE_WITH_TIMEOUT(console.connectionState(), Console::ConnectionState::SignedOut, 10000);
        console.signIn(server.toString(), QString::fromLatin1(AppOptions::DemoUser),
            QString::fromLatin1(AppOptions::DemoPassword));
        QTRY_COMPARE_WITH_TIMEOUT(console.connectionState(), Console::ConnectionState::Connected, 20000);

        // Settings: this computer first, then the old laptop.
        QTest::keyClick(window, Qt::Key_7, Qt::AltModifier);
        models::SessionsModel &sessions = *console.sessions();
        QTRY_COMPARE_WITH_TIMEOUT(sessions.state(), models::SessionsModel::Ready, 10000);
        QCOMPARE(sessions.rowCount(), 2);
        const auto text = [&](int row, int role) { return sessions.index(row, 0).data(role).toString(); };
        QVERIFY(sessions.index(0, 0).data(models::SessionsModel::CurrentRole).toBool());
        QVERIFY2(text(0, models::SessionsModel::DeviceTextRole).startsWith(u"Pilothouse"_s),
            qPrintable(text(0, models::SessionsModel::DeviceTextRole)));
        QCOMPARE(text(0, models::SessionsModel::SeenTextRole), u"Active now"_s);
        QCOMPARE(text(1, models::SessionsModel::DeviceTextRole), u"Ana's old laptop"_s);
        QCOMPARE(text(1, models::SessionsModel::AddressRole), u"127.0.0.1"_s);
        QVERIFY(!itemNamed(window, u"endSession0"_s)->isVisible()); // this computer signs out instead
        QTest::qWait(200);
        window->grabWindow().save(QStringLiteral(PNG_DIR "/settings-sessions.png"));

        // End: the old laptop is signed out at once.
        clickItem(window, itemNamed(window, u"endSession1"_s));
        QTRY_COMPARE_WITH_TIMEOUT(sessions.rowCount(), 1, 10000);
        QCOMPARE(pilothouse::testing::httpGet(server, oldLaptop, u"/api/v1/sessions"_s).status, 401);

        // This console's session, ended from another computer: back to the sign-in page, saying so.
        const QString elsewhere = signInElsewhere(server, "phone");
        const HttpReply listed = pilothouse::testing::httpGet(server, elsewhere, u"/api/v1/sessions"_s);
        const auto list = protocol::decodeSessionList(listed.body.toStdString());
        QVERIFY(list);
        std::string consoleSession;
        for (const auto &s : list.value().sessions)
            if (s.device.rfind("Pilothouse", 0) == 0)
                consoleSession = s.id;
        QVERIFY(!consoleSession.empty());
        QNetworkAccessManager manager;
        QNetworkRequest end(server.resolved(QUrl(u"/api/v1/sessions/"_s + QString::fromStdString(consoleSession))));
        end.setRawHeader("Authorization", "Bearer " + elsewhere.toLatin1());
        QCOMPARE(pilothouse::testing::finish(manager.deleteResource(end)).status, 204);
        QTRY_COMPARE_WITH_TIMEOUT(console.connectionState(), Console::ConnectionState::SignedOut, 10000);
        QVERIFY2(console.signInError().contains(u"this session was ended"_s), qPrintable(console.signInError()));
        QTRY_VERIFY(itemNamed(window, u"signInPage"_s) && itemNamed(window, u"signInPage"_s)->isVisible());
        const QDir cache(demo.consoleData.filePath(u"cache"_s));
        QVERIFY2(!cache.entryList({u"*.outbox.sqlite"_s}, QDir::Files).isEmpty(), qPrintable(cache.path()));
        QVERIFY(cache.entryList({u"*.sqlite"_s}, QDir::Files).size() >= 2); // the cache beside it
        window->grabWindow().save(QStringLiteral(PNG_DIR "/signin-session-ended.png"));
    }

    /// Sign out (the account menu) ends the session on the server too: its token is refused there
    /// from then on, however many copies of it were left behind.
    void signingOutEndsTheSessionOnTheServer()
    {
        DemoSession demo;
        QVERIFY2(demo.start(0, 7), qPrintable(demo.server.errorString()));
        const QUrl server = demo.server.url();
        const QString admin = pilothouse::testing::signIn(server, u"admin"_s);
        const auto agentSessions = [&] {
            const auto list = protocol::decodeSessionList(
                pilothouse::testing::httpGet(server, admin, u"/api/v1/sessions?user=agent"_s).body.toStdString());
            return list ? int(list.value().sessions.size()) : -1;
        };
        ConsoleWindow shown;
        QVERIFY(shown.signIn(demo, u"agent"_s, QSize(1100, 760)));
        QCOMPARE(agentSessions(), 1);
        clickItem(shown.window, itemNamed(shown.window, u"accountButton"_s));
        QTRY_VERIFY(
            itemNamed(shown.window, u"signOutButton"_s) && itemNamed(shown.window, u"signOutButton"_s)->isVisible());
        clickItem(shown.window, itemNamed(shown.window, u"signOutButton"_s));
        QTRY_COMPARE_WITH_TIMEOUT(shown.console->connectionState(), Console::ConnectionState::SignedOut, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(agentSessions(), 0, 10000);
    }
};

QTEST_MAIN(TestSessionsUi)
#include "tst_sessions_ui.moc"
