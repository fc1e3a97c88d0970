// Issue 10 end to end: two promises of docs/protocol.md that the reference server used to break,
// checked on the real pilothouse-server with simulated traffic.
// - Every conversation.transitioned is followed at once by the conversation.upserted of the same
//   conversation in its new state, also when a customer writes into a resolved conversation.
// - Snapshots carry review judgements, so a console that starts from a snapshot keeps them.

#include "operator.h"
#include "serverprocess.h"

#include <QDeadlineTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace testing;
using pilothouse::testing::ServerProcess;
namespace protocol = pilothouse::protocol;
namespace commands = pilothouse::protocol::commands;

namespace {

/// The first transition in `events` not followed at once by the row it produced, described.
QString brokenTransition(const std::vector<protocol::Event> &events)
{
    for (std::size_t i = 0; i < events.size(); ++i) {
        const auto *transition = std::get_if<protocol::Transition>(&events[i].payload);
        if (!transition)
            continue;
        const auto *row = i + 1 < events.size() ? std::get_if<protocol::Conversation>(&events[i + 1].payload) : nullptr;
        if (!row || row->id != transition->conversationId || row->status != transition->to
            || events[i + 1].commandId != events[i].commandId)
            return QStringLiteral("seq %1 (%2 -> %3, %4) is followed by %5")
                .arg(events[i].seq)
                .arg(QString::fromStdString(std::string(protocol::toString(transition->from))),
                    QString::fromStdString(std::string(protocol::toString(transition->to))),
                    QString::fromStdString(transition->reason),
                    i + 1 < events.size() ? QString::fromStdString(events[i + 1].kind) : QStringLiteral("nothing"));
    }
    return {};
}

int reopenings(const std::vector<protocol::Event> &events)
{
    return int(std::count_if(events.begin(), events.end(), [](const protocol::Event &event) {
        const auto *transition = std::get_if<protocol::Transition>(&event.payload);
        return transition && transition->reason == "customer_wrote";
    }));
}

const protocol::Message *firstAiMessage(const std::vector<protocol::Event> &events)
{
    for (const auto &event : events) {
        const auto *message = std::get_if<protocol::Message>(&event.payload);
        if (message && message->author == protocol::Author::Ai)
            return message;
    }
    return nullptr;
}

std::vector<protocol::Judgement> snapshotJudgements(StreamClient &client)
{
    std::vector<protocol::Judgement> all;
    for (const auto &part : client.snapshots())
        all.insert(all.end(), part.judgements.begin(), part.judgements.end());
    return all;
}

/// The first conversation row in `events` whose summary of its messages is not what the messages
/// before it say (docs/protocol.md, Conversation: weakestReply, lastCustomerMessage,
/// escalation.respondedAt, handoff.dueAt), described; "" when every row agrees.
QString brokenSummary(const std::vector<protocol::Snapshot> &snapshot, const std::vector<protocol::Event> &events)
{
    struct Seen {
        std::optional<double> weakest;
        std::string weakestId;
        std::string customerText;
        std::vector<protocol::Millis> publicHumanAt;
    };
    std::map<std::string, Seen> seen;
    const auto fail = [](const protocol::Event &e, const QString &what) {
        return QStringLiteral("seq %1: %2").arg(e.seq).arg(what);
    };
    const auto note = [&](const protocol::Message *m) {
        Seen &s = seen[m->conversationId];
        if (m->ai && m->author == protocol::Author::Ai && (!s.weakest || m->ai->confidence < *s.weakest)) {
            s.weakest = m->ai->confidence;
            s.weakestId = m->id;
        }
        if (m->author == protocol::Author::Customer && m->visibility == protocol::Visibility::Public)
            s.customerText = m->text;
        if (m->author == protocol::Author::Human && m->visibility == protocol::Visibility::Public)
            s.publicHumanAt.push_back(m->at);
    };
    for (const auto &part : snapshot) {
        for (const auto &m : part.messages)
            note(&m);
    }
    for (const auto &event : events) {
        if (const auto *m = std::get_if<protocol::Message>(&event.payload)) {
            note(m);
            continue;
        }
        const auto *row = std::get_if<protocol::Conversation>(&event.payload);
        if (!row)
            continue;
        const Seen &s = seen[row->id];
        if (row->weakestReply.has_value() != s.weakest.has_value()
            || (s.weakest
                && (row->weakestReply->confidence != *s.weakest || row->weakestReply->messageId != s.weakestId)))
            return fail(event, QStringLiteral("weakestReply is not the least confident AI reply"));
        if (row->lastCustomerMessage != s.customerText)
            return fail(event, QStringLiteral("lastCustomerMessage is not the customer's latest message"));
        if (row->escalation) {
            const auto first = std::find_if(s.publicHumanAt.begin(), s.publicHumanAt.end(),
                [&](protocol::Millis at) { return at >= row->escalation->at; });
            const std::optional<protocol::Millis> expected
                = first == s.publicHumanAt.end() ? std::nullopt : std::optional(*first);
            if (row->escalation->respondedAt != expected)
                return fail(event, QStringLiteral("escalation.respondedAt is not the first public reply after it"));
        }
        if (row->handoff && row->handoff->reason && !row->handoff->dueAt)
            return fail(event, QStringLiteral("an escalation's hand-off has no dueAt"));
    }
    return {};
}

} // namespace

class TestStreamContract : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void reopenedConversationsSendTheirRowRightAfterTheTransition()
    {
        QTemporaryDir dir;
        ServerProcess server;
        QVERIFY2(server.start(dir.path(), traffic(300, 21)), qPrintable(server.errorString()));
        Operator supervisor;
        QVERIFY(supervisor.connect(server.port(), kSupervisor));

        // Resolve conversations whose customers still have something to say: some write again.
        std::set<std::string> resolved;
        QDeadlineTimer deadline(60000);
        int n = 0;
        while (reopenings(supervisor.events()) < 3 && !deadline.hasExpired()) {
            const std::string id = aiConversation(supervisor, resolved);
            if (!id.empty()) {
                resolved.insert(id);
                supervisor.run(commands::Resolve {id, protocol::ResolveOutcome::Resolved, ""}.toCommand(
                    "resolve-" + std::to_string(++n)));
            }
            QTest::qWait(100);
        }
        const auto events = supervisor.events();
        QVERIFY2(reopenings(events) >= 3, qPrintable(QStringLiteral("%1 resolved, none reopened").arg(n)));
        const QString broken = brokenTransition(events);
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
        QCOMPARE(server.stop(), 0);
    }

    void rowsSummariseTheirMessagesAndDeadlinesSurviveATakeOver()
    {
        QTemporaryDir dir;
        ServerProcess server;
        QVERIFY2(server.start(dir.path(), traffic(300, 33)), qPrintable(server.errorString()));
        Operator supervisor;
        QVERIFY(supervisor.connect(server.port(), kSupervisor));

        // Take escalated conversations over; answer half of them, and only note on the others.
        std::set<std::string> taken;
        std::vector<std::string> answered, noted;
        QDeadlineTimer deadline(60000);
        while ((answered.size() < 2 || noted.size() < 2) && !deadline.hasExpired()) {
            for (const auto &[id, row] : supervisor.conversations()) {
                if (row.status != protocol::ConversationStatus::Escalated || taken.contains(id))
                    continue;
                taken.insert(id);
                const std::string n = std::to_string(taken.size());
                if (!ackOf(supervisor.run(commands::TakeOver {id}.toCommand("take-" + n))))
                    continue;
                if (answered.size() <= noted.size()) {
                    QVERIFY(
                        ackOf(supervisor.run(commands::AddNote {id, "Checking the warehouse"}.toCommand("note-" + n))));
                    QVERIFY(
                        ackOf(supervisor.run(commands::SendMessage {id, "A person here."}.toCommand("reply-" + n))));
                    answered.push_back(id);
                } else {
                    QVERIFY(ackOf(supervisor.run(commands::AddNote {id, "Later"}.toCommand("note-" + n))));
                    noted.push_back(id);
                }
                break;
            }
            QTest::qWait(100);
        }
        QVERIFY2(answered.size() >= 2 && noted.size() >= 2, "too few escalations in a minute");
        QTest::qWait(1500); // the AI's drafts and the customers' answers that follow
        const auto rows = supervisor.conversations();
        for (const std::string &id : noted) {
            // Taken over, a note written: the deadline still runs, nobody has answered.
            const auto &row = rows.at(id);
            QVERIFY2(row.escalation && !row.escalation->respondedAt, id.c_str());
            QVERIFY(row.handoff && row.handoff->dueAt == row.escalation->slaDueAt);
        }
        for (const std::string &id : answered) {
            const auto &row = rows.at(id);
            QVERIFY2(row.escalation && row.escalation->respondedAt, id.c_str());
            QVERIFY(*row.escalation->respondedAt >= row.escalation->at);
        }
        const QString broken = brokenSummary(supervisor.client().snapshots(), supervisor.events());
        QVERIFY2(broken.isEmpty(), qPrintable(broken));
        QCOMPARE(server.stop(), 0);
    }

    void snapshotsCarryJudgements()
    {
        QTemporaryDir dir;
        ServerProcess server;
        QVERIFY2(server.start(dir.path(), traffic(120, 5)), qPrintable(server.errorString()));
        Operator supervisor;
        QVERIFY(supervisor.connect(server.port(), kSupervisor));
        QVERIFY(supervisor.client().waitFor([&] { return firstAiMessage(supervisor.events()); }, 30000));
        const protocol::Message reply = *firstAiMessage(supervisor.events());
        const auto judge = [&](bool correct, const std::string &reason, const std::string &id) {
            return ackOf(supervisor.run(commands::JudgeMessage {reply.id, correct, reason}.toCommand(id)));
        };
        QVERIFY(judge(false, "Quoted the wrong order", "judge-1"));

        // A console with no cache: the snapshot brings the judgement with it.
        Operator fresh;
        QVERIFY(fresh.connect(server.port(), kAgent));
        auto judgements = snapshotJudgements(fresh.client());
        QCOMPARE(judgements.size(), std::size_t(1));
        QCOMPARE(judgements.front(),
            (protocol::Judgement {reply.id, reply.conversationId, false, "Quoted the wrong order", "supervisor"}));

        // The latest judgement of a message is the one a snapshot holds, across a restart too.
        QVERIFY(judge(true, "", "judge-2"));
        QCOMPARE(server.stop(), 0);
        QVERIFY2(server.start(dir.path(), traffic(120, 5)), qPrintable(server.errorString()));
        Operator later;
        QVERIFY(later.connect(server.port(), kAgent));
        judgements = snapshotJudgements(later.client());
        QCOMPARE(judgements.size(), std::size_t(1));
        QVERIFY(judgements.front().correct);
        QCOMPARE(judgements.front().by, std::string("supervisor"));

        // A second reviewer's label stands beside the first one's, with its reason, oldest first.
        commands::JudgeMessage second {reply.id, false, "Wrong tone for a VIP", protocol::ReviewReason::WrongTone};
        QVERIFY(ackOf(later.run(second.toCommand("judge-3"))));
        Operator third;
        QVERIFY(third.connect(server.port(), kSupervisor));
        judgements = snapshotJudgements(third.client());
        QCOMPARE(judgements.size(), std::size_t(2));
        QCOMPARE(judgements.at(0).by, std::string("supervisor"));
        QCOMPARE(judgements.at(1),
            (protocol::Judgement {reply.id, reply.conversationId, false, "Wrong tone for a VIP", "agent",
                protocol::ReviewReason::WrongTone}));
        // A category on a reply judged right is refused as a bad request.
        commands::JudgeMessage contradictory {reply.id, true, "", protocol::ReviewReason::Other};
        const auto *refused = nackOf(later.run(contradictory.toCommand("judge-4")));
        QVERIFY(refused);
        QCOMPARE(refused->code, std::string(protocol::errors::BadRequest));
        QCOMPARE(server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TestStreamContract)
#include "tst_streamcontract.moc"
