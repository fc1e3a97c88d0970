// Issue 11, part 1: the real pilothouse-server records how each conversation ended, where it
// happens. Simulated customers confirm AI answers, go quiet after them, or wait in the queue until
// they give up; the test reads what an auditor would read: the server's event log.

#include "operator.h"
#include "serverlog.h"
#include "serverprocess.h"

#include <QTemporaryDir>
#include <QTest>

using namespace testing;
using pilothouse::testing::ServerProcess;
namespace protocol = pilothouse::protocol;

class TestOutcomes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theServerRecordsHowConversationsEnd();
};

void TestOutcomes::theServerRecordsHowConversationsEnd()
{
    constexpr protocol::Millis kQuietMs = 12000;
    constexpr protocol::Millis kAbandonMs = 6000;
    QTemporaryDir dir;
    ServerProcess server;
    QVERIFY2(server.start(dir.path(),
                 traffic(180, 11)
                     + QStringList {QStringLiteral("--ai-resolve-after-ms"), QString::number(kQuietMs),
                         QStringLiteral("--abandon-after-ms"), QString::number(kAbandonMs)}),
        qPrintable(server.errorString()));
    Operator supervisor;
    QVERIFY(supervisor.connect(server.port(), kSupervisor));
    QVERIFY(supervisor.client().waitFor([&] { return !supervisor.conversations().empty(); }, 30000));

    // Abandoned is what the server finds, never what a person chooses.
    const std::string target = supervisor.conversations().begin()->first;
    protocol::Command abandon {
        "resolve-abandoned", "conversation.resolve", {{"conversationId", target}, {"outcome", "abandoned"}}};
    const auto refused = supervisor.run(abandon);
    QVERIFY(nackOf(refused));
    QCOMPARE(nackOf(refused)->code, std::string(protocol::errors::BadRequest));

    // Long enough for quiet customers to pass the window and for the queue to be given up on.
    QTest::qWait(int(kQuietMs) + 14000);
    QCOMPARE(server.stop(), 0);

    const auto log = pilothouse::testing::readServerLog(dir.path());
    QVERIFY2(log.error.isEmpty(), qPrintable(log.error));
    std::map<std::string, std::vector<const protocol::Event *>> byConversation;
    for (const auto &event : log.events) {
        std::string id;
        if (const auto *m = std::get_if<protocol::Message>(&event.payload))
            id = m->conversationId;
        else if (const auto *t = std::get_if<protocol::Transition>(&event.payload))
            id = t->conversationId;
        else if (const auto *c = std::get_if<protocol::Conversation>(&event.payload))
            id = c->id;
        if (!id.empty())
            byConversation[id].push_back(&event);
    }

    int confirmed = 0, quiet = 0, abandoned = 0, closes = 0;
    std::set<std::string> closed;
    for (std::size_t i = 0; i < log.events.size(); ++i) {
        const auto *t = std::get_if<protocol::Transition>(&log.events[i].payload);
        if (!t || t->to != protocol::ConversationStatus::Resolved)
            continue;
        ++closes;
        closed.insert(t->conversationId);
        QVERIFY2(t->outcome.has_value(), "every close says how it ended");
        // The new row follows at once, resolved and unowned.
        QVERIFY(i + 1 < log.events.size());
        const auto *row = std::get_if<protocol::Conversation>(&log.events[i + 1].payload);
        QVERIFY(row && row->status == protocol::ConversationStatus::Resolved && row->assignee.empty());
        // What came before the close in this conversation.
        const protocol::Message *lastPublic = nullptr;
        for (const auto *event : byConversation[t->conversationId]) {
            if (event->seq >= log.events[i].seq)
                break;
            if (const auto *m = std::get_if<protocol::Message>(&event->payload);
                m && m->visibility == protocol::Visibility::Public && m->author != protocol::Author::System)
                lastPublic = m;
        }
        if (t->reason == "customer_confirmed") {
            ++confirmed;
            QCOMPARE(t->actor, std::string("ai"));
            QVERIFY(t->from == protocol::ConversationStatus::Ai);
            QVERIFY(*t->outcome == protocol::ResolveOutcome::Resolved);
            QVERIFY(lastPublic && lastPublic->author == protocol::Author::Customer); // the thanks itself
        } else if (t->reason == "no_reply") {
            ++quiet;
            QCOMPARE(t->actor, std::string("system"));
            QVERIFY(t->from == protocol::ConversationStatus::Ai);
            QVERIFY(*t->outcome == protocol::ResolveOutcome::Resolved);
            QVERIFY(lastPublic && lastPublic->author == protocol::Author::Ai);
            QVERIFY(t->at - lastPublic->at >= kQuietMs);
        } else if (t->reason == "abandoned") {
            ++abandoned;
            QCOMPARE(t->actor, std::string("system"));
            QVERIFY(t->from == protocol::ConversationStatus::Escalated);
            QVERIFY(*t->outcome == protocol::ResolveOutcome::Abandoned);
            QVERIFY(row->humanHandleMs == 0);
        }
    }
    QVERIFY2(confirmed > 0, "customers confirm AI answers");
    QVERIFY2(quiet > 0, "customers go quiet after AI answers");
    QVERIFY2(abandoned > 0, "nobody took queued conversations, so they were abandoned");

    // Surveys: a share of closes is rated, 1 to 5, after the close.
    int ratings = 0;
    for (const auto &event : log.events) {
        if (const auto *r = std::get_if<protocol::Rating>(&event.payload)) {
            ++ratings;
            QVERIFY(r->rating >= 1 && r->rating <= 5);
            QVERIFY2(closed.count(r->conversationId), "only closed conversations are rated");
        }
    }
    QVERIFY2(ratings > 0 && ratings < closes, qPrintable(QStringLiteral("%1 of %2").arg(ratings).arg(closes)));

    // Every AI reply says what it cost; every customer has a language.
    for (const auto &message : log.messages()) {
        if (message.author == protocol::Author::Ai) {
            QVERIFY(message.ai && message.ai->tokens && *message.ai->tokens > 0);
        }
    }
    for (const auto &[id, customer] : log.customers())
        QVERIFY2(!customer.language.empty(), id.c_str());
}

QTEST_GUILESS_MAIN(TestOutcomes)
#include "tst_outcomes.moc"
