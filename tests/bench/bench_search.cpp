// History benchmark (not a test): fills a cache through the real write path with C conversations of
// M messages each (1,000,000 messages by default, in five languages), then measures what History
// does on it: full-text searches (search, then the matching rows, as HistoryWorker runs them) with
// p50 and p99 over many queries, the unfiltered list ("opening History"), a filtered list, review
// mode's three queues (store/reviewquery.h), and the retention purge of a batch of conversations.
//
//   build/<preset>/tests/bench/bench_search [--conversations 20000] [--messages 50] [--queries 300]
//
// The bar (issue 13): search p99 under 50 ms at 1,000,000 cached messages.

#include "syntheticcache.h"

#include "store/historyquery.h"
#include "store/retention.h"
#include "store/reviewquery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace pilothouse;
using namespace pilothouse::models;
using pilothouse::bench::fill;
using pilothouse::bench::kStart;
using namespace Qt::StringLiterals;

namespace {

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[std::min(values.size() - 1, std::size_t(p * double(values.size())))];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"conversations"_s, u"Conversations to cache."_s, u"N"_s, u"20000"_s});
    parser.addOption({u"messages"_s, u"Messages per conversation."_s, u"M"_s, u"50"_s});
    parser.addOption({u"queries"_s, u"Searches to time."_s, u"Q"_s, u"300"_s});
    parser.process(app);
    const int conversations = std::max(1, parser.value(u"conversations"_s).toInt());
    const int messages = std::max(1, parser.value(u"messages"_s).toInt());
    const int queries = std::max(1, parser.value(u"queries"_s).toInt());

    QTemporaryDir dir;
    LocalStore store;
    if (!dir.isValid() || !store.open(dir.filePath(u"bench.db"_s))) {
        std::fprintf(stderr, "cannot open the cache: %s\n", qPrintable(store.errorString()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (!fill(store, conversations, messages)) {
        std::fprintf(stderr, "cannot fill the cache\n");
        return 1;
    }
    std::printf("filled %d conversations, %d messages in %.1f s (through the write path, index included)\n",
        conversations, conversations * messages, double(timer.elapsed()) / 1000);

    // Queries as people type them: a common word, a rare order number, a prefix of two letters,
    // two words, an accent typed without it, Cyrillic.
    const QStringList terms {u"refund"_s, u"#4711"_s, u"re"_s, u"order late"_s, u"remboursement"_s, u"ruckerstattung"_s,
        u"devolucion"_s, u"возврат"_s, u"paquete tarde"_s, u"12345"_s};
    HistoryQuery query(store.database());
    std::vector<double> times;
    int matched = 0;
    for (int i = 0; i < queries; ++i) {
        const QString text = terms.at(i % terms.size());
        QElapsedTimer t;
        t.start();
        const auto hits = query.search(text);
        const auto rows = hits ? query.rows(HistoryFilter {}, &*hits) : std::nullopt;
        times.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!rows) {
            std::fprintf(stderr, "search failed: %s\n", qPrintable(query.errorString()));
            return 1;
        }
        matched += int(rows->size());
    }
    std::printf("search + rows, %d queries: p50 %.1f ms, p99 %.1f ms, max %.1f ms (%.0f conversations on average)\n",
        queries, percentile(times, 0.5), percentile(times, 0.99), percentile(times, 1.0), double(matched) / queries);
    for (qsizetype t = 0; t < terms.size(); ++t) {
        std::vector<double> own;
        for (std::size_t i = std::size_t(t); i < times.size(); i += std::size_t(terms.size()))
            own.push_back(times[i]);
        std::printf("  %-16s median %.1f ms\n", qPrintable(terms.at(t)), percentile(own, 0.5));
    }

    std::vector<double> opens;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        const auto rows = query.rows({});
        opens.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!rows)
            return 1;
    }
    std::printf(
        "History opened, every conversation (%d rows): median %.1f ms\n", conversations, percentile(opens, 0.5));
    HistoryFilter weak;
    weak.confidenceBelow = 0.35;
    weak.sort = HistorySort::LowestConfidence;
    timer.restart();
    const auto weakRows = query.rows(weak);
    std::printf("filtered (weakest reply below 35%%, weakest first, %lld rows): %.1f ms\n",
        weakRows ? qlonglong(weakRows->size()) : -1LL, double(timer.nsecsElapsed()) / 1e6);

    // Review mode's queues, as ReviewWorker reads them (500 replies, then their labels).
    ReviewQuery review(store.database());
    for (const auto &[queue, name] :
        {std::pair {ReviewQueue::LowestConfidence, "lowest confidence"},
            std::pair {ReviewQueue::DailySample, "daily sample"}, std::pair {ReviewQueue::HandedOver, "handed over"}}) {
        std::vector<double> reads;
        qsizetype shown = 0;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            const auto items = review.queue(ReviewRequest {queue, u"sam"_s, 10, 7, kStart + 200 * 60'000, 500});
            QStringList ids;
            for (const ReviewItem &item : items.value_or(QList<ReviewItem> {}))
                ids.append(item.messageId);
            const auto labels = review.labels(ids);
            reads.push_back(double(t.nsecsElapsed()) / 1e6);
            if (!items || !labels) {
                std::fprintf(stderr, "review queue failed: %s\n", qPrintable(review.errorString()));
                return 1;
            }
            shown = items->size();
        }
        std::printf(
            "review queue %-17s (%lld replies): median %.1f ms\n", name, qlonglong(shown), percentile(reads, 0.5));
    }

    timer.restart();
    QString error;
    const auto purged = retention::purgeExpired(store.database(), kStart + 200 * 60'000, 200, &error);
    std::printf("retention purge of one batch (%d conversations, %d messages): %.1f ms\n", purged.value_or(-1),
        purged.value_or(0) * messages, double(timer.nsecsElapsed()) / 1e6);
    return purged ? 0 : 1;
}
