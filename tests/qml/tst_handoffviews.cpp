// The hand-off views offscreen against a real Workspace and a real OperatorActions: the queue
// (SLA timers, reasons, grouping, take next) and the conversation's actions and composer (T/H/E,
// Ctrl+Enter, local echo with failed + retry, AI drafts, internal notes), both themes, with
// screenshots (screenshots/handoff-*.png in the build folder) and zero QML warnings.

#include "actions/operatoractions.h"
#include "live/workspace.h"
#include "sampledata.h"
#include "scene.h"

#include <QDateTime>
#include <QLocale>
#include <QQuickStyle>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace pilothouse;
using namespace pilothouse::tests;

namespace {

QByteArray wrap(const QByteArray &body)
{
    return QByteArrayLiteral(R"(
import QtQuick
import QtQuick.Controls
import Pilothouse.Components
import Pilothouse.Conversation
import Pilothouse.Queue
import Pilothouse.Conversation
import Pilothouse.Models as M

Rectangle {
    id: root
    required property M.Workspace ws
    required property M.OperatorActions acts
    property bool dark: false
    color: Theme.window
    Binding { target: Theme; property: "dark"; value: root.dark }
)") + body
        + QByteArrayLiteral("\n}\n");
}

/// An item by objectName in the visual tree below `root` (a popup's content is outside the scene).
QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (!root)
        return nullptr;
    if (root->objectName() == name)
        return root;
    const auto children = root->childItems();
    for (QQuickItem *child : children) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

QList<models::OutboxRecord> commands(const QSignalSpy &spy)
{
    QList<models::OutboxRecord> out;
    for (const QList<QVariant> &args : spy)
        out.append(args.at(0).value<models::OutboxRecord>());
    return out;
}

} // namespace

class TestHandoffViews : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<models::Workspace> m_workspace;
    std::unique_ptr<models::OperatorActions> m_actions;
    SampleData m_data;

    bool loadIn(Scene &scene, const QByteArray &body, QSize size, bool dark = false)
    {
        return scene.load(wrap(body),
            {{QStringLiteral("ws"), QVariant::fromValue(m_workspace.get())},
                {QStringLiteral("acts"), QVariant::fromValue(m_actions.get())}, {QStringLiteral("dark"), dark}},
            size);
    }

    static void click(Scene &scene, QQuickItem *item)
    {
        QVERIFY(item);
        const QPointF centre = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
        QTest::mouseClick(scene.window(), Qt::LeftButton, {}, centre.toPoint());
    }

    static QQuickItem *item(Scene &scene, const char *name)
    {
        return qobject_cast<QQuickItem *>(scene.find(QString::fromLatin1(name)));
    }

    /// conv-1 (Dana) now owned by ana, as the server would announce after a take-over.
    void ownDana()
    {
        models::ConversationRecord dana = m_data.board.conversations.first();
        dana.status = models::Status::Human;
        dana.assignee = QStringLiteral("ana");
        dana.assigneeName = QStringLiteral("Ana Lopez");
        models::ChangeBatch batch;
        batch.conversations = {dana};
        m_workspace->applyChanges(batch);
        m_workspace->flush();
    }

private Q_SLOTS:
    void initTestCase()
    {
        WarningRecorder::install();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QQuickStyle::setStyle(QStringLiteral("Basic"));
    }

    void init()
    {
        m_workspace = std::make_unique<models::Workspace>();
        m_workspace->identity()->set(QStringLiteral("ana"), QStringLiteral("Ana Lopez"), models::Role::Supervisor);
        m_actions = std::make_unique<models::OperatorActions>(m_workspace->identity());
        m_data = makeSampleData(QDateTime::currentMSecsSinceEpoch());
        m_workspace->setBoard(m_data.board);
        m_workspace->setLoading(false);
        auto *ws = m_workspace.get();
        connect(
            ws, &models::Workspace::transcriptRequested, ws,
            [this, ws](const QString &id) {
                ws->deliverTranscript(
                    id, id == m_data.transcriptConversationId ? m_data.transcript : QList<models::MessageRecord> {});
            },
            Qt::QueuedConnection);
        WarningRecorder::take();
    }

    void cleanup()
    {
        const QStringList warnings = WarningRecorder::take();
        QVERIFY2(warnings.isEmpty(), qPrintable(QStringLiteral("QML warnings:\n") + warnings.join(QLatin1Char('\n'))));
    }

    void queueShowsReasonsSlaAndTakesNext()
    {
        Scene scene;
        QVERIFY2(
            loadIn(scene, "QueueView { objectName: \"queue\"; anchors.fill: parent; workspace: root.ws }", {480, 900}),
            qPrintable(scene.errors()));
        QObject *list = scene.find(QStringLiteral("queueList"));
        // Three waiting, two owned by people; AI-handled and resolved ones are not in the queue.
        QTRY_COMPARE(list->property("count").toInt(), 5);
        QCOMPARE(scene.find(QStringLiteral("queueWaitingCount"))->property("text").toString(), QStringLiteral("3"));
        // Every row says why; the missed SLA reads as such.
        QVERIFY(!scene.visibleTexts(QStringLiteral("VIP customer")).isEmpty());
        QVERIFY(!scene.visibleTexts(QStringLiteral("Missing knowledge")).isEmpty());
        QVERIFY(!scene.visibleTexts(QStringLiteral("Negative sentiment")).isEmpty());
        QVERIFY(!scene.visibleTexts(QStringLiteral("12 min over")).isEmpty());
        QVERIFY(!scene.visibleTexts(QStringLiteral("Waiting for a person")).isEmpty());
        QVERIFY(!scene.visibleTexts(QStringLiteral("With a person")).isEmpty());
        QVERIFY(!scene.visibleTexts(QStringLiteral("Sam Ortiz")).isEmpty());
        QVERIFY(!scene.saveScreenshot(QStringLiteral("handoff-queue-light")).isEmpty());
        scene.root()->setProperty("dark", true);
        QVERIFY(!scene.saveScreenshot(QStringLiteral("handoff-queue-dark")).isEmpty());
        scene.root()->setProperty("dark", false);

        // "Take next" claims the most urgent, longest-waiting one: Dana (priority 3, 14 min).
        QObject *queue = scene.find(QStringLiteral("queue"));
        QSignalSpy take(queue, SIGNAL(takeNextRequested(QString)));
        click(scene, item(scene, "takeNextButton"));
        QTRY_COMPARE(take.size(), 1);
        QCOMPARE(take.at(0).at(0).toString(), QStringLiteral("conv-1"));

        // Grouped by reason: one heading per reason.
        click(scene, item(scene, "groupByReasonToggle"));
        QTRY_VERIFY(!scene.visibleTexts(QStringLiteral("Asked for a person")).isEmpty());
        QVERIFY(scene.visibleTexts(QStringLiteral("Waiting for a person")).isEmpty());
        QVERIFY(!scene.saveScreenshot(QStringLiteral("handoff-queue-grouped")).isEmpty());

        // J opens the first row.
        QSignalSpy opened(queue, SIGNAL(conversationActivated(QString)));
        QTest::keyClick(scene.window(), Qt::Key_J);
        QTRY_COMPARE(opened.size(), 1);
    }

    void takeOverReplyAndHandBack()
    {
        Scene scene;
        QVERIFY2(loadIn(scene,
                     "ConversationView { objectName: \"view\"; anchors.fill: parent; workspace: root.ws; "
                     "actions: root.acts; conversationId: \"conv-1\" }",
                     {1200, 860}),
            qPrintable(scene.errors()));
        QSignalSpy requested(m_actions.get(), &models::OperatorActions::commandRequested);
        QTRY_COMPARE(
            scene.find(QStringLiteral("transcriptList"))->property("count").toInt(), int(m_data.transcript.size()));
        // Notes and whispers are labelled as internal, never as something the customer got.
        QVERIFY(!scene.visibleTexts(QStringLiteral("Internal note")).isEmpty());
        QVERIFY(!scene.visibleTexts(QStringLiteral("Whisper to AI")).isEmpty());
        QVERIFY(!scene.visibleTexts(QStringLiteral("12 min over")).isEmpty()); // the SLA in the action bar
        QVERIFY(item(scene, "takeOverButton")->isEnabled());
        QVERIFY(!item(scene, "handBackButton")->isVisible());
        QVERIFY(!scene.saveScreenshot(QStringLiteral("handoff-conversation-escalated")).isEmpty());

        // T takes over.
        QTest::keyClick(scene.window(), Qt::Key_T);
        QTRY_COMPARE(requested.size(), 1);
        QCOMPARE(commands(requested).at(0).action, pilothouse::models::Action::TakeOver);
        ownDana();
        QTRY_VERIFY(item(scene, "handBackButton")->isVisible());
        QVERIFY(!item(scene, "takeOverButton")->isVisible());

        // The AI's draft for the owner: one click puts it into the composer.
        models::ChangeBatch drafts;
        drafts.drafts = {{QStringLiteral("d1"), QStringLiteral("conv-1"), QStringLiteral("ana"),
                             QStringLiteral("I've issued a full refund of $649.00 to your card."),
                             QStringLiteral("refund"), 0.74, QDateTime::currentMSecsSinceEpoch()},
            {QStringLiteral("d2"), QStringLiteral("conv-1"), QStringLiteral("sam"), QString(), QStringLiteral("refund"),
                0.7, QDateTime::currentMSecsSinceEpoch()}};
        m_workspace->applyChanges(drafts);
        m_workspace->flush();
        QTRY_VERIFY(scene.find(QStringLiteral("draftText")));
        click(scene, qobject_cast<QQuickItem *>(scene.find(QStringLiteral("draftText"))));
        QObject *editor = scene.find(QStringLiteral("composerEditor"));
        QTRY_COMPARE(
            editor->property("text").toString(), QStringLiteral("I've issued a full refund of $649.00 to your card."));
        QVERIFY(qobject_cast<QQuickItem *>(editor)->hasActiveFocus());

        // Typing T, H and E in the composer writes them; it does not take over or hand back.
        editor->setProperty("text", QString());
        for (const char c : QByteArray("The refund is on its way. Thanks!"))
            QTest::keyClick(scene.window(), c);
        QCOMPARE(editor->property("text").toString(), QStringLiteral("The refund is on its way. Thanks!"));
        QCOMPARE(requested.size(), 1);
        QTest::keyClick(scene.window(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(requested.size(), 2);
        const models::OutboxRecord reply = commands(requested).at(1);
        QCOMPARE(reply.action, pilothouse::models::Action::Send);
        QCOMPARE(reply.text, QStringLiteral("The refund is on its way. Thanks!"));
        QCOMPARE(editor->property("text").toString(), QString());
        QTRY_VERIFY(!scene.visibleTexts(QStringLiteral("Sending…")).isEmpty());

        // Refused: the reason shows with Retry; Retry sends it again.
        models::OutboxRecord failed = reply;
        failed.state = pilothouse::models::OutboxState::Failed;
        failed.error = QStringLiteral("Sam Ortiz owns this conversation now");
        m_actions->updateItem(failed);
        QTRY_VERIFY(!scene.visibleTexts(QStringLiteral("Not sent: Sam Ortiz owns this conversation now")).isEmpty());
        QVERIFY(!scene.saveScreenshot(QStringLiteral("handoff-conversation-failed")).isEmpty());
        click(scene, item(scene, "echoRetry"));
        QTRY_COMPARE(requested.size(), 3);
        const models::OutboxRecord again = commands(requested).at(2);
        QCOMPARE(again.text, reply.text);

        // Acked, then the server's copy arrives: shown once, the echo leaves.
        models::OutboxRecord sent = again;
        sent.state = pilothouse::models::OutboxState::Acked;
        m_actions->updateItem(sent);
        QTRY_VERIFY(!scene.visibleTexts(QStringLiteral("Sent")).isEmpty());
        models::MessageRecord echoed;
        echoed.id = QStringLiteral("m-") + again.commandId;
        echoed.conversationId = QStringLiteral("conv-1");
        echoed.author = models::Author::Human;
        echoed.authorName = QStringLiteral("Ana Lopez");
        echoed.text = again.text;
        echoed.at = QDateTime::currentMSecsSinceEpoch();
        models::ChangeBatch message;
        message.messages = {echoed};
        m_workspace->applyChanges(message);
        m_workspace->flush();
        QTRY_COMPARE(scene.visibleTexts(reply.text).size(), 1);
        QVERIFY(scene.visibleTexts(QStringLiteral("Sent")).isEmpty());
        QVERIFY(!scene.saveScreenshot(QStringLiteral("handoff-conversation-owned")).isEmpty());
        scene.root()->setProperty("dark", true);
        QVERIFY(!scene.saveScreenshot(QStringLiteral("handoff-conversation-owned-dark")).isEmpty());
        scene.root()->setProperty("dark", false);

        // Esc leaves the composer, then H opens the hand-back note; Ctrl+Enter confirms it.
        click(scene, qobject_cast<QQuickItem *>(editor));
        QTest::keyClick(scene.window(), Qt::Key_Escape);
        QTRY_VERIFY(!qobject_cast<QQuickItem *>(editor)->hasActiveFocus());
        QTest::keyClick(scene.window(), Qt::Key_H);
        QObject *dialog = scene.find(QStringLiteral("actionDialog"));
        QTRY_VERIFY(dialog->property("visible").toBool());
        for (const char c : QByteArray("Refunded"))
            QTest::keyClick(scene.window(), c);
        QVERIFY(!scene.saveScreenshot(QStringLiteral("handoff-hand-back-dialog")).isEmpty());
        QTest::keyClick(scene.window(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(requested.size(), 4);
        const models::OutboxRecord handBack = commands(requested).at(3);
        QCOMPARE(handBack.action, pilothouse::models::Action::HandBack);
        QVERIFY(handBack.args.contains(QStringLiteral("\"note\":\"Refunded\"")));
        QTRY_VERIFY(!dialog->property("visible").toBool());
    }

    void supervisorWhispersToTheAi()
    {
        Scene scene;
        // conv-2 is handled by the AI: a supervisor may whisper, the customer never sees it.
        QVERIFY2(loadIn(scene,
                     "ConversationView { anchors.fill: parent; workspace: root.ws; actions: root.acts; "
                     "conversationId: \"conv-2\" }",
                     {1100, 800}),
            qPrintable(scene.errors()));
        QSignalSpy requested(m_actions.get(), &models::OperatorActions::commandRequested);
        QTRY_VERIFY(item(scene, "whisperButton")->isVisible());
        click(scene, item(scene, "whisperButton"));
        QObject *dialog = scene.find(QStringLiteral("actionDialog"));
        QTRY_VERIFY(dialog->property("visible").toBool());
        // The popup's content lives in the window's overlay, not under the scene's root.
        auto *content = dialog->property("contentItem").value<QQuickItem *>();
        QVERIFY(content);
        auto *confirm = content->findChild<QQuickItem *>(QStringLiteral("actionDialogConfirm"));
        QVERIFY(confirm);
        QVERIFY(!confirm->isEnabled()); // nothing to whisper yet
        for (const char c : QByteArray("Offer free express shipping"))
            QTest::keyClick(scene.window(), c);
        QVERIFY(!scene.saveScreenshot(QStringLiteral("handoff-whisper-dialog")).isEmpty());
        QVERIFY(confirm->isEnabled());
        click(scene, confirm);
        QTRY_COMPARE(requested.size(), 1);
        const models::OutboxRecord whisper = commands(requested).at(0);
        QCOMPARE(whisper.action, pilothouse::models::Action::Whisper);
        QCOMPARE(whisper.text, QStringLiteral("Offer free express shipping"));
        QTRY_VERIFY(!dialog->property("visible").toBool());
    }

    void resolveWithAnOutcome()
    {
        ownDana();
        Scene scene;
        QVERIFY2(loadIn(scene,
                     "ConversationView { anchors.fill: parent; workspace: root.ws; actions: root.acts; "
                     "conversationId: \"conv-1\" }",
                     {1100, 800}),
            qPrintable(scene.errors()));
        QSignalSpy requested(m_actions.get(), &models::OperatorActions::commandRequested);
        QTRY_VERIFY(item(scene, "resolveButton")->isEnabled());
        QTest::keyClick(scene.window(), Qt::Key_E);
        QObject *dialog = scene.find(QStringLiteral("actionDialog"));
        QTRY_VERIFY(dialog->property("visible").toBool());
        auto *content = dialog->property("contentItem").value<QQuickItem *>();
        const auto outcomeButton = [&](models::Outcome::Value outcome) {
            return findItem(content, QStringLiteral("outcome_%1").arg(int(outcome)));
        };
        auto *spam = outcomeButton(models::Outcome::Spam);
        QVERIFY(spam);
        QVERIFY(outcomeButton(models::Outcome::Resolved)->property("checked").toBool());
        click(scene, spam);
        QTRY_VERIFY(spam->property("checked").toBool());
        QVERIFY(!scene.saveScreenshot(QStringLiteral("handoff-resolve-dialog")).isEmpty());
        click(scene, findItem(content, QStringLiteral("actionDialogConfirm")));
        QTRY_COMPARE(requested.size(), 1);
        const models::OutboxRecord resolve = commands(requested).at(0);
        QCOMPARE(resolve.action, pilothouse::models::Action::Resolve);
        QVERIFY2(resolve.args.contains(QStringLiteral("\"outcome\":\"spam\"")), qPrintable(resolve.args));
    }

    void agentSeesNoWhisperAndCannotTakeOwned()
    {
        m_workspace->identity()->set(QStringLiteral("ana"), QStringLiteral("Ana Lopez"), models::Role::Agent);
        Scene scene;
        // conv-9 is Sam's: an agent can neither take it over nor reply; notes stay possible.
        QVERIFY2(loadIn(scene,
                     "ConversationView { anchors.fill: parent; workspace: root.ws; actions: root.acts; "
                     "conversationId: \"conv-9\" }",
                     {1100, 800}),
            qPrintable(scene.errors()));
        QTRY_VERIFY(item(scene, "actionBar")->isVisible());
        QVERIFY(!item(scene, "handBackButton")->isEnabled());
        QVERIFY(!item(scene, "resolveButton")->isEnabled());
        QVERIFY(!item(scene, "whisperButton")->isVisible());
        QVERIFY(!item(scene, "internalNoteToggle")->isVisible()); // notes only
        QVERIFY(!scene.visibleTexts(QStringLiteral("Take over to reply; notes stay internal.")).isEmpty());
        QVERIFY(!scene.saveScreenshot(QStringLiteral("handoff-conversation-agent")).isEmpty());
    }
};

QTEST_MAIN(TestHandoffViews)
#include "tst_handoffviews.moc"
