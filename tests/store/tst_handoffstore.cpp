// Issue 4 in the cache: schema v2 (escalation, visibility, drafts), migration of a v1 file, and
// the new events (draft.created, conversation.transitioned), on real database files.

#include "store/localstore.h"
#include "store/storewriter.h"
#include "storefixtures.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pilothouse::models::ChangeBatch;
using pilothouse::models::LocalStore;
using pilothouse::models::StoreWriter;
namespace protocol = pilothouse::protocol;
namespace models = pilothouse::models;
using namespace storefixtures;

namespace {

// The v1 schema as release 1 wrote it: a fixture of an old file, not a copy of live code.
const char *const kV1Schema[] = {
    "CREATE TABLE customers (id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL DEFAULT '', email TEXT NOT NULL "
    "DEFAULT '', vip INTEGER NOT NULL DEFAULT 0, segment TEXT NOT NULL DEFAULT '', lifetime_value_cents INTEGER "
    "NOT NULL DEFAULT 0, since INTEGER NOT NULL DEFAULT 0, orders TEXT NOT NULL DEFAULT '[]')",
    "CREATE TABLE conversations (id TEXT PRIMARY KEY NOT NULL, customer_id TEXT NOT NULL DEFAULT '', channel TEXT "
    "NOT NULL DEFAULT '', kind TEXT NOT NULL DEFAULT '', status TEXT NOT NULL DEFAULT '', subject TEXT NOT NULL "
    "DEFAULT '', intent TEXT NOT NULL DEFAULT '', sentiment REAL NOT NULL DEFAULT 0, confidence REAL, last_message "
    "TEXT NOT NULL DEFAULT '', last_author TEXT NOT NULL DEFAULT '', last_message_at INTEGER NOT NULL DEFAULT 0, "
    "created_at INTEGER NOT NULL DEFAULT 0, waiting_since INTEGER, priority INTEGER NOT NULL DEFAULT 0, "
    "message_count INTEGER NOT NULL DEFAULT 0, assignee TEXT NOT NULL DEFAULT '')",
    "CREATE INDEX conversations_last_message_at ON conversations(last_message_at)",
    "CREATE INDEX conversations_customer ON conversations(customer_id)",
    "CREATE TABLE messages (id TEXT PRIMARY KEY NOT NULL, conversation_id TEXT NOT NULL, author TEXT NOT NULL "
    "DEFAULT '', author_name TEXT NOT NULL DEFAULT '', text TEXT NOT NULL DEFAULT '', at INTEGER NOT NULL DEFAULT 0, "
    "has_ai INTEGER NOT NULL DEFAULT 0, intent TEXT NOT NULL DEFAULT '', confidence REAL NOT NULL DEFAULT 0, "
    "latency_ms INTEGER NOT NULL DEFAULT 0, tools TEXT NOT NULL DEFAULT '[]')",
    "CREATE INDEX messages_conversation_at ON messages(conversation_id, at)",
    "CREATE TABLE judgements (message_id TEXT PRIMARY KEY NOT NULL, conversation_id TEXT NOT NULL DEFAULT '', "
    "correct INTEGER NOT NULL, reason TEXT NOT NULL DEFAULT '', judged_by TEXT NOT NULL DEFAULT '')",
    "CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value)",
    "INSERT INTO conversations (id, customer_id, status, subject, assignee, last_message_at) "
    "VALUES ('c-old', 'cu-1', 'human', 'Old order', 'ana', 5)",
    "INSERT INTO messages (id, conversation_id, author, text, at) VALUES ('m-old', 'c-old', 'customer', 'hello', 5)",
    "INSERT INTO judgements (message_id, conversation_id, correct, reason, judged_by) "
    "VALUES ('m-old', 'c-old', 0, 'wrong window', 'ana')",
    "INSERT INTO meta (key, value) VALUES ('epoch', 'E1'), ('seq', 42)",
    "PRAGMA user_version = 1",
};

protocol::Draft draft(const std::string &id, const std::string &forUser, const std::string &text)
{
    return protocol::Draft {id, "c-1", forUser, text, "refund", 0.74, 1'700'000'000'500};
}

protocol::Transition transition(protocol::ConversationStatus from, protocol::ConversationStatus to)
{
    protocol::Transition t;
    t.conversationId = "c-1";
    t.from = from;
    t.to = to;
    t.actor = "ana";
    t.reason = to == protocol::ConversationStatus::Resolved ? "resolve" : "hand_back";
    t.note = "Refund issued, AI can close";
    if (to == protocol::ConversationStatus::Resolved)
        t.outcome = protocol::ResolveOutcome::Spam;
    t.at = 1'700'000'000'900;
    return t;
}

/// Applies events synchronously and returns the batch the writer announced (empty if none).
ChangeBatch apply(StoreWriter &writer, std::vector<protocol::Event> events)
{
    QSignalSpy changes(&writer, &StoreWriter::changesApplied);
    writer.applyEvents(std::move(events));
    writer.flush();
    return changes.isEmpty() ? ChangeBatch {} : changes.takeFirst().at(0).value<ChangeBatch>();
}

} // namespace

class TestHandoffStore : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString newPath() { return m_dir.filePath(u"handoff-%1.sqlite"_s.arg(++m_files)); }

private Q_SLOTS:
    void migrationFromV1KeepsDataAndAsksForSnapshot()
    {
        const QString path = newPath();
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"v1"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            for (const char *sql : kV1Schema)
                QVERIFY2(query.exec(QString::fromLatin1(sql)), sql);
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"v1"_s);

        LocalStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QSqlQuery version(store.database());
        QVERIFY(version.exec(u"PRAGMA user_version"_s) && version.next());
        QCOMPARE(version.value(0).toInt(), LocalStore::schemaVersion());

        // Everything cached before is still there for offline reading, with v2 defaults...
        const auto conversations = store.conversations();
        QVERIFY(conversations && conversations->size() == 1);
        QCOMPARE(conversations->front().id, u"c-old"_s);
        QCOMPARE(conversations->front().assignee, u"ana"_s);
        QCOMPARE(conversations->front().escalatedAt, 0);
        QVERIFY(!conversations->front().isEscalated());
        const auto messages = store.messages(u"c-old"_s);
        QVERIFY(messages && messages->size() == 1);
        QCOMPARE(messages->front().text, u"hello"_s);
        QCOMPARE(messages->front().visibility, models::Visibility::Public);
        QVERIFY(store.judgement(u"m-old"_s).has_value());
        const auto drafts = store.drafts(u"c-old"_s, u"ana"_s);
        QVERIFY(drafts && drafts->isEmpty());
        // ...but the cursor is gone, so the next hello asks for a snapshot that fills escalations.
        QVERIFY(!store.cursor().has_value());
    }

    void escalationAssigneeAndVisibilityAreStored()
    {
        StoreWriter writer(newPath());
        QSignalSpy opened(&writer, &StoreWriter::opened);
        writer.open();
        QCOMPARE(opened.count(), 1);

        protocol::Conversation escalated = conversation("c-1", "I want a person");
        escalated.assigneeName = "Ana Ruiz";
        escalated.escalation = protocol::Escalation {
            "vip-negative", protocol::EscalationReason::NegativeSentiment, 3, 1'700'000'000'100, 1'700'000'300'100};
        // Taken over and answered: the deadline's answer, the first hand-off's deadline, the
        // weakest reply and the customer's words are columns of their own (schema 7).
        escalated.escalation->respondedAt = 1'700'000'000'400;
        escalated.handoff
            = protocol::Handoff {1'700'000'000'100, protocol::EscalationReason::NegativeSentiment, 1'700'000'300'100};
        escalated.weakestReply = protocol::WeakestReply {"m-ai", 0.42, "order_status"};
        escalated.lastCustomerMessage = "Where is #81860?";
        escalated.lastCustomerMessageAt = 1'700'000'000'050;
        protocol::Transition takeOver {"c-1", protocol::ConversationStatus::Escalated,
            protocol::ConversationStatus::Human, "ana", "take_over", "", std::nullopt, 1'700'000'000'150};
        takeOver.actorName = "Ana Ruiz";
        takeOver.assigneeName = "Ana Ruiz";
        protocol::Message note = message("m-note", "c-1", 1'700'000'000'200);
        note.author = protocol::Author::Human;
        note.visibility = protocol::Visibility::Note;
        protocol::Message whisper = message("m-whisper", "c-1", 1'700'000'000'300);
        whisper.author = protocol::Author::Human;
        whisper.visibility = protocol::Visibility::Whisper;

        const ChangeBatch batch = apply(writer,
            {makeEvent(1, "E1", escalated, protocol::kinds::ConversationUpserted),
                makeEvent(2, "E1", note, protocol::kinds::MessageCreated),
                makeEvent(3, "E1", whisper, protocol::kinds::MessageCreated),
                makeEvent(4, "E1", takeOver, protocol::kinds::ConversationTransitioned)});
        QCOMPARE(batch.conversations.size(), 1);
        const auto &row = batch.conversations.front();
        QCOMPARE(row.escalationRule, u"vip-negative"_s);
        QCOMPARE(row.escalationReason, models::EscalationReason::NegativeSentiment);
        QCOMPARE(row.escalationPriority, 3);
        QCOMPARE(row.escalatedAt, 1'700'000'000'100);
        QCOMPARE(row.slaDueAt, 1'700'000'300'100);
        QCOMPARE(row.assigneeName, u"Ana Ruiz"_s);
        QCOMPARE(row.respondedAt, 1'700'000'000'400);
        QCOMPARE(row.handoffDueAt, 1'700'000'300'100);
        QCOMPARE(row.weakestConfidence, std::optional(0.42));
        QCOMPARE(row.weakestMessageId, u"m-ai"_s);
        QCOMPARE(row.lastCustomerMessage, u"Where is #81860?"_s);
        QCOMPARE(batch.transitions.size(), 1);
        QCOMPARE(batch.transitions.front().kind, models::TransitionReason::TakeOver);

        // The same comes back from the file (what the board shows after a restart).
        QSignalSpy board(&writer, &StoreWriter::boardLoaded);
        writer.loadBoard();
        QCOMPARE(board.count(), 1);
        const auto everything = board.at(0).at(0).value<ChangeBatch>();
        QCOMPARE(everything.conversations.size(), 1);
        QCOMPARE(everything.conversations.front(), row);

        QSignalSpy transcript(&writer, &StoreWriter::transcriptLoaded);
        writer.loadTranscript(u"c-1"_s);
        QCOMPARE(transcript.count(), 1);
        const auto messages = transcript.at(0).at(1).value<QList<pilothouse::models::MessageRecord>>();
        QCOMPARE(messages.size(), 3);
        // Who did what, in its place among the messages, by the name people know.
        QCOMPARE(messages.at(0).author, models::Author::System);
        QCOMPARE(messages.at(0).text, u"Taken over by Ana Ruiz"_s);
        QCOMPARE(messages.at(0).at, 1'700'000'000'150);
        QCOMPARE(messages.at(1).visibility, models::Visibility::Note);
        QCOMPARE(messages.at(2).visibility, models::Visibility::Whisper);

        // A hand-back clears the escalation: the upsert without one must clear the columns.
        protocol::Conversation handedBack = conversation("c-1", "I want a person");
        handedBack.status = protocol::ConversationStatus::Ai;
        handedBack.assignee.clear();
        protocol::Transition back {"c-1", protocol::ConversationStatus::Human, protocol::ConversationStatus::Ai, "ana",
            "hand_back", "Refund approved", std::nullopt, 1'700'000'000'500};
        back.actorName = "Ana Ruiz";
        const ChangeBatch after = apply(writer,
            {makeEvent(5, "E1", back, protocol::kinds::ConversationTransitioned),
                makeEvent(6, "E1", handedBack, protocol::kinds::ConversationUpserted)});
        QCOMPARE(after.conversations.size(), 1);
        QVERIFY(!after.conversations.front().isEscalated());
        writer.loadBoard();
        QCOMPARE(board.count(), 2);
        const auto reread = board.at(1).at(0).value<ChangeBatch>().conversations.front();
        QCOMPARE(reread.escalationReason, models::EscalationReason::None);
        QCOMPARE(reread.slaDueAt, 0);
        QCOMPARE(reread.assignee, QString());
        writer.loadTranscript(u"c-1"_s);
        const auto later = transcript.at(1).at(1).value<QList<pilothouse::models::MessageRecord>>();
        QCOMPARE(later.size(), 4);
        QCOMPARE(later.back().text, u"Handed back to the AI by Ana Ruiz. Note: Refund approved"_s);
    }

    void draftsAreStoredForTheirUserAndDroppedOnHandBack()
    {
        StoreWriter writer(newPath());
        writer.open();
        const ChangeBatch batch = apply(writer,
            {conversationEvent(1, "E1", "c-1", "where is it?"),
                makeEvent(
                    2, "E1", draft("d-1", "ana", "Your parcel left the depot today."), protocol::kinds::DraftCreated),
                makeEvent(3, "E1", draft("d-2", "bo", ""), protocol::kinds::DraftCreated)});
        QCOMPARE(batch.drafts.size(), 2);
        QCOMPARE(batch.drafts.at(0).text, u"Your parcel left the depot today."_s);
        QCOMPARE(batch.drafts.at(0).confidence, 0.74);
        QCOMPARE(batch.lastSeq, 3);

        QSignalSpy drafts(&writer, &StoreWriter::draftsLoaded);
        writer.loadDrafts(u"c-1"_s, u"ana"_s);
        writer.loadDrafts(u"c-1"_s, u"bo"_s); // Stored without text: nothing to show.
        QCOMPARE(drafts.count(), 2);
        const auto forAna = drafts.at(0).at(1).value<QList<pilothouse::models::DraftRecord>>();
        QCOMPARE(forAna.size(), 1);
        QCOMPARE(forAna.front().id, u"d-1"_s);
        QVERIFY(drafts.at(1).at(1).value<QList<pilothouse::models::DraftRecord>>().isEmpty());

        // Ana hands back: the transition travels in the batch, advances the cursor, and her
        // drafts for that conversation are gone.
        const ChangeBatch handBack = apply(writer,
            {makeEvent(4, "E1", transition(protocol::ConversationStatus::Human, protocol::ConversationStatus::Ai),
                protocol::kinds::ConversationTransitioned)});
        QCOMPARE(handBack.transitions.size(), 1);
        const auto &t = handBack.transitions.front();
        QCOMPARE(t.from, models::Status::Human);
        QCOMPARE(t.to, models::Status::Ai);
        QCOMPARE(t.actor, u"ana"_s);
        QCOMPARE(t.reason, u"hand_back"_s);
        QCOMPARE(t.note, u"Refund issued, AI can close"_s);
        QCOMPARE(t.outcome, models::Outcome::None);
        QCOMPARE(writer.cursor(), (protocol::Cursor {"E1", 4}));
        writer.loadDrafts(u"c-1"_s, u"ana"_s);
        QCOMPARE(drafts.count(), 3);
        QVERIFY(drafts.at(2).at(1).value<QList<pilothouse::models::DraftRecord>>().isEmpty());

        const ChangeBatch resolved = apply(writer,
            {makeEvent(5, "E1", transition(protocol::ConversationStatus::Ai, protocol::ConversationStatus::Resolved),
                protocol::kinds::ConversationTransitioned)});
        QCOMPARE(resolved.transitions.front().outcome, models::Outcome::Spam);
        writer.close();
    }

    void snapshotKeepsDraftsOfConversationsItStillHas()
    {
        StoreWriter writer(newPath());
        writer.open();
        apply(writer,
            {conversationEvent(1, "E1", "c-1", "a"), conversationEvent(2, "E1", "c-2", "b"),
                makeEvent(3, "E1", draft("d-1", "ana", "keep me"), protocol::kinds::DraftCreated),
                makeEvent(4, "E1", protocol::Draft {"d-2", "c-2", "ana", "drop me", "", 0.5, 1},
                    protocol::kinds::DraftCreated)});
        protocol::Snapshot snapshot;
        snapshot.position = {"E1", 10};
        snapshot.conversations = {conversation("c-1", "a")};
        writer.applySnapshot(snapshot);
        QSignalSpy drafts(&writer, &StoreWriter::draftsLoaded);
        writer.loadDrafts(u"c-1"_s, u"ana"_s);
        writer.loadDrafts(u"c-2"_s, u"ana"_s);
        QCOMPARE(drafts.at(0).at(1).value<QList<pilothouse::models::DraftRecord>>().size(), 1);
        QVERIFY(drafts.at(1).at(1).value<QList<pilothouse::models::DraftRecord>>().isEmpty());
        writer.close();
    }
};

int runHandoffStoreTests(int argc, char **argv)
{
    TestHandoffStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_handoffstore.moc"
