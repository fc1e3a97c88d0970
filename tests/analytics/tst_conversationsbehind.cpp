// The list behind a figure in the console (models/insights/conversationsbehindmodel.h): what it
// asks the server for (the report's period and filter), how it shows the answer for each side,
// enriched from the cache, and its states: loading, empty, failed offline, truncated; stale
// answers are dropped; only cached conversations open. Under QAbstractItemModelTester throughout.

#include "board/boardmodel.h"
#include "insights/analyticsreport.h"
#include "insights/conversationsbehindmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace pilothouse;
using namespace pilothouse::models;

namespace {

protocol::FactsConversation conversation(
    const char *id, const char *customer, const char *intent, const char *outcome, qint64 createdAt)
{
    protocol::FactsConversation c;
    c.id = id;
    c.customerId = customer;
    c.createdAt = createdAt;
    c.intent = intent;
    c.outcome = outcome;
    return c;
}

protocol::FactsConversations answer(
    std::int64_t total, std::vector<protocol::FactsConversation> rows, const char *membership = "count")
{
    protocol::FactsConversations list;
    list.total = total;
    list.truncated = total > std::int64_t(rows.size());
    list.membership = membership;
    list.conversations = std::move(rows);
    return list;
}

} // namespace

class TestConversationsBehind : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void asksForBothSidesOfTheReportsFilter()
    {
        AnalyticsReport report;
        report.setToday(QDate(2026, 3, 10));
        report.setRange(AnalyticsReport::Last7Days);
        report.setChannel(Channel::Email);
        report.setVip(1);
        report.setIntent(QStringLiteral("refund"));
        ConversationsBehindModel *model = report.conversationsBehind();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->state(), ConversationsBehindModel::Idle);
        QSignalSpy asked(model, &ConversationsBehindModel::requested);

        model->open(MetricId::AiResolutionStrict);
        QCOMPARE(asked.size(), 2);
        QCOMPARE(model->state(), ConversationsBehindModel::Loading);
        const QUrlQuery numerator = asked.at(0).at(0).value<QUrlQuery>();
        QCOMPARE(numerator.queryItemValue(QStringLiteral("metric")), QStringLiteral("aiResolutionStrict"));
        QCOMPARE(numerator.queryItemValue(QStringLiteral("side")), QStringLiteral("numerator"));
        QCOMPARE(numerator.queryItemValue(QStringLiteral("from")), QStringLiteral("2026-03-04"));
        QCOMPARE(numerator.queryItemValue(QStringLiteral("to")), QStringLiteral("2026-03-10"));
        QCOMPARE(numerator.queryItemValue(QStringLiteral("channel")), QStringLiteral("email"));
        QCOMPARE(numerator.queryItemValue(QStringLiteral("vip")), QStringLiteral("true"));
        QCOMPARE(numerator.queryItemValue(QStringLiteral("intent")), QStringLiteral("refund"));
        QCOMPARE(numerator.queryItemValue(QStringLiteral("window")), QStringLiteral("5"));
        QVERIFY(!numerator.hasQueryItem(QStringLiteral("kind")));
        QCOMPARE(
            asked.at(1).at(0).value<QUrlQuery>().queryItemValue(QStringLiteral("side")), QStringLiteral("denominator"));
        QVERIFY(model->title().contains(report.label(MetricId::AiResolutionStrict)));
        QCOMPARE(model->periodText(),
            QStringLiteral("Created from %1 to %2 (UTC days)")
                .arg(QLocale().toString(QDate(2026, 3, 4), QLocale::ShortFormat),
                    QLocale().toString(QDate(2026, 3, 10), QLocale::ShortFormat)));

        // Today's count on the Overview: one day.
        model->open(MetricId::Conversations, true);
        const QUrlQuery today = asked.at(2).at(0).value<QUrlQuery>();
        QCOMPARE(today.queryItemValue(QStringLiteral("from")), QStringLiteral("2026-03-10"));

        // A calibration band: its figure and band, the same filter, no attribution window.
        model->openBand(40);
        QCOMPARE(asked.size(), 6);
        const QUrlQuery band = asked.at(4).at(0).value<QUrlQuery>();
        QCOMPARE(band.queryItemValue(QStringLiteral("metric")), QStringLiteral("calibrationWrongShare"));
        QCOMPARE(band.queryItemValue(QStringLiteral("band")), QStringLiteral("40"));
        QCOMPARE(band.queryItemValue(QStringLiteral("from")), QStringLiteral("2026-03-04"));
        QCOMPARE(band.queryItemValue(QStringLiteral("channel")), QStringLiteral("email"));
        QVERIFY(!band.hasQueryItem(QStringLiteral("window")));
        QVERIFY2(model->title().contains(QStringLiteral("40–50 %")), qPrintable(model->title()));
        // Not a band's lower bound, or out of range: nothing is asked.
        for (int percent : {45, -10, 100})
            model->openBand(percent);
        QCOMPARE(asked.size(), 6);
        // A figure again: no band.
        model->open(MetricId::HandOffRate);
        QVERIFY(!asked.at(6).at(0).value<QUrlQuery>().hasQueryItem(QStringLiteral("band")));

        // The Overview's money saved this month: 1 to 10 March, whatever the page's range.
        model->openMonth(MetricId::MoneySaved);
        QCOMPARE(asked.size(), 10);
        const QUrlQuery month = asked.at(8).at(0).value<QUrlQuery>();
        QCOMPARE(month.queryItemValue(QStringLiteral("metric")), QStringLiteral("moneySaved"));
        QCOMPARE(month.queryItemValue(QStringLiteral("from")), QStringLiteral("2026-03-01"));
        QCOMPARE(month.queryItemValue(QStringLiteral("to")), QStringLiteral("2026-03-10"));
        QCOMPARE(month.queryItemValue(QStringLiteral("channel")), QStringLiteral("email"));

        // A row of the intents or segments table: the strict AI resolution of that group.
        model->openGroup(ConversationsBehindModel::IntentGroup, QStringLiteral("shipping"), QStringLiteral("Shipping"));
        const QUrlQuery intent = asked.at(10).at(0).value<QUrlQuery>();
        QCOMPARE(intent.queryItemValue(QStringLiteral("metric")), QStringLiteral("aiResolutionStrict"));
        QCOMPARE(intent.queryItemValue(QStringLiteral("intent")), QStringLiteral("shipping")); // not the page's
        QCOMPARE(intent.queryItemValue(QStringLiteral("from")), QStringLiteral("2026-03-04"));
        QVERIFY2(model->title().contains(QStringLiteral("intent Shipping")), qPrintable(model->title()));
        model->openGroup(ConversationsBehindModel::SegmentGroup, QStringLiteral("vip"), QStringLiteral("VIP"));
        const QUrlQuery segment = asked.at(12).at(0).value<QUrlQuery>();
        QCOMPARE(segment.queryItemValue(QStringLiteral("segment")), QStringLiteral("vip"));
        QCOMPARE(segment.queryItemValue(QStringLiteral("intent")), QStringLiteral("refund")); // the page's filter
        // A figure afterwards has no group.
        model->open(MetricId::Conversations);
        QCOMPARE(asked.at(14).at(0).value<QUrlQuery>().queryItemValue(QStringLiteral("segment")), QString());
    }

    void showsEachSideEnrichedFromTheCache()
    {
        AnalyticsReport report;
        ConversationsBehindModel *model = report.conversationsBehind();
        BoardModel board;
        model->setBoard(&board);
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy asked(model, &ConversationsBehindModel::requested);
        model->open(MetricId::HandOffRate);
        const int numeratorId = asked.at(0).at(1).toInt();
        const int denominatorId = asked.at(1).at(1).toInt();

        ChangeBatch batch;
        batch.customers.append(
            {QStringLiteral("k1"), QStringLiteral("Ada <b>Lovelace</b>\u202E"), {}, false, {}, 0, 0, {}, {}});
        ConversationRecord cached;
        cached.id = QStringLiteral("c1");
        cached.customerId = QStringLiteral("k1");
        batch.conversations.append(cached);
        board.apply(batch);

        model->onFetched(numeratorId,
            answer(2,
                {conversation("c1", "k1", "refund", "human_resolved", 2000),
                    conversation("c9", "k9", "", "abandoned", 1000)}));
        QCOMPARE(model->state(), ConversationsBehindModel::Ready);
        QCOMPARE(model->numeratorTotal(), 2);
        QCOMPARE(model->denominatorTotal(), -1); // still loading
        QCOMPARE(model->rowCount(), 2);
        const QModelIndex first = model->index(0);
        QVERIFY(first.data(ConversationsBehindModel::CustomerRole).toString().startsWith(QStringLiteral("Ada")));
        QVERIFY(!first.data(ConversationsBehindModel::CustomerRole).toString().contains(QChar(0x202E)));
        QCOMPARE(first.data(ConversationsBehindModel::CachedRole).toBool(), true);
        QCOMPARE(
            first.data(ConversationsBehindModel::OutcomeTextRole).toString(), QStringLiteral("Resolved by a person"));
        QVERIFY(!first.data(ConversationsBehindModel::IntentTextRole).toString().isEmpty());
        QVERIFY(first.data(ConversationsBehindModel::IntentTextRole).toString() != QStringLiteral("refund"));
        const QModelIndex second = model->index(1);
        QCOMPARE(second.data(ConversationsBehindModel::CachedRole).toBool(), false);
        { // The cache fills meanwhile: the rows say so.
            QSignalSpy changedRows(model, &QAbstractItemModel::dataChanged);
            ChangeBatch later;
            ConversationRecord nine;
            nine.id = QStringLiteral("c9");
            nine.customerId = QStringLiteral("k9");
            later.conversations.append(nine);
            board.apply(later);
            QVERIFY(!changedRows.isEmpty());
            QCOMPARE(second.data(ConversationsBehindModel::CachedRole).toBool(), true);
            ChangeBatch reset;
            reset.reset = true;
            reset.conversations.append(cached);
            board.apply(reset);
            QCOMPARE(second.data(ConversationsBehindModel::CachedRole).toBool(), false);
        }
        QCOMPARE(second.data(ConversationsBehindModel::CustomerRole).toString(),
            QStringLiteral("Customer not in the cache"));
        QCOMPARE(
            second.data(ConversationsBehindModel::IntentTextRole).toString(), QStringLiteral("No intent detected"));
        QVERIFY(model->truncatedText().isEmpty());
        QVERIFY(!model->membershipText().isEmpty());

        // Only cached conversations open; the other says why.
        QCOMPARE(model->conversationToOpen(0), QStringLiteral("c1"));
        QVERIFY(model->noticeText().isEmpty());
        QCOMPARE(model->conversationToOpen(1), QString());
        QVERIFY(model->noticeText().contains(QStringLiteral("cache")));

        // The denominator: 3,456 behind it, the newest 1 listed.
        model->setSide(ConversationsBehindModel::Denominator);
        QCOMPARE(model->state(), ConversationsBehindModel::Loading);
        QCOMPARE(model->rowCount(), 0);
        model->onFetched(denominatorId, answer(3456, {conversation("c1", "k1", "refund", "open", 2000)}));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->denominatorTotal(), 3456);
        QVERIFY2(model->truncatedText().contains(QStringLiteral("3,456")), qPrintable(model->truncatedText()));
        QVERIFY(model->noticeText().isEmpty()); // a new list, a new start

        // An answer to an earlier request changes nothing.
        model->onFetched(numeratorId, answer(0, {}));
        QCOMPARE(model->rowCount(), 1);

        // Signed out: nothing of the list is left, and a late answer does not bring it back.
        model->clear();
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(model->state(), ConversationsBehindModel::Idle);
        QCOMPARE(model->denominatorTotal(), -1);
        model->onFetched(denominatorId, answer(1, {conversation("c1", "k1", "refund", "open", 2000)}));
        QCOMPARE(model->rowCount(), 0);
    }

    void emptyAndOffline()
    {
        AnalyticsReport report;
        ConversationsBehindModel *model = report.conversationsBehind();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy asked(model, &ConversationsBehindModel::requested);
        model->open(MetricId::ConversionRate);
        model->onFetched(asked.at(0).at(1).toInt(), answer(0, {}));
        QCOMPARE(model->state(), ConversationsBehindModel::Ready);
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(model->numeratorTotal(), 0);
        QVERIFY(model->membershipText().isEmpty());

        model->setSide(ConversationsBehindModel::Denominator);
        model->onFailed(asked.at(1).at(1).toInt(), QString(), true);
        QCOMPARE(model->state(), ConversationsBehindModel::Failed);
        QVERIFY2(model->errorText().contains(QStringLiteral("needs a connection to the server")),
            qPrintable(model->errorText()));

        // Retry asks again, for both sides.
        model->retry();
        QCOMPARE(asked.size(), 4);
        QCOMPARE(model->state(), ConversationsBehindModel::Loading);
        model->onFailed(asked.at(3).at(1).toInt(), QStringLiteral("The server said no."), false);
        QCOMPARE(model->errorText(), QStringLiteral("The server said no."));
    }
};

QTEST_GUILESS_MAIN(TestConversationsBehind)
#include "tst_conversationsbehind.moc"
