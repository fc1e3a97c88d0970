// A snapshot written part by part as it arrives (issue 16, goal 1; docs/protocol.md section 7):
// the cache's other readers see the old state until the final part commits, the board's rows
// after it are the store's, a transcript asked for meanwhile arrives whole, and a snapshot cut
// short (a lost link, a part out of order) leaves the cache exactly as it was.

#include "store/localstore.h"
#include "store/searchbacklog.h"
#include "store/storewriter.h"
#include "storefixtures.h"

#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using pilothouse::models::ChangeBatch;
using pilothouse::models::LocalStore;
using pilothouse::models::MessageRecord;
using pilothouse::models::StoreWriter;
namespace searchbacklog = pilothouse::models::searchbacklog;
namespace protocol = pilothouse::protocol;
using namespace storefixtures;

namespace {

constexpr int kParts = 5;
constexpr int kPerPart = 200; // the reference server's part size
constexpr int kMessages = 20;
const protocol::Cursor kOld {"E1", 2};
const protocol::Cursor kPosition {"E2", 900};

qint64 scalar(LocalStore &store, const QString &sql)
{
    QSqlQuery query(store.database());
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

qint64 searchable(LocalStore &store)
{
    return scalar(store, u"SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'text'"_s);
}

std::string conversationId(int part, int index)
{
    return "s-" + std::to_string(part) + "-" + std::to_string(index);
}

/// Part `number` of a snapshot of kParts parts at kPosition: kPerPart conversations of
/// kMessages messages each; the customer in part 0, as the reference server sends it.
protocol::Snapshot part(int number)
{
    protocol::Snapshot snapshot;
    snapshot.position = kPosition;
    snapshot.part = number;
    snapshot.final = number == kParts - 1;
    if (number == 0)
        snapshot.customers = {customer("cu-1")};
    for (int c = 0; c < kPerPart; ++c) {
        const std::string id = conversationId(number, c);
        snapshot.conversations.push_back(conversation(id, "last of " + id));
        for (int m = 0; m < kMessages; ++m)
            snapshot.messages.push_back(message(id + "-m" + std::to_string(m), id, 1'700'000'000'000 + m, m % 2 == 1));
    }
    return snapshot;
}

/// A writer on `path` holding one conversation with one message at kOld.
std::unique_ptr<StoreWriter> writerWithOldState(const QString &path)
{
    auto writer = std::make_unique<StoreWriter>(path);
    QSignalSpy opened(writer.get(), &StoreWriter::opened);
    writer->open();
    if (opened.count() != 1)
        return nullptr;
    writer->applyEvents(
        {conversationEvent(1, "E1", "old", "before the snapshot"), messageEvent(2, "E1", "m-old", "old")});
    writer->flush();
    return writer;
}

} // namespace

class TestSnapshotStream : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString newPath() { return m_dir.filePath(u"cache-%1.sqlite"_s.arg(++m_files)); }

    /// The cache holds the old state only, at its cursor.
    static void verifyOldState(LocalStore &reader)
    {
        QCOMPARE(scalar(reader, u"SELECT count(*) FROM conversations"_s), 1);
        QCOMPARE(scalar(reader, u"SELECT count(*) FROM conversations WHERE id = 'old'"_s), 1);
        QCOMPARE(scalar(reader, u"SELECT count(*) FROM messages"_s), 1);
        QCOMPARE(reader.cursor(), kOld);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void partsAreWrittenAsTheyArriveAndSeenWhole()
    {
        const QString path = newPath();
        auto writer = writerWithOldState(path);
        QVERIFY(writer);
        QSignalSpy changes(writer.get(), &StoreWriter::changesApplied);
        QSignalSpy transcripts(writer.get(), &StoreWriter::transcriptLoaded);
        LocalStore reader;
        QVERIFY(reader.open(path));

        for (int number = 0; number < kParts; ++number) {
            writer->applySnapshot(part(number));
            if (number == 2) {
                // Three parts are written, in a transaction not committed: another connection
                // (History, review, a second window) still reads the cache as it was.
                verifyOldState(reader);
                QCOMPARE(changes.count(), 0);
                // A transcript opened meanwhile waits for the whole snapshot, not half of it.
                writer->loadTranscript(QString::fromStdString(conversationId(4, 7)));
                QCOMPARE(transcripts.count(), 0);
            }
        }

        QCOMPARE(changes.count(), 1);
        const auto reset = changes.at(0).at(0).value<ChangeBatch>();
        QVERIFY(reset.reset);
        QCOMPARE(reset.lastSeq, kPosition.seq);
        // What the board shows, and nothing more: the messages stay in the store.
        QVERIFY(reset.messages.isEmpty());
        QCOMPARE(reset.conversations.size(), kParts * kPerPart);
        QCOMPARE(reset.conversations, *reader.conversations());
        QCOMPARE(reset.customers, *reader.customers());

        QCOMPARE(transcripts.count(), 1);
        const auto messages = transcripts.at(0).at(1).value<QList<MessageRecord>>();
        QCOMPARE(messages.size(), kMessages);
        QCOMPARE(messages.constFirst().id, QString::fromStdString(conversationId(4, 7) + "-m0"));

        QCOMPARE(scalar(reader, u"SELECT count(*) FROM conversations WHERE id = 'old'"_s), 0);
        QCOMPARE(scalar(reader, u"SELECT count(*) FROM messages"_s), kParts * kPerPart * kMessages);
        QCOMPARE(reader.cursor(), kPosition);
    }

    void searchCatchesUpAfterTheSnapshot()
    {
        constexpr qint64 kTotal = kParts * kPerPart * kMessages;
        const QString path = newPath();
        auto writer = writerWithOldState(path);
        QVERIFY(writer);
        LocalStore reader;
        QVERIFY(reader.open(path));
        QCOMPARE(searchable(reader), 1); // the old message was indexed as it came
        for (int number = 0; number < kParts; ++number)
            writer->applySnapshot(part(number));

        // Stored at once, indexed after: the snapshot's messages wait for the search index.
        QCOMPARE(scalar(reader, u"SELECT count(*) FROM messages"_s), kTotal);
        QCOMPARE(searchbacklog::waiting(reader.database()), kTotal);
        QCOMPARE(searchable(reader), 0);
        // A message arriving meanwhile waits with them; a conversation purged meanwhile tells
        // the index to forget only what it was given.
        protocol::Conversation closed = conversation(conversationId(0, 0), "closed long ago");
        closed.status = protocol::ConversationStatus::Resolved;
        closed.lastMessageAt = 1'600'000'000'000;
        writer->applyEvents({messageEvent(901, "E2", "m-live-1", conversationId(1, 0)),
            makeEvent(902, "E2", closed, protocol::kinds::ConversationUpserted)});
        writer->flush();
        writer->setRetentionDays(7);

        QTRY_COMPARE_WITH_TIMEOUT(searchbacklog::waiting(reader.database()), 0, 30000);
        QTRY_COMPARE(scalar(reader, u"SELECT count(*) FROM conversations"_s), kParts * kPerPart - 1);
        const qint64 held = scalar(reader, u"SELECT count(*) FROM messages"_s);
        QCOMPARE(held, kTotal + 1 - kMessages);
        QCOMPARE(searchable(reader), held);
        // Every entry matches its message, none is missing or doubled (FTS5's own check against
        // the content table).
        QSqlQuery check(reader.database());
        QVERIFY2(check.exec(u"INSERT INTO messages_fts (messages_fts, rank) VALUES ('integrity-check', 1)"_s),
            qPrintable(check.lastError().text()));

        // Once caught up, a new message is searchable as it comes.
        writer->applyEvents({messageEvent(903, "E2", "m-live-2", conversationId(1, 0))});
        writer->flush();
        QCOMPARE(searchable(reader), held + 1);
    }

    void aLostLinkMidSnapshotLeavesTheCacheAsItWas()
    {
        const QString path = newPath();
        auto writer = writerWithOldState(path);
        QVERIFY(writer);
        QSignalSpy changes(writer.get(), &StoreWriter::changesApplied);
        QSignalSpy board(writer.get(), &StoreWriter::boardLoaded);
        writer->applySnapshot(part(0));
        writer->applySnapshot(part(1));
        writer->loadBoard(); // waits for the snapshot
        QCOMPARE(board.count(), 0);

        writer->abandonSnapshot(); // SessionWorker::linkDropped
        QCOMPARE(changes.count(), 0);
        QCOMPARE(writer->cursor(), kOld);
        LocalStore reader;
        QVERIFY(reader.open(path));
        verifyOldState(reader);
        // The board asked for meanwhile is the cache as it stayed.
        QCOMPARE(board.count(), 1);
        QCOMPARE(board.at(0).at(0).value<ChangeBatch>().conversations.size(), 1);

        // A part left over from the lost link is not taken for the start of a new snapshot.
        writer->applySnapshot(part(2));
        verifyOldState(reader);

        // The stream goes on from the cursor the cache kept, and the next snapshot arrives whole.
        writer->applyEvents({messageEvent(3, "E1", "m-next", "old")});
        writer->flush();
        QCOMPARE(writer->cursor(), (protocol::Cursor {"E1", 3}));
        for (int number = 0; number < kParts; ++number)
            writer->applySnapshot(part(number));
        QCOMPARE(writer->cursor(), kPosition);
        QCOMPARE(scalar(reader, u"SELECT count(*) FROM messages"_s), kParts * kPerPart * kMessages);
    }

    void aPartOutOfOrderAbandonsTheSnapshot()
    {
        const QString path = newPath();
        auto writer = writerWithOldState(path);
        QVERIFY(writer);
        QSignalSpy changes(writer.get(), &StoreWriter::changesApplied);
        writer->applySnapshot(part(0));
        writer->applySnapshot(part(2)); // part 1 is missing
        protocol::Snapshot last = part(kParts - 1);
        writer->applySnapshot(last);
        QCOMPARE(changes.count(), 0);
        LocalStore reader;
        QVERIFY(reader.open(path));
        verifyOldState(reader);

        // Another position in the middle of a snapshot is refused the same way.
        writer->applySnapshot(part(0));
        protocol::Snapshot elsewhere = part(1);
        elsewhere.position = {"E2", 901};
        writer->applySnapshot(elsewhere);
        QCOMPARE(changes.count(), 0);
        verifyOldState(reader);
    }

    void aNewSnapshotReplacesOneNotFinished()
    {
        const QString path = newPath();
        auto writer = writerWithOldState(path);
        QVERIFY(writer);
        writer->applySnapshot(part(0));
        writer->applySnapshot(part(1));
        // The server started again (a reconnect the writer was not told of): part 0 again.
        for (int number = 0; number < kParts; ++number)
            writer->applySnapshot(part(number));
        LocalStore reader;
        QVERIFY(reader.open(path));
        QCOMPARE(scalar(reader, u"SELECT count(*) FROM conversations"_s), kParts * kPerPart);
        QCOMPARE(scalar(reader, u"SELECT count(*) FROM messages"_s), kParts * kPerPart * kMessages);
        QCOMPARE(reader.cursor(), kPosition);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotStream)
#include "tst_snapshotstream.moc"
