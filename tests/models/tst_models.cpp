// Board side of the item models: Workspace coalescing, BoardModel, BoardFilterModel, bands.
// The conversation side lives in tst_conversation.cpp; main() at the bottom runs both.

#include "fixtures.h"

#include "board/bands.h"
#include "board/boardfiltermodel.h"
#include "board/boardmodel.h"
#include "domain/timetext.h"
#include "live/rowstepper.h"
#include "live/workspace.h"

#include <QAbstractItemModelTester>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <memory>
#include <vector>

// The static QML module must be imported explicitly, as the app does
// (docs/conventions.md#qt-64-facts-the-code-works-around).
Q_IMPORT_QML_PLUGIN(Pilothouse_ModelsPlugin)

using namespace pilothouse::models;
using namespace fixtures;
using namespace Qt::StringLiterals;

int runConversationTests(int argc, char **argv);

namespace {

QStringList idsOf(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(BoardModel::ConversationIdRole).toString();
    return ids;
}

QVariant roleOf(const BoardModel &board, const QString &id, int role)
{
    return board.index(board.rowOf(id)).data(role);
}

/// Waits for the next coalescing flush through the event loop, as the GUI thread would.
/// applyChanges never flushes synchronously, so the count before the wait is a safe baseline.
bool waitForFlush(QSignalSpy &flushed)
{
    const qsizetype before = flushed.size();
    return QTest::qWaitFor([&] { return flushed.size() > before; }, 5000);
}

} // namespace

class TestBoard : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void bands()
    {
        QCOMPARE(bands::confidenceBand(-1.0), int(bands::NoConfidence));
        QCOMPARE(bands::confidenceBand(std::optional<double> {}), int(bands::NoConfidence));
        QCOMPARE(bands::confidenceBand(0.0), int(bands::LowConfidence));
        QCOMPARE(bands::confidenceBand(0.49), int(bands::LowConfidence));
        QCOMPARE(bands::confidenceBand(0.5), int(bands::MediumConfidence));
        QCOMPARE(bands::confidenceBand(0.79), int(bands::MediumConfidence));
        QCOMPARE(bands::confidenceBand(0.8), int(bands::HighConfidence));
        QCOMPARE(bands::confidenceBand(1.0), int(bands::HighConfidence));
        QCOMPARE(bands::sentimentBand(-0.9), int(bands::Negative));
        QCOMPARE(bands::sentimentBand(-0.25), int(bands::Negative));
        QCOMPARE(bands::sentimentBand(0.1), int(bands::Neutral));
        QCOMPARE(bands::sentimentBand(0.6), int(bands::Positive));

        const QLocale us(QLocale::English, QLocale::UnitedStates);
        const QLocale de(QLocale::German, QLocale::Germany);
        QCOMPARE(bands::formatMoney(123450, QStringLiteral("USD"), us), QStringLiteral("$1,234.50"));
        QCOMPARE(bands::formatMoney(123450, QStringLiteral("EUR"), de), u"1.234,50\u00a0€"_s);
        // Not the locale's currency: the ISO code, never a misleading "$".
        QVERIFY(bands::formatMoney(4000, QStringLiteral("CAD"), us).contains(u"CAD"));
        // Without a locale (LANG unset) amounts still read naturally, not "7840.00USD".
        QCOMPARE(bands::formatMoney(784000, QStringLiteral("USD"), QLocale::c()), QStringLiteral("$7,840.00"));
        QVERIFY(bands::formatMoney(4000, QStringLiteral("CAD"), us).contains(u"40.00"));

        const QDateTime now = QDateTime::currentDateTime();
        const qint64 todayNoon = QDateTime(now.date(), QTime(12, 5)).toMSecsSinceEpoch();
        QCOMPARE(TimeText::messageTime(todayNoon, now, us), QStringLiteral("12:05 PM"));
        const qint64 earlier = QDateTime(QDate(2024, 2, 3), QTime(9, 7)).toMSecsSinceEpoch();
        const QString dated = TimeText::messageTime(earlier, now, us);
        QVERIFY2(dated.contains(u"2/3/24") && dated.contains(u"9:07"), qPrintable(dated));
        QCOMPARE(TimeText::monthYear(QDateTime(QDate(2021, 3, 15), QTime(8, 0)).toMSecsSinceEpoch(), us),
            QStringLiteral("March 2021"));
        QCOMPARE(TimeText::monthYear(0, us), QString());
    }

    void insertUpdateAndCustomerJoin()
    {
        Workspace workspace;
        QAbstractItemModelTester tester(workspace.board(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy flushed(&workspace, &Workspace::changesFlushed);
        QSignalSpy changed(workspace.board(), &QAbstractItemModel::dataChanged);
        QVERIFY(workspace.loading());

        workspace.setBoard(
            batch({conversation(u"c1"_s, u"k1"_s), conversation(u"c2"_s, u"k2"_s)}, {customer(u"k1"_s, u"Ann Lee"_s)}));
        QVERIFY(!workspace.loading());
        QCOMPARE(workspace.conversationCount(), 2);
        const BoardModel &board = *workspace.board();
        QCOMPARE(roleOf(board, u"c1"_s, BoardModel::CustomerNameRole).toString(), u"Ann Lee"_s);
        QCOMPARE(roleOf(board, u"c2"_s, BoardModel::CustomerNameRole).toString(), QString()); // not known yet

        // New row, an update of c1, and a second conversation of k1.
        ConversationRecord c1 = conversation(u"c1"_s, u"k1"_s);
        c1.status = Status::Escalated;
        c1.confidence = 0.3;
        c1.waitingSince = 1000;
        workspace.applyChanges(batch({c1, conversation(u"c3"_s, u"k1"_s)}));
        QVERIFY(waitForFlush(flushed));
        QCOMPARE(workspace.conversationCount(), 3);
        QCOMPARE(roleOf(board, u"c1"_s, BoardModel::StatusRole).toInt(), int(Status::Escalated));
        QCOMPARE(roleOf(board, u"c1"_s, BoardModel::ConfidenceBandRole).toInt(), int(bands::LowConfidence));
        QCOMPARE(roleOf(board, u"c1"_s, BoardModel::WaitingSinceRole).toLongLong(), 1000);
        QCOMPARE(roleOf(board, u"c3"_s, BoardModel::CustomerNameRole).toString(), u"Ann Lee"_s);

        // The customer turns VIP and changes name: both of their rows show it.
        changed.clear();
        workspace.applyChanges(batch({}, {customer(u"k1"_s, u"Ann Lee-Park"_s, true)}));
        QVERIFY(waitForFlush(flushed));
        for (const QString &id : {u"c1"_s, u"c3"_s}) {
            QCOMPARE(roleOf(board, id, BoardModel::CustomerNameRole).toString(), u"Ann Lee-Park"_s);
            QVERIFY(roleOf(board, id, BoardModel::CustomerVipRole).toBool());
        }
        QVERIFY(!roleOf(board, u"c2"_s, BoardModel::CustomerVipRole).toBool());
        QVERIFY(!changed.isEmpty());

        // An identical record changes nothing a view would redraw.
        changed.clear();
        workspace.applyChanges(batch({c1}));
        QVERIFY(waitForFlush(flushed));
        QCOMPARE(changed.size(), 0);

        const QHash<int, QByteArray> names = board.roleNames();
        for (const char *name : {"conversationId", "customerId", "customerName", "customerVip", "customerSegment",
                 "channel", "kind", "status", "subject", "intent", "lastMessage", "lastAuthor", "lastMessageAt",
                 "createdAt", "waitingSince", "confidence", "confidenceBand", "sentiment", "sentimentBand", "priority",
                 "messageCount", "assignee"})
            QVERIFY2(names.values().contains(QByteArray(name)), name);
    }

    void resetReplacesEverything()
    {
        Workspace workspace;
        QAbstractItemModelTester tester(workspace.board(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy flushed(&workspace, &Workspace::changesFlushed);
        QSignalSpy resets(workspace.board(), &QAbstractItemModel::modelReset);
        workspace.setBoard(batch({conversation(u"a"_s, u"k"_s), conversation(u"b"_s, u"k"_s)}));

        // A live batch, then a snapshot reset, then another live batch, all within one frame:
        // the batch before the reset is gone, the one after it survives.
        workspace.applyChanges(batch({conversation(u"stale"_s, u"k"_s)}));
        ChangeBatch snapshot = batch({conversation(u"x"_s, u"k2"_s)}, {customer(u"k2"_s, u"Bo"_s)});
        snapshot.reset = true;
        workspace.applyChanges(snapshot);
        workspace.applyChanges(batch({conversation(u"y"_s, u"k2"_s)}));
        QVERIFY(waitForFlush(flushed));
        QCOMPARE(resets.size(), 2); // setBoard, then the snapshot
        QCOMPARE(idsOf(*workspace.board()), (QStringList {u"x"_s, u"y"_s}));
        QCOMPARE(roleOf(*workspace.board(), u"y"_s, BoardModel::CustomerNameRole).toString(), u"Bo"_s);
    }

    void hundredBatchesOneFlush()
    {
        Workspace workspace;
        QAbstractItemModelTester tester(workspace.board(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        BoardFilterModel filter;
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
        filter.setSourceModel(workspace.board());
        workspace.setBoard(batch({}));
        QSignalSpy inserted(workspace.board(), &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(workspace.board(), &QAbstractItemModel::dataChanged);
        QSignalSpy flushed(&workspace, &Workspace::changesFlushed);

        // Posted back to back, as the io thread's queued signals arrive: 50 new conversations,
        // each then updated once more (its message count rising).
        const qint64 base = now();
        for (int i = 0; i < 100; ++i) {
            ConversationRecord c = conversation(u"c"_s + QString::number(i % 50), u"k"_s, base + i);
            c.messageCount = i;
            QMetaObject::invokeMethod(
                &workspace, "applyChanges", Qt::QueuedConnection, Q_ARG(pilothouse::models::ChangeBatch, batch({c})));
        }
        QVERIFY(waitForFlush(flushed));
        QTest::qWait(3 * Workspace::kCoalesceMs); // nothing may be left for a second flush
        QCOMPARE(flushed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 0); // the updates folded into the inserted rows
        QCOMPARE(workspace.conversationCount(), 50);
        QCOMPARE(filter.count(), 50);
        const BoardModel &board = *workspace.board();
        QCOMPARE(idsOf(board).first(), u"c0"_s);
        for (int i = 0; i < 50; ++i)
            QCOMPARE(roleOf(board, u"c"_s + QString::number(i), BoardModel::MessageCountRole).toLongLong(), i + 50);
        // Newest activity first through the proxy.
        QCOMPARE(filter.conversationIdAt(0), u"c49"_s);

        // Then 100 updates of every other row: one dataChanged, not one per event.
        for (int i = 0; i < 100; ++i) {
            ConversationRecord c = conversation(u"c"_s + QString::number((i * 2) % 50), u"k"_s, base + 1000 + i);
            c.messageCount = 1000 + i;
            workspace.applyChanges(batch({c}));
        }
        QVERIFY(waitForFlush(flushed));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(changed.size(), 1); // dense: one min..max span
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 48);
        QCOMPARE(roleOf(board, u"c48"_s, BoardModel::MessageCountRole).toLongLong(), 1099);

        // The first and the last row change: 48 rows between cost less than a second signal
        // (BoardModel::kRowsPerSignal), so one span again.
        changed.clear();
        workspace.applyChanges(batch({conversation(u"c0"_s, u"k"_s, base + 5000)}));
        workspace.applyChanges(batch({conversation(u"c49"_s, u"k"_s, base + 5001)}));
        QVERIFY(waitForFlush(flushed));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), 49);
        // Both moved to the top although announced one after the other.
        QCOMPARE(filter.conversationIdAt(0), u"c49"_s);
        QCOMPARE(filter.conversationIdAt(1), u"c0"_s);
    }

    void sparseChangesOnALargeBoardAreAnnouncedApart()
    {
        Workspace workspace;
        BoardFilterModel filter;
        filter.setSourceModel(workspace.board());
        const qint64 base = now();
        QList<ConversationRecord> rows;
        constexpr int kRows = 3 * BoardModel::kRowsPerSignal;
        for (int i = 0; i < kRows; ++i)
            rows.append(conversation(u"c"_s + QString::number(i), u"k"_s, base + i));
        workspace.setBoard(batch(rows));
        QSignalSpy changed(workspace.board(), &QAbstractItemModel::dataChanged);
        // Two rows thousands apart: two signals, the rows between are not re-announced.
        workspace.applyChanges(batch({conversation(u"c0"_s, u"k"_s, base + kRows + 1)}));
        workspace.applyChanges(batch({conversation(u"c"_s + QString::number(kRows - 1), u"k"_s, base + kRows + 2)}));
        workspace.flush();
        QCOMPARE(changed.size(), 2);
        for (const QList<QVariant> &signal : std::as_const(changed))
            QCOMPARE(signal.at(0).toModelIndex(), signal.at(1).toModelIndex());
        QCOMPARE(filter.conversationIdAt(0), u"c"_s + QString::number(kRows - 1));
        QCOMPARE(filter.conversationIdAt(1), u"c0"_s);
    }

    void filters_data()
    {
        QTest::addColumn<int>("filter");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("all") << int(BoardFilterModel::All)
                             << QStringList {u"ai"_s, u"esc"_s, u"mine"_s, u"vip"_s, u"old"_s, u"sale"_s};
        QTest::newRow("ai") << int(BoardFilterModel::AiHandling)
                            << QStringList {u"ai"_s, u"vip"_s, u"old"_s, u"sale"_s};
        QTest::newRow("escalated") << int(BoardFilterModel::Escalated) << QStringList {u"esc"_s};
        QTest::newRow("mine") << int(BoardFilterModel::Mine) << QStringList {u"mine"_s};
        QTest::newRow("vip") << int(BoardFilterModel::Vip) << QStringList {u"vip"_s};
        QTest::newRow("today") << int(BoardFilterModel::Today)
                               << QStringList {u"ai"_s, u"esc"_s, u"mine"_s, u"vip"_s, u"sale"_s};
        QTest::newRow("support") << int(BoardFilterModel::Support)
                                 << QStringList {u"ai"_s, u"esc"_s, u"mine"_s, u"vip"_s, u"old"_s};
        QTest::newRow("sales") << int(BoardFilterModel::Sales) << QStringList {u"sale"_s};
    }

    void filters()
    {
        QFETCH(int, filter);
        QFETCH(QStringList, expected);
        Workspace workspace;
        BoardFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(workspace.board());
        proxy.setIdentity(workspace.identity());
        workspace.identity()->set(u"dana"_s, u"Dana"_s, Role::Agent);
        proxy.setFilter(BoardFilterModel::Filter(filter));
        fillVariedBoard(workspace);
        QStringList ids = idsOf(proxy);
        ids.sort();
        expected.sort();
        QCOMPARE(ids, expected);
        QCOMPARE(proxy.count(), expected.size());
    }

    void filterFollowsLiveChanges()
    {
        Workspace workspace;
        BoardFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(workspace.board());
        proxy.setIdentity(workspace.identity());
        proxy.setFilter(BoardFilterModel::Escalated);
        QSignalSpy flushed(&workspace, &Workspace::changesFlushed);
        QSignalSpy count(&proxy, &BoardFilterModel::countChanged);
        fillVariedBoard(workspace);
        QCOMPARE(idsOf(proxy), QStringList {u"esc"_s});

        ConversationRecord c = conversation(u"ai"_s, u"k1"_s);
        c.status = Status::Escalated;
        workspace.applyChanges(batch({c, withStatus(conversation(u"new"_s, u"k1"_s), Status::Escalated)}));
        QVERIFY(waitForFlush(flushed));
        QCOMPARE(proxy.count(), 3);
        QVERIFY(!count.isEmpty());

        // Mine follows the signed-in user.
        proxy.setFilter(BoardFilterModel::Mine);
        QCOMPARE(proxy.count(), 0);
        workspace.identity()->set(u"dana"_s, u"Dana"_s, Role::Agent);
        QCOMPARE(idsOf(proxy), QStringList {u"mine"_s});
    }

    void intentsAreShownInWords()
    {
        Workspace workspace;
        QSignalSpy flushed(&workspace, &Workspace::changesFlushed);
        ConversationRecord known = conversation(u"known"_s, u"k1"_s);
        known.intent = u"order_status"_s;
        ConversationRecord unknown = conversation(u"unknown"_s, u"k1"_s);
        unknown.intent = u"gift_wrapping"_s;
        ConversationRecord prose = conversation(u"prose"_s, u"k1"_s);
        prose.intent = u"Wants <b>help</b>"_s;
        workspace.applyChanges(batch({known, unknown, prose}));
        QVERIFY(waitForFlush(flushed));
        const BoardModel &board = *workspace.board();
        // A known intent has its translated label; an unknown code reads as words; anything else
        // (another backend's free text) is shown as it is, never reinterpreted.
        QCOMPARE(roleOf(board, u"known"_s, BoardModel::IntentRole).toString(), u"Order status"_s);
        QCOMPARE(roleOf(board, u"known"_s, BoardModel::IntentCodeRole).toString(), u"order_status"_s);
        QCOMPARE(roleOf(board, u"unknown"_s, BoardModel::IntentRole).toString(), u"Gift wrapping"_s);
        QCOMPARE(roleOf(board, u"prose"_s, BoardModel::IntentRole).toString(), u"Wants <b>help</b>"_s);
    }

    void search()
    {
        Workspace workspace;
        BoardFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(workspace.board());
        fillVariedBoard(workspace);
        const auto matches = [&](const QString &text) {
            proxy.setSearchText(text);
            QStringList ids = idsOf(proxy);
            ids.sort();
            return ids;
        };
        QCOMPARE(matches(u"zoë"_s), QStringList {u"vip"_s}); // customer name
        QCOMPARE(matches(u"ZOË"_s), QStringList {u"vip"_s}); // case-insensitive
        QCOMPARE(matches(u"broken zipper"_s), QStringList {u"esc"_s}); // last message
        QCOMPARE(matches(u"bulk_quote"_s), QStringList {u"sale"_s}); // intent, as its code
        QCOMPARE(matches(u"bulk quote"_s), QStringList {u"sale"_s}); // and in the words the row shows
        QCOMPARE(matches(u"invoice copy"_s), QStringList {u"old"_s}); // subject
        QCOMPARE(matches(u"MINE"_s), QStringList {u"mine"_s}); // conversation id
        QCOMPARE(matches(u"nothing like this"_s), QStringList {});
        // Combined with a filter.
        proxy.setFilter(BoardFilterModel::Sales);
        QCOMPARE(matches(u"zoë"_s), QStringList {});
        QCOMPARE(matches(QString()).size(), 1);
    }

    void sortKeys()
    {
        Workspace workspace;
        BoardFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(workspace.board());
        QSignalSpy flushed(&workspace, &Workspace::changesFlushed);

        const qint64 t = now();
        auto make = [&](const QString &id, qint64 lastAt, int priority, std::optional<qint64> waiting,
                        std::optional<double> confidence) {
            ConversationRecord c = conversation(id, u"k"_s, t - lastAt);
            c.priority = priority;
            c.waitingSince = waiting;
            c.confidence = confidence;
            c.weakestConfidence = confidence;
            return c;
        };
        // "a" ended on a confident reply, but an earlier one was weak: the weakest is what sorts.
        ConversationRecord a = make(u"a"_s, 5000, 1, std::nullopt, 0.95);
        a.weakestConfidence = 0.30;
        workspace.setBoard(batch({
            a,
            make(u"b"_s, 1000, 3, t - 60'000, 0.40),
            make(u"c"_s, 3000, 3, t - 600'000, std::nullopt),
            make(u"d"_s, 2000, 0, t - 900'000, 0.70),
            make(u"e"_s, 4000, 3, std::nullopt, 0.10),
        }));
        QCOMPARE(idsOf(proxy), (QStringList {u"b"_s, u"d"_s, u"c"_s, u"e"_s, u"a"_s}));
        proxy.setSortKey(BoardFilterModel::ByPriority);
        QCOMPARE(idsOf(proxy), (QStringList {u"c"_s, u"b"_s, u"e"_s, u"a"_s, u"d"_s}));
        proxy.setSortKey(BoardFilterModel::ByConfidence);
        QCOMPARE(idsOf(proxy), (QStringList {u"e"_s, u"a"_s, u"b"_s, u"d"_s, u"c"_s}));
        QCOMPARE(workspace.board()->data(
                     workspace.board()->index(workspace.board()->rowOf(u"a"_s)), BoardModel::WeakestConfidenceRole),
            QVariant(0.30));

        // Only the conversations with a weak reply somewhere, whatever their last reply says.
        proxy.setFilter(BoardFilterModel::WeakReplies);
        QCOMPARE(idsOf(proxy), (QStringList {u"e"_s, u"a"_s, u"b"_s}));
        proxy.setFilter(BoardFilterModel::All);

        // Live: a's weakest reply collapses, so it rises to the top without re-setting anything.
        workspace.applyChanges(batch({make(u"a"_s, 5000, 1, std::nullopt, 0.05)}));
        QVERIFY(waitForFlush(flushed));
        QCOMPARE(proxy.conversationIdAt(0), u"a"_s);
        QCOMPARE(proxy.conversationIdAt(99), QString());
    }

    void heldOrderKeepsRowsInPlaceUntilApplied()
    {
        Workspace workspace;
        BoardFilterModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setSourceModel(workspace.board());
        QSignalSpy flushed(&workspace, &Workspace::changesFlushed);
        const qint64 t = now();
        workspace.setBoard(batch({conversation(u"a"_s, u"k"_s, t - 3000), conversation(u"b"_s, u"k"_s, t - 2000),
            conversation(u"c"_s, u"k"_s, t - 1000)}));
        QCOMPARE(idsOf(proxy), (QStringList {u"c"_s, u"b"_s, u"a"_s}));
        proxy.setHoldOrder(true);
        QSignalSpy pending(&proxy, &BoardFilterModel::pendingCountChanged);

        // "a" gets a message and "d" arrives: nothing moves under the operator, both are counted.
        workspace.applyChanges(batch({conversation(u"a"_s, u"k"_s, t), conversation(u"d"_s, u"k"_s, t + 1)}));
        QVERIFY(waitForFlush(flushed));
        QCOMPARE(idsOf(proxy), (QStringList {u"c"_s, u"b"_s, u"a"_s, u"d"_s}));
        QCOMPARE(proxy.pendingCount(), 2);
        QVERIFY(!pending.isEmpty());
        // A change that does not touch what rows are sorted by is not news.
        ConversationRecord renamed = conversation(u"b"_s, u"k"_s, t - 2000);
        renamed.subject = u"new subject"_s;
        workspace.applyChanges(batch({renamed}));
        QVERIFY(waitForFlush(flushed));
        QCOMPARE(proxy.pendingCount(), 2);

        // Applied: the live order, held again from there.
        proxy.applyPending();
        QCOMPARE(idsOf(proxy), (QStringList {u"d"_s, u"a"_s, u"c"_s, u"b"_s}));
        QCOMPARE(proxy.pendingCount(), 0);
        // Changing what the operator looks at applies at once.
        workspace.applyChanges(batch({conversation(u"b"_s, u"k"_s, t + 2)}));
        QVERIFY(waitForFlush(flushed));
        QCOMPARE(proxy.conversationIdAt(0), u"d"_s);
        proxy.setSortKey(BoardFilterModel::ByPriority);
        proxy.setSortKey(BoardFilterModel::ByActivity);
        QCOMPARE(proxy.conversationIdAt(0), u"b"_s);
        QCOMPARE(proxy.pendingCount(), 0);
        // Released: live again.
        proxy.setHoldOrder(false);
        workspace.applyChanges(batch({conversation(u"c"_s, u"k"_s, t + 3)}));
        QVERIFY(waitForFlush(flushed));
        QCOMPARE(proxy.conversationIdAt(0), u"c"_s);
    }

    void liveProxiesStayOrdered()
    {
        // Random scattered updates, many per frame: every live proxy must show exactly what a
        // proxy built from scratch shows. (Catches a proxy left half-sorted by updates that
        // are announced in several dataChanged signals.)
        Workspace workspace;
        QSignalSpy flushed(&workspace, &Workspace::changesFlushed);
        std::vector<std::unique_ptr<BoardFilterModel>> live;
        const auto configure = [&](BoardFilterModel &proxy, int variant) {
            proxy.setSourceModel(workspace.board());
            proxy.setSortKey(BoardFilterModel::SortKey(variant % 3));
            proxy.setFilter(variant < 3 ? BoardFilterModel::All : BoardFilterModel::Escalated);
        };
        for (int variant = 0; variant < 6; ++variant) {
            live.push_back(std::make_unique<BoardFilterModel>());
            configure(*live.back(), variant);
        }
        QRandomGenerator random(42);
        const qint64 base = now();
        const auto randomConversation = [&](int i) {
            ConversationRecord c = conversation(u"c"_s + QString::number(i), u"k"_s, base + random.bounded(100000));
            c.priority = random.bounded(4);
            c.status = random.bounded(3) ? Status::Ai : Status::Escalated;
            if (random.bounded(5))
                c.confidence = c.weakestConfidence = random.bounded(100) / 100.0;
            else
                c.confidence.reset();
            if (random.bounded(2))
                c.waitingSince = base - random.bounded(100000);
            return c;
        };
        QList<ConversationRecord> initial;
        for (int i = 0; i < 300; ++i)
            initial << randomConversation(i);
        workspace.setBoard(batch(initial));
        for (int frame = 0; frame < 20; ++frame) {
            const int updates = 1 + random.bounded(60);
            for (int u = 0; u < updates; ++u)
                workspace.applyChanges(batch({randomConversation(random.bounded(320))}));
            QVERIFY(waitForFlush(flushed));
            for (int variant = 0; variant < 6; ++variant) {
                BoardFilterModel fresh;
                configure(fresh, variant);
                QCOMPARE(idsOf(*live[variant]), idsOf(fresh));
            }
        }
    }

    void jAndKStepThroughTheList()
    {
        // The rule alone: clamped at both ends, never wrapped; from no selection J starts at the
        // top and K at the bottom; an empty list has no row to go to.
        QCOMPARE(RowStepper::stepFrom(-1, 3, 1), 0);
        QCOMPARE(RowStepper::stepFrom(-1, 3, -1), 2);
        QCOMPARE(RowStepper::stepFrom(0, 3, 1), 1);
        QCOMPARE(RowStepper::stepFrom(2, 3, 1), 2);
        QCOMPARE(RowStepper::stepFrom(0, 3, -1), 0);
        QCOMPARE(RowStepper::stepFrom(1, 3, -1), 0);
        QCOMPARE(RowStepper::stepFrom(-1, 0, 1), -1);
        QCOMPARE(RowStepper::stepFrom(-1, 0, -1), -1);

        // On a live, filtered list the selection is found by id wherever sorting moved it.
        Workspace workspace;
        const qint64 base = now();
        workspace.setBoard(batch({conversation(u"a"_s, u"k"_s, base + 1), conversation(u"b"_s, u"k"_s, base + 3),
            conversation(u"c"_s, u"k"_s, base + 2)}));
        BoardFilterModel filtered;
        filtered.setSourceModel(workspace.board());
        RowStepper stepper;
        QCOMPARE(stepper.rowAfter(u"a"_s, 1), -1); // no model yet
        stepper.setModel(&filtered);
        QCOMPARE(idsOf(filtered), (QStringList {u"b"_s, u"c"_s, u"a"_s})); // newest activity first
        QCOMPARE(stepper.rowOf(u"c"_s), 1);
        QCOMPARE(stepper.rowAfter(u"b"_s, 1), 1);
        QCOMPARE(stepper.rowAfter(u"c"_s, -1), 0);
        QCOMPARE(stepper.rowAfter(u"a"_s, 1), 2);
        QCOMPARE(stepper.rowAfter(QString(), 1), 0);
        QCOMPARE(stepper.rowAfter(QString(), -1), 2);
        QCOMPARE(stepper.rowAfter(u"gone"_s, -1), 2);

        filtered.setSearchText(u"nothing matches this"_s);
        QCOMPARE(filtered.count(), 0);
        QCOMPARE(stepper.rowAfter(u"b"_s, 1), -1);
    }

    void qmlModule()
    {
        // What the views will write, against the registered module: enums, typed properties,
        // sourceModel from the workspace. Any QML warning fails the test.
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        Workspace workspace;
        fillVariedBoard(workspace);
        QQmlEngine engine;
        QQmlComponent component(&engine);
        component.setData(R"(
            import QtQml
            import Pilothouse.Models
            QtObject {
                id: root
                required property Workspace workspace
                property BoardFilterModel board: BoardFilterModel {
                    sourceModel: root.workspace.board
                    filter: BoardFilterModel.AiHandling
                    sortKey: BoardFilterModel.ByPriority
                    searchText: "zo"
                }
                property ConversationView view: ConversationView {
                    workspace: root.workspace // a bare `workspace` would be the view's own
                    conversationId: root.board.count > 0 ? root.board.conversationIdAt(0) : ""
                }
                readonly property int shown: root.board.count
                readonly property string name: view.customerName
                readonly property bool vip: view.customerVip
                readonly property int transcriptRows: view.transcript.count
                readonly property int earlier: view.earlierConversations.count
            })",
            QUrl(u"qrc:/test/Board.qml"_s));
        std::unique_ptr<QObject> root(
            component.createWithInitialProperties({{u"workspace"_s, QVariant::fromValue(&workspace)}}));
        QVERIFY2(root, qPrintable(component.errorString()));
        QCOMPARE(root->property("shown").toInt(), 1);
        QCOMPARE(root->property("name").toString(), u"Zoë Faure"_s);
        QVERIFY(root->property("vip").toBool());
        QCOMPARE(root->property("transcriptRows").toInt(), 0);
        QCOMPARE(root->property("earlier").toInt(), 0);
    }

private:
    static ConversationRecord withStatus(ConversationRecord c, Status::Value status)
    {
        c.status = status;
        return c;
    }

    /// Six conversations, each singled out by one filter or search field.
    static void fillVariedBoard(Workspace &workspace)
    {
        // Just after midnight "a few seconds ago" would be yesterday: keep every row but "old" today.
        const qint64 t = std::max(now(), QDate::currentDate().startOfDay().toMSecsSinceEpoch() + 10'000);
        ConversationRecord ai = conversation(u"ai"_s, u"k1"_s, t - 1000);
        ConversationRecord esc = withStatus(conversation(u"esc"_s, u"k1"_s, t - 2000), Status::Escalated);
        esc.lastMessage = u"The Broken Zipper again!"_s;
        ConversationRecord mine = withStatus(conversation(u"mine"_s, u"k1"_s, t - 3000), Status::Human);
        mine.assignee = u"dana"_s;
        ConversationRecord vip = conversation(u"vip"_s, u"k2"_s, t - 4000);
        ConversationRecord old = conversation(
            u"old"_s, u"k1"_s, QDateTime(QDate::currentDate().addDays(-3), QTime(10, 0)).toMSecsSinceEpoch());
        old.subject = u"Need an Invoice copy"_s;
        ConversationRecord sale = conversation(u"sale"_s, u"k1"_s, t - 5000);
        sale.kind = Kind::Sales;
        sale.intent = u"bulk_quote"_s;
        workspace.setBoard(batch({ai, esc, mine, vip, old, sale},
            {customer(u"k1"_s, u"Ann Lee"_s), customer(u"k2"_s, u"Zoë Faure"_s, true)}));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qRegisterMetaType<pilothouse::models::ChangeBatch>();
    TestBoard board;
    int failures = QTest::qExec(&board, argc, argv);
    failures += runConversationTests(argc, argv);
    return failures;
}

#include "tst_models.moc"
