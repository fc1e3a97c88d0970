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
