// An operator's session token expires while a reply waits in the outbox (the server was down and
// comes back having expired the token). The console must bring the sign-in page back with a
// sentence, keep the reply pending (never failed, never dropped), and once the operator signs in
// again deliver it exactly once. Real server, real Console and Main.qml offscreen, real keychain.

#include "consoleqmlmodules.h"
#include "appoptions.h"
#include "console.h"
#include "domain/enums.h"
#include "qmltesting.h"
#include "serverlog.h"
#include "serverprocess.h"

#include "actions/operatoractions.h"

#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace pilothouse::app;
using pilothouse::protocol::Author;
using pilothouse::protocol::Visibility;
using pilothouse::testing::readServerLog;
using pilothouse::testing::ServerProcess;
using pilothouse::tests::findByName;
using pilothouse::tests::WarningRecorder;

namespace {

const QString kUser = QStringLiteral("agent");
const QString kPassword = QStringLiteral("agent-demo");

/// Runs `sql` on the server's database (the server must be stopped). Returns the rows changed.
int execOnServer(const QString &path, const QString &sql)
{
    int changed = -1;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("server"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql))
                changed = query.numRowsAffected();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("server"));
    return changed;
}

/// The ids of the public human messages with exactly `text`, in log order.
QStringList humanMessages(const QString &serverDataDir, const QString &text)
{
    QStringList ids;
    for (const auto &message : readServerLog(serverDataDir).messages()) {
        if (message.author == Author::Human && message.text == text.toStdString()
            && message.visibility == Visibility::Public)
            ids << QString::fromStdString(message.id);
    }
    return ids;
}

AppOptions optionsFor(const ServerProcess &server, const QString &dataDir)
{
    AppOptions options;
    options.serverUrl = server.url();
    options.userName = kUser;
    options.dataDir = dataDir;
    return options;
}

/// Main.qml loaded offscreen and the console started (on its sign-in page, with no token stored);
/// nullptr if the window did not come.
QQuickWindow *showStarted(Console &console, QQmlApplicationEngine &engine)
{
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.load(QUrl(QStringLiteral("qrc:/Pilothouse/Shell/Main.qml")));
    auto *window
        = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window)
        return nullptr;
    console.start();
    return QTest::qWaitForWindowExposed(window) ? window : nullptr;
}

void typeText(QQuickWindow *window, const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(window, c.toLatin1());
}

} // namespace

class TestExpiry : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        WarningRecorder::install();
        // The English catalogue, as app/main.cpp loads it, for the plural forms ("5 seconds").
        static QTranslator english;
        QVERIFY(english.load(QStringLiteral("pilothouse_en"), QStringLiteral(QM_DIR)));
        QCoreApplication::installTranslator(&english);
    }

    void cleanup()
    {
        const QStringList warnings = WarningRecorder::take();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }

    // Failed sign-ins that lock the name (docs/protocol.md 2.1): the page says how long in the
    // console's words, Sign in stays off for that name (not for another) until the wait is over,
    // and then the right password signs in.
    void lockedSignInWaitsAndSaysHowLong()
    {
        QTemporaryDir serverData;
        QTemporaryDir consoleData;
        ServerProcess server;
        QVERIFY2(server.start(serverData.path(),
                     {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("0"),
                         QStringLiteral("--signin-lock-after"), QStringLiteral("3"),
                         QStringLiteral("--signin-lock-seconds"), QStringLiteral("5")}),
            qPrintable(server.errorString()));
        Console console(optionsFor(server, consoleData.path()));
        QQmlApplicationEngine engine;
        QQuickWindow *window = showStarted(console, engine);
        QVERIFY(window);
        QTRY_COMPARE(console.connectionState(), Console::ConnectionState::SignedOut);

        for (int attempt = 0; attempt < 3; ++attempt) {
            console.signIn(server.url().toString(), kUser, QStringLiteral("not-the-password"));
            QTRY_VERIFY_WITH_TIMEOUT(!console.signingIn(), 15000);
        }
        QCOMPARE(console.signInError(), QStringLiteral("Too many failed sign-ins. Try again in 5 seconds."));
        QCOMPARE(console.signInWaitingFor(), kUser);

        // The page: the sentence shown, Sign in off with the name that must wait even with a
        // password typed, and on again for another name.
        QQuickItem *content = window->contentItem();
        auto *error = qobject_cast<QQuickItem *>(findByName(content, QStringLiteral("signInError")));
        QVERIFY(error);
        QTRY_VERIFY(error->isVisible());
        QCOMPARE(error->property("text").toString(), console.signInError());
        auto *button = qobject_cast<QQuickItem *>(findByName(content, QStringLiteral("signInButton")));
        QVERIFY(button);
        QObject *user = findByName(content, QStringLiteral("signInUser"));
        QObject *password = findByName(content, QStringLiteral("signInPassword"));
        QVERIFY(user && password);
        QCOMPARE(user->property("text").toString(), kUser);
        password->setProperty("text", QStringLiteral("typed"));
        QVERIFY(!button->isEnabled());
        QCOMPARE(button->property("text").toString(), QStringLiteral("Wait to sign in"));
        window->grabWindow().save(QStringLiteral("signin-locked.png")); // in the build directory, to look at
        user->setProperty("text", QStringLiteral("someone-else"));
        QTRY_VERIFY(button->isEnabled());
        user->setProperty("text", kUser);
        QTRY_VERIFY(!button->isEnabled());

        // Once the wait is over, Sign in is back and the right password works.
        QTRY_VERIFY_WITH_TIMEOUT(button->isEnabled(), 8000);
        QVERIFY(console.signInWaitingFor().isEmpty());
        QCOMPARE(button->property("text").toString(), QStringLiteral("Sign in"));
        console.signIn(server.url().toString(), kUser, kPassword);
        QTRY_VERIFY2_WITH_TIMEOUT(
            console.connectionState() == Console::ConnectionState::Connected, qPrintable(console.signInError()), 20000);
        console.signOut();
    }

    void expiredTokenBringsSignInBackAndKeepsTheOutbox()
    {
        QTemporaryDir serverData;
        QTemporaryDir consoleData;
        const QStringList serverArgs {QStringLiteral("--demo"), QStringLiteral("--simulate"), QStringLiteral("600"),
            QStringLiteral("--seed"), QStringLiteral("5")};
        const QString serverDb = QDir(serverData.path()).filePath(QStringLiteral("pilothouse-server.sqlite"));
        ServerProcess server;
        QVERIFY2(server.start(serverData.path(), serverArgs), qPrintable(server.errorString()));
        const int port = server.port();

        Console console(optionsFor(server, consoleData.path()));
        QQmlApplicationEngine engine;
        QQuickWindow *window = showStarted(console, engine);
        QVERIFY(window);
        QTRY_COMPARE(console.connectionState(), Console::ConnectionState::SignedOut);
        console.signIn(server.url().toString(), kUser, kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(console.connectionState(), Console::ConnectionState::Connected, 20000);

        // Take over the first escalation that reaches the queue.
        auto *queueTab = qobject_cast<QQuickItem *>(findByName(window->contentItem(), QStringLiteral("queueTab")));
        QVERIFY(queueTab);
        QTest::mouseClick(window, Qt::LeftButton, {},
            queueTab->mapToScene(QPointF(queueTab->width() / 2, queueTab->height() / 2)).toPoint());
        QObject *queue = findByName(window->contentItem(), QStringLiteral("queueView"));
        QVERIFY(queue);
        QTRY_VERIFY_WITH_TIMEOUT(queue->property("waitingCount").toInt() > 0, 60000);
        QObject *conversation = findByName(window->contentItem(), QStringLiteral("conversationView"));
        QVERIFY(conversation);
        QTest::keyClick(window, Qt::Key_J);
        QTRY_VERIFY(!conversation->property("conversationId").toString().isEmpty());
        const QString conversationId = conversation->property("conversationId").toString();
        auto *view = conversation->property("view").value<QObject *>();
        QVERIFY(view);
        const auto status = [view] { return view->property("status").value<pilothouse::models::Status::Value>(); };
        QTRY_COMPARE(status(), pilothouse::models::Status::Escalated);
        QTest::keyClick(window, Qt::Key_T);
        QTRY_COMPARE_WITH_TIMEOUT(status(), pilothouse::models::Status::Human, 15000);
        pilothouse::models::OperatorActions *actions = console.actions();
        QTRY_COMPARE_WITH_TIMEOUT(actions->pendingCount(), 0, 15000);

        // The server goes away; the operator replies anyway: the reply waits in the outbox.
        server.stop();
        QTRY_COMPARE_WITH_TIMEOUT(console.connectionState(), Console::ConnectionState::Reconnecting, 20000);
        const QString reply = QStringLiteral("Your replacement ships today, tracking follows by email.");
        const QString commandId = actions->sendReply(conversationId, reply);
        QVERIFY(!commandId.isEmpty());
        QTRY_COMPARE(actions->pendingCount(), 1);

        // It comes back having expired every token (as after --token-ttl has run out).
        QVERIFY(execOnServer(serverDb, QStringLiteral("UPDATE tokens SET expires_at = 0")) > 0);
        QVERIFY2(server.start(serverData.path(), serverArgs, port), qPrintable(server.errorString()));
        console.retryNow();
        QTRY_COMPARE_WITH_TIMEOUT(console.connectionState(), Console::ConnectionState::SignedOut, 40000);

        // The sign-in page says why, with the server and user filled in; the reply is still waiting.
        auto *signInError
            = qobject_cast<QQuickItem *>(findByName(window->contentItem(), QStringLiteral("signInError")));
        QVERIFY(signInError);
        QTRY_VERIFY(signInError->isVisible());
        qInfo("sign-in page says: %s", qPrintable(signInError->property("text").toString()));
        QVERIFY(!signInError->property("text").toString().isEmpty());
        QCOMPARE(actions->pendingCount(), 1);
        QCOMPARE(actions->failedCount(), 0);
        QCOMPARE(humanMessages(serverData.path(), reply).size(), 0);

        // The operator types the password and presses Enter.
        QObject *password = findByName(window->contentItem(), QStringLiteral("signInPassword"));
        QVERIFY(password);
        auto *field = password->property("field").value<QQuickItem *>();
        QVERIFY(field);
        field->forceActiveFocus();
        QTRY_VERIFY(field->hasActiveFocus());
        typeText(window, kPassword);
        QTest::keyClick(window, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(console.connectionState(), Console::ConnectionState::Connected, 20000);

        // The waiting reply is delivered once, as the message the command id names.
        QTRY_COMPARE_WITH_TIMEOUT(actions->pendingCount(), 0, 20000);
        QCOMPARE(actions->failedCount(), 0);
        server.stop();
        const QStringList delivered = humanMessages(serverData.path(), reply);
        qInfo("reply delivered %lld time(s) as %s", qlonglong(delivered.size()), qPrintable(delivered.join(u',')));
        QCOMPARE(delivered, QStringList {QStringLiteral("m-") + commandId});
    }
};

QTEST_MAIN(TestExpiry)
#include "tst_expiry.moc"
