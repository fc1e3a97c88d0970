// Conversation side of the item models: ConversationView (transcript delivery, live append,
// dedupe, early messages, customer panel), TranscriptModel, OrderListModel, earlier conversations.

#include "fixtures.h"

#include "board/bands.h"
#include "board/boardmodel.h"
#include "conversation/conversationview.h"
#include "conversation/customerconversationsmodel.h"
#include "conversation/draftlistmodel.h"
#include "conversation/entitycheck.h"
#include "conversation/localechomodel.h"
#include "conversation/orderlistmodel.h"
#include "conversation/transcriptmodel.h"
#include "domain/convert.h"
#include "domain/timetext.h"
#include "domain/transitionlines.h"
#include "live/workspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

#include <memory>

using namespace pilothouse::models;
using namespace fixtures;
using namespace Qt::StringLiterals;

namespace {

constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

QStringList messageIds(const TranscriptModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row).data(TranscriptModel::MessageIdRole).toString();
    return ids;
}

OrderRecord order(const QString &id, qint64 cents, const QString &currency = u"USD"_s)
{
    OrderRecord o;
    o.id = id;
    o.totalCents = cents;
    o.currency = currency;
    o.status = QStringLiteral("shipped");
    o.placedAt = QDateTime(QDate(2024, 5, 6), QTime(10, 0)).toMSecsSinceEpoch();
    o.summary = u"2 items: Trail Runner 2, Wool Socks"_s;
    return o;
}

/// A workspace with a board, a view on "c1" and model testers attached before any data.
struct Fixture {
    Workspace workspace;
    ConversationView view;
    std::unique_ptr<QAbstractItemModelTester> testers[3];
    QSignalSpy requested {&workspace, &Workspace::transcriptRequested};
    QSignalSpy flushed {&workspace, &Workspace::changesFlushed};
    qint64 t0 = now() - 600'000;

    Fixture()
    {
        testers[0] = std::make_unique<QAbstractItemModelTester>(view.transcript(), kFatal);
        testers[1] = std::make_unique<QAbstractItemModelTester>(view.orders(), kFatal);
        testers[2] = std::make_unique<QAbstractItemModelTester>(view.earlierConversations(), kFatal);
        CustomerRecord ann = customer(u"k1"_s, u"Ann Lee"_s);
        ann.orders = {order(u"12345"_s, 12900), order(u"12001"_s, 4000)};
        workspace.setBoard(batch({conversation(u"c0"_s, u"k1"_s, t0 - 86'400'000), conversation(u"c1"_s, u"k1"_s, t0),
                                     conversation(u"c9"_s, u"k2"_s, t0)},
            {ann, customer(u"k2"_s, u"Bo"_s)}));
        view.setWorkspace(&workspace);
        view.setConversationId(u"c1"_s);
    }

    /// Waits for the next coalescing flush (applyChanges never flushes synchronously).
    bool flush()
    {
        const qsizetype before = flushed.size();
        return QTest::qWaitFor([&] { return flushed.size() > before; }, 5000);
    }
    void live(const QList<MessageRecord> &messages) { workspace.applyChanges(batch({}, {}, messages)); }
};

} // namespace

class TestConversation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void transcriptDeliveredThenLive()
    {
        Fixture f;
        QCOMPARE(f.requested.size(), 1);
        QCOMPARE(f.requested.first().first().toString(), u"c1"_s);
        QVERIFY(f.view.found());
        QVERIFY(!f.view.loaded());

        f.workspace.deliverTranscript(
            u"c1"_s, {message(u"m1"_s, u"c1"_s, f.t0), aiMessage(u"m2"_s, u"c1"_s, f.t0 + 10, 0.42)});
        QVERIFY(f.view.loaded());
        const TranscriptModel &transcript = *f.view.transcript();
        QCOMPARE(messageIds(transcript), (QStringList {u"m1"_s, u"m2"_s}));
        const QModelIndex ai = transcript.index(1);
        QVERIFY(ai.data(TranscriptModel::IsAiRole).toBool());
        QCOMPARE(ai.data(TranscriptModel::ConfidenceBandRole).toInt(), int(bands::LowConfidence));
        QCOMPARE(ai.data(TranscriptModel::LatencyMsRole).toLongLong(), 840);
        QCOMPARE(ai.data(TranscriptModel::ToolSummariesRole).toStringList(), QStringList {u"Looked up order #12345"_s});
        QCOMPARE(ai.data(TranscriptModel::TimeTextRole).toString(),
            TimeText::messageTime(f.t0 + 10, QDateTime::currentDateTime(), QLocale()));
        QCOMPARE(transcript.index(0).data(TranscriptModel::ConfidenceRole).toDouble(), -1.0);
        QCOMPARE(transcript.index(0).data(TranscriptModel::IsAiRole).toBool(), false);

        // Live: this conversation's new message appends, another conversation's does not.
        QSignalSpy inserted(f.view.transcript(), &QAbstractItemModel::rowsInserted);
        f.live({message(u"m3"_s, u"c1"_s, f.t0 + 20, u"<b>still waiting</b>"_s), message(u"x1"_s, u"c9"_s, f.t0 + 20)});
        QVERIFY(f.flush());
        QCOMPARE(messageIds(transcript), (QStringList {u"m1"_s, u"m2"_s, u"m3"_s}));
        QCOMPARE(transcript.index(2).data(TranscriptModel::TextRole).toString(), u"<b>still waiting</b>"_s);
        QCOMPARE(inserted.size(), 1);

        // The same message again (a replay after reconnect) is not shown twice.
        f.live({message(u"m3"_s, u"c1"_s, f.t0 + 20, u"<b>still waiting</b>"_s), message(u"m1"_s, u"c1"_s, f.t0)});
        QVERIFY(f.flush());
        QCOMPARE(transcript.rowCount(), 3);
        QCOMPARE(inserted.size(), 1);
    }

    void messageBeforeTranscriptIsKept()
    {
        Fixture f;
        f.live({message(u"m3"_s, u"c1"_s, f.t0 + 20)});
        QVERIFY(f.flush());
        QVERIFY(!f.view.loaded());

        // The cache read happened before m3 was written: the transcript lacks it.
        f.workspace.deliverTranscript(u"c1"_s, {message(u"m1"_s, u"c1"_s, f.t0), message(u"m2"_s, u"c1"_s, f.t0 + 10)});
        QCOMPARE(messageIds(*f.view.transcript()), (QStringList {u"m1"_s, u"m2"_s, u"m3"_s}));

        // A late live message older than the newest lands in time order.
        f.live({message(u"m1b"_s, u"c1"_s, f.t0 + 5)});
        QVERIFY(f.flush());
        QCOMPARE(messageIds(*f.view.transcript()), (QStringList {u"m1"_s, u"m1b"_s, u"m2"_s, u"m3"_s}));
        f.live({message(u"m4"_s, u"c1"_s, f.t0 + 30)});
        QVERIFY(f.flush());
        QCOMPARE(messageIds(*f.view.transcript()).last(), u"m4"_s);
    }

    void earlyMessageAlsoInTranscriptIsShownOnce()
    {
        Fixture f;
        f.live({message(u"m2"_s, u"c1"_s, f.t0 + 10)});
        QVERIFY(f.flush());
        f.workspace.deliverTranscript(u"c1"_s, {message(u"m1"_s, u"c1"_s, f.t0), message(u"m2"_s, u"c1"_s, f.t0 + 10)});
        QCOMPARE(messageIds(*f.view.transcript()), (QStringList {u"m1"_s, u"m2"_s}));
    }

    void customerPanel()
    {
        Fixture f;
        QSignalSpy conversationChanged(&f.view, &ConversationView::conversationChanged);
        QSignalSpy customerChanged(&f.view, &ConversationView::customerChanged);
        QCOMPARE(f.view.customerName(), u"Ann Lee"_s);
        QCOMPARE(f.view.customerEmail(), u"k1@example.com"_s);
        QCOMPARE(f.view.lifetimeValueText(), u"$1,234.50"_s);
        QCOMPARE(f.view.customerSinceText(), u"March 2021"_s);
        QCOMPARE(f.view.orderCount(), 2);
        QCOMPARE(f.view.subject(), u"Question about c1"_s);
        QCOMPARE(f.view.confidenceBand(), int(bands::HighConfidence));

        const OrderListModel &orders = *f.view.orders();
        QCOMPARE(orders.rowCount(), 2);
        QCOMPARE(orders.index(0).data(OrderListModel::OrderIdRole).toString(), u"12345"_s);
        QCOMPARE(orders.index(0).data(OrderListModel::TotalTextRole).toString(), u"$129.00"_s);
        QCOMPARE(orders.index(0).data(OrderListModel::PlacedAtTextRole).toString(), u"5/6/24"_s);
        QCOMPARE(
            orders.index(1).data(OrderListModel::SummaryRole).toString(), u"2 items: Trail Runner 2, Wool Socks"_s);

        // Earlier conversations: the customer's others, not this one, not other customers'.
        const CustomerConversationsModel &earlier = *f.view.earlierConversations();
        QCOMPARE(earlier.count(), 1);
        QCOMPARE(earlier.conversationIdAt(0), u"c0"_s);

        // Live: the conversation escalates, the customer gets a new order and another chat.
        ConversationRecord c1 = conversation(u"c1"_s, u"k1"_s, f.t0);
        c1.status = Status::Escalated;
        c1.assignee = u"dana"_s;
        CustomerRecord ann = customer(u"k1"_s, u"Ann Lee"_s);
        ann.orders = {order(u"13000"_s, 999), order(u"12345"_s, 12900), order(u"12001"_s, 4000)};
        f.workspace.applyChanges(batch({c1, conversation(u"c5"_s, u"k1"_s, f.t0 + 5)}, {ann}));
        QVERIFY(f.flush());
        QCOMPARE(f.view.status(), Status::Escalated);
        QCOMPARE(f.view.assignee(), u"dana"_s);
        QCOMPARE(conversationChanged.size(), 1);
        QCOMPARE(customerChanged.size(), 1);
        QCOMPARE(f.view.orderCount(), 3);
        QCOMPARE(orders.index(0).data(OrderListModel::TotalTextRole).toString(), u"$9.99"_s);
        QCOMPARE(earlier.count(), 2);
        QCOMPARE(earlier.conversationIdAt(0), u"c5"_s); // newest first

        // A batch about somebody else leaves the view quiet.
        f.workspace.applyChanges(batch({conversation(u"c9"_s, u"k2"_s, f.t0 + 99)}, {customer(u"k2"_s, u"Bob"_s)}));
        QVERIFY(f.flush());
        QCOMPARE(conversationChanged.size(), 1);
        QCOMPARE(customerChanged.size(), 1);
    }

    void otherOpenConversation()
    {
        Fixture f;
        const CustomerConversationsModel &earlier = *f.view.earlierConversations();
        QSignalSpy changed(&earlier, &CustomerConversationsModel::openConversationChanged);
        // c0, a chat the AI still handles, is open; this one (c1) and other customers' never count.
        QCOMPARE(earlier.openConversationId(), u"c0"_s);
        QCOMPARE(earlier.openChannel(), Channel::Chat);
        const qint64 started = f.t0 - 86'400'000 - 60'000;
        QCOMPARE(earlier.openCreatedAt(), started);
        const QString ann = isolatedText(u"Ann Lee"_s);
        QCOMPARE(earlier.openElsewhereText(u"Ann Lee"_s, started + 5 * 60'000),
            ann + u" also has an open conversation in chat, started 5 min ago"_s);
        QCOMPARE(earlier.openElsewhereText(QString(), started + 5 * 60'000),
            u"This customer also has an open conversation in chat, started 5 min ago"_s);

        // Resolved: nothing open elsewhere, nothing to warn of.
        ConversationRecord c0 = conversation(u"c0"_s, u"k1"_s, f.t0 - 86'400'000);
        c0.status = Status::Resolved;
        f.workspace.applyChanges(batch({c0}));
        QVERIFY(f.flush());
        QCOMPARE(earlier.openConversationId(), QString());
        QCOMPARE(earlier.openElsewhereText(u"Ann Lee"_s, f.t0), QString());
        QCOMPARE(changed.size(), 1);

        // The customer writes by email: that one is open now, just started.
        ConversationRecord mail = conversation(u"c5"_s, u"k1"_s, f.t0 + 5);
        mail.channel = Channel::Email;
        mail.status = Status::Escalated;
        f.workspace.applyChanges(batch({mail}));
        QVERIFY(f.flush());
        QCOMPARE(earlier.openConversationId(), u"c5"_s);
        QCOMPARE(earlier.openChannel(), Channel::Email);
        QCOMPARE(earlier.openElsewhereText(u"Ann Lee"_s, mail.createdAt + 30'000),
            ann + u" also has an open conversation by email, started just now"_s);
        QCOMPARE(changed.size(), 2);

        // Viewing c5 instead: c1 (the AI's chat) is the other open one.
        f.view.setConversationId(u"c5"_s);
        QCOMPARE(earlier.openConversationId(), u"c1"_s);
    }

    void unknownThenFoundAndSwitching()
    {
        Fixture f;
        f.view.setConversationId(u"c7"_s);
        QVERIFY(!f.view.found());
        QCOMPARE(f.view.customerName(), QString());
        QCOMPARE(f.view.earlierConversations()->count(), 0);
        QCOMPARE(f.requested.last().first().toString(), u"c7"_s);

        // A late delivery for the conversation shown before is ignored.
        f.workspace.deliverTranscript(u"c1"_s, {message(u"m1"_s, u"c1"_s, f.t0)});
        QVERIFY(!f.view.loaded());
        QCOMPARE(f.view.transcript()->rowCount(), 0);

        QSignalSpy found(&f.view, &ConversationView::foundChanged);
        f.workspace.applyChanges(batch({conversation(u"c7"_s, u"k2"_s, f.t0)}));
        QVERIFY(f.flush());
        QVERIFY(f.view.found());
        QCOMPARE(found.size(), 1);
        QCOMPARE(f.view.customerName(), u"Bo"_s);
        QCOMPARE(f.view.earlierConversations()->conversationIdAt(0), u"c9"_s);
    }

    void resetReloadsTranscript()
    {
        Fixture f;
        f.workspace.deliverTranscript(u"c1"_s, {message(u"m1"_s, u"c1"_s, f.t0)});
        const qsizetype before = f.requested.size();
        ChangeBatch snapshot = batch({conversation(u"c1"_s, u"k1"_s, f.t0)}, {customer(u"k1"_s, u"Ann"_s)});
        snapshot.reset = true;
        f.workspace.applyChanges(snapshot);
        QVERIFY(f.flush());
        QCOMPARE(f.requested.size(), before + 1);
        QCOMPARE(f.view.customerName(), u"Ann"_s);
        QCOMPARE(f.view.earlierConversations()->count(), 0); // c0 is gone with the old cache
    }

    void transcriptModelUpsert()
    {
        TranscriptModel model;
        QAbstractItemModelTester tester(&model, kFatal);
        model.upsert({message(u"b"_s, u"c"_s, 20), message(u"a"_s, u"c"_s, 10)});
        QCOMPARE(messageIds(model), (QStringList {u"a"_s, u"b"_s}));
        model.upsert(
            {message(u"b"_s, u"c"_s, 20, u"edited"_s), message(u"a0"_s, u"c"_s, 5), message(u"c"_s, u"c"_s, 30)});
        QCOMPARE(messageIds(model), (QStringList {u"a0"_s, u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(model.index(2).data(TranscriptModel::TextRole).toString(), u"edited"_s);
        // Later lookups still find rows after a middle insert.
        model.upsert({message(u"c"_s, u"c"_s, 30, u"edited too"_s)});
        QCOMPARE(model.index(3).data(TranscriptModel::TextRole).toString(), u"edited too"_s);
        QCOMPARE(model.rowCount(), 4);
        model.setMessages({message(u"z"_s, u"c"_s, 1), message(u"z"_s, u"c"_s, 1, u"v2"_s)});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(TranscriptModel::TextRole).toString(), u"v2"_s);
        const QHash<int, QByteArray> names = model.roleNames();
        for (const char *name : {"messageId", "author", "authorName", "text", "at", "timeText", "isAi", "intent",
                 "confidence", "confidenceBand", "latencyMs", "toolSummaries"})
            QVERIFY2(names.values().contains(QByteArray(name)), name);
    }

    void replyAboutAnotherOrderIsMarked()
    {
        // The customer asked about #81860; a reply about #77189 is marked, whatever its confidence.
        using entitycheck::mismatch;
        QCOMPARE(mismatch(u"Where is order #81860?"_s, u"Order #77189 shipped yesterday."_s),
            u"Mentions #77189; the customer asked about #81860."_s);
        QCOMPARE(mismatch(u"where is my order 81860"_s, u"Order #81860 shipped yesterday."_s), QString());
        QCOMPARE(mismatch(u"Where is order #81860?"_s, u"Happy to help!"_s), QString()); // names none
        QCOMPARE(mismatch(u"Where is my parcel?"_s, u"Order #77189 shipped."_s), QString()); // nothing asked
        QCOMPARE(mismatch(u"#81860 and #81861 please"_s, u"#81861 is on its way."_s), QString()); // one of them
        QCOMPARE(mismatch(u"call 123"_s, u"order 4567"_s), QString()); // under four digits is no reference
        QCOMPARE(entitycheck::references(u"#81860, 81860 and 123"_s), (QStringList {u"81860"_s}));

        TranscriptModel model;
        QAbstractItemModelTester tester(&model, kFatal);
        MessageRecord asked = message(u"q"_s, u"c"_s, 10, u"Where is order #81860?"_s);
        MessageRecord wrong = aiMessage(u"r1"_s, u"c"_s, 20, 0.67);
        wrong.text = u"Order #77189 shipped yesterday."_s;
        MessageRecord right = aiMessage(u"r2"_s, u"c"_s, 30, 1.0);
        right.text = u"Sorry: #81860 ships today."_s;
        model.setMessages({asked, wrong, right});
        QCOMPARE(model.index(1).data(TranscriptModel::MismatchTextRole).toString(),
            u"Mentions #77189; the customer asked about #81860."_s);
        QCOMPARE(model.index(2).data(TranscriptModel::MismatchTextRole).toString(), QString());
        QCOMPARE(model.index(0).data(TranscriptModel::MismatchTextRole).toString(), QString()); // the customer's

        // The weakest reply is marked, and moving the mark announces both rows.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setWeakestMessageId(u"r1"_s);
        QVERIFY(model.index(1).data(TranscriptModel::IsWeakestRole).toBool());
        QVERIFY(!model.index(2).data(TranscriptModel::IsWeakestRole).toBool());
        model.setWeakestMessageId(u"r2"_s);
        QVERIFY(!model.index(1).data(TranscriptModel::IsWeakestRole).toBool());
        QVERIFY(model.index(2).data(TranscriptModel::IsWeakestRole).toBool());
        QCOMPARE(changed.size(), 3);
    }

    void transitionsAreLinesThatSayWhoDidWhat()
    {
        const auto line = [](const char *reason, Status::Value to, const QString &note = {},
                              Outcome::Value outcome = Outcome::None) {
            TransitionRecord t;
            t.conversationId = u"c"_s;
            t.to = to;
            t.actor = u"sam"_s;
            t.actorName = u"Sam Ortiz"_s;
            t.reason = QString::fromLatin1(reason);
            t.kind = transitionReason(t.reason);
            t.note = note;
            t.outcome = outcome;
            t.assigneeName = to == Status::Human ? u"Ana Ruiz"_s : QString();
            t.at = 42;
            return t;
        };
        QCOMPARE(TransitionLines::text(line("take_over", Status::Human)), u"Taken over by Sam Ortiz"_s);
        QCOMPARE(TransitionLines::text(line("transfer", Status::Human)), u"Transferred to Ana Ruiz by Sam Ortiz"_s);
        QCOMPARE(TransitionLines::text(line("resolve", Status::Resolved, u"duplicate of #12"_s, Outcome::Spam)),
            u"Resolved by Sam Ortiz as Spam. Note: duplicate of #12"_s);
        QCOMPARE(TransitionLines::text(line("customer_wrote", Status::Ai)), u"Reopened: the customer wrote again"_s);
        QCOMPARE(TransitionLines::text(line("merged", Status::Resolved)),
            u"Merged into another conversation of the customer by Sam Ortiz"_s);
        // The AI's escalation has the server's own note in the transcript: no second line.
        QVERIFY(!TransitionLines::line(line("low_confidence", Status::Escalated)));
        // A reason from a newer server still says what happened and who did it.
        QCOMPARE(TransitionLines::text(line("merged_into", Status::Resolved)), u"Resolved by Sam Ortiz"_s);
        const auto taken = TransitionLines::line(line("take_over", Status::Human));
        QVERIFY(taken);
        QCOMPARE(taken->author, Author::System);
        QCOMPARE(taken->at, 42);
        QCOMPARE(taken->id, TransitionLines::line(line("take_over", Status::Human))->id); // stable
    }

    void orderListModel()
    {
        OrderListModel model;
        QAbstractItemModelTester tester(&model, kFatal);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setOrders({order(u"1"_s, 4000, u"EUR"_s)});
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0).data(OrderListModel::TotalTextRole).toString().contains(u"EUR"));
        model.setOrders({order(u"1"_s, 4000, u"EUR"_s)}); // unchanged: no reset, views keep state
        QCOMPARE(resets.size(), 1);
        model.setOrders({});
        QCOMPARE(model.rowCount(), 0);
    }

    void handoffDraftsVisibilityAndEscalation()
    {
        Fixture f;
        QAbstractItemModelTester draftsTester(f.view.drafts(), kFatal);
        f.workspace.identity()->set(u"ana"_s, u"Ana Lopez"_s, Role::Agent);
        f.workspace.deliverTranscript(u"c1"_s, {message(u"m1"_s, u"c1"_s, f.t0)});
        const auto draft = [&](const QString &id, const QString &forUser, const QString &text) {
            return DraftRecord {id, u"c1"_s, forUser, text, u"refund"_s, 0.7, f.t0};
        };
        ChangeBatch drafts;
        drafts.drafts = {draft(u"d1"_s, u"ana"_s, u"Refund issued."_s), draft(u"d2"_s, u"sam"_s, QString())};
        f.workspace.applyChanges(drafts);
        QVERIFY(f.flush());
        // Not the owner yet: no suggestions, although the draft is kept for later.
        QCOMPARE(f.view.drafts()->count(), 0);

        ConversationRecord owned = conversation(u"c1"_s, u"k1"_s, f.t0);
        owned.status = Status::Human;
        owned.assignee = u"ana"_s;
        owned.assigneeName = u"Ana Lopez"_s;
        owned.escalationReason = EscalationReason::AskedForHuman;
        owned.escalationRule = u"customer asked"_s;
        owned.escalatedAt = f.t0;
        owned.slaDueAt = f.t0 + 300'000;
        f.workspace.applyChanges(batch({owned}));
        QVERIFY(f.flush());
        QVERIFY(f.view.ownedByMe());
        QCOMPARE(f.view.assigneeName(), u"Ana Lopez"_s);
        QCOMPARE(f.view.escalationReasonText(), u"Asked for a person"_s);
        // Owned, nobody has answered, the deadline passed: it stays red after the take-over.
        QCOMPARE(f.view.slaState(), SlaState::Breached);
        QCOMPARE(f.view.slaText(), u"5 min over"_s);
        // Only ana's own draft with text, the newest first.
        QCOMPARE(f.view.drafts()->count(), 1);
        QCOMPARE(f.view.drafts()->index(0).data(DraftListModel::TextRole).toString(), u"Refund issued."_s);
        drafts.drafts = {draft(u"d3"_s, u"ana"_s, u"Anything else?"_s)};
        f.workspace.applyChanges(drafts);
        QVERIFY(f.flush());
        QCOMPARE(f.view.drafts()->count(), 2);
        QCOMPARE(f.view.drafts()->index(0).data(DraftListModel::DraftIdRole).toString(), u"d3"_s);

        // Ana answers: the suggestions for what she answered are moot, and the deadline is met.
        ConversationRecord answered = owned;
        answered.lastAuthor = Author::Human;
        answered.lastMessageAt = f.t0 + 5;
        answered.respondedAt = f.t0 + 5;
        f.workspace.applyChanges(batch({answered}));
        QVERIFY(f.flush());
        QCOMPARE(f.view.drafts()->count(), 0);
        QCOMPARE(f.view.slaState(), SlaState::None);
        // The customer writes again and the AI suggests anew: that one shows.
        drafts.drafts = {DraftRecord {u"d4"_s, u"c1"_s, u"ana"_s, u"It ships today."_s, u"refund"_s, 0.8, f.t0 + 9}};
        f.workspace.applyChanges(drafts);
        QVERIFY(f.flush());
        QCOMPARE(f.view.drafts()->count(), 1);

        // Notes and whispers are marked internal in the transcript.
        MessageRecord note = message(u"m2"_s, u"c1"_s, f.t0 + 10, u"checked stock"_s);
        note.author = Author::Human;
        note.visibility = Visibility::Note;
        f.live({note});
        QVERIFY(f.flush());
        const QModelIndex noteRow = f.view.transcript()->index(1);
        QCOMPARE(noteRow.data(TranscriptModel::VisibilityRole).toInt(), int(Visibility::Note));
        QCOMPARE(noteRow.data(TranscriptModel::VisibilityLabelRole).toString(), u"Internal note"_s);
        QVERIFY(noteRow.data(TranscriptModel::InternalRole).toBool());
        QVERIFY(!f.view.transcript()->index(0).data(TranscriptModel::InternalRole).toBool());

        // The local echo leaves once the transcript holds the server's copy ("m-" + command id).
        QStandardItemModel outbox;
        outbox.setItemRoleNames({{Qt::UserRole + 7, "messageId"}});
        for (const char *id : {"m-cmd1", "m-cmd2"}) {
            auto *item = new QStandardItem;
            item->setData(QString::fromLatin1(id), Qt::UserRole + 7);
            outbox.appendRow(item);
        }
        LocalEchoModel echo;
        QAbstractItemModelTester echoTester(&echo, kFatal);
        echo.setSourceModel(&outbox);
        echo.setTranscript(f.view.transcript());
        QCOMPARE(echo.count(), 2);
        MessageRecord sent = message(u"m-cmd1"_s, u"c1"_s, f.t0 + 20, u"Refund issued."_s);
        sent.author = Author::Human;
        f.live({sent});
        QVERIFY(f.flush());
        QCOMPARE(echo.count(), 1);
        QCOMPARE(echo.index(0, 0).data(Qt::UserRole + 7).toString(), u"m-cmd2"_s);
    }
};

int runConversationTests(int argc, char **argv)
{
    TestConversation tests;
    return QTest::qExec(&tests, argc, argv);
}

#include "tst_conversation.moc"
