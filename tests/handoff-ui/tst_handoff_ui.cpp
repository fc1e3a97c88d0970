// A support agent's core loop through the real UI, end to end: the real pilothouse-server with
// simulated customers, the real Console and Main.qml offscreen in this process. The test waits
// for an escalation in the queue, opens it with J, takes it over with T, types a reply into the
// composer and sends it with Ctrl+Enter, then hands back with H and a note. Then it reads the
// server's SQLite: the conversation went to the human and back to the AI, and the customer got
// the reply exactly once, as a public human message.

#include "consoleqmlmodules.h"
#include "appoptions.h"
#include "demosession.h"
#include "console.h"
#include "qmltesting.h"
#include "serverlog.h"
#include "serverprocess.h"
#include "traynotifier.h"

#include "actions/operatoractions.h"

#include <QApplication>
#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

using namespace pilothouse::app;
namespace models = pilothouse::models;
using pilothouse::protocol::Author;
using pilothouse::testing::readServerLog;
using pilothouse::testing::ServerLog;
using pilothouse::testing::ServerProcess;
using pilothouse::tests::DemoSession;
using pilothouse::tests::findByName;
using pilothouse::tests::WarningRecorder;

namespace {

void typeText(QQuickWindow *window, const QString &text)
{
    for (const QChar c : text)
        QTest::keyClick(window, c.toLatin1());
}

QString text(std::string_view wire)
{
    return QString::fromUtf8(wire.data(), qsizetype(wire.size()));
}

struct ServerView {
    QStringList transitionsTo; ///< "to" of each transition of the conversation, in log order
    QStringList actors;
    int humanReplies = 0; ///< public human messages with exactly the reply text
    QString replyVisibility;
};

ServerView readServer(const QString &serverDataDir, const QString &conversationId, const QString &reply)
{
    ServerView view;
    const ServerLog log = readServerLog(serverDataDir);
    for (const auto &transition : log.transitions(conversationId.toStdString())) {
        view.transitionsTo << text(pilothouse::protocol::toString(transition.to));
        view.actors << QString::fromStdString(transition.actor);
    }
    for (const auto &message : log.messages()) {
        if (message.conversationId == conversationId.toStdString() && message.author == Author::Human
            && message.text == reply.toStdString()) {
            ++view.humanReplies;
            view.replyVisibility = text(pilothouse::protocol::toString(message.visibility));
        }
    }
    return view;
}

} // namespace

class TestHandoffUi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        WarningRecorder::install();
    }

    void cleanup()
    {
        // QML, the tray notifier and the console all run without a single warning.
        const QStringList warnings = WarningRecorder::take();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }

    void takeOverReplyAndHandBackThroughTheUi()
    {
        DemoSession demo;
        QVERIFY2(demo.start(600, 11), qPrintable(demo.server.errorString()));
        const AppOptions options = demo.consoleOptions();
        const QString reply = QStringLiteral("I have refunded the full amount. Thanks for your patience, ref 4821.");
        QString conversationId;
        {
            Console console(options);
            QQmlApplicationEngine engine;
            engine.addImportPath(QStringLiteral("qrc:/"));
            engine.load(QUrl(QStringLiteral("qrc:/Pilothouse/Shell/Main.qml")));
            QVERIFY(!engine.rootObjects().isEmpty());
            auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
            QVERIFY(window);
            console.start();
            QVERIFY(QTest::qWaitForWindowExposed(window));
            QTRY_VERIFY_WITH_TIMEOUT(console.connectionState() == Console::ConnectionState::Connected, 20000);

            // The queue tab, then the first escalation that lands in it.
            auto *queueTab = qobject_cast<QQuickItem *>(findByName(window->contentItem(), QStringLiteral("queueTab")));
            QVERIFY(queueTab);
            QTest::mouseClick(window, Qt::LeftButton, {},
                queueTab->mapToScene(QPointF(queueTab->width() / 2, queueTab->height() / 2)).toPoint());
            QObject *queue = findByName(window->contentItem(), QStringLiteral("queueView"));
            QVERIFY(queue);
            QTRY_VERIFY_WITH_TIMEOUT(queue->property("waitingCount").toInt() > 0, 60000);
            window->grabWindow().save(QStringLiteral(PNG_DIR "/handoff-ui-queue.png"));
            // Said to a screen reader too: the alert names who waits and why.
            QObject *announcer = findByName(window->contentItem(), QStringLiteral("handoffAnnouncer"));
            QVERIFY(announcer);
            QTRY_VERIFY_WITH_TIMEOUT(
                announcer->property("text").toString().contains(QStringLiteral(" needs a person: ")), 60000);
            // No system tray offscreen: the notifier stays quiet (cleanup() fails on any warning).
            TrayNotifier tray(console.workspace(), console.preferences());
            QVERIFY(!tray.active());

            // J opens the top of the queue; T takes it over.
            QObject *conversation = findByName(window->contentItem(), QStringLiteral("conversationView"));
            QVERIFY(conversation);
            QTest::keyClick(window, Qt::Key_J);
            QTRY_VERIFY(!conversation->property("conversationId").toString().isEmpty());
            conversationId = conversation->property("conversationId").toString();
            // What the desktop notification would say: who, and why.
            const auto [title, body] = tray.messageFor(conversationId);
            QVERIFY2(title.endsWith(QStringLiteral(" needs a person")), qPrintable(title));
            QVERIFY2(!body.isEmpty() && !body.startsWith(QStringLiteral("No reason")), qPrintable(body));
            auto *view = conversation->property("view").value<QObject *>();
            QVERIFY(view);
            const auto status = [view] { return view->property("status").value<models::Status::Value>(); };
            QTRY_COMPARE(status(), models::Status::Escalated);
            QTest::keyClick(window, Qt::Key_T);
            QTRY_COMPARE_WITH_TIMEOUT(status(), models::Status::Human, 15000);
            QCOMPARE(view->property("assignee").toString(), QString::fromLatin1(AppOptions::DemoUser));

            // Reply: click into the composer, type (T, H and E among the letters), Ctrl+Enter.
            auto *editor
                = qobject_cast<QQuickItem *>(findByName(window->contentItem(), QStringLiteral("composerEditor")));
            QVERIFY(editor);
            QTRY_VERIFY(editor->isVisible());
            QTest::mouseClick(window, Qt::LeftButton, {},
                editor->mapToScene(QPointF(editor->width() / 2, editor->height() / 2)).toPoint());
            QTRY_VERIFY(editor->hasActiveFocus());
            typeText(window, reply);
            QCOMPARE(editor->property("text").toString(), reply);
            QTest::keyClick(window, Qt::Key_Return, Qt::ControlModifier);
            // A customer who also has an open conversation elsewhere (another channel or kind) is
            // asked about once: "Reply here anyway?". The simulation may or may not have one.
            QObject *replyHere = findByName(conversation, QStringLiteral("replyHereDialog"));
            QVERIFY(replyHere);
            if (replyHere->property("visible").toBool()) {
                QMetaObject::invokeMethod(replyHere, "close");
                QMetaObject::invokeMethod(replyHere, "confirmed");
            }
            QTRY_COMPARE(editor->property("text").toString(), QString());
            // Acknowledged by the server, and nothing failed.
            pilothouse::models::OperatorActions *actions = console.actions();
            QTRY_COMPARE_WITH_TIMEOUT(actions->pendingCount(), 0, 15000);
            QCOMPARE(actions->failedCount(), 0);
            window->grabWindow().save(QStringLiteral(PNG_DIR "/handoff-ui-replied.png"));

            // Esc leaves the composer; H opens the hand-back note; Ctrl+Enter confirms it.
            QTest::keyClick(window, Qt::Key_Escape);
            QTRY_VERIFY(!editor->hasActiveFocus());
            QTest::keyClick(window, Qt::Key_H);
            QObject *dialog = findByName(conversation, QStringLiteral("actionDialog"));
            QVERIFY(dialog);
            QTRY_VERIFY(dialog->property("visible").toBool());
            typeText(window, QStringLiteral("Refunded in full; back to you."));
            QTest::keyClick(window, Qt::Key_Return, Qt::ControlModifier);
            QTRY_COMPARE_WITH_TIMEOUT(status(), models::Status::Ai, 15000);
            QTRY_COMPARE_WITH_TIMEOUT(actions->pendingCount(), 0, 15000);
            QCOMPARE(actions->failedCount(), 0);
            window->grabWindow().save(QStringLiteral(PNG_DIR "/handoff-ui-handed-back.png"));
        }
        demo.server.stop();

        const ServerView seen = readServer(demo.serverData.path(), conversationId, reply);
        // ai -> escalated (the rule), escalated -> human (us), human -> ai (our hand back), in order.
        const qsizetype human = seen.transitionsTo.indexOf(QStringLiteral("human"));
        QVERIFY2(human >= 0, qPrintable(seen.transitionsTo.join(u',')));
        QCOMPARE(seen.actors.at(human), QString::fromLatin1(AppOptions::DemoUser));
        const qsizetype back = seen.transitionsTo.indexOf(QStringLiteral("ai"), human);
        QVERIFY2(back > human, qPrintable(seen.transitionsTo.join(u',')));
        QCOMPARE(seen.actors.at(back), QString::fromLatin1(AppOptions::DemoUser));
        QCOMPARE(seen.humanReplies, 1);
        QCOMPARE(seen.replyVisibility, QStringLiteral("public"));
    }
};

QTEST_MAIN(TestHandoffUi)
#include "tst_handoff_ui.moc"
