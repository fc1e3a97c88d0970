// Cohen's kappa between two reviewers (review/agreement.h), checked against examples computed by
// hand, and the pairing of every judge's labels: each pair of reviewers over the replies both
// labelled, per reason, undefined where it says nothing.

#include "review/agreement.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace pilothouse::models;

namespace {

ReviewLabel label(int reply, const QString &by, bool correct, ReviewReason::Value reason = ReviewReason::None)
{
    return ReviewLabel {u"m-%1"_s.arg(reply), by, correct, correct ? ReviewReason::None : reason, {}};
}

const agreement::Figure *figure(const agreement::Pair &pair, ReviewReason::Value reason)
{
    for (const auto &f : pair.figures) {
        if (f.reason == reason)
            return &f;
    }
    return nullptr;
}

} // namespace

class TestAgreement : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void kappaOfAHandComputedTable()
    {
        // 10 replies: both wrong 4, both right 3, only the first wrong 2, only the second 1.
        // po = 7/10; first says wrong 6/10, second 5/10; pe = .6 * .5 + .4 * .5 = .5;
        // kappa = (.7 - .5) / (1 - .5) = 0.4.
        const agreement::Table table {4, 2, 1, 3};
        QCOMPARE(table.total(), 10);
        QVERIFY(qFuzzyCompare(*agreement::kappa(table), 0.4));
        // Full agreement with both answers used: 1. Opposite answers throughout: -1.
        QVERIFY(qFuzzyCompare(*agreement::kappa({5, 0, 0, 5}), 1.0));
        QVERIFY(qFuzzyCompare(*agreement::kappa({0, 5, 5, 0}), -1.0));
        // Undefined: nothing compared, or one answer throughout from both (chance explains it all).
        QVERIFY(!agreement::kappa({0, 0, 0, 0}));
        QVERIFY(!agreement::kappa({0, 0, 0, 7}));
        QVERIFY(!agreement::kappa({7, 0, 0, 0}));
    }

    void pairsPerReason()
    {
        // ana and sam both labelled replies 1..5; lee labelled reply 1 only; reply 6 by sam alone.
        const QList<ReviewLabel> labels {
            label(1, u"sam"_s, false, ReviewReason::WrongFacts),
            label(1, u"ana"_s, false, ReviewReason::WrongFacts),
            label(1, u"lee"_s, true),
            label(2, u"sam"_s, false, ReviewReason::WrongFacts),
            label(2, u"ana"_s, false, ReviewReason::WrongTone),
            label(3, u"sam"_s, true),
            label(3, u"ana"_s, true),
            label(4, u"sam"_s, true),
            label(4, u"ana"_s, false, ReviewReason::WrongTone),
            label(5, u"sam"_s, true),
            label(5, u"ana"_s, true),
            label(6, u"sam"_s, false, ReviewReason::Other),
        };
        const auto pairs = agreement::pairs(labels);
        QCOMPARE(pairs.size(), 3); // ana-sam (5), ana-lee (1), lee-sam (1)
        const agreement::Pair &main = pairs.first();
        QCOMPARE(main.first, u"ana"_s);
        QCOMPARE(main.second, u"sam"_s);
        QCOMPARE(main.shared, 5);

        // Verdict ("wrong" is yes), ana first: both wrong 2 (1, 2), ana only 1 (4), sam only 0,
        // both right 2. po = 4/5; ana 3/5, sam 2/5; pe = .6 * .4 + .4 * .6 = .48;
        // kappa = (.8 - .48) / .52 = 0.615384...
        const auto *verdict = figure(main, ReviewReason::None);
        QVERIFY(verdict);
        QCOMPARE(verdict->table.bothYes, 2);
        QCOMPARE(verdict->table.firstOnly, 1);
        QCOMPARE(verdict->table.secondOnly, 0);
        QCOMPARE(verdict->table.bothNo, 2);
        QVERIFY(qFuzzyCompare(*verdict->kappa, 0.32 / 0.52));

        // Wrong facts: both 1 (reply 1), sam only 1 (reply 2), neither 3. po = 4/5;
        // ana .2, sam .4; pe = .2 * .4 + .8 * .6 = .56; kappa = (.8 - .56) / .44 = 0.5454...
        const auto *facts = figure(main, ReviewReason::WrongFacts);
        QCOMPARE(facts->table.bothYes, 1);
        QCOMPARE(facts->table.secondOnly, 1);
        QVERIFY(qFuzzyCompare(*facts->kappa, 0.24 / 0.44));

        // Wrong tone: only ana named it (replies 2 and 4): po = 3/5, ana .4, sam 0, pe = .6: kappa 0.
        const auto *tone = figure(main, ReviewReason::WrongTone);
        QCOMPARE(tone->table.firstOnly, 2);
        QVERIFY(qAbs(*tone->kappa) < 1e-12);

        // Nobody named the wrong language: agreement says nothing.
        QVERIFY(!figure(main, ReviewReason::WrongLanguage)->kappa);
        // One entry per reason plus the verdict.
        QCOMPARE(main.figures.size(), 8);
    }

    void nothingSharedNoPairs()
    {
        QVERIFY(agreement::pairs({label(1, u"sam"_s, true), label(2, u"ana"_s, false, ReviewReason::Other)}).isEmpty());
        QVERIFY(agreement::pairs({}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
