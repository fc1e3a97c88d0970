// Erasure benchmark (not a test; issue 13, section 5): fills a cache through the real write path
// (1,000,000 messages by default: 20,000 conversations of 50, about four per customer), then
// erases customers one at a time as the console does on `customer.erased`: the purge transaction
// (EventApplier, secure_delete on), FTS5 'optimize' (store/erasure.h), and a
// wal_checkpoint(TRUNCATE). Prints each phase for the first erasure (which merges the whole
// index built while filling) and p50/max over the following ones.
//
//   build/<preset>/tests/bench/bench_erase [--conversations 20000] [--messages 50] [--erasures 15]

#include "syntheticcache.h"

#include "sqlite/scrub.h"
#include "store/erasure.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace pilothouse;
using namespace pilothouse::models;
using namespace Qt::StringLiterals;

namespace {

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[std::min(values.size() - 1, std::size_t(p * double(values.size())))];
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

struct Phases {
    double purge = 0;
    double optimize = 0;
    double checkpoint = 0;
    qsizetype conversations = 0;
    double total() const { return purge + optimize + checkpoint; }
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"conversations"_s, u"Conversations to cache."_s, u"N"_s, u"20000"_s});
    parser.addOption({u"messages"_s, u"Messages per conversation."_s, u"M"_s, u"50"_s});
    parser.addOption({u"erasures"_s, u"Customers to erase, one after the other."_s, u"E"_s, u"15"_s});
    parser.process(app);
    const int conversations = std::max(8, parser.value(u"conversations"_s).toInt());
    const int messages = std::max(1, parser.value(u"messages"_s).toInt());
    const int erasures = std::max(2, parser.value(u"erasures"_s).toInt());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.db"_s);
    LocalStore store;
    if (!dir.isValid() || !store.open(path)) {
        std::fprintf(stderr, "cannot open the cache: %s\n", qPrintable(store.errorString()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (!bench::fill(store, conversations, messages)) {
        std::fprintf(stderr, "cannot fill the cache\n");
        return 1;
    }
    QSqlDatabase db = store.database();
    sqlite::checkpointTruncate(db);
    std::printf("filled %d conversations, %d messages in %.1f s; cache %.0f MB\n", conversations,
        conversations * messages, double(timer.elapsed()) / 1000, double(QFileInfo(path).size()) / 1e6);

    EventApplier applier(store);
    if (!applier.prepare())
        return 1;
    std::int64_t seq = applier.cursor() ? applier.cursor()->seq : 0;
    const int customers = conversations / 4 + 1;
    std::vector<Phases> runs;
    for (int i = 0; i < erasures; ++i) {
        protocol::Event event;
        event.seq = ++seq;
        event.epoch = "bench";
        event.id = "bench-" + std::to_string(seq);
        event.kind = protocol::kinds::CustomerErased;
        event.payload = protocol::CustomerErasure {"cu-" + std::to_string((i * 7919) % customers), "admin"};
        Phases phases;
        timer.restart();
        if (!applier.applyEvents({event})) {
            std::fprintf(stderr, "erasure failed: %s\n", qPrintable(applier.errorString()));
            return 1;
        }
        phases.purge = msSince(timer);
        const auto erased = applier.takeErased();
        phases.conversations = erased.isEmpty() ? 0 : erased.front().conversationIds.size();
        timer.restart();
        QString error;
        if (!erasure::optimizeSearchIndex(db, &error)) {
            std::fprintf(stderr, "optimize failed: %s\n", qPrintable(error));
            return 1;
        }
        phases.optimize = msSince(timer);
        timer.restart();
        if (sqlite::checkpointTruncate(db) != sqlite::Checkpoint::Done) {
            std::fprintf(stderr, "the checkpoint did not truncate the WAL\n");
            return 1;
        }
        phases.checkpoint = msSince(timer);
        runs.push_back(phases);
    }
    const Phases &first = runs.front();
    std::printf("first erasure (%lld conversations, %lld messages): purge %.1f ms, optimize %.1f ms, checkpoint "
                "%.1f ms, total %.1f ms\n",
        qlonglong(first.conversations), qlonglong(first.conversations * messages), first.purge, first.optimize,
        first.checkpoint, first.total());
    std::vector<double> purge, optimize, checkpoint, total;
    for (std::size_t i = 1; i < runs.size(); ++i) {
        purge.push_back(runs[i].purge);
        optimize.push_back(runs[i].optimize);
        checkpoint.push_back(runs[i].checkpoint);
        total.push_back(runs[i].total());
    }
    std::printf("next %zu erasures: p50 purge %.1f ms, optimize %.1f ms, checkpoint %.1f ms; total p50 %.1f ms, max "
                "%.1f ms\n",
        total.size(), percentile(purge, 0.5), percentile(optimize, 0.5), percentile(checkpoint, 0.5),
        percentile(total, 0.5), percentile(total, 1.0));
    return 0;
}
