// The durable outbox end to end on the console side: OperatorActions (GUI API) -> CommandPump
// (write, then send) -> a session stand-in that answers like SessionWorker, on real SQLite files.
// The crash test drives outbox_harness against a real pilothouse-server.

#include "actions/operatoractions.h"
#include "actions/outboxmodel.h"
#include "crashtest.h"
#include "protocol/codec.h"
#include "protocol/commands.h"
#include "store/commandpump.h"
#include "store/outbox.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using pilothouse::models::CommandPump;
using pilothouse::models::OperatorActions;
using pilothouse::models::Outbox;
using pilothouse::models::OutboxModel;
using pilothouse::models::OutboxRecord;
namespace Role = pilothouse::models::Role;
namespace Action = pilothouse::models::Action;
namespace Status = pilothouse::models::Status;
namespace protocol = pilothouse::protocol;

namespace {

/// Answers sendCommand the way SessionWorker does: while not welcomed, at once with a retryable
/// nack `not_connected`; while welcomed, it records the command for the test to answer.
class SessionStandIn : public QObject {
    Q_OBJECT
public:
    bool welcomed = false;
    std::vector<protocol::Command> sent;
    std::function<void(const protocol::Command &)> onSend;

    void send(const protocol::Command &command)
    {
        if (onSend)
            onSend(command);
        if (!welcomed) {
            Q_EMIT nacked(protocol::Nack {command.id, "not_connected", "Not connected.", true, {}});
            return;
        }
        sent.push_back(command);
    }
    void welcome()
    {
        welcomed = true;
        Q_EMIT welcomedSignal();
    }
    void drop()
    {
        welcomed = false;
        Q_EMIT disconnected();
    }
    void ack(const protocol::Command &command, std::int64_t seq) { Q_EMIT acked(protocol::Ack {command.id, seq}); }
    void nack(const protocol::Command &command, const char *code, const char *message, bool retryable)
    {
        Q_EMIT nacked(protocol::Nack {command.id, code, message, retryable, {}});
    }

Q_SIGNALS:
    void welcomedSignal();
    void disconnected();
    void acked(const pilothouse::protocol::Ack &ack);
    void nacked(const pilothouse::protocol::Nack &nack);
};

/// Actions, pump and session wired as the composition root wires them (one thread here).
struct Rig {
    pilothouse::models::Identity identity;
    OperatorActions actions {&identity};
    std::unique_ptr<CommandPump> pump;
    SessionStandIn session;

    explicit Rig(const QString &outboxPath)
        : pump(std::make_unique<CommandPump>(outboxPath))
    {
        identity.set(u"ana"_s, u"Ana"_s, Role::Agent);
        QObject::connect(pump.get(), &CommandPump::sendCommand, &session, &SessionStandIn::send);
        QObject::connect(&session, &SessionStandIn::welcomedSignal, pump.get(), &CommandPump::onWelcomed);
        QObject::connect(&session, &SessionStandIn::disconnected, pump.get(), &CommandPump::onDisconnected);
        QObject::connect(&session, &SessionStandIn::acked, pump.get(), &CommandPump::onAcked);
        QObject::connect(&session, &SessionStandIn::nacked, pump.get(), &CommandPump::onNacked);
        QObject::connect(&actions, &OperatorActions::commandRequested, pump.get(), &CommandPump::enqueue);
        QObject::connect(&actions, &OperatorActions::discardRequested, pump.get(), &CommandPump::discard);
        QObject::connect(pump.get(), &CommandPump::outboxLoaded, &actions, &OperatorActions::setItems);
        QObject::connect(pump.get(), &CommandPump::itemChanged, &actions, &OperatorActions::updateItem);
        QObject::connect(pump.get(), &CommandPump::itemRemoved, &actions, &OperatorActions::removeItem);
        pump->open();
    }
};

/// The row as another connection sees it: what is on disk, not what the pump holds.
std::optional<OutboxRecord> onDisk(const QString &path, const QString &commandId)
{
    Outbox reader;
    if (!reader.open(path))
        return std::nullopt;
    return reader.find(commandId);
}

QString argText(const protocol::Command &command, const char *key)
{
    return QString::fromStdString(command.args.value(key, std::string()));
}

} // namespace

class TestOutbox : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString newPath() { return m_dir.filePath(u"acct-%1.outbox.sqlite"_s.arg(++m_files)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void outboxLivesBesideTheCache()
    {
        QCOMPARE(Outbox::pathBeside(u"/data/cache/ana_host.sqlite"_s), u"/data/cache/ana_host.outbox.sqlite"_s);
    }

    void outboxCommitsAreFullySynchronous()
    {
        Outbox outbox;
        QVERIFY2(outbox.open(newPath()), qPrintable(outbox.errorString()));
        QSqlQuery query(outbox.database());
        QVERIFY(query.exec(u"PRAGMA synchronous"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 2); // FULL: a commit is on disk when it returns.
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
    }

    void commandIsWrittenBeforeItIsSent()
    {
        const QString path = newPath();
        Rig rig(path);
        rig.session.welcome();
        std::optional<OutboxRecord> seenAtSend;
        int writtenBeforeSend = 0;
        QSignalSpy written(rig.pump.get(), &CommandPump::written);
        rig.session.onSend = [&](const protocol::Command &command) {
            writtenBeforeSend = int(written.count());
            seenAtSend = onDisk(path, QString::fromStdString(command.id));
        };
        const QString id = rig.actions.sendReply(u"c-1"_s, u"  Your refund is on its way.\n"_s);
        QVERIFY(!id.isEmpty());
        QCOMPARE(rig.session.sent.size(), 1u);
        const protocol::Command &command = rig.session.sent.front();
        QCOMPARE(QString::fromStdString(command.id), id);
        QCOMPARE(command.name, std::string(protocol::commands::SendMessage::kName));
        QCOMPARE(argText(command, "conversationId"), u"c-1"_s);
        QCOMPARE(argText(command, "text"), u"Your refund is on its way."_s);
        // Another connection already saw the row when the session was asked to send it.
        QVERIFY(seenAtSend.has_value());
        QCOMPARE(seenAtSend->action, pilothouse::models::Action::Send);
        QCOMPARE(writtenBeforeSend, 1);
        QCOMPARE(rig.actions.pendingCount(), 1);

        rig.session.ack(command, 17);
        QCOMPARE(onDisk(path, id)->state, pilothouse::models::OutboxState::Acked);
        QCOMPARE(rig.actions.item(id).state, pilothouse::models::OutboxState::Acked);
        QCOMPARE(rig.actions.pendingCount(), 0);
    }

    void offlineCommandWaitsAndIsResentWithTheSameId()
    {
        const QString path = newPath();
        Rig rig(path);
        const QString takeOver = rig.actions.takeOver(u"c-9"_s);
        const QString reply = rig.actions.sendReply(u"c-9"_s, u"I'm here."_s);
        QVERIFY(rig.session.sent.empty());
        QCOMPARE(onDisk(path, takeOver)->state, pilothouse::models::OutboxState::Pending);
        QCOMPARE(rig.actions.pendingCount(), 2);

        rig.session.welcome(); // Both go out, oldest first, with the ids they were written with.
        QCOMPARE(rig.session.sent.size(), 2u);
        QCOMPARE(QString::fromStdString(rig.session.sent[0].id), takeOver);
        QCOMPARE(rig.session.sent[0].name, std::string(protocol::commands::TakeOver::kName));
        QCOMPARE(QString::fromStdString(rig.session.sent[1].id), reply);
        QCOMPARE(onDisk(path, reply)->state, pilothouse::models::OutboxState::Inflight);

        // The link drops before any answer; the next welcome sends both again, same ids.
        rig.session.drop();
        rig.session.sent.clear();
        rig.session.welcome();
        QCOMPARE(rig.session.sent.size(), 2u);
        QCOMPARE(QString::fromStdString(rig.session.sent[0].id), takeOver);
        QCOMPARE(QString::fromStdString(rig.session.sent[1].id), reply);
        QCOMPARE(onDisk(path, reply)->attempts, 2);

        rig.session.ack(rig.session.sent[0], 5);
        rig.session.ack(rig.session.sent[1], 6);
        QCOMPARE(onDisk(path, takeOver)->state, pilothouse::models::OutboxState::Acked);
        QCOMPARE(onDisk(path, reply)->state, pilothouse::models::OutboxState::Acked);
        rig.session.sent.clear();
        rig.session.drop();
        rig.session.welcome(); // Acknowledged commands are never sent again.
        QVERIFY(rig.session.sent.empty());
    }

    void notConnectedNackKeepsTheCommandPending()
    {
        const QString path = newPath();
        Rig rig(path);
        rig.session.welcome();
        rig.session.welcomed = false; // The socket died; the pump has not heard yet.
        const QString id = rig.actions.addNote(u"c-2"_s, u"Customer is a reseller"_s);
        QCOMPARE(onDisk(path, id)->state, pilothouse::models::OutboxState::Pending);
        QCOMPARE(rig.actions.item(id).state, pilothouse::models::OutboxState::Pending);
        QCOMPARE(rig.actions.failedCount(), 0);
        rig.session.welcome();
        QCOMPARE(rig.session.sent.size(), 1u);
        QCOMPARE(QString::fromStdString(rig.session.sent[0].id), id);
    }

    void retryableNackIsResentAfterTheNextWelcome()
    {
        const QString path = newPath();
        Rig rig(path);
        rig.session.welcome();
        const QString id = rig.actions.takeOver(u"c-3"_s);
        rig.session.nack(rig.session.sent[0], "internal", "database busy", true);
        QCOMPARE(onDisk(path, id)->state, pilothouse::models::OutboxState::Pending);
        QCOMPARE(rig.actions.failedCount(), 0);
        rig.session.sent.clear();
        rig.session.drop();
        rig.session.welcome();
        QCOMPARE(rig.session.sent.size(), 1u);
        QCOMPARE(QString::fromStdString(rig.session.sent[0].id), id);
    }

    void refusedCommandBecomesAVisibleFailedItemAndRetryWorks()
    {
        const QString path = newPath();
        Rig rig(path);
        OutboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setActions(&rig.actions);
        model.setConversationId(u"c-4"_s);
        QSignalSpy failed(&rig.actions, &OperatorActions::commandFailed);
        rig.session.welcome();

        const QString id = rig.actions.sendReply(u"c-4"_s, u"Sorry for the wait!"_s);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex row = model.index(0);
        QCOMPARE(row.data(OutboxModel::StateRole).toInt(), int(pilothouse::models::OutboxState::Pending));
        QCOMPARE(row.data(OutboxModel::TextRole).toString(), u"Sorry for the wait!"_s);
        QCOMPARE(row.data(OutboxModel::MessageIdRole).toString(), u"m-"_s + id);

        rig.session.nack(rig.session.sent[0], "invalid_state", "Sam Ortiz owns this conversation now.", false);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), id);
        QCOMPARE(failed.at(0).at(1).toString(), u"Sam Ortiz owns this conversation now."_s);
        QCOMPARE(model.index(0).data(OutboxModel::StateRole).toInt(), int(pilothouse::models::OutboxState::Failed));
        QCOMPARE(model.index(0).data(OutboxModel::ErrorRole).toString(), u"Sam Ortiz owns this conversation now."_s);
        const auto stored = onDisk(path, id);
        QCOMPARE(stored->state, pilothouse::models::OutboxState::Failed);
        QCOMPARE(stored->errorCode, u"invalid_state"_s);
        QCOMPARE(rig.actions.failedCount(), 1);

        // A failed item survives a restart of the console: still there, still failed, not resent.
        {
            Rig restarted(path);
            QCOMPARE(restarted.actions.item(id).state, pilothouse::models::OutboxState::Failed);
            restarted.session.welcome();
            QVERIFY(restarted.session.sent.empty());
        }

        // Retry: a new command (the server remembers the old id's answer) that replaces the item.
        rig.session.sent.clear();
        rig.actions.retry(id);
        QCOMPARE(rig.session.sent.size(), 1u);
        const QString again = QString::fromStdString(rig.session.sent[0].id);
        QVERIFY(again != id);
        QCOMPARE(argText(rig.session.sent[0], "text"), u"Sorry for the wait!"_s);
        QVERIFY(!onDisk(path, id).has_value());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(OutboxModel::CommandIdRole).toString(), again);
        QCOMPARE(model.index(0).data(OutboxModel::StateRole).toInt(), int(pilothouse::models::OutboxState::Pending));
        rig.session.ack(rig.session.sent[0], 40);
        QCOMPARE(model.index(0).data(OutboxModel::StateRole).toInt(), int(pilothouse::models::OutboxState::Acked));
        QCOMPARE(rig.actions.failedCount(), 0);
    }

    void discardRemovesOnlyFailedItems()
    {
        const QString path = newPath();
        Rig rig(path);
        OutboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setConversationId(u"c-5"_s);
        model.setActions(&rig.actions);
        rig.session.welcome();
        const QString pending = rig.actions.whisper(u"c-5"_s, u"Offer the 10% code"_s);
        const QString refused = rig.actions.whisper(u"c-5"_s, u"Mention the warranty"_s);
        rig.session.nack(rig.session.sent[1], "forbidden", "Agents cannot whisper.", false);
        QCOMPARE(model.rowCount(), 2);

        rig.actions.discard(pending); // Still on its way: it may reach the server, so it stays.
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(onDisk(path, pending).has_value());
        rig.actions.discard(refused);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!onDisk(path, refused).has_value());
        QCOMPARE(rig.actions.failedCount(), 0);
    }

    void unsentCommandsSurviveARestartAndGoOutAfterTheFirstWelcome()
    {
        const QString path = newPath();
        QString id;
        {
            Rig first(path);
            id = first.actions.sendReply(u"c-6"_s, u"Back in a minute"_s);
            first.session.welcome();
            QCOMPARE(first.session.sent.size(), 1u); // Sent, but the console dies before the ack.
        }
        Rig second(path);
        QCOMPARE(second.actions.pendingCount(), 1);
        QCOMPARE(second.actions.item(id).text, u"Back in a minute"_s);
        OutboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setActions(&second.actions);
        model.setConversationId(u"c-6"_s);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(second.session.sent.empty());
        second.session.welcome();
        QCOMPARE(second.session.sent.size(), 1u);
        QCOMPARE(QString::fromStdString(second.session.sent[0].id), id);
    }

    void modelShowsOnlyTheConversationsTextCommands()
    {
        Rig rig(newPath());
        OutboxModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setActions(&rig.actions);
        model.setConversationId(u"c-7"_s);
        rig.actions.takeOver(u"c-7"_s);
        rig.actions.sendReply(u"c-8"_s, u"other conversation"_s);
        rig.actions.addNote(u"c-7"_s, u"VIP, be gentle"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(OutboxModel::ActionRole).toInt(), int(pilothouse::models::Action::Note));
        QVERIFY(rig.actions.sendReply(u"c-7"_s, u"   \n"_s).isEmpty()); // Blank text is not a reply.
        QCOMPARE(model.rowCount(), 1);
        model.setConversationId(u"c-8"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(OutboxModel::TextRole).toString(), u"other conversation"_s);
    }

    void actionsFollowRoleAndState_data()
    {
        QTest::addColumn<Role::Value>("role");
        QTest::addColumn<Action::Value>("action");
        // One character per status (ai, escalated, human, resolved): Y allowed, - not; one column
        // per owner: nobody, the signed-in user (ana), someone else (sam). Mirrors the server's
        // rules in docs/protocol.md section 9.
        QTest::addColumn<QString>("nobody");
        QTest::addColumn<QString>("mine");
        QTest::addColumn<QString>("other");
        namespace A = pilothouse::models::Action;
        const struct {
            A::Value action;
            Role::Value role;
            const char *nobody, *mine, *other;
        } table[] = {
            // Take over: what nobody owns and the AI handles or waits for a person.
            {A::TakeOver, Role::Agent, "YY--", "----", "----"},
            {A::TakeOver, Role::Supervisor, "YY--", "----", "----"},
            {A::TakeOver, Role::Admin, "YY--", "----", "----"},
            // Hand back and reply: the owner, while a person owns it.
            {A::HandBack, Role::Agent, "----", "--Y-", "----"},
            {A::HandBack, Role::Supervisor, "----", "--Y-", "----"},
            {A::HandBack, Role::Admin, "----", "--Y-", "----"},
            {A::Send, Role::Agent, "----", "--Y-", "----"},
            {A::Send, Role::Supervisor, "----", "--Y-", "----"},
            {A::Send, Role::Admin, "----", "--Y-", "----"},
            // Resolve: the owner; supervisors and admins also what nobody owns.
            {A::Resolve, Role::Agent, "----", "YYY-", "----"},
            {A::Resolve, Role::Supervisor, "YYY-", "YYY-", "----"},
            {A::Resolve, Role::Admin, "YYY-", "YYY-", "----"},
            // Whisper: supervisors and admins, while the AI talks.
            {A::Whisper, Role::Agent, "----", "----", "----"},
            {A::Whisper, Role::Supervisor, "Y---", "Y---", "Y---"},
            {A::Whisper, Role::Admin, "Y---", "Y---", "Y---"},
            // Transfer: supervisors and admins, any open conversation.
            {A::Transfer, Role::Agent, "----", "----", "----"},
            {A::Transfer, Role::Supervisor, "YYY-", "YYY-", "YYY-"},
            {A::Transfer, Role::Admin, "YYY-", "YYY-", "YYY-"},
            // Notes: anyone signed in, anywhere.
            {A::Note, Role::Agent, "YYYY", "YYYY", "YYYY"},
            {A::Note, Role::Supervisor, "YYYY", "YYYY", "YYYY"},
            {A::Note, Role::Admin, "YYYY", "YYYY", "YYYY"},
            // Judging an AI reply: anyone signed in, in any conversation.
            {A::Judge, Role::Agent, "YYYY", "YYYY", "YYYY"},
            {A::Judge, Role::Supervisor, "YYYY", "YYYY", "YYYY"},
            {A::Judge, Role::Admin, "YYYY", "YYYY", "YYYY"},
            // Merge (into this one): supervisors and admins, any open conversation.
            {A::Merge, Role::Agent, "----", "----", "----"},
            {A::Merge, Role::Supervisor, "YYY-", "YYY-", "YYY-"},
            {A::Merge, Role::Admin, "YYY-", "YYY-", "YYY-"},
        };
        for (const auto &row : table) {
            const QByteArray name = QByteArray(QMetaEnum::fromType<A::Value>().valueToKey(row.action)) + " as "
                + QMetaEnum::fromType<Role::Value>().valueToKey(row.role);
            QTest::newRow(name.constData()) << row.role << row.action << QString::fromLatin1(row.nobody)
                                            << QString::fromLatin1(row.mine) << QString::fromLatin1(row.other);
        }
        // A role this console does not know may do nothing.
        for (int action = A::TakeOver; action <= A::Judge; ++action) {
            const QByteArray name
                = QByteArray(QMetaEnum::fromType<A::Value>().valueToKey(action)) + " with an unknown role";
            QTest::newRow(name.constData()) << Role::Unknown << A::Value(action) << u"----"_s << u"----"_s << u"----"_s;
        }
    }

    void actionsFollowRoleAndState()
    {
        QFETCH(Role::Value, role);
        QFETCH(Action::Value, action);
        QFETCH(QString, nobody);
        QFETCH(QString, mine);
        QFETCH(QString, other);
        const Status::Value statuses[] = {Status::Ai, Status::Escalated, Status::Human, Status::Resolved};
        const struct {
            QString assignee;
            QString expected;
        } owners[] = {{QString(), nobody}, {u"ana"_s, mine}, {u"sam"_s, other}};

        pilothouse::models::Identity who;
        OperatorActions actions(&who);
        QSignalSpy identity(&actions, &OperatorActions::identityChanged);
        for (const auto &owner : owners) {
            for (const Status::Value status : statuses) // Nobody signed in: nothing.
                QVERIFY(!actions.can(action, status, owner.assignee));
        }
        who.set(u"ana"_s, u"Ana"_s, role);
        QCOMPARE(identity.count(), 1);
        for (const auto &owner : owners) {
            QString got;
            for (const Status::Value status : statuses)
                got += actions.can(action, status, owner.assignee) ? u'Y' : u'-';
            QCOMPARE(got, owner.expected);
        }
    }

    void actionsAreOfferedByStatus()
    {
        // Shown at all (as opposed to enabled now): one character per status as above.
        namespace A = pilothouse::models::Action;
        const struct {
            A::Value action;
            const char *agent, *lead;
        } table[] = {
            {A::TakeOver, "YY--", "YY--"},
            {A::HandBack, "--Y-", "--Y-"},
            {A::Send, "--Y-", "--Y-"},
            {A::Resolve, "YYY-", "YYY-"},
            {A::Whisper, "----", "Y---"},
            {A::Transfer, "----", "YYY-"},
            {A::Note, "YYYY", "YYYY"},
            {A::Judge, "YYYY", "YYYY"},
            {A::Merge, "----", "YYY-"},
        };
        const Status::Value statuses[] = {Status::Ai, Status::Escalated, Status::Human, Status::Resolved};
        pilothouse::models::Identity ana, maria;
        ana.set(u"ana"_s, u"Ana"_s, Role::Agent);
        maria.set(u"maria"_s, u"Maria"_s, Role::Supervisor);
        OperatorActions agent(&ana), supervisor(&maria);
        for (const auto &row : table) {
            QString asAgent, asLead;
            for (const Status::Value status : statuses) {
                asAgent += agent.offers(row.action, status) ? u'Y' : u'-';
                asLead += supervisor.offers(row.action, status) ? u'Y' : u'-';
            }
            QCOMPARE(asAgent, QString::fromLatin1(row.agent));
            QCOMPARE(asLead, QString::fromLatin1(row.lead));
        }
    }

    void mergeIsOneCommandFiledUnderTheOpenConversation()
    {
        const QString path = newPath();
        Rig rig(path);
        QSignalSpy acked(&rig.actions, &OperatorActions::commandAcked);
        rig.session.welcome();

        // Nothing to merge: an empty id, or a conversation into itself.
        QVERIFY(rig.actions.merge(QString(), u"c-2"_s).isEmpty());
        QVERIFY(rig.actions.merge(u"c-1"_s, QString()).isEmpty());
        QVERIFY(rig.actions.merge(u"c-2"_s, u"c-2"_s).isEmpty());
        QVERIFY(rig.session.sent.empty());

        const QString id = rig.actions.merge(u"c-1"_s, u"c-2"_s);
        QVERIFY(!id.isEmpty());
        QCOMPARE(rig.session.sent.size(), 1u);
        const protocol::Command &sent = rig.session.sent[0];
        QCOMPARE(QString::fromStdString(sent.name), u"conversation.merge"_s);
        QCOMPARE(argText(sent, "conversationId"), u"c-1"_s);
        QCOMPARE(argText(sent, "intoConversationId"), u"c-2"_s);
        // It decodes under the server's rules, and is filed under the conversation the operator has open.
        QVERIFY(protocol::commands::Merge::fromCommand(sent).ok());
        QCOMPARE(rig.actions.item(id).action, Action::Merge);
        QCOMPARE(rig.actions.item(id).conversationId, u"c-2"_s);
        QCOMPARE(onDisk(path, id)->action, Action::Merge);

        // The acknowledgement is announced once, with the action and the conversation.
        rig.session.ack(sent, 41);
        QCOMPARE(acked.count(), 1);
        QCOMPARE(acked.at(0).at(0).toString(), id);
        QCOMPARE(acked.at(0).at(1).value<Action::Value>(), Action::Merge);
        QCOMPARE(acked.at(0).at(2).toString(), u"c-2"_s);
    }

    void mergeNeedsALeadAndTwoOpenConversations()
    {
        pilothouse::models::Identity ana, maria;
        ana.set(u"ana"_s, u"Ana"_s, Role::Agent);
        maria.set(u"maria"_s, u"Maria"_s, Role::Supervisor);
        OperatorActions agent(&ana), supervisor(&maria);
        QVERIFY(!agent.canMerge(Status::Escalated, Status::Human));
        QVERIFY(supervisor.canMerge(Status::Escalated, Status::Human));
        QVERIFY(supervisor.canMerge(Status::Ai, Status::Ai));
        QVERIFY(!supervisor.canMerge(Status::Resolved, Status::Human));
        QVERIFY(!supervisor.canMerge(Status::Ai, Status::Resolved));
    }

    void crashAfterWriteDeliversTheReplyExactlyOnce_data() { crashtest::addRows(); }
    void crashAfterWriteDeliversTheReplyExactlyOnce() { crashtest::run(m_dir.path()); }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
