// The escalation queue: SLA states and texts against an injected clock, queue order (priority,
// then the longest wait), the owned group after the waiting one, reason filter and grouping,
// "take next", SLA ticks that touch only the SLA roles, and arrival notices for live escalations;
// the missed deadlines (count and alarm) and what opens after a resolve.

#include "fixtures.h"

#include "board/boardmodel.h"
#include "live/workspace.h"
#include "queue/escalationqueuemodel.h"
#include "queue/sla.h"
#include "domain/convert.h"
#include "domain/timetext.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace pilothouse::models;
using namespace fixtures;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kT0 = 1'750'000'000'000; // a fixed "now" for the injected clock

ConversationRecord escalated(
    const QString &id, int priority, qint64 escalatedAt, EscalationReason::Value reason, qint64 target = 5 * kMinute)
{
    ConversationRecord c = conversation(id, u"k-"_s + id, escalatedAt);
    c.status = Status::Escalated;
    c.escalationPriority = priority;
    c.escalationReason = reason;
    c.escalationRule = u"rule-"_s + wireName(reason);
    c.escalatedAt = escalatedAt;
    c.slaDueAt = escalatedAt + target;
    c.waitingSince = escalatedAt;
    return c;
}

QStringList idsOf(const EscalationQueueModel &queue)
{
    QStringList ids;
    for (int row = 0; row < queue.count(); ++row)
        ids << queue.conversationIdAt(row);
    return ids;
}

QString roleAt(const EscalationQueueModel &queue, int row, int role)
{
    return queue.index(row, 0).data(role).toString();
}

} // namespace

class TestQueue : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void slaStates()
    {
        // One rule whatever the target: amber from two minutes left, red once passed.
        const qint64 due = kT0 + 8 * kMinute;
        QCOMPARE(Sla::state(due, 0, kT0), SlaState::Ok);
        QCOMPARE(Sla::state(due, 0, due - 2 * kMinute - 1), SlaState::Ok);
        QCOMPARE(Sla::state(due, 0, due - 2 * kMinute), SlaState::Near); // exactly 2 min left
        QCOMPARE(Sla::state(due, 0, due), SlaState::Near); // due now, not passed yet
        QCOMPARE(Sla::state(due, 0, due + 1), SlaState::Breached);
        QCOMPARE(Sla::state(0, 0, due), SlaState::None);
        // A 2-minute target (priority 3) is amber from its start, like any other at 2:00 left.
        QCOMPARE(Sla::state(kT0 + 2 * kMinute, 0, kT0), SlaState::Near);
        // Answered: on time ends it; late stays missed, however much time passes.
        QCOMPARE(Sla::state(due, due, due + kMinute), SlaState::None);
        QCOMPARE(Sla::state(due, due - kMinute, due + 60 * kMinute), SlaState::None);
        QCOMPARE(Sla::state(due, due + 1000, due + 60 * kMinute), SlaState::Breached);
        QCOMPARE(Sla::text(due, due + 54'000, due + 60 * kMinute), u"replied 54 s late"_s);
        QCOMPARE(Sla::text(due, due + 3 * kMinute, due + 60 * kMinute), u"replied 3 min late"_s);
        QCOMPARE(Sla::text(due, due - 1000, due), QString());
        QCOMPARE(Sla::text(due, 0, due + 54'000), u"54 s over"_s);
    }

    void deadlineStaysAfterTakeOverUntilTheFirstReply()
    {
        ConversationRecord c = escalated(u"a"_s, 1, kT0, EscalationReason::Vip, 5 * kMinute);
        QCOMPARE(Sla::of(c, kT0 + 4 * kMinute + 8'000).text, u"0:52 left"_s);
        c.status = Status::Human; // taken over: the clock keeps running
        c.assignee = u"ana"_s;
        QCOMPARE(Sla::of(c, kT0 + 4 * kMinute + 8'000).state, SlaState::Near);
        QCOMPARE(Sla::of(c, kT0 + 4 * kMinute + 8'000).text, u"0:52 left"_s);
        QCOMPARE(Sla::of(c, kT0 + 5 * kMinute + 54'000).text, u"54 s over"_s);
        c.respondedAt = kT0 + 6 * kMinute; // the first reply came a minute late
        QCOMPARE(Sla::of(c, kT0 + 30 * kMinute).state, SlaState::Breached);
        QCOMPARE(Sla::of(c, kT0 + 30 * kMinute).text, u"replied 1 min late"_s);
        c.respondedAt = kT0 + 4 * kMinute; // ... or in time: nothing left to show
        QCOMPARE(Sla::of(c, kT0 + 30 * kMinute).state, SlaState::None);
        // Handed back: the escalation, and with it the deadline, is over.
        const ConversationRecord handedBack = conversation(u"a"_s, u"k-a"_s, kT0);
        QCOMPARE(Sla::of(handedBack, kT0 + 30 * kMinute).state, SlaState::None);
    }

    void slaTexts()
    {
        const qint64 due = kT0;
        QCOMPARE(TimeText::slaCountdown(due, due - (2 * kMinute + 14'000)), u"2:14 left"_s);
        QCOMPARE(TimeText::slaCountdown(due, due - 5'000), u"0:05 left"_s);
        QCOMPARE(TimeText::slaCountdown(due, due), u"0:00 left"_s);
        QCOMPARE(TimeText::slaCountdown(due, due - 65 * kMinute), u"1 h 5 min left"_s);
        QCOMPARE(TimeText::slaCountdown(due, due + 45'000), u"45 s over"_s);
        QCOMPARE(TimeText::slaCountdown(due, due + 3 * kMinute + 20'000), u"3 min over"_s);
        QCOMPARE(TimeText::slaCountdown(due, due + 80 * kMinute), u"1 h 20 min over"_s);
        QCOMPARE(TimeText::slaCountdown(0, due), QString());
    }

    void orderFilterAndGroups()
    {
        Workspace workspace;
        EscalationQueueModel queue;
        QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::Fatal);
        queue.setClock([] { return kT0; }, false);
        queue.setSourceModel(workspace.board());

        ConversationRecord ai = conversation(u"ai"_s, u"k"_s, kT0);
        ConversationRecord owned = escalated(u"owned"_s, 3, kT0 - 30 * kMinute, EscalationReason::Vip);
        owned.status = Status::Human;
        owned.assignee = u"sam"_s;
        owned.assigneeName = u"Sam Ortiz"_s;
        ConversationRecord resolved = escalated(u"done"_s, 3, kT0 - 40 * kMinute, EscalationReason::Vip);
        resolved.status = Status::Resolved;
        workspace.setBoard(batch({
            ai,
            owned,
            resolved,
            escalated(u"p1-new"_s, 1, kT0 - 1 * kMinute, EscalationReason::LowConfidence),
            escalated(u"p1-old"_s, 1, kT0 - 9 * kMinute, EscalationReason::AskedForHuman),
            escalated(u"p3"_s, 3, kT0 - 2 * kMinute, EscalationReason::Vip),
            escalated(u"p0"_s, 0, kT0 - 20 * kMinute, EscalationReason::LowConfidence),
        }));

        // Priority first, then the longest wait; owned after every waiting one; AI and resolved out.
        QCOMPARE(idsOf(queue), (QStringList {u"p3"_s, u"p1-old"_s, u"p1-new"_s, u"p0"_s, u"owned"_s}));
        QCOMPARE(queue.count(), 5);
        QCOMPARE(queue.waitingCount(), 4);
        QCOMPARE(queue.takeNextId(), u"p3"_s);
        QCOMPARE(roleAt(queue, 0, EscalationQueueModel::SectionRole), u"Waiting for a person"_s);
        QCOMPARE(roleAt(queue, 4, EscalationQueueModel::SectionRole), u"With a person"_s);
        QCOMPARE(roleAt(queue, 4, EscalationQueueModel::AssigneeNameRole), u"Sam Ortiz"_s);
        QCOMPARE(roleAt(queue, 0, EscalationQueueModel::EscalationReasonTextRole), u"VIP customer"_s);
        QCOMPARE(roleAt(queue, 0, EscalationQueueModel::EscalationRuleRole), u"rule-vip"_s);
        // The board's roles come through unchanged.
        QCOMPARE(queue.data(queue.index(0, 0), BoardModel::StatusRole).toInt(), int(Status::Escalated));
        // The deadline runs until a person answers, also once someone owns the conversation.
        QCOMPARE(roleAt(queue, 0, EscalationQueueModel::SlaTextRole), u"3:00 left"_s);
        QCOMPARE(queue.data(queue.index(4, 0), EscalationQueueModel::SlaStateRole).toInt(), int(SlaState::Breached));

        queue.setReasonFilter(EscalationReason::LowConfidence);
        QCOMPARE(idsOf(queue), (QStringList {u"p1-new"_s, u"p0"_s}));
        QCOMPARE(queue.waitingCount(), 2);
        queue.setReasonFilter(EscalationReason::None);

        // Grouped by reason: contiguous sections in the filter's order, queue order inside each.
        queue.setGroupByReason(true);
        QCOMPARE(idsOf(queue), (QStringList {u"p1-old"_s, u"p1-new"_s, u"p0"_s, u"p3"_s, u"owned"_s}));
        QCOMPARE(roleAt(queue, 0, EscalationQueueModel::SectionRole), u"Asked for a person"_s);
        QCOMPARE(roleAt(queue, 1, EscalationQueueModel::SectionRole), u"Low confidence"_s);
        QCOMPARE(roleAt(queue, 4, EscalationQueueModel::SectionRole), u"VIP customer"_s);
        QCOMPARE(queue.takeNextId(), u"p3"_s); // still the most urgent, not the top row

        queue.setIncludeOwned(false);
        QVERIFY(!idsOf(queue).contains(u"owned"_s));
        QCOMPARE(queue.reasonOptions().size(), 9);
    }

    void liveUpdatesReorderAndNotify()
    {
        Workspace workspace;
        EscalationQueueModel queue;
        QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::Fatal);
        queue.setClock([] { return kT0; }, false);
        queue.setSourceModel(workspace.board());
        QSignalSpy arrived(&queue, &EscalationQueueModel::escalationArrived);
        QSignalSpy waiting(&queue, &EscalationQueueModel::waitingCountChanged);

        // What was escalated before the queue was filled is not news.
        workspace.setBoard(
            batch({escalated(u"a"_s, 1, kT0 - 5 * kMinute, EscalationReason::Vip), conversation(u"b"_s, u"k"_s, kT0)}));
        QCOMPARE(arrived.size(), 0);
        QCOMPARE(idsOf(queue), QStringList {u"a"_s});

        // "b" is escalated live (urgent), "c" arrives already escalated: both are announced.
        workspace.applyChanges(batch({escalated(u"b"_s, 3, kT0 - kMinute, EscalationReason::NegativeSentiment),
            escalated(u"c"_s, 0, kT0, EscalationReason::ToolFailure)}));
        workspace.flush();
        QCOMPARE(idsOf(queue), (QStringList {u"b"_s, u"a"_s, u"c"_s}));
        QCOMPARE(arrived.size(), 2);
        QCOMPARE(arrived.at(0).at(0).toString(), u"b"_s);
        QCOMPARE(arrived.at(1).at(0).toString(), u"c"_s);
        QCOMPARE(queue.waitingCount(), 3);

        // Taken over: it moves to the owned group and the badge drops; no new notice.
        ConversationRecord taken = escalated(u"b"_s, 3, kT0 - kMinute, EscalationReason::NegativeSentiment);
        taken.status = Status::Human;
        taken.assignee = u"ana"_s;
        workspace.applyChanges(batch({taken}));
        workspace.flush();
        QCOMPARE(idsOf(queue), (QStringList {u"a"_s, u"c"_s, u"b"_s}));
        QCOMPARE(queue.waitingCount(), 2);
        QCOMPARE(arrived.size(), 2);

        // Handed back and escalated again later: that is news again.
        workspace.applyChanges(batch({conversation(u"b"_s, u"k-b"_s, kT0)}));
        workspace.flush();
        workspace.applyChanges(batch({escalated(u"b"_s, 2, kT0, EscalationReason::AiLooping)}));
        workspace.flush();
        QCOMPARE(arrived.size(), 3);
        QVERIFY(waiting.size() >= 2);
    }

    void slaTickChangesOnlySlaRoles()
    {
        Workspace workspace;
        EscalationQueueModel queue;
        QAbstractItemModelTester tester(&queue, QAbstractItemModelTester::FailureReportingMode::Fatal);
        qint64 now = kT0;
        queue.setClock([&now] { return now; }, false);
        queue.setSourceModel(workspace.board());
        workspace.setBoard(batch({escalated(u"a"_s, 1, kT0, EscalationReason::Vip, 8 * kMinute)}));
        QSignalSpy reset(&queue, &QAbstractItemModel::modelReset);
        QSignalSpy layout(&queue, &QAbstractItemModel::layoutChanged);
        QSignalSpy changed(&queue, &QAbstractItemModel::dataChanged);

        QCOMPARE(queue.data(queue.index(0, 0), EscalationQueueModel::SlaStateRole).toInt(), int(SlaState::Ok));
        QCOMPARE(roleAt(queue, 0, EscalationQueueModel::SlaTextRole), u"8:00 left"_s);

        // This machine's clock a little behind the server's: never more than the whole target.
        now = kT0 - 2'000;
        queue.refreshSla();
        QCOMPARE(roleAt(queue, 0, EscalationQueueModel::SlaTextRole), u"8:00 left"_s);
        changed.clear();

        now = kT0 + 6 * kMinute + 30'000; // 1:30 of 8:00 left: under two minutes
        queue.refreshSla();
        QCOMPARE(changed.size(), 1);
        const QList<int> roles = changed.at(0).at(2).value<QList<int>>();
        QCOMPARE(roles, (QList<int> {EscalationQueueModel::SlaStateRole, EscalationQueueModel::SlaTextRole}));
        QCOMPARE(queue.data(queue.index(0, 0), EscalationQueueModel::SlaStateRole).toInt(), int(SlaState::Near));
        QCOMPARE(roleAt(queue, 0, EscalationQueueModel::SlaTextRole), u"1:30 left"_s);

        now = kT0 + 11 * kMinute;
        queue.refreshSla();
        QCOMPARE(queue.data(queue.index(0, 0), EscalationQueueModel::SlaStateRole).toInt(), int(SlaState::Breached));
        QCOMPARE(roleAt(queue, 0, EscalationQueueModel::SlaTextRole), u"3 min over"_s);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(layout.size(), 0);
    }

    void missedDeadlineAlarm()
    {
        // Once past 0, then at each doubling of what was last announced; from 0 it starts over.
        MissedDeadlineAlarm alarm;
        QVERIFY(!alarm.update(0));
        QVERIFY(alarm.update(1));
        QVERIFY(!alarm.update(1));
        QVERIFY(alarm.update(2));
        QVERIFY(!alarm.update(3));
        QVERIFY(!alarm.update(2)); // falling is not news
        QVERIFY(alarm.update(4));
        QCOMPARE(alarm.announced(), 4);
        QVERIFY(!alarm.update(7));
        QVERIFY(alarm.update(9)); // past double at once
        QVERIFY(!alarm.update(0));
        QCOMPARE(alarm.announced(), 0);
        QVERIFY(alarm.update(3));
    }

    void missedDeadlinesCountAndRise()
    {
        Workspace workspace;
        EscalationQueueModel queue;
        qint64 now = kT0;
        queue.setClock([&now] { return now; }, false);
        queue.setSourceModel(workspace.board());
        QSignalSpy rose(&queue, &EscalationQueueModel::missedDeadlinesRose);
        QSignalSpy missedChanged(&queue, &EscalationQueueModel::missedCountChanged);

        // Deadlines at +1, +2, +3 and +4 minutes; one owned conversation past its deadline (a
        // person is on it: not counted); one waiting for another reason than the filter's.
        ConversationRecord owned = escalated(u"owned"_s, 1, kT0 - 30 * kMinute, EscalationReason::Vip);
        owned.status = Status::Human;
        owned.assignee = u"sam"_s;
        workspace.setBoard(batch({
            owned,
            escalated(u"a"_s, 1, kT0 - 4 * kMinute, EscalationReason::Vip),
            escalated(u"b"_s, 1, kT0 - 3 * kMinute, EscalationReason::Vip),
            escalated(u"c"_s, 1, kT0 - 2 * kMinute, EscalationReason::Vip),
            escalated(u"d"_s, 1, kT0 - 1 * kMinute, EscalationReason::LowConfidence),
        }));
        queue.setReasonFilter(EscalationReason::Vip);
        QCOMPARE(queue.missedCount(), 0);
        QCOMPARE(rose.count(), 0);

        now = kT0 + kMinute + 1; // "a" passed
        queue.refreshSla();
        QCOMPARE(queue.missedCount(), 1);
        QCOMPARE(rose.count(), 1);
        QCOMPARE(rose.at(0).at(0).toInt(), 1);

        now = kT0 + 2 * kMinute + 1; // "b": 2, double of 1
        queue.refreshSla();
        QCOMPARE(rose.count(), 2);
        now = kT0 + 3 * kMinute + 1; // "c": 3, not yet double of 2
        queue.refreshSla();
        QCOMPARE(queue.missedCount(), 3);
        QCOMPARE(rose.count(), 2);
        now = kT0 + 4 * kMinute + 1; // "d", hidden by the filter, counts: 4
        queue.refreshSla();
        QCOMPARE(queue.missedCount(), 4);
        QCOMPARE(rose.count(), 3);
        QCOMPARE(rose.at(2).at(0).toInt(), 4);
        queue.refreshSla(); // the same count again is no news, and no change
        QCOMPARE(rose.count(), 3);
        const auto changes = missedChanged.count();

        // Taken over: no longer waiting, no longer counted.
        ConversationRecord taken = escalated(u"a"_s, 1, kT0 - 4 * kMinute, EscalationReason::Vip);
        taken.status = Status::Human;
        taken.assignee = u"ana"_s;
        workspace.applyChanges(batch({taken}));
        workspace.flush();
        QCOMPARE(queue.missedCount(), 3);
        QCOMPARE(missedChanged.count(), changes + 1);
        QCOMPARE(rose.count(), 3);
    }

    void nextAfterResolve()
    {
        Workspace workspace;
        EscalationQueueModel queue;
        queue.setClock([] { return kT0; }, false);
        queue.setSourceModel(workspace.board());

        const auto mine = [](const QString &id, const QString &who, qint64 waitingSince) {
            ConversationRecord c = conversation(id, u"k-"_s + id, kT0);
            c.status = Status::Human;
            c.assignee = who;
            if (waitingSince > 0)
                c.waitingSince = waitingSince;
            return c;
        };
        workspace.setBoard(batch({
            mine(u"done"_s, u"ana"_s, kT0 - 60 * kMinute), // the one just resolved: its event is late
            mine(u"ana-new"_s, u"ana"_s, kT0 - 2 * kMinute),
            mine(u"ana-old"_s, u"ana"_s, kT0 - 9 * kMinute),
            mine(u"ana-answered"_s, u"ana"_s, 0), // nobody waits there
            mine(u"sam-oldest"_s, u"sam"_s, kT0 - 50 * kMinute),
            escalated(u"q1"_s, 1, kT0 - 5 * kMinute, EscalationReason::Vip),
            escalated(u"q3"_s, 3, kT0 - 1 * kMinute, EscalationReason::Vip),
        }));

        // Mine first, the longest wait; never the resolved one, never someone else's.
        QCOMPARE(queue.nextAfterResolve(u"done"_s, u"ana"_s), u"ana-old"_s);
        // Resolving another of mine: the longest wait left is "done" (its resolve not seen yet).
        QCOMPARE(queue.nextAfterResolve(u"ana-old"_s, u"ana"_s), u"done"_s);
        // Nothing of mine waits: the top of the queue.
        QCOMPARE(queue.nextAfterResolve(u"x"_s, u"maria"_s), u"q3"_s);
        QCOMPARE(queue.nextAfterResolve(u"x"_s, QString()), u"q3"_s);
        // The resolved one may still show as escalated (a lead resolved it unowned): the next row.
        QCOMPARE(queue.nextAfterResolve(u"q3"_s, u"maria"_s), u"q1"_s);

        // Neither: stay.
        workspace.setBoard(batch({mine(u"done"_s, u"ana"_s, kT0 - 60 * kMinute)}));
        QCOMPARE(queue.nextAfterResolve(u"done"_s, u"ana"_s), QString());
    }
};

QTEST_GUILESS_MAIN(TestQueue)
#include "tst_queue.moc"
