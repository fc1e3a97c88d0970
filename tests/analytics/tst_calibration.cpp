// The confidence calibration of docs/metrics.md ("Calibration"): the reference fold counts each
// public AI reply in its confidence band with its latest judgement, and each conversation never
// handed off in the band of its lowest confidence; the threshold that catches a share of the wrong
// replies is the lowest band boundary that does, at, below and above an exact share; the counters
// travel on the wire only where they are not zero; the Analytics page's model says it in words.

#include "analytics/calibration.h"
#include "analytics/factsbuilder.h"
#include "analytics/factswire.h"
#include "insights/calibrationmodel.h"
#include "protocol/facts.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QTest>

#include <limits>

using namespace pilothouse::analytics;
using pilothouse::models::CalibrationModel;
using pilothouse::protocol::Author;
using pilothouse::protocol::Visibility;
using Status = pilothouse::protocol::ConversationStatus;

namespace {

const qint64 kCreated = QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();
const qint64 kAsOf = kCreated + 24LL * 3600 * 1000;

struct Reply {
    double confidence;
    Judged judged = Judged::No;
};

HistoryConversation conversation(const char *id, std::initializer_list<Reply> replies, bool handedOff = false)
{
    HistoryConversation c;
    c.id = QString::fromLatin1(id);
    c.customerId = c.id;
    c.createdAt = kCreated;
    c.intent = QStringLiteral("order_status");
    HistoryMessage customer;
    customer.at = kCreated;
    c.messages.append(customer);
    qint64 at = kCreated;
    for (const Reply &reply : replies) {
        HistoryMessage m;
        m.author = Author::Ai;
        m.at = (at += 1000);
        m.confidence = reply.confidence;
        m.judged = reply.judged;
        c.messages.append(m);
    }
    if (handedOff)
        c.transitions.append({Status::Ai, Status::Escalated, QStringLiteral("ai"), QStringLiteral("low_confidence"),
            CloseOutcome::None, at + 1000});
    return c;
}

/// Six conversations, four replies judged wrong (10 %, 30 %, 40 % and 80 % bands).
History sample()
{
    History h;
    h.conversations << conversation("a", {{0.35, Judged::Wrong}, {0.92, Judged::Correct}})
                    << conversation("b", {{0.42, Judged::Wrong}}, true)
                    << conversation("c", {{0.95, Judged::Correct}, {0.88, Judged::Wrong}}) << conversation("d", {{0.3}})
                    << conversation("e", {{0.1, Judged::Wrong}}) << conversation("f", {{1.0, Judged::Correct}});
    // "e" was spam: its reply was still judged, but it is no conversation a threshold would hand over.
    h.conversations[4].transitions.append({Status::Ai, Status::Resolved, QStringLiteral("dana"),
        QStringLiteral("resolve"), CloseOutcome::Spam, kCreated + 60'000});
    return h;
}

FactsCounters totals(const History &history)
{
    FactsCounters sum;
    for (const DayFacts &row : FactsBuilder::build(history, kAsOf, QStringLiteral("USD")))
        sum += row.counts;
    return sum;
}

using Bands = FactsCounters::Bands;

} // namespace

class TestCalibration : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void bandEdges();
    void foldCountsEachReplyInItsBand();
    void thresholdCatchesTheShare_data();
    void thresholdCatchesTheShare();
    void nothingJudgedWrong();
    void wireCarriesOnlyNonZeroBands();
    void modelSaysItInWords();
};

void TestCalibration::bandEdges()
{
    QCOMPARE(confidenceBand(0.0), 0u);
    QCOMPARE(confidenceBand(0.0999), 0u);
    QCOMPARE(confidenceBand(0.1), 1u);
    QCOMPARE(confidenceBand(0.3), 3u); // stored as 0.29999...: still the 30 % band
    QCOMPARE(confidenceBand(0.7), 7u);
    QCOMPARE(confidenceBand(0.8999), 8u);
    QCOMPARE(confidenceBand(1.0), 9u); // the last band holds 1.0
    QCOMPARE(confidenceBand(1.5), 9u);
    QCOMPARE(confidenceBand(-0.2), 0u);
    QCOMPARE(confidenceBand(std::numeric_limits<double>::quiet_NaN()), 0u);
}

void TestCalibration::foldCountsEachReplyInItsBand()
{
    const FactsCounters t = totals(sample());
    QCOMPARE(t.aiReplies, 8);
    QCOMPARE(t.aiRepliesByConfidence, (Bands {0, 1, 0, 2, 1, 0, 0, 0, 1, 3}));
    QCOMPARE(t.judgedByConfidence, (Bands {0, 1, 0, 1, 1, 0, 0, 0, 1, 3}));
    QCOMPARE(t.wrongByConfidence, (Bands {0, 1, 0, 1, 1, 0, 0, 0, 1, 0}));
    // a and d (lowest 35 % and 30 %), c (88 %), f (100 %); b was handed off, e was spam.
    QCOMPARE(t.notHandedOffByLowestConfidence, (Bands {0, 0, 0, 2, 0, 0, 0, 0, 1, 1}));

    // A reply without a confidence (an older server's) counts as a reply but in no band.
    History h;
    h.conversations << conversation("g", {{0.5}});
    h.conversations[0].messages[1].confidence.reset();
    const FactsCounters g = totals(h);
    QCOMPARE(g.aiReplies, 1);
    QCOMPARE(g.aiRepliesByConfidence, Bands {});
    QCOMPARE(g.notHandedOffByLowestConfidence, Bands {});
}

void TestCalibration::thresholdCatchesTheShare_data()
{
    QTest::addColumn<double>("share");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<int>("caught");
    QTest::addColumn<int>("extra");
    // 4 wrong replies: below 20 % one, below 40 % two, below 50 % three, below 90 % all four.
    QTest::newRow("a quarter") << 0.25 << 20 << 1 << 0;
    QTest::newRow("half") << 0.5 << 40 << 2 << 2;
    QTest::newRow("just below three quarters") << 0.74 << 50 << 3 << 2;
    QTest::newRow("three quarters exactly") << 0.75 << 50 << 3 << 2;
    QTest::newRow("just above three quarters") << 0.76 << 90 << 4 << 3;
    QTest::newRow("all") << 1.0 << 90 << 4 << 3;
}

void TestCalibration::thresholdCatchesTheShare()
{
    QFETCH(double, share);
    QFETCH(int, threshold);
    QFETCH(int, caught);
    QFETCH(int, extra);
    const Calibration c = calibrationOf(totals(sample()));
    QCOMPARE(c.judged, 7);
    QCOMPARE(c.wrong, 4);
    const auto effect = c.thresholdToCatch(share);
    QVERIFY(effect);
    QCOMPARE(effect->thresholdPercent, threshold);
    QCOMPARE(effect->caughtWrong, caught);
    QCOMPARE(effect->totalWrong, 4);
    QCOMPARE(effect->extraHandOffs, extra);
    QCOMPARE(effect->conversations, 5); // spam aside
}

void TestCalibration::nothingJudgedWrong()
{
    History h;
    h.conversations << conversation("a", {{0.9, Judged::Correct}});
    const Calibration c = calibrationOf(totals(h));
    QCOMPARE(c.judged, 1);
    QCOMPARE(c.wrong, 0);
    QVERIFY(!c.thresholdToCatch(0.8));
    QCOMPARE(c.bands[9].wrongShare(), std::optional(0.0));
    QVERIFY(!c.bands[5].wrongShare()); // nothing judged: no data, not 0 %
}

void TestCalibration::wireCarriesOnlyNonZeroBands()
{
    FactsCounters counts;
    counts.conversations = 3;
    counts.aiRepliesByConfidence[4] = 2;
    counts.wrongByConfidence[4] = 1;
    pilothouse::protocol::Facts facts;
    facts.asOf = 1;
    facts.currency = "USD";
    facts.days = {"2025-03-01"};
    DayFacts day;
    day.key.day = QDate(2025, 3, 1);
    day.counts = counts;
    pilothouse::protocol::FactsRow row = toWire(day);
    facts.rows.push_back(row);
    const std::string text = pilothouse::protocol::encode(facts);
    QVERIFY2(text.find(R"("aiRepliesByConfidence":{"40":2})") != std::string::npos, text.c_str());
    QVERIFY2(text.find("judgedByConfidence") == std::string::npos, "an all-zero band object is left out");
    const auto decoded = pilothouse::protocol::factsFromJson(nlohmann::json::parse(text));
    QVERIFY(decoded);
    QCOMPARE(fromWire(decoded.value().rows.at(0).counts), counts);
}

void TestCalibration::modelSaysItInWords()
{
    CalibrationModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(model.thresholdPercent(), -1);
    QVERIFY(model.summaryText().contains(QStringLiteral("No AI reply of this period has been judged")));

    model.setCalibration(calibrationOf(totals(sample())));
    QCOMPARE(model.judged(), 7);
    QCOMPARE(model.wrong(), 4);
    QCOMPARE(model.catchShare(), 0.8);
    QCOMPARE(model.thresholdPercent(), 90);
    const QModelIndex band4 = model.index(4);
    QCOMPARE(model.data(band4, CalibrationModel::BandTextRole).toString(), QStringLiteral("40–50 %"));
    QCOMPARE(model.data(band4, CalibrationModel::WrongShareTextRole).toString(), QStringLiteral("100.0 %"));
    QCOMPARE(model.data(model.index(5), CalibrationModel::WrongShareRole).toDouble(), -1.0);
    QCOMPARE(model.data(model.index(5), CalibrationModel::WrongShareTextRole).toString(), QStringLiteral("Not judged"));
    // (Untranslated here: the plural forms come from the English catalogue in the console.)
    const QString summary = model.summaryText();
    QVERIFY2(summary.startsWith(QStringLiteral("Handing over every reply below 90 % confidence would have caught 4 of "
                                               "the 4 repl")),
        qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("at the cost of 3 more conversation")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("(60.0 % of the period's conversations)")), qPrintable(summary));

    // Only the offered shares are taken.
    model.setCatchShare(0.7);
    QCOMPARE(model.catchShare(), 0.8);
    model.setCatchShare(0.5);
    QCOMPARE(model.thresholdPercent(), 40);
    QVERIFY(model.summaryText().contains(QStringLiteral("below 40 %")));
}

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
