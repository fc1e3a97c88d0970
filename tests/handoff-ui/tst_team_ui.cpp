// The team through the real UI, end to end: the real pilothouse-server with simulated customers,
// the real Console and Main.qml offscreen in this process, signed in as the demo supervisor. The
// Team tab lists the demo users with the supervisor online (the server's `team` frame); setting
// Away turns Take next off until Online again, and the server says so to everyone; Assign… gives
// an escalated conversation to the demo agent (conversation.transfer); a saved reply inserted with
// Ctrl+/ arrives filled in for the customer, and the server stores exactly that text.

#include "consoleqmlmodules.h"
#include "appoptions.h"
#include "demosession.h"
#include "console.h"
#include "qmltesting.h"
#include "serverlog.h"
#include "serverprocess.h"

#include "actions/operatoractions.h"
#include "live/workspace.h"
#include "team/savedrepliesmodel.h"
#include "team/teammodel.h"

#include <QApplication>
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
using pilothouse::testing::ServerProcess;
using pilothouse::tests::DemoSession;
using pilothouse::tests::findByName;
using pilothouse::tests::WarningRecorder;

namespace {

void click(QQuickWindow *window, QQuickItem *item)
{
    QVERIFY(item);
    QTest::mouseClick(
        window, Qt::LeftButton, {}, item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint());
}

QQuickItem *item(QQuickWindow *window, const char *name)
{
    return qobject_cast<QQuickItem *>(findByName(window->contentItem(), QString::fromLatin1(name)));
}

int rowOf(const models::TeamModel &team, const QString &user)
{
    for (int row = 0; row < team.rowCount(); ++row) {
        if (team.index(row, 0).data(models::TeamModel::NameRole).toString() == user)
            return row;
    }
    return -1;
}

} // namespace

class TestTeamUi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        WarningRecorder::install();
    }

    void cleanup()
    {
        const QStringList warnings = WarningRecorder::take();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }

    void presenceAssignmentAndSavedRepliesThroughTheUi()
    {
        DemoSession demo;
        QVERIFY2(demo.start(600, 23), qPrintable(demo.server.errorString()));
        const AppOptions options = demo.consoleOptions();
        QString assignedId;
        QString repliedId;
        QString inserted;
        {
            Console console(options);
            QQmlApplicationEngine engine;
            engine.addImportPath(QStringLiteral("qrc:/"));
            engine.load(QUrl(QStringLiteral("qrc:/Pilothouse/Shell/Main.qml")));
            QVERIFY(!engine.rootObjects().isEmpty());
            auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
            QVERIFY(window);
            window->resize(1360, 860);
            console.start();
            QVERIFY(QTest::qWaitForWindowExposed(window));
            QTRY_VERIFY_WITH_TIMEOUT(console.connectionState() == Console::ConnectionState::Connected, 20000);
            models::TeamModel &team = *console.workspace()->team();

            // The team: every demo user, the supervisor online (the server's team frame).
            click(window, item(window, "teamTab"));
            QTRY_VERIFY_WITH_TIMEOUT(team.known(), 15000);
            QVERIFY(rowOf(team, QStringLiteral("agent")) >= 0);
            QVERIFY(rowOf(team, QStringLiteral("admin")) >= 0);
            QCOMPARE(team.selfPresence(), models::Presence::Online);
            QCOMPARE(team.index(rowOf(team, QStringLiteral("agent")), 0)
                         .data(models::TeamModel::PresenceRole)
                         .value<models::Presence::Value>(),
                models::Presence::Offline);

            // Away: the server says so, and Take next is off until Online again.
            click(window, item(window, "presenceAway"));
            QTRY_COMPARE_WITH_TIMEOUT(team.selfPresence(), models::Presence::Away, 10000);
            QObject *queue = findByName(window->contentItem(), QStringLiteral("queueView"));
            QVERIFY(queue);
            QCOMPARE(queue->property("canTakeOver").toBool(), false);
            window->grabWindow().save(QStringLiteral(PNG_DIR "/team-ui-away.png"));
            click(window, item(window, "presenceOnline"));
            QTRY_COMPARE_WITH_TIMEOUT(team.selfPresence(), models::Presence::Online, 10000);
            QCOMPARE(queue->property("canTakeOver").toBool(), true);

            // Assign… gives the top escalation to the demo agent.
            click(window, item(window, "queueTab"));
            QTRY_VERIFY_WITH_TIMEOUT(queue->property("waitingCount").toInt() > 1, 90000);
            QObject *conversation = findByName(window->contentItem(), QStringLiteral("conversationView"));
            QVERIFY(conversation);
            auto *view = conversation->property("view").value<QObject *>();
            QVERIFY(view);
            const auto status = [view] { return view->property("status").value<models::Status::Value>(); };
            QTest::keyClick(window, Qt::Key_J);
            QTRY_VERIFY(!conversation->property("conversationId").toString().isEmpty());
            assignedId = conversation->property("conversationId").toString();
            QTRY_COMPARE(status(), models::Status::Escalated);
            QQuickItem *assign = item(window, "assignButton");
            QTRY_VERIFY(assign && assign->isVisible());
            click(window, assign);
            QObject *dialog = findByName(conversation, QStringLiteral("assignDialog"));
            QVERIFY(dialog);
            QTRY_VERIFY(dialog->property("visible").toBool());
            auto *list = qobject_cast<QQuickItem *>(findByName(window->contentItem(), QStringLiteral("assignList")));
            QVERIFY(list);
            QQuickItem *agentRow = nullptr;
            QVERIFY(QMetaObject::invokeMethod(list, "itemAtIndex", Q_RETURN_ARG(QQuickItem *, agentRow),
                Q_ARG(int, rowOf(team, QStringLiteral("agent")))));
            click(window, agentRow);
            QTRY_VERIFY(!dialog->property("visible").toBool());
            QTRY_COMPARE_WITH_TIMEOUT(view->property("assignee").toString(), QStringLiteral("agent"), 15000);
            QCOMPARE(status(), models::Status::Human);
            // The agent's load follows the board.
            QTRY_VERIFY_WITH_TIMEOUT(team.loadOf(QStringLiteral("agent")).held >= 1, 5000);

            // Take the next one and answer it with a saved reply, filled in for the customer.
            QTRY_VERIFY_WITH_TIMEOUT(queue->property("waitingCount").toInt() > 0, 90000);
            QTest::keyClick(window, Qt::Key_N);
            QTRY_VERIFY(conversation->property("conversationId").toString() != assignedId);
            repliedId = conversation->property("conversationId").toString();
            QTRY_COMPARE_WITH_TIMEOUT(status(), models::Status::Human, 15000);
            auto *editor = item(window, "composerEditor");
            QVERIFY(editor);
            QTRY_VERIFY(editor->isVisible());
            QTest::keyClick(window, Qt::Key_Slash, Qt::ControlModifier);
            QObject *picker = findByName(conversation, QStringLiteral("savedReplyPicker"));
            QVERIFY(picker);
            QTRY_VERIFY(picker->property("visible").toBool());
            for (const char c : std::string_view("closing"))
                QTest::keyClick(window, c);
            QTRY_COMPARE(console.workspace()->savedReplies()->count(), 1);
            window->grabWindow().save(QStringLiteral(PNG_DIR "/team-ui-saved-reply.png"));
            QTest::keyClick(window, Qt::Key_Return);
            QTRY_VERIFY(!picker->property("visible").toBool());
            inserted = editor->property("text").toString();
            QVERIFY2(inserted.startsWith(QStringLiteral("Is there anything else I can help you with, ")),
                qPrintable(inserted));
            QVERIFY2(
                !inserted.contains(QStringLiteral("{agent.firstName}")), qPrintable(inserted)); // the operator is known
            QVERIFY2(!inserted.contains(QStringLiteral("{customer.firstName}")), qPrintable(inserted));
            QTest::keyClick(window, Qt::Key_Return, Qt::ControlModifier);
            QObject *replyHere = findByName(conversation, QStringLiteral("replyHereDialog"));
            QVERIFY(replyHere);
            if (replyHere->property("visible").toBool()) {
                QMetaObject::invokeMethod(replyHere, "close");
                QMetaObject::invokeMethod(replyHere, "confirmed");
            }
            QTRY_COMPARE(editor->property("text").toString(), QString());
            models::OperatorActions *actions = console.actions();
            QTRY_COMPARE_WITH_TIMEOUT(actions->pendingCount(), 0, 15000);
            QCOMPARE(actions->failedCount(), 0);
        }
        demo.server.stop();

        // The server holds the assignment and the reply, as sent.
        const auto log = readServerLog(demo.serverData.path());
        bool transferred = false;
        for (const auto &transition : log.transitions(assignedId.toStdString()))
            transferred = transferred || (transition.actor == AppOptions::DemoUser && transition.reason == "transfer");
        QVERIFY2(transferred, "no transfer to the agent in the server's log");
        int replies = 0;
        for (const auto &message : log.messages()) {
            if (message.conversationId == repliedId.toStdString() && message.author == Author::Human
                && message.text == inserted.toStdString())
                ++replies;
        }
        QCOMPARE(replies, 1);
    }
};

QTEST_MAIN(TestTeamUi)
#include "tst_team_ui.moc"
