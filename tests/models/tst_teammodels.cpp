// The team view's model (presence from `team` frames, load counted from the board) and the saved
// replies the composer inserts (listed, searched and filled in for the open conversation).

#include "fixtures.h"

#include "actions/operatoractions.h"
#include "board/boardmodel.h"
#include "live/workspace.h"
#include "team/savedreplieseditor.h"
#include "team/savedrepliesmodel.h"
#include "team/teammodel.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace fixtures;
using namespace Qt::StringLiterals;
namespace protocol = pilothouse::protocol;

namespace {

protocol::TeamMember member(
    std::string name, std::string displayName, protocol::Presence presence, std::string role = "agent")
{
    return protocol::TeamMember {std::move(name), std::move(displayName), std::move(role), presence, 1'000};
}

QStringList column(const QAbstractItemModel &model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, 0).data(role).toString());
    return values;
}

ConversationRecord ownedBy(const QString &id, const QString &user, qint64 waitingSince)
{
    ConversationRecord c = conversation(id, u"k1"_s);
    c.status = Status::Human;
    c.assignee = user;
    if (waitingSince > 0)
        c.waitingSince = waitingSince;
    return c;
}

} // namespace

class TestTeam : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void listsOnlineFirstThenAwayThenOfflineByName()
    {
        Workspace workspace;
        workspace.identity()->set(u"sam"_s, u"Sam Ortiz"_s, Role::Supervisor);
        TeamModel &team = *workspace.team();
        QCOMPARE(team.known(), false);
        QCOMPARE(team.selfPresence(), Presence::Unknown);
        QVERIFY(!team.summary().isEmpty()); // says why nothing is shown

        using P = protocol::Presence;
        team.setTeam(protocol::Team {{member("zoe", "Zoe Park", P::Offline), member("ana", "Ana Ruiz", P::Away),
            member("sam", "Sam Ortiz", P::Online, "supervisor"), member("bo", "", P::Online),
            member("maria", "Maria Lopez", P::Online)}});
        QCOMPARE(team.known(), true);
        // Online by name (a member without a display name is listed by user name), then away, offline.
        QCOMPARE(column(team, TeamModel::DisplayNameRole),
            (QStringList {u"bo"_s, u"Maria Lopez"_s, u"Sam Ortiz"_s, u"Ana Ruiz"_s, u"Zoe Park"_s}));
        QCOMPARE(team.onlineCount(), 3);
        QCOMPARE(team.awayCount(), 1);
        QCOMPARE(team.summary(), u"3 online · 1 away"_s);
        QCOMPARE(team.selfPresence(), Presence::Online);
        QCOMPARE(team.index(2, 0).data(TeamModel::IsSelfRole).toBool(), true);
        QCOMPARE(team.index(2, 0).data(TeamModel::RoleTextRole).toString(), u"Supervisor"_s);
        QCOMPARE(team.index(3, 0).data(TeamModel::PresenceTextRole).toString(), u"Away"_s);
        QCOMPARE(team.displayNameOf(u"ana"_s), u"Ana Ruiz"_s);
        QCOMPARE(team.displayNameOf(u"nobody"_s), u"nobody"_s);
    }

    void forgetsPresenceWhenTheLinkGoesAndKnowsItAgainOnTheNextFrame()
    {
        Workspace workspace;
        workspace.identity()->set(u"sam"_s, u"Sam"_s, Role::Agent);
        TeamModel &team = *workspace.team();
        using P = protocol::Presence;
        team.setTeam(protocol::Team {{member("sam", "Sam", P::Away), member("ana", "Ana", P::Online)}});
        QCOMPARE(team.selfPresence(), Presence::Away);

        team.forgetPresence();
        QCOMPARE(team.known(), false);
        QCOMPARE(team.rowCount(), 2); // still listed
        QCOMPARE(team.selfPresence(), Presence::Unknown);
        QCOMPARE(team.onlineCount(), 0);
        QCOMPARE(team.index(0, 0).data(TeamModel::PresenceTextRole).toString(), u"Presence unknown"_s);

        team.setTeam(protocol::Team {{member("sam", "Sam", P::Online)}});
        QCOMPARE(team.known(), true);
        QCOMPARE(team.rowCount(), 1); // each frame replaces the last whole
        QCOMPARE(team.selfPresence(), Presence::Online);
    }

    void countsWhatEachMemberOwnsAndTheirLongestWait()
    {
        Workspace workspace;
        TeamModel &team = *workspace.team();
        using P = protocol::Presence;
        team.setTeam(protocol::Team {{member("ana", "Ana", P::Online), member("bo", "Bo", P::Online)}});
        const qint64 t = now();
        ConversationRecord escalated = conversation(u"queue"_s, u"k1"_s);
        escalated.status = Status::Escalated;
        escalated.waitingSince = t - 500'000; // nobody owns it: nobody's load
        ConversationRecord resolved = ownedBy(u"done"_s, u"ana"_s, 0);
        resolved.status = Status::Resolved;
        workspace.applyChanges(batch({ownedBy(u"a1"_s, u"ana"_s, t - 90'000), ownedBy(u"a2"_s, u"ana"_s, t - 30'000),
            ownedBy(u"a3"_s, u"ana"_s, 0), escalated, resolved}));
        workspace.flush();

        QSignalSpy changed(&team, &QAbstractItemModel::dataChanged);
        QVERIFY(changed.wait(2 * TeamModel::kRecountMs + 1000)); // gathered, then counted once
        QCOMPARE(team.loadOf(u"ana"_s), (TeamLoad {3, t - 90'000}));
        QCOMPARE(team.loadOf(u"bo"_s), TeamLoad {});
        QCOMPARE(team.index(0, 0).data(TeamModel::HeldRole).toInt(), 3);
        QCOMPARE(team.index(0, 0).data(TeamModel::OldestWaitingSinceRole).toLongLong(), t - 90'000);

        // A transfer moves the load.
        workspace.applyChanges(batch({ownedBy(u"a1"_s, u"bo"_s, t - 90'000)}));
        workspace.flush();
        team.recount();
        QCOMPARE(team.loadOf(u"ana"_s), (TeamLoad {2, t - 30'000}));
        QCOMPARE(team.loadOf(u"bo"_s), (TeamLoad {1, t - 90'000}));
    }

    void presenceIsSentThroughTheOutboxAndOfflineIsNot()
    {
        Workspace workspace;
        workspace.identity()->set(u"sam"_s, u"Sam"_s, Role::Agent);
        OperatorActions actions(workspace.identity());
        QSignalSpy requested(&actions, &OperatorActions::commandRequested);
        QVERIFY(!actions.setPresence(Presence::Away).isEmpty());
        QCOMPARE(requested.size(), 1);
        const auto record = requested.at(0).at(0).value<OutboxRecord>();
        QCOMPARE(record.action, Action::SetPresence);
        QCOMPARE(record.args, uR"({"presence":"away"})"_s);
        QVERIFY(actions.setPresence(Presence::Offline).isEmpty()); // the server's to say
        QVERIFY(actions.setPresence(Presence::Unknown).isEmpty());
        QCOMPARE(requested.size(), 1);
    }

    void savedRepliesStartWithTheBuiltInVersionAndSearchIgnoringCaseAndAccents()
    {
        Workspace workspace;
        SavedRepliesModel &replies = *workspace.savedReplies();
        QCOMPARE(replies.version(), 0);
        QVERIFY(replies.total() >= 5);
        QCOMPARE(replies.count(), replies.total());

        const QString body = uR"({"schema": 1, "replies": [
            {"id": "refund", "title": "Refund timeline", "text": "Hi {customer.firstName}, your refund for #{order.id} is on its way.\n{agent.firstName}"},
            {"id": "resume", "title": "Résumé of the case", "text": "Here is where we stand, {customer.name}."},
            {"id": "bye", "title": "Closing", "text": "Anything else I can do?"}]})"_s;
        QVERIFY(replies.setDocument(7, body).isEmpty());
        QCOMPARE(replies.version(), 7);
        QCOMPARE(replies.total(), 3);

        replies.setFilter(u"RESUME"_s);
        QCOMPARE(column(replies, SavedRepliesModel::ReplyIdRole), QStringList {u"resume"_s});
        replies.setFilter(u"refund way"_s); // every word, in title or text
        QCOMPARE(column(replies, SavedRepliesModel::ReplyIdRole), QStringList {u"refund"_s});
        replies.setFilter(u"nothing like this"_s);
        QCOMPARE(replies.count(), 0);
        replies.setFilter({});
        QCOMPARE(replies.count(), 3);

        // A version that does not parse changes nothing and says why.
        QVERIFY(!replies.setDocument(8, uR"({"schema": 1, "replies": [{"id": "x", "title": "", "text": "t"}]})"_s)
                     .isEmpty());
        QCOMPARE(replies.version(), 7);
        QCOMPARE(replies.total(), 3);

        replies.resetToBuiltIn();
        QCOMPARE(replies.version(), 0);
    }

    void aSavedReplyIsFilledInForTheOpenConversation()
    {
        Workspace workspace;
        workspace.identity()->set(u"maria"_s, u"Maria Lopez"_s, Role::Agent);
        SavedRepliesModel &replies = *workspace.savedReplies();
        QVERIFY(replies
                    .setDocument(1, uR"({"schema": 1, "replies": [
            {"id": "refund", "title": "Refund", "text": "Hi {customer.firstName}, your refund for #{order.id} is on its way.\n{agent.firstName}"}]})"_s)
                    .isEmpty());
        CustomerRecord ann = customer(u"k1"_s, u"Ann Lee"_s);
        OrderRecord newest;
        newest.id = u"81860"_s;
        OrderRecord older;
        older.id = u"77189"_s;
        ann.orders = {newest, older}; // most recent first
        workspace.applyChanges(batch({conversation(u"c1"_s, u"k1"_s)}, {ann, customer(u"k2"_s, QString())}));
        workspace.applyChanges(batch({conversation(u"c2"_s, u"k2"_s)}));
        workspace.flush();

        const QString filled = replies.fill(u"refund"_s, u"c1"_s);
        QCOMPARE(filled, u"Hi Ann, your refund for #81860 is on its way.\nMaria"_s);
        QCOMPARE(replies.unfilled(filled), QString());

        // No name and no order known: those placeholders stay for the operator to fill in.
        const QString partly = replies.fill(u"refund"_s, u"c2"_s);
        QCOMPARE(partly, u"Hi {customer.firstName}, your refund for #{order.id} is on its way.\nMaria"_s);
        QCOMPARE(replies.unfilled(partly), u"{customer.firstName}, {order.id}"_s);
        QCOMPARE(replies.fill(u"no-such-reply"_s, u"c1"_s), QString());
    }

    void theEditorChecksWithTheServersRulesBeforePublishing()
    {
        SavedRepliesEditor editor;
        QSignalSpy fetch(&editor, &SavedRepliesEditor::fetchRequested);
        QSignalSpy publish(&editor, &SavedRepliesEditor::publishRequested);
        editor.load();
        QCOMPARE(fetch.size(), 1);
        QVERIFY(editor.busy());
        QVERIFY(!editor.publish(QString())); // nothing read yet

        editor.onDraft(4,
            uR"({"schema": 1, "replies": [{"id": "hello", "title": "Greeting", "text": "Hi {customer.firstName}!"}]})"_s);
        QVERIFY(editor.loaded());
        QVERIFY(!editor.dirty());
        QCOMPARE(editor.count(), 1);

        const int row = editor.add();
        QCOMPARE(row, 1);
        QVERIFY(editor.dirty());
        editor.setTitle(row, u"   "_s);
        editor.setText(row, u"Your order {order.number} left today."_s);
        QVERIFY(!editor.publish(u"typo"_s));
        QCOMPARE(publish.size(), 0);
        QVERIFY(editor.messageIsError());
        QCOMPARE(editor.index(row).data(SavedRepliesEditor::TitleErrorRole).toString(), u"Give the reply a title."_s);
        QVERIFY(editor.index(row).data(SavedRepliesEditor::TextErrorRole).toString().contains(u"{order.number}"_s));
        QCOMPARE(editor.index(0).data(SavedRepliesEditor::TitleErrorRole).toString(), QString());

        editor.setTitle(row, u"Shipped"_s);
        editor.setText(row, u"Your order #{order.id} left today."_s);
        editor.move(row, -1);
        QCOMPARE(editor.index(0).data(SavedRepliesEditor::TitleRole).toString(), u"Shipped"_s);
        QVERIFY(editor.publish(u"shipping reply"_s));
        QCOMPARE(publish.size(), 1);
        QCOMPARE(publish.at(0).at(0).toLongLong(), 4); // the revision the edit started from
        QCOMPARE(publish.at(0).at(2).toString(), u"shipping reply"_s);
        const QString sent = publish.at(0).at(1).toString();
        QVERIFY(std::holds_alternative<pilothouse::tuning::SavedReplies>(
            pilothouse::tuning::parseSavedReplies(sent.toStdString())));
        QVERIFY(sent.indexOf(u"Shipped"_s) < sent.indexOf(u"Greeting"_s)); // in the order chosen

        // A colleague published meanwhile: named, and the edits stay for a deliberate second try.
        editor.onConflict(u"Ana Ruiz saved the draft at 10:42."_s, 6, u"{}"_s);
        QVERIFY(editor.messageIsError());
        QVERIFY(editor.message().contains(u"Ana Ruiz"_s));
        QCOMPARE(editor.count(), 2);
        QVERIFY(editor.publish(QString()));
        QCOMPARE(publish.at(1).at(0).toLongLong(), 6);

        editor.onPublished(3, 8);
        QVERIFY(!editor.dirty());
        QVERIFY(!editor.messageIsError());

        // The server's own refusal lands on the rows as well.
        editor.onRefused({QVariantMap {{u"field"_s, u"replies[1].text"_s}, {u"code"_s, u"out_of_range"_s},
            {u"message"_s, u"at most 4000 characters"_s}}});
        QCOMPARE(editor.index(1).data(SavedRepliesEditor::TextErrorRole).toString(),
            u"At most %1 characters."_s.arg(QLocale().toString(4000)));
    }
};

QTEST_GUILESS_MAIN(TestTeam)
#include "tst_teammodels.moc"
