// A viewer through the real UI, end to end (issue 15, section 1; docs/protocol.md 1.2): the real
// pilothouse-server with simulated customers, the real Console and Main.qml offscreen. A viewer
// reads the board, the conversations and the analytics, and is offered nothing to do: no Review
// page, no Take next, no take-over, resolve or whisper, no editor under the transcript, no presence
// to set. Nothing a viewer clicks or types reaches the outbox. Zero QML warnings.

#include "consoleqmlmodules.h"
#include "appoptions.h"
#include "console.h"
#include "consolewindow.h"
#include "demosession.h"
#include "qmltesting.h"

#include "actions/operatoractions.h"
#include "board/boardfiltermodel.h"

#include <QApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTest>

using namespace pilothouse::app;
using namespace Qt::StringLiterals;
namespace models = pilothouse::models;
using pilothouse::tests::clickItem;
using pilothouse::tests::ConsoleWindow;
using pilothouse::tests::DemoSession;
using pilothouse::tests::findByName;
using pilothouse::tests::itemNamed;
using pilothouse::tests::WarningRecorder;

class TestViewerUi : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QQuickStyle::setStyle(u"Basic"_s);
        WarningRecorder::install();
        QVERIFY2(m_demo.start(120, 23), qPrintable(m_demo.server.errorString()));
    }

    void cleanup()
    {
        const QStringList warnings = WarningRecorder::take();
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    }

    void aViewerReadsAndIsOfferedNothingToDo()
    {
        ConsoleWindow shown;
        QVERIFY(shown.signIn(m_demo, u"viewer"_s, QSize(1360, 860)));
        Console &console = *shown.console;
        QQuickWindow *window = shown.window;
        QCOMPARE(console.identity()->role(), models::Role::Viewer);

        // The pages: the analytics yes, Review (judging the AI's replies) no.
        QTRY_VERIFY(itemNamed(window, u"overviewPageTab"_s) && itemNamed(window, u"overviewPageTab"_s)->isVisible());
        QVERIFY(itemNamed(window, u"analyticsPageTab"_s)->isVisible());
        QVERIFY(itemNamed(window, u"historyPageTab"_s)->isVisible());
        QVERIFY(!itemNamed(window, u"reviewPageTab"_s)->isVisible());
        QTest::keyClick(window, Qt::Key_5, Qt::AltModifier); // Review's shortcut does nothing
        QObject *workspacePage = findByName(window->contentItem(), u"workspacePage"_s);
        QVERIFY(workspacePage);
        QCOMPARE(workspacePage->property("currentPage").toInt(), 0);
        // The board offers no "Mine": no conversation is ever a viewer's.
        // (tests/qml clicks it for an agent.)
        const QString mine = u"filterTab_%1"_s.arg(int(pilothouse::models::BoardFilterModel::Mine));
        QVERIFY(itemNamed(window, mine) && !itemNamed(window, mine)->isVisible());

        // A conversation opens and reads like anyone's; nothing in it can be done.
        QObject *conversation = findByName(window->contentItem(), u"conversationView"_s);
        QVERIFY(conversation);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QTest::keyClick(window, Qt::Key_J);
                return !conversation->property("conversationId").toString().isEmpty();
            }(),
            30000);
        auto *view = conversation->property("view").value<QObject *>();
        QVERIFY(view);
        QTRY_VERIFY(view->property("found").toBool());
        QTRY_VERIFY(itemNamed(window, u"printTranscriptButton"_s)
            && itemNamed(window, u"printTranscriptButton"_s)->isVisible());
        for (const QString &button :
            {u"takeOverButton"_s, u"handBackButton"_s, u"resolveButton"_s, u"whisperButton"_s, u"assignButton"_s})
            QVERIFY2(itemNamed(window, button) && !itemNamed(window, button)->isVisible(), qPrintable(button));
        QVERIFY(!itemNamed(window, u"composer"_s)->isVisible());
        QVERIFY(itemNamed(window, u"viewOnlyNote"_s)->isVisible()); // and the bar says why
        QTest::keyClick(window, Qt::Key_T); // take over: not for a viewer
        QTest::qWait(300);
        window->grabWindow().save(QStringLiteral(PNG_DIR "/viewer-conversation.png"));

        // The queue without Take next; the team without a presence switch.
        QTest::keyClick(window, Qt::Key_2, Qt::ControlModifier);
        QTRY_VERIFY(itemNamed(window, u"queueView"_s) && itemNamed(window, u"queueView"_s)->isVisible());
        QVERIFY(!itemNamed(window, u"takeNextButton"_s)->isVisible());
        QTest::keyClick(window, Qt::Key_N);
        QTest::keyClick(window, Qt::Key_3, Qt::ControlModifier);
        QTRY_VERIFY(itemNamed(window, u"presenceSwitch"_s));
        QVERIFY(!itemNamed(window, u"presenceSwitch"_s)->isVisible());

        // The Overview opens (the viewer reads the figures).
        clickItem(window, itemNamed(window, u"overviewPageTab"_s));
        QTRY_COMPARE(workspacePage->property("currentPage").toInt(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(
            itemNamed(window, u"overviewPage"_s) && itemNamed(window, u"overviewPage"_s)->isVisible(), 10000);

        // Nothing the viewer pressed became a command.
        QCOMPARE(console.actions()->pendingCount(), 0);
        QCOMPARE(console.actions()->failedCount(), 0);
        QVERIFY(console.actions()->takeOver(conversation->property("conversationId").toString()).isEmpty());
        QCOMPARE(console.actions()->pendingCount(), 0);
    }

private:
    DemoSession m_demo;
};

QTEST_MAIN(TestViewerUi)
#include "tst_viewer_ui.moc"
