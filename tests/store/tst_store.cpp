// The console's SQLite cache and its io-thread writer, on real database files.

#include "domain/convert.h"
#include "store/changecollector.h"
#include "store/localstore.h"
#include "store/storewriter.h"
#include "storefixtures.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using pilothouse::models::ChangeBatch;
using pilothouse::models::LocalStore;
using pilothouse::models::MessageRecord;
using pilothouse::models::StoreWriter;
namespace protocol = pilothouse::protocol;

using namespace storefixtures;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 scalar(LocalStore &store, const QString &sql)
{
    QSqlQuery query(store.database());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

/// Opens a writer on `path` and waits until it reports open.
std::unique_ptr<StoreWriter> openWriter(const QString &path)
{
    auto writer = std::make_unique<StoreWriter>(path);
    QSignalSpy opened(writer.get(), &StoreWriter::opened);
    writer->open();
    return opened.count() == 1 ? std::move(writer) : nullptr;
}

} // namespace

/// Stands in for the session: hands frames to the writer through queued connections.
class FrameSource : public QObject {
    Q_OBJECT
Q_SIGNALS:
    void eventsReceived(std::vector<pilothouse::protocol::Event> events);
    void transcriptWanted(const QString &conversationId);
};

class TestStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString newPath() { return m_dir.filePath(u"cache-%1.sqlite"_s.arg(++m_files)); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void migrationFromEmptyCreatesSchema()
    {
        const QString path = newPath();
        LocalStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(scalar(store, u"PRAGMA user_version"_s), LocalStore::schemaVersion());
        QCOMPARE(LocalStore::schemaVersion(), 7);
        for (const QString &name : {u"customers"_s, u"conversations"_s, u"messages"_s, u"judgements"_s, u"meta"_s,
                 u"facts"_s, u"conversations_last_message_at"_s, u"messages_conversation_at"_s}) {
            QCOMPARE(scalar(store, u"SELECT count(*) FROM sqlite_master WHERE name = '%1'"_s.arg(name)), 1);
        }
        QSqlQuery mode(store.database());
        QVERIFY(mode.exec(u"PRAGMA journal_mode"_s) && mode.next());
        QCOMPARE(mode.value(0).toString(), u"wal"_s);
        QCOMPARE(scalar(store, u"PRAGMA foreign_keys"_s), 1);
        QVERIFY(!store.cursor().has_value());
    }

    void newerSchemaIsRefusedAndUntouched()
    {
        const QString path = newPath();
        {
            auto db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"future"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"CREATE TABLE future_things (x TEXT)"_s));
            QVERIFY(query.exec(u"INSERT INTO future_things VALUES ('keep me')"_s));
            QVERIFY(query.exec(u"PRAGMA user_version = %1"_s.arg(LocalStore::schemaVersion() + 1)));
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(u"future"_s);
        const QByteArray before = fileBytes(path);
        QVERIFY(!before.isEmpty());

        const QString expected
            = u"The cache at %1 was written by a newer Pilothouse (schema %2, this version knows %3). "
              "Nothing was changed."_s.arg(QDir::toNativeSeparators(path))
                  .arg(LocalStore::schemaVersion() + 1)
                  .arg(LocalStore::schemaVersion());
        LocalStore store;
        QVERIFY(!store.open(path));
        QCOMPARE(store.errorString(), expected);
        QVERIFY(!store.isOpen());

        StoreWriter writer(path);
        QSignalSpy errors(&writer, &StoreWriter::storeError);
        QSignalSpy opened(&writer, &StoreWriter::opened);
        writer.open();
        QCOMPARE(errors.count(), 1);
        QCOMPARE(errors.at(0).at(0).toString(), expected);
        QCOMPARE(opened.count(), 0);

        QCOMPARE(fileBytes(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
    }

    void garbageFileIsRefusedByTheStoreItself()
    {
        const QString path = newPath();
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            for (int i = 0; i < 300; ++i)
                file.write("this is a text file, not a database\n");
        }
        const QByteArray before = fileBytes(path);

        LocalStore store;
        QVERIFY(!store.open(path));
        QVERIFY2(store.errorString().contains(QDir::toNativeSeparators(path)), qPrintable(store.errorString()));
        QVERIFY2(store.errorString().contains(u"is not a Pilothouse cache or is damaged"_s),
            qPrintable(store.errorString()));

        QCOMPARE(fileBytes(path), before);
        // StoreWriter (the console's io side) moves such a file aside instead: tests/durability.
    }

    void eventsAreWrittenAsOneBatch()
    {
        const QString path = newPath();
        auto writer = openWriter(path);
        QVERIFY(writer);
        QSignalSpy changes(writer.get(), &StoreWriter::changesApplied);

        // 2,000 events in four frames: 100 conversations each updated 10 times, 1,000 messages.
        std::int64_t seq = 0;
        for (int frame = 0; frame < 4; ++frame) {
            std::vector<protocol::Event> events;
            for (int i = frame * 250; i < (frame + 1) * 250; ++i) {
                const std::string conversationId = "c-" + std::to_string(i % 100);
                events.push_back(conversationEvent(++seq, "E1", conversationId, "update " + std::to_string(i)));
                events.push_back(messageEvent(++seq, "E1", "m-" + std::to_string(i), conversationId));
            }
            writer->applyEvents(std::move(events));
        }
        QCOMPARE(changes.count(), 0); // Nothing is written until the event loop turns.

        QVERIFY(changes.wait());
        QCOMPARE(changes.count(), 1);
        const auto batch = changes.at(0).at(0).value<ChangeBatch>();
        QVERIFY(!batch.reset);
        QCOMPARE(batch.conversations.size(), 100);
        QCOMPARE(batch.messages.size(), 1000);
        QCOMPARE(batch.lastSeq, 2000);
        for (const auto &record : batch.conversations) {
            const int index = record.id.mid(2).toInt();
            QCOMPARE(record.lastMessage, u"update %1"_s.arg(900 + index)); // The latest state only.
        }
        QCOMPARE(batch.messages.front().id, u"m-0"_s);
        QCOMPARE(batch.messages.back().id, u"m-999"_s);

        QCOMPARE(writer->cursor(), (protocol::Cursor {"E1", 2000}));
        LocalStore reader;
        QVERIFY(reader.open(path));
        QCOMPARE(scalar(reader, u"SELECT count(*) FROM conversations"_s), 100);
        QCOMPARE(scalar(reader, u"SELECT count(*) FROM messages"_s), 1000);
        QCOMPARE(reader.cursor(), (protocol::Cursor {"E1", 2000}));
    }

    void largeBurstIsWrittenWithoutWaiting()
    {
        auto writer = openWriter(newPath());
        QVERIFY(writer);
        QSignalSpy changes(writer.get(), &StoreWriter::changesApplied);
        std::vector<protocol::Event> events;
        for (std::int64_t seq = 1; seq <= 6000; ++seq)
            events.push_back(messageEvent(seq, "E1", "m-" + std::to_string(seq), "c-1"));
        writer->applyEvents(std::move(events));
        // Past the threshold the writer does not hold thousands of events for a loop turn.
        QCOMPARE(changes.count(), 1);
        QCOMPARE(writer->cursor(), (protocol::Cursor {"E1", 6000}));
    }

    void duplicatesAndReplaysAreIgnored()
    {
        const QString path = newPath();
        auto writer = openWriter(path);
        QVERIFY(writer);
        QSignalSpy changes(writer.get(), &StoreWriter::changesApplied);

        std::vector<protocol::Event> first;
        for (std::int64_t seq = 1; seq <= 10; seq += 2) {
            first.push_back(conversationEvent(seq, "E1", "c-1", "state " + std::to_string(seq)));
            first.push_back(messageEvent(seq + 1, "E1", "m-" + std::to_string(seq + 1), "c-1"));
        }
        writer->applyEvents(std::move(first));
        writer->flush();
        QCOMPARE(changes.count(), 1);

        // A reconnect replays 5..10 (with a stale conversation state at 5) and brings 11..12;
        // the server also re-sends message m-2 under a new sequence number.
        std::vector<protocol::Event> replay;
        replay.push_back(conversationEvent(5, "E1", "c-1", "stale state"));
        for (std::int64_t seq = 6; seq <= 10; ++seq)
            replay.push_back(messageEvent(seq, "E1", "m-" + std::to_string(seq), "c-1"));
        replay.push_back(messageEvent(11, "E1", "m-2", "c-1"));
        replay.push_back(messageEvent(12, "E1", "m-12", "c-1"));
        writer->applyEvents(std::move(replay));
        writer->flush();
        QCOMPARE(changes.count(), 2);
        const auto batch = changes.at(1).at(0).value<ChangeBatch>();
        QCOMPARE(batch.messages.size(), 1); // Only m-12 is new.
        QCOMPARE(batch.messages.front().id, u"m-12"_s);
        QVERIFY(batch.conversations.isEmpty());
        QCOMPARE(writer->cursor(), (protocol::Cursor {"E1", 12}));

        // An old frame arriving late changes nothing and does not move the cursor back.
        writer->applyEvents({conversationEvent(3, "E1", "c-1", "older state"), messageEvent(4, "E1", "m-4", "c-1")});
        writer->flush();
        QCOMPARE(changes.count(), 2);
        QCOMPARE(writer->cursor(), (protocol::Cursor {"E1", 12}));

        LocalStore reader;
        QVERIFY(reader.open(path));
        QCOMPARE(scalar(reader, u"SELECT count(*) FROM messages"_s), 6);
        const auto conversations = reader.conversations();
        QVERIFY(conversations && conversations->size() == 1);
        QCOMPARE(conversations->front().lastMessage, u"state 9"_s);
        QCOMPARE(reader.cursor(), (protocol::Cursor {"E1", 12}));
    }

    void unknownKindsAdvanceCursor()
    {
        const QString path = newPath();
        {
            auto writer = openWriter(path);
            QVERIFY(writer);
            QSignalSpy changes(writer.get(), &StoreWriter::changesApplied);
            writer->applyEvents({unknownEvent(1, "E1"), unknownEvent(2, "E1"), unknownEvent(3, "E1")});
            writer->flush();
            QCOMPARE(writer->cursor(), (protocol::Cursor {"E1", 3}));
            QCOMPARE(changes.count(), 0); // Nothing the views show changed.
        }
        auto reopened = openWriter(path);
        QVERIFY(reopened);
        QCOMPARE(reopened->cursor(), (protocol::Cursor {"E1", 3}));
    }

    void reopenKeepsDataAndCursor()
    {
        const QString path = newPath();
        const auto original = customer("cu-1");
        {
            auto writer = openWriter(path);
            QVERIFY(writer);
            writer->applyEvents({makeEvent(1, "E1", original, protocol::kinds::CustomerUpserted),
                conversationEvent(2, "E1", "c-1", "hello"), messageEvent(3, "E1", "m-1", "c-1")});
            // No flush: closing (destruction) must still write what was received.
        }
        auto writer = openWriter(path);
        QVERIFY(writer);
        QCOMPARE(writer->cursor(), (protocol::Cursor {"E1", 3}));
        QSignalSpy board(writer.get(), &StoreWriter::boardLoaded);
        writer->loadBoard();
        QCOMPARE(board.count(), 1);
        const auto everything = board.at(0).at(0).value<ChangeBatch>();
        QCOMPARE(everything.customers.size(), 1);
        QCOMPARE(everything.customers.front(), pilothouse::models::toRecord(original));
        QCOMPARE(everything.conversations.size(), 1);
        QCOMPARE(everything.conversations.front(), pilothouse::models::toRecord(conversation("c-1", "hello")));
        QVERIFY(everything.messages.isEmpty());
        QCOMPARE(everything.lastSeq, 3);
    }

    void snapshotReplacesEverything()
    {
        const QString path = newPath();
        auto writer = openWriter(path);
        QVERIFY(writer);
        QSignalSpy changes(writer.get(), &StoreWriter::changesApplied);
        writer->applyEvents(
            {conversationEvent(1, "E1", "old", "before the snapshot"), messageEvent(2, "E1", "m-old", "old")});
        writer->flush();
        QCOMPARE(changes.count(), 1);

        protocol::Snapshot part0;
        part0.position = {"E2", 50};
        part0.part = 0;
        part0.final = false;
        part0.customers = {customer("cu-1")};
        part0.conversations = {conversation("s-1", "one"), conversation("s-2", "two")};
        writer->applySnapshot(part0);
        QCOMPARE(changes.count(), 1); // Nothing replaced until the final part.

        // Events after the snapshot's position may arrive before its final part.
        writer->applyEvents({messageEvent(49, "E2", "m-before-position", "s-1"),
            messageEvent(51, "E2", "m-after", "s-1", 1'700'000'000'500)});
        QTest::qWait(0);
        QCOMPARE(changes.count(), 1);

        protocol::Snapshot part1;
        part1.position = {"E2", 50};
        part1.part = 1;
        part1.final = true;
        part1.messages = {message("m-s1", "s-1", 1'700'000'000'100, true)};
        writer->applySnapshot(part1);
        QCOMPARE(changes.count(), 2);
        const auto reset = changes.at(1).at(0).value<ChangeBatch>();
        QVERIFY(reset.reset);
        QCOMPARE(reset.customers.size(), 1);
        QCOMPARE(reset.conversations.size(), 2);
        QVERIFY(reset.messages.isEmpty()); // transcripts are read from the store when opened
        QCOMPARE(reset.lastSeq, 50);

        QVERIFY(changes.wait()); // The event that followed the snapshot.
        const auto after = changes.at(2).at(0).value<ChangeBatch>();
        QCOMPARE(after.messages.size(), 1);
        QCOMPARE(after.messages.front().id, u"m-after"_s);
        QCOMPARE(writer->cursor(), (protocol::Cursor {"E2", 51}));

        LocalStore reader;
        QVERIFY(reader.open(path));
        QCOMPARE(scalar(reader, u"SELECT count(*) FROM conversations WHERE id = 'old'"_s), 0);
        QCOMPARE(scalar(reader, u"SELECT count(*) FROM conversations"_s), 2);
        QCOMPARE(scalar(reader, u"SELECT count(*) FROM messages"_s), 2);
        QCOMPARE(reader.cursor(), (protocol::Cursor {"E2", 51}));
    }

    void eventsOfAnotherEpochAreIgnored()
    {
        const QString path = newPath();
        auto writer = openWriter(path);
        QVERIFY(writer);
        QSignalSpy changes(writer.get(), &StoreWriter::changesApplied);
        writer->applyEvents({conversationEvent(1, "E1", "c-1", "epoch one")});
        writer->flush();
        // The server lost its log: its new epoch restarts at seq 1, but without a snapshot the
        // cache cannot know what it missed, so it keeps what it has until the resync.
        writer->applyEvents(
            {conversationEvent(2, "E9", "c-1", "from another epoch"), messageEvent(3, "E9", "m-9", "c-1")});
        writer->flush();
        QCOMPARE(changes.count(), 1);
        QCOMPARE(writer->cursor(), (protocol::Cursor {"E1", 1}));
        LocalStore reader;
        QVERIFY(reader.open(path));
        QCOMPARE(reader.conversations()->front().lastMessage, u"epoch one"_s);
        QCOMPARE(scalar(reader, u"SELECT count(*) FROM messages"_s), 0);
    }

    void transcriptIsOldestFirst()
    {
        auto writer = openWriter(newPath());
        QVERIFY(writer);
        const auto ai = message("m-ai", "c-1", 200, true);
        writer->applyEvents({messageEvent(1, "E1", "m-late", "c-1", 300), messageEvent(2, "E1", "m-first", "c-1", 100),
            makeEvent(3, "E1", ai, protocol::kinds::MessageCreated), messageEvent(4, "E1", "m-other", "c-2", 150),
            messageEvent(5, "E1", "m-tie", "c-1", 300)});
        QSignalSpy transcript(writer.get(), &StoreWriter::transcriptLoaded);
        writer->loadTranscript(u"c-1"_s); // Also writes what is still pending.
        QCOMPARE(transcript.count(), 1);
        QCOMPARE(transcript.at(0).at(0).toString(), u"c-1"_s);
        const auto messages = transcript.at(0).at(1).value<QList<MessageRecord>>();
        QStringList ids;
        for (const auto &m : messages)
            ids << m.id;
        QCOMPARE(ids, (QStringList {u"m-first"_s, u"m-ai"_s, u"m-late"_s, u"m-tie"_s}));
        QCOMPARE(messages.at(1), pilothouse::models::toRecord(ai)); // AI fields and tools survive.
        QCOMPARE(messages.at(1).tools.front().summary, u"looked up order #12345"_s);
        QCOMPARE(messages.at(0).authorName, u"Dana <b>Doe</b>"_s); // Stored verbatim, never interpreted.
    }

    void judgementIsStored()
    {
        const QString path = newPath();
        auto writer = openWriter(path);
        QVERIFY(writer);
        QSignalSpy changes(writer.get(), &StoreWriter::changesApplied);
        const protocol::Judgement wrong {"m-ai", "c-1", false, "quoted the wrong order", "ana"};
        const protocol::Judgement revised {"m-ai", "c-1", true, "", "sam"};
        writer->applyEvents({messageEvent(1, "E1", "m-ai", "c-1", 100, true),
            makeEvent(2, "E1", wrong, protocol::kinds::MessageJudged)});
        writer->flush();
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.at(0).at(0).value<ChangeBatch>().judgements.size(), 1);

        LocalStore reader;
        QVERIFY(reader.open(path));
        auto stored = reader.judgement(u"m-ai"_s);
        QVERIFY(stored);
        QCOMPARE(*stored, pilothouse::models::toRecord(wrong));

        writer->applyEvents({makeEvent(3, "E1", revised, protocol::kinds::MessageJudged)});
        writer->flush();
        stored = reader.judgement(u"m-ai"_s);
        QVERIFY(stored);
        QVERIFY(stored->correct);
        QCOMPARE(stored->by, u"sam"_s);
        // Each judge's label stands: ana's and sam's side by side; the latest by anyone is the verdict.
        QCOMPARE(scalar(reader, u"SELECT count(*) FROM judgements"_s), 2);
        // ana changes hers: it replaces her earlier one and, being the latest, is the verdict now.
        protocol::Judgement again = wrong;
        again.category = protocol::ReviewReason::WrongFacts;
        writer->applyEvents({makeEvent(4, "E1", again, protocol::kinds::MessageJudged)});
        writer->flush();
        stored = reader.judgement(u"m-ai"_s);
        QVERIFY(stored);
        QCOMPARE(stored->by, u"ana"_s);
        QCOMPARE(stored->category, pilothouse::models::ReviewReason::WrongFacts);
        QCOMPARE(scalar(reader, u"SELECT count(*) FROM judgements"_s), 2);
    }

    void changesMergeById()
    {
        using namespace pilothouse::models;
        const auto conversationRecord = [](const QString &id, const QString &last) {
            ConversationRecord record;
            record.id = id;
            record.lastMessage = last;
            return record;
        };
        const auto messageRecord = [](const QString &id, const QString &text) {
            MessageRecord record;
            record.id = id;
            record.text = text;
            return record;
        };
        const auto draftRecord = [](const QString &id) {
            DraftRecord record;
            record.id = id;
            return record;
        };
        const auto transitionRecord = [](const QString &conversationId, const QString &reason) {
            TransitionRecord record;
            record.conversationId = conversationId;
            record.reason = reason;
            return record;
        };

        // One transaction's records: states by id (judgements by message id), latest state in the
        // place of the first; drafts and transitions every one, in arrival order.
        ChangeCollector collector;
        QVERIFY(collector.isEmpty());
        collector.add(conversationRecord(u"c-1"_s, u"first"_s));
        collector.add(conversationRecord(u"c-2"_s, u"other"_s));
        collector.add(conversationRecord(u"c-1"_s, u"latest"_s));
        collector.add(messageRecord(u"m-1"_s, u"hello"_s));
        collector.add(messageRecord(u"m-1"_s, u"hello again"_s));
        collector.add(JudgementRecord {u"m-1"_s, u"c-1"_s, true, {}, u"ana"_s});
        collector.add(JudgementRecord {u"m-1"_s, u"c-1"_s, false, u"wrong order"_s, u"ana"_s});
        collector.add(draftRecord(u"d-1"_s));
        collector.add(draftRecord(u"d-1"_s));
        collector.add(transitionRecord(u"c-1"_s, u"take_over"_s));
        collector.add(transitionRecord(u"c-1"_s, u"hand_back"_s));
        QVERIFY(!collector.isEmpty());
        QCOMPARE(collector.batchCount(), 0); // records, not batches
        ChangeBatch one = collector.take();
        QVERIFY(collector.isEmpty());
        QCOMPARE(one.conversations.size(), 2);
        QCOMPARE(one.conversations.at(0).id, u"c-1"_s);
        QCOMPARE(one.conversations.at(0).lastMessage, u"latest"_s);
        QCOMPARE(one.conversations.at(1).id, u"c-2"_s);
        QCOMPARE(one.messages.size(), 1);
        QCOMPARE(one.messages.at(0).text, u"hello again"_s);
        QCOMPARE(one.judgements.size(), 1);
        QCOMPARE(one.judgements.at(0).correct, false);
        QCOMPARE(one.drafts.size(), 2);
        QCOMPARE(one.transitions.size(), 2);
        QCOMPARE(one.transitions.at(0).reason, u"take_over"_s);
        QCOMPARE(one.transitions.at(1).reason, u"hand_back"_s);
        QVERIFY(!one.reset);

        // Batches between two frames: the first is taken whole, later ones fold in by the same
        // rules, lastSeq is the highest; a reset drops everything before it and stays a reset.
        ChangeBatch first;
        first.conversations = {conversationRecord(u"c-1"_s, u"one"_s)};
        first.messages = {messageRecord(u"m-1"_s, u"v1"_s)};
        first.transitions = {transitionRecord(u"c-1"_s, u"take_over"_s)};
        first.lastSeq = 7;
        ChangeBatch second;
        second.conversations = {conversationRecord(u"c-2"_s, u"two"_s), conversationRecord(u"c-1"_s, u"one'"_s)};
        second.messages = {messageRecord(u"m-1"_s, u"v2"_s)};
        second.transitions = {transitionRecord(u"c-1"_s, u"hand_back"_s)};
        second.lastSeq = 9;
        collector.add(first);
        collector.add(second);
        QCOMPARE(collector.batchCount(), 2);
        ChangeBatch merged = collector.take();
        QCOMPARE(collector.batchCount(), 0);
        QCOMPARE(merged.conversations.size(), 2);
        QCOMPARE(merged.conversations.at(0).lastMessage, u"one'"_s);
        QCOMPARE(merged.conversations.at(1).id, u"c-2"_s);
        QCOMPARE(merged.messages.size(), 1);
        QCOMPARE(merged.messages.at(0).text, u"v2"_s);
        QCOMPARE(merged.transitions.size(), 2);
        QCOMPARE(merged.lastSeq, 9);

        ChangeBatch snapshot;
        snapshot.reset = true;
        snapshot.conversations = {conversationRecord(u"c-9"_s, u"snapshot"_s)};
        snapshot.lastSeq = 20;
        collector.add(first);
        collector.add(snapshot);
        collector.add(second);
        QCOMPARE(collector.batchCount(), 2); // counted from the reset
        merged = collector.take();
        QVERIFY(merged.reset);
        QCOMPARE(merged.conversations.size(), 3);
        QCOMPARE(merged.conversations.at(0).id, u"c-9"_s);
        QCOMPARE(merged.conversations.at(1).id, u"c-2"_s);
        QCOMPARE(merged.conversations.at(2).id, u"c-1"_s);
        QCOMPARE(merged.conversations.at(2).lastMessage, u"one'"_s);
        QCOMPARE(merged.transitions.size(), 1); // the take_over before the reset is gone
        QCOMPARE(merged.lastSeq, 20);
    }

    void writerRunsOnItsOwnThread()
    {
        const QString path = newPath();
        QThread io;
        io.setObjectName(u"io"_s);
        auto *writer = new StoreWriter(path);
        writer->moveToThread(&io);
        connect(&io, &QThread::finished, writer, &QObject::deleteLater);

        FrameSource source;
        QObject gui; // Receives on this (the GUI) thread, as the Workspace would.
        std::atomic<QThread *> emittedOn {nullptr};
        int batches = 0;
        qint64 lastSeq = 0;
        int messagesReceived = 0;
        QList<MessageRecord> transcript;
        connect(&source, &FrameSource::eventsReceived, writer,
            [writer](std::vector<protocol::Event> events) { writer->applyEvents(std::move(events)); });
        connect(&source, &FrameSource::transcriptWanted, writer, &StoreWriter::loadTranscript);
        connect(
            writer, &StoreWriter::changesApplied, writer,
            [&emittedOn](const ChangeBatch &) { emittedOn = QThread::currentThread(); }, Qt::DirectConnection);
        connect(writer, &StoreWriter::changesApplied, &gui, [&](const ChangeBatch &batch) {
            ++batches;
            lastSeq = batch.lastSeq;
            messagesReceived += int(batch.messages.size());
        });
        connect(writer, &StoreWriter::transcriptLoaded, &gui,
            [&transcript](const QString &, const QList<MessageRecord> &messages) { transcript = messages; });
        io.start();
        // Stop the thread even when a check below fails, or QThread aborts the whole run.
        auto stop = qScopeGuard([&io] {
            io.quit();
            io.wait();
        });
        QMetaObject::invokeMethod(writer, &StoreWriter::open);

        std::int64_t seq = 0;
        for (int frame = 0; frame < 5; ++frame) {
            std::vector<protocol::Event> events;
            for (int i = 0; i < 100; ++i) {
                ++seq;
                events.push_back(messageEvent(seq, "E1", "m-" + std::to_string(seq), "c-1", seq));
            }
            Q_EMIT source.eventsReceived(std::move(events));
        }
        QTRY_COMPARE(lastSeq, 500);
        QCOMPARE(messagesReceived, 500);
        QVERIFY(batches >= 1);
        QCOMPARE(emittedOn.load(), &io);

        Q_EMIT source.transcriptWanted(u"c-1"_s);
        QTRY_COMPARE(transcript.size(), 500);
        QCOMPARE(transcript.front().id, u"m-1"_s);

        std::optional<protocol::Cursor> cursor;
        QMetaObject::invokeMethod(
            writer, [writer] { return writer->cursor(); }, Qt::BlockingQueuedConnection, &cursor);
        QCOMPARE(cursor, (protocol::Cursor {"E1", 500}));

        QMetaObject::invokeMethod(writer, &StoreWriter::close, Qt::BlockingQueuedConnection);
    }
};

int runHandoffStoreTests(int argc, char **argv); // tst_handoffstore.cpp

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    TestStore store;
    const int failed = QTest::qExec(&store, argc, argv);
    return failed + runHandoffStoreTests(argc, argv);
}

#include "tst_store.moc"
