// The console's side of an erasure on a cache file, without a server (issue 13, section 5): the
// purge alone leaves the erased words in FTS5's index pages (a 'delete' only adds a tombstone
// segment), 'optimize' and the truncating checkpoint take them out of the file and its -wal.

#include "bytescan.h"

#include "sqlite/scrub.h"
#include "store/erasure.h"
#include "store/eventapplier.h"
#include "store/localstore.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pilothouse;
using namespace pilothouse::models;

namespace {

const std::string kEpoch = "e1";

protocol::Event makeEvent(std::int64_t seq, protocol::EventPayload payload, const char *kind)
{
    protocol::Event e;
    e.id = kEpoch + '-' + std::to_string(seq);
    e.seq = seq;
    e.epoch = kEpoch;
    e.at = 1'700'000'000'000 + seq;
    e.kind = kind;
    e.payload = std::move(payload);
    return e;
}

} // namespace

class TestCacheErasure : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void optimizeAndCheckpointTakeTheWordsOutOfTheFile()
    {
        QTemporaryDir dir;
        LocalStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("cache.sqlite"))));
        EventApplier applier(store);
        QVERIFY(applier.prepare());
        const std::string word = "wallabyterm" + std::string("7c1e9a4f2b");
        std::int64_t seq = 0;
        // Two customers; the index is built over several transactions (segments), as live.
        for (int c = 0; c < 2; ++c) {
            std::vector<protocol::Event> batch;
            protocol::Customer customer;
            customer.id = "cu-" + std::to_string(c);
            customer.name = "Customer " + std::to_string(c);
            customer.email = c == 0 ? "ada.lovelace.7c1e@example.org" : "other@example.org";
            batch.push_back(makeEvent(++seq, customer, protocol::kinds::CustomerUpserted));
            protocol::Conversation conversation;
            conversation.id = "cv-" + std::to_string(c);
            conversation.customerId = customer.id;
            conversation.subject = c == 0 ? "About " + word : "Other";
            batch.push_back(makeEvent(++seq, conversation, protocol::kinds::ConversationUpserted));
            QVERIFY(applier.applyEvents(batch));
            for (int m = 0; m < 40; ++m) {
                protocol::Message message;
                message.id = "m-" + std::to_string(c) + "-" + std::to_string(m);
                message.conversationId = conversation.id;
                message.text
                    = (c == 0 && m == 7 ? word + " refund please " : std::string("refund please ")) + std::to_string(m);
                QVERIFY(applier.applyEvents({makeEvent(++seq, message, protocol::kinds::MessageCreated)}));
            }
        }
        QSqlDatabase db = store.database();
        QCOMPARE(sqlite::checkpointTruncate(db), sqlite::Checkpoint::Done);
        const QByteArray tail = QByteArray::fromStdString(word.substr(word.size() - 8));
        const QList<QByteArray> needles {tail, "ada.lovelace.7c1e@example.org"};
        QCOMPARE(testing::bytesFound(dir.path(), needles).size(), 2);

        QVERIFY(applier.applyEvents(
            {makeEvent(++seq, protocol::CustomerErasure {"cu-0", "admin"}, protocol::kinds::CustomerErased)}));
        const auto erased = applier.takeErased();
        QCOMPARE(erased.size(), 1);
        QCOMPARE(erased.front().conversationIds, QStringList {QStringLiteral("cv-0")});
        QCOMPARE(sqlite::checkpointTruncate(db), sqlite::Checkpoint::Done);
        // The rows are gone and zeroed, but the index still holds the word: the test can fail.
        QCOMPARE(testing::bytesFound(dir.path(), needles),
            QStringList {QString(QStringLiteral("cache.sqlite: ") + QString::fromLatin1(tail))});

        QString error;
        QVERIFY2(erasure::optimizeSearchIndex(db, &error), qPrintable(error));
        QCOMPARE(sqlite::checkpointTruncate(db), sqlite::Checkpoint::Done);
        QCOMPARE(testing::bytesFound(dir.path(), needles), QStringList {});
        // The other customer is untouched and still found.
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM messages_fts WHERE messages_fts MATCH 'refund'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 40);
    }
};

QTEST_GUILESS_MAIN(TestCacheErasure)
#include "tst_cacheerasure.moc"
