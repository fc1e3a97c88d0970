// Review mode's reads (store/reviewquery.h) on a real SQLite cache written by the real write path:
// every judge's label of a reply kept side by side with the latest by anyone as its verdict, the
// three queues (lowest confidence first, the daily sample every console draws alike, handed-over
// conversations), and what the signed-in reviewer already labelled leaving them.

#include "cachefixture.h"
#include "store/reviewquery.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace cachefixture;

namespace {

constexpr protocol::Millis kDay = 24 * 3600 * 1000;

protocol::Judgement label(const std::string &messageId, bool correct, const std::string &by,
    std::optional<protocol::ReviewReason> category = std::nullopt, const std::string &note = {})
{
    return protocol::Judgement {messageId, "cv-1", correct, note, by, category};
}

QStringList idsOf(const QList<ReviewItem> &items)
{
    QStringList ids;
    for (const ReviewItem &item : items)
        ids.append(item.messageId);
    return ids;
}

} // namespace

class TestReviewQuery : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }

    void everyJudgeKeepsTheirLabel()
    {
        Cache cache(m_dir.filePath(u"judges.sqlite"_s));
        cache.write(customer("cu-1", "Ana", "new", "en"), conversation("cv-1", "cu-1", kT0),
            message("m-1", "cv-1", protocol::Author::Ai, kT0 + 1000, "Your order shipped.", 0.4));
        cache.write(
            label("m-1", false, "sam", protocol::ReviewReason::WrongFacts, "Wrong order"), label("m-1", true, "ana"));
        ReviewQuery query(cache.store.database());
        auto labels = query.labels({u"m-1"_s});
        QVERIFY(labels);
        QCOMPARE(labels->size(), 2);
        QCOMPARE(labels->at(0), (ReviewLabel {u"m-1"_s, u"sam"_s, false, ReviewReason::WrongFacts, u"Wrong order"_s}));
        QCOMPARE(labels->at(1).by, u"ana"_s);
        // The reply's verdict is the latest label by anyone: ana's "right".
        QVERIFY(cache.store.judgement(u"m-1"_s)->correct);
        QCOMPARE(cache.rows().at(0).judgedReplies, 1);
        QCOMPARE(cache.rows().at(0).wrongReplies, 0);

        // sam changes his mind: his label is replaced, not added, and is now the latest.
        cache.write(label("m-1", false, "sam", protocol::ReviewReason::ShouldHaveHandedOver));
        labels = query.labels({u"m-1"_s});
        QCOMPARE(labels->size(), 2);
        QCOMPARE(labels->at(0).by, u"ana"_s);
        QCOMPARE(labels->at(1).category, ReviewReason::ShouldHaveHandedOver);
        QVERIFY(!cache.store.judgement(u"m-1"_s)->correct);
        QCOMPARE(cache.rows().at(0).wrongReplies, 1);

        // Replies two judges labelled, for their agreement; one labelled once is not among them.
        cache.write(
            message("m-2", "cv-1", protocol::Author::Ai, kT0 + 2000, "Anything else?", 0.9), label("m-2", true, "sam"));
        const auto shared = query.sharedLabels();
        QVERIFY(shared);
        QCOMPARE(shared->size(), 2);
        QCOMPARE(shared->at(0).messageId, u"m-1"_s);
        QCOMPARE(shared->at(1).messageId, u"m-1"_s);
    }

    void lowestConfidenceFirstSkipsLabelled()
    {
        Cache cache(m_dir.filePath(u"lowest.sqlite"_s));
        cache.write(customer("cu-1", "Ana", "new", "en"), conversation("cv-1", "cu-1", kT0),
            message("m-a", "cv-1", protocol::Author::Ai, kT0 + 1, "a", 0.55),
            message("m-b", "cv-1", protocol::Author::Ai, kT0 + 2, "b", 0.31),
            message("m-c", "cv-1", protocol::Author::Customer, kT0 + 3, "c"),
            message("m-d", "cv-1", protocol::Author::Ai, kT0 + 4, "d", 0.92),
            message("m-e", "cv-1", protocol::Author::Ai, kT0 + 5, "e", 0.44));
        ReviewQuery query(cache.store.database());
        ReviewRequest request {ReviewQueue::LowestConfidence, u"me"_s};
        QCOMPARE(idsOf(*query.queue(request)), (QStringList {u"m-b"_s, u"m-e"_s, u"m-a"_s, u"m-d"_s}));
        const auto first = query.queue(request)->first();
        QCOMPARE(first.customerName, u"Ana"_s);
        QCOMPARE(first.conversationId, u"cv-1"_s);
        QCOMPARE(first.confidence, 0.31);
        // Labelled by anyone: no longer unreviewed.
        cache.write(label("m-b", true, "someone-else"));
        QCOMPARE(idsOf(*query.queue(request)), (QStringList {u"m-e"_s, u"m-a"_s, u"m-d"_s}));
        request.limit = 2;
        QCOMPARE(idsOf(*query.queue(request)), (QStringList {u"m-e"_s, u"m-a"_s}));
    }

    void handedOverQueueLeavesOutWhatIJudged()
    {
        Cache cache(m_dir.filePath(u"handed.sqlite"_s));
        protocol::Conversation handed = conversation("cv-1", "cu-1", kT0);
        handed.handoff = protocol::Handoff {kT0 + 5000, protocol::EscalationReason::LowConfidence};
        cache.write(customer("cu-1", "Ana", "new", "en"), handed,
            message("m-1", "cv-1", protocol::Author::Ai, kT0 + 1000, "one", 0.7),
            message("m-2", "cv-1", protocol::Author::Ai, kT0 + 2000, "two", 0.3), conversation("cv-2", "cu-1", kT0),
            message("m-3", "cv-2", protocol::Author::Ai, kT0 + 1000, "three", 0.2));
        ReviewQuery query(cache.store.database());
        const ReviewRequest request {ReviewQueue::HandedOver, u"sam"_s};
        QCOMPARE(idsOf(*query.queue(request)), (QStringList {u"m-1"_s, u"m-2"_s}));
        cache.write(label("m-1", true, "ana")); // another reviewer's label keeps it in my queue
        QCOMPARE(idsOf(*query.queue(request)), (QStringList {u"m-1"_s, u"m-2"_s}));
        cache.write(label("m-2", false, "sam", protocol::ReviewReason::WrongIntent));
        QCOMPARE(idsOf(*query.queue(request)), (QStringList {u"m-1"_s}));
    }

    void dailySampleIsTheSameEverywhere()
    {
        // The sample is chosen from the ids alone: any order of the same ids draws the same ones.
        QStringList ids;
        for (int i = 0; i < 40; ++i)
            ids.append(u"m-%1"_s.arg(i));
        QStringList shuffled = ids;
        std::reverse(shuffled.begin(), shuffled.end());
        const QStringList ten = ReviewQuery::sample(ids, 10);
        QCOMPARE(ten.size(), 10);
        QCOMPARE(ReviewQuery::sample(shuffled, 10), ten);
        QCOMPARE(ReviewQuery::sample(ids, 39).size(), 39); // below, at and above the day's count
        QCOMPARE(ReviewQuery::sample(ids, 40).size(), 40);
        QCOMPARE(ReviewQuery::sample(ids, 41).size(), 40);
        QCOMPARE(ReviewQuery::sampleKey(u"m-1"_s), ReviewQuery::sampleKey(u"m-1"_s));
        QVERIFY(ReviewQuery::sampleKey(u"m-1"_s) != ReviewQuery::sampleKey(u"m-2"_s));

        // Two UTC days of replies: each day gives its own sample, the newest day first.
        Cache cache(m_dir.filePath(u"sample.sqlite"_s));
        const protocol::Millis today = kT0 - kT0 % kDay + 8 * 3600 * 1000;
        cache.write(customer("cu-1", "Ana", "new", "en"), conversation("cv-1", "cu-1", today - kDay));
        for (int i = 0; i < 12; ++i) {
            cache.write(message("m-y" + std::to_string(i), "cv-1", protocol::Author::Ai, today - kDay + i, "y", 0.5),
                message("m-t" + std::to_string(i), "cv-1", protocol::Author::Ai, today + i, "t", 0.5));
        }
        ReviewQuery query(cache.store.database());
        ReviewRequest request {ReviewQueue::DailySample, u"sam"_s, 3, 7, today + 3600 * 1000};
        const QStringList drawn = idsOf(*query.queue(request));
        QCOMPARE(drawn.size(), 6);
        for (int i = 0; i < 3; ++i)
            QVERIFY2(drawn.at(i).startsWith(u"m-t"_s), qPrintable(drawn.join(u' ')));
        for (int i = 3; i < 6; ++i)
            QVERIFY2(drawn.at(i).startsWith(u"m-y"_s), qPrintable(drawn.join(u' ')));
        // What I labelled leaves my sample; the sample does not refill it.
        cache.write(label(drawn.first().toStdString(), true, "sam"));
        const QStringList after = idsOf(*query.queue(request));
        QCOMPARE(after.size(), 5);
        QVERIFY(!after.contains(drawn.first()));
        request.sampleDays = 1;
        QCOMPARE(idsOf(*query.queue(request)).size(), 2);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestReviewQuery)
#include "tst_reviewquery.moc"
