// The facts a console holds (docs/protocol.md section 7.1): the frame's rules in FactsLedger, the
// cutting of facts into frames that fit a message (factsFrames), and the console's cache of them
// (FactsCache on a real SQLite file). Applying the frames in order gives back the rows they were
// cut from, whatever the message size, and the cache holds the same rows after a restart.

#include "analytics/factsframes.h"
#include "analytics/factsledger.h"
#include "analytics/factswire.h"
#include "protocol/codec.h"
#include "protocol/facts.h"
#include "store/factscache.h"
#include "store/localstore.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace pilothouse;
using namespace pilothouse::analytics;

namespace {

const QDate kNewest(2026, 3, 31);

DayFacts row(QDate day, const QString &intent, qint64 conversations, const QString &segment = QStringLiteral("smb"))
{
    DayFacts r;
    r.key.day = day;
    r.key.intent = intent;
    r.key.segment = segment;
    r.key.language = QStringLiteral("en");
    r.counts.conversations = conversations;
    r.counts.aiResolvedStrict = conversations / 2;
    r.counts.handedOffByReason[1] = 1;
    r.counts.revenueCents = {0, 4900, 4900, 12900};
    return r;
}

protocol::Facts frame(const QList<QDate> &days, const QList<DayFacts> &rows, qint64 asOf = 1000)
{
    protocol::Facts f;
    f.asOf = asOf;
    f.currency = "EUR";
    for (const QDate &day : days)
        f.days.push_back(day.toString(Qt::ISODate).toStdString());
    for (const DayFacts &r : rows)
        f.rows.push_back(toWire(r));
    return f;
}

/// Rows in one order, so that two sets of rows compare.
QList<DayFacts> sorted(QList<DayFacts> rows)
{
    std::sort(rows.begin(), rows.end(), [](const DayFacts &a, const DayFacts &b) {
        return std::tie(a.key.day, a.key.intent, a.key.segment) < std::tie(b.key.day, b.key.intent, b.key.segment);
    });
    return rows;
}

bool sameRows(const QList<DayFacts> &a, const QList<DayFacts> &b)
{
    const auto x = sorted(a);
    const auto y = sorted(b);
    if (x.size() != y.size())
        return false;
    for (qsizetype i = 0; i < x.size(); ++i) {
        if (!(x[i].key == y[i].key) || !(x[i].counts == y[i].counts))
            return false;
    }
    return true;
}

/// A busy window: `days` days, the newest with `bigDay` rows.
QMap<QDate, QList<DayFacts>> window(int days, int bigDay)
{
    QMap<QDate, QList<DayFacts>> byDay;
    for (int i = 0; i < days; ++i) {
        const QDate day = kNewest.addDays(-i);
        const int count = i == 0 ? bigDay : 3;
        for (int n = 0; n < count; ++n)
            byDay[day].append(row(day, QStringLiteral("intent_%1").arg(n), n + 1));
    }
    byDay[kNewest.addDays(-1)].clear(); // a day with no rows is still listed
    return byDay;
}

} // namespace

class TestFactsLedger : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aFrameReplacesItsDaysAndUpsertsByKey()
    {
        const QDate d1 = kNewest.addDays(-1);
        FactsLedger ledger;
        ledger.apply(frame({d1, kNewest}, {row(d1, QStringLiteral("a"), 1), row(kNewest, QStringLiteral("a"), 2)}));
        QCOMPARE(ledger.rows().size(), 2);
        QCOMPARE(ledger.currency(), QStringLiteral("EUR"));

        // Listing kNewest drops its rows; the new row stands alone. d1 is untouched.
        ledger.apply(frame({kNewest}, {row(kNewest, QStringLiteral("b"), 5)}, 2000));
        QVERIFY(sameRows(ledger.rows(), {row(d1, QStringLiteral("a"), 1), row(kNewest, QStringLiteral("b"), 5)}));
        QCOMPARE(ledger.asOf(), 2000);

        // A continued day (not listed): the row with the same key is replaced, others are kept.
        ledger.apply(frame({}, {row(kNewest, QStringLiteral("b"), 7), row(kNewest, QStringLiteral("c"), 1)}, 2000));
        QVERIFY(sameRows(ledger.rows(),
            {row(d1, QStringLiteral("a"), 1), row(kNewest, QStringLiteral("b"), 7),
                row(kNewest, QStringLiteral("c"), 1)}));

        // A listed day without rows has none.
        ledger.apply(frame({d1}, {}, 3000));
        QVERIFY(sameRows(ledger.rows(), {row(kNewest, QStringLiteral("b"), 7), row(kNewest, QStringLiteral("c"), 1)}));
        // An older frame never moves the time back.
        ledger.apply(frame({}, {}, 10));
        QCOMPARE(ledger.asOf(), 3000);
    }

    void daysBeyondTheWindowAreDropped()
    {
        // Kept: the newest day and the 179 before it; the 180th before it goes.
        const QDate oldestKept = kNewest.addDays(-(FactsLedger::kKeepDays - 1));
        FactsLedger ledger;
        ledger.apply(frame({oldestKept.addDays(-1), oldestKept, oldestKept.addDays(1)},
            {row(oldestKept.addDays(-1), QStringLiteral("a"), 1), row(oldestKept, QStringLiteral("a"), 1),
                row(oldestKept.addDays(1), QStringLiteral("a"), 1)}));
        QCOMPARE(ledger.rows().size(), 3); // nothing newer yet
        ledger.apply(frame({kNewest}, {row(kNewest, QStringLiteral("a"), 1)}));
        QCOMPARE(ledger.rows().size(), 3);
        QCOMPARE(ledger.rows().constFirst().key.day, oldestKept);
    }

    void framesFitTheMessageAndRebuildTheRows_data()
    {
        QTest::addColumn<int>("maxBytes");
        QTest::newRow("one frame for everything") << 4 * 1024 * 1024;
        QTest::newRow("the busy day split in many") << 8 * 1024;
        QTest::newRow("barely one row per frame") << 1400;
    }

    void framesFitTheMessageAndRebuildTheRows()
    {
        QFETCH(int, maxBytes);
        const auto byDay = window(20, 400);
        QList<QDate> days;
        QList<DayFacts> all;
        for (auto it = byDay.begin(); it != byDay.end(); ++it) {
            days.append(it.key());
            all.append(it.value());
        }
        const auto frames = factsFrames(days, byDay, 4242, QStringLiteral("EUR"), std::size_t(maxBytes));
        QVERIFY(!frames.empty());
        FactsLedger ledger;
        ledger.apply(frame({kNewest}, {row(kNewest, QStringLiteral("stale"), 9)})); // dropped by the window
        std::size_t listed = 0;
        for (const protocol::Facts &f : frames) {
            const std::string text = protocol::encode(protocol::ServerFrame {f});
            QVERIFY2(text.size() <= std::size_t(maxBytes), qPrintable(QString::number(text.size())));
            auto decoded = protocol::decodeServerFrame(text);
            QVERIFY2(decoded.ok(), decoded.error().message.c_str());
            ledger.apply(std::get<protocol::Facts>(decoded.value()));
            listed += f.days.size();
        }
        QCOMPARE(listed, std::size_t(days.size())); // every day listed once, the empty one too
        QVERIFY(sameRows(ledger.rows(), all));
        QCOMPARE(ledger.asOf(), 4242);
        if (maxBytes < 10'000)
            QVERIFY(frames.size() > 10);
        else
            QCOMPARE(frames.size(), std::size_t(1));
    }

    void aFrameExactlyAtTheLimitIsNotSplit()
    {
        const auto byDay = window(2, 5);
        const QList<QDate> days = byDay.keys();
        const auto whole = factsFrames(days, byDay, 1, QStringLiteral("USD"), 1 << 20);
        QCOMPARE(whole.size(), std::size_t(1));
        const std::size_t size = protocol::encode(protocol::ServerFrame {whole.front()}).size();
        // The estimate is an upper bound: at it, one frame; well below it, more.
        std::size_t limit = size;
        while (factsFrames(days, byDay, 1, QStringLiteral("USD"), limit).size() > 1)
            ++limit;
        QVERIFY(limit - size < 16); // a comma or two of slack, never more
        QCOMPARE(factsFrames(days, byDay, 1, QStringLiteral("USD"), limit).size(), std::size_t(1));
        QVERIFY(factsFrames(days, byDay, 1, QStringLiteral("USD"), limit - 1).size() > 1);
    }

    void theCacheKeepsWhatTheFramesSaid()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("cache.sqlite"));
        const auto byDay = window(20, 300);
        QList<QDate> days = byDay.keys();
        FactsLedger ledger;
        {
            models::LocalStore store;
            QVERIFY2(store.open(path), qPrintable(store.errorString()));
            models::FactsCache cache(store.database());
            for (const protocol::Facts &f : factsFrames(days, byDay, 777, QStringLiteral("EUR"), 16 * 1024)) {
                QVERIFY2(cache.apply(f), qPrintable(cache.errorString()));
                ledger.apply(f);
            }
            // A live change of one day, then a day far beyond the window that pushes the old ones out.
            const auto change = frame({kNewest}, {row(kNewest, QStringLiteral("only"), 3)}, 900);
            QVERIFY(cache.apply(change));
            ledger.apply(change);
            store.close();
        }
        models::LocalStore store;
        QVERIFY(store.open(path));
        models::FactsCache cache(store.database());
        const auto loaded = cache.load();
        QVERIFY2(loaded, qPrintable(cache.errorString()));
        FactsLedger restored;
        restored.reset(*loaded);
        QVERIFY(sameRows(restored.rows(), ledger.rows()));
        QCOMPARE(restored.asOf(), 900);
        QCOMPARE(restored.currency(), QStringLiteral("EUR"));

        const QDate later = kNewest.addDays(FactsLedger::kKeepDays - 1); // keeps kNewest only
        QVERIFY(cache.apply(frame({later}, {row(later, QStringLiteral("a"), 1)}, 1000)));
        const auto pruned = cache.load();
        QVERIFY(pruned);
        QCOMPARE(pruned->days,
            (std::vector<std::string> {
                kNewest.toString(Qt::ISODate).toStdString(), later.toString(Qt::ISODate).toStdString()}));

        // The hello's factsSince: the time of the last set stored whole.
        QVERIFY(!cache.completeAsOf());
        protocol::Facts last = frame({later}, {row(later, QStringLiteral("a"), 2)}, 1100);
        last.complete = true;
        QVERIFY(cache.apply(last));
        QCOMPARE(cache.completeAsOf(), std::optional<qint64>(1100));
        QVERIFY(cache.apply(frame({later}, {}, 1200))); // a set begun, not finished
        QCOMPARE(cache.completeAsOf(), std::optional<qint64>(1100));

        QVERIFY(cache.clear());
        QVERIFY(!cache.completeAsOf());
        const auto empty = cache.load();
        QVERIFY(empty);
        QVERIFY(empty->rows.empty());
        QCOMPARE(empty->asOf, 0);
    }
};

QTEST_GUILESS_MAIN(TestFactsLedger)
#include "tst_factsledger.moc"
