// The event-to-pixel figure (issue 16, goal 4; app/eventtopixel.h): a frame's changes applied to
// the models are counted at the first rendered frame synchronised after them, from the time the
// frame arrived; batches without arrivals (snapshots, board loads) count nothing; the percentiles
// the log reports are nearest-rank. With the FramePacer a pending change asks the window for a frame
// and is applied in it.

#include "eventtopixel.h"
#include "framepacer.h"

#include "board/boardmodel.h"
#include "live/workspace.h"
#include "log/monotonic.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QTest>

using namespace pilothouse;

class TestEventToPixel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aPendingChangeIsAppliedInTheFrameItAsksFor();
    void percentilesAreNearestRank()
    {
        std::vector<double> none;
        QCOMPARE(app::percentile(none, 50), 0.0);
        std::vector<double> one {7.5};
        QCOMPARE(app::percentile(one, 0), 7.5);
        QCOMPARE(app::percentile(one, 99), 7.5);
        std::vector<double> hundred;
        for (int i = 100; i >= 1; --i)
            hundred.push_back(i);
        QCOMPARE(app::percentile(hundred, 50), 50.0);
        QCOMPARE(app::percentile(hundred, 99), 99.0);
        QCOMPARE(app::percentile(hundred, 100), 100.0);
        hundred.push_back(1000); // 101 values: the 99th percentile is the 100th smallest
        QCOMPARE(app::percentile(hundred, 99), 100.0);
    }

    void anArrivalIsCountedAtTheFrameThatShowsIt()
    {
        QQuickWindow window;
        window.resize(200, 100);
        auto *item = new QQuickItem(window.contentItem());
        item->setSize({10, 10});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        models::Workspace workspace;
        app::EventToPixel probe;
        probe.watch(&workspace, &window);

        // A frame that arrived 40 ms ago, applied now: at least 40 ms when a frame shows it.
        models::ChangeBatch batch;
        models::ConversationRecord conversation;
        conversation.id = QStringLiteral("c-1");
        batch.conversations = {conversation};
        batch.arrivals = {log::monotonicMicros() - 40'000};
        batch.lastSeq = 1;
        workspace.applyChanges(batch);
        workspace.flush();
        QVERIFY(probe.takeSamples().empty()); // not rendered yet
        window.update();
        std::vector<double> samples;
        QVERIFY(QTest::qWaitFor([&] { return !(samples = probe.takeSamples()).empty(); }, 5000));
        QCOMPARE(samples.size(), std::size_t(1));
        QVERIFY2(samples.front() >= 40.0, qPrintable(QString::number(samples.front())));
        QVERIFY2(samples.front() < 5000.0, qPrintable(QString::number(samples.front())));

        // A board load carries no arrival: the next frames count nothing.
        models::ChangeBatch board;
        board.conversations = {conversation};
        workspace.setBoard(board);
        window.update();
        QTest::qWait(100);
        QVERIFY(probe.takeSamples().empty());
    }
};

void TestEventToPixel::aPendingChangeIsAppliedInTheFrameItAsksFor()
{
    QQuickWindow window;
    window.resize(200, 100);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50); // the first frames are over

    models::Workspace workspace;
    app::FramePacer pacer(&workspace, &window);
    int rowsAtFrame = -1;
    connect(
        &window, &QQuickWindow::afterSynchronizing, this, [&] { rowsAtFrame = workspace.board()->rowCount(); },
        Qt::DirectConnection);

    models::ChangeBatch batch;
    models::ConversationRecord conversation;
    conversation.id = QStringLiteral("c-1");
    batch.conversations = {conversation};
    batch.lastSeq = 1;
    workspace.applyChanges(batch);
    QCOMPARE(workspace.board()->rowCount(), 0); // pending, not applied yet
    // Nothing on the window changed, yet a frame comes, and the change is in it.
    QTRY_COMPARE_WITH_TIMEOUT(rowsAtFrame, 1, 2000);
}

QTEST_MAIN(TestEventToPixel)
#include "tst_eventtopixel.moc"
