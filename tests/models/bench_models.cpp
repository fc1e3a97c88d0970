// Benchmark (not a test): the GUI-thread cost of the board on 10,000 conversations with four
// live proxies. Build and run: ninja -C <build> bench_models && <build>/tests/models/bench_models
// Use a Release build; numbers on a shared machine vary, so read the means, not one frame.

#include "board/boardfiltermodel.h"
#include "board/boardmodel.h"
#include "live/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>

using namespace pilothouse::models;

namespace {

constexpr int kRows = 10'000;
constexpr int kCustomers = 3'000;
constexpr qint64 kBase = 1'700'000'000'000;

ConversationRecord conversation(int i, qint64 at)
{
    ConversationRecord c;
    c.id = QStringLiteral("conv-%1").arg(i);
    c.customerId = QStringLiteral("cust-%1").arg(i % kCustomers);
    c.channel = Channel::Chat;
    c.kind = i % 4 ? QStringLiteral("support") : QStringLiteral("sales");
    c.status = i % 7 ? QStringLiteral("ai") : QStringLiteral("escalated");
    c.subject = QStringLiteral("Where is my order %1").arg(i);
    c.intent = QStringLiteral("order_status");
    c.lastMessage = QStringLiteral("Hi, my parcel %1 has not arrived yet, can you check?").arg(i);
    c.lastMessageAt = at;
    c.createdAt = at - 1000;
    c.confidence = (i % 100) / 100.0;
    c.priority = i % 4;
    return c;
}

ChangeBatch batchOf(ConversationRecord conversation)
{
    ChangeBatch batch;
    batch.conversations.append(std::move(conversation));
    return batch;
}

double msSince(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Workspace workspace;
    BoardFilterModel all;
    BoardFilterModel escalated;
    BoardFilterModel search;
    BoardFilterModel byPriority;
    for (BoardFilterModel *proxy : {&all, &escalated, &search, &byPriority})
        proxy->setSourceModel(workspace.board());
    escalated.setFilter(BoardFilterModel::Escalated);
    search.setSearchText(QStringLiteral("parcel 12"));
    byPriority.setSortKey(BoardFilterModel::ByPriority);

    ChangeBatch everything;
    for (int i = 0; i < kCustomers; ++i) {
        CustomerRecord c;
        c.id = QStringLiteral("cust-%1").arg(i);
        c.name = QStringLiteral("Customer %1").arg(i);
        everything.customers << c;
    }
    for (int i = 0; i < kRows; ++i)
        everything.conversations << conversation(i, kBase + i);

    QElapsedTimer timer;
    timer.start();
    workspace.setBoard(everything);
    std::printf("setBoard %d rows, 4 proxies: %.1f ms\n", kRows, msSince(timer));

    timer.restart();
    search.setSearchText(QStringLiteral("customer 29"));
    std::printf("search text change: %.2f ms (%d rows match)\n", msSince(timer), search.count());

    timer.restart();
    all.setSortKey(BoardFilterModel::ByConfidence);
    (void)all.conversationIdAt(0); // the proxy sorts lazily, on first access
    std::printf("sort key change: %.2f ms\n", msSince(timer));
    all.setSortKey(BoardFilterModel::ByActivity);

    QRandomGenerator random(7);
    qint64 at = kBase + kRows;
    for (const int changed : {1, 10, 50, 200, 500}) {
        constexpr int kFrames = 20;
        double sum = 0;
        double worst = 0;
        for (int frame = 0; frame < kFrames; ++frame) {
            for (int k = 0; k < changed; ++k) // one batch per event, as the io thread sends them
                workspace.applyChanges(batchOf(conversation(random.bounded(kRows), ++at)));
            timer.restart();
            workspace.flush();
            const double ms = msSince(timer);
            sum += ms;
            worst = std::max(worst, ms);
        }
        std::printf("flush of %3d scattered updates: mean %.2f ms, worst %.2f ms\n", changed, sum / kFrames, worst);
    }

    double sum = 0;
    for (int frame = 0; frame < 20; ++frame) {
        for (int k = 0; k < 50; ++k)
            workspace.applyChanges(batchOf(conversation(kRows + frame * 50 + k, ++at)));
        timer.restart();
        workspace.flush();
        sum += msSince(timer);
    }
    std::printf("flush of 50 new conversations: mean %.2f ms\n", sum / 20);

    constexpr int kBatches = 100'000;
    timer.restart();
    for (int k = 0; k < kBatches; ++k) {
        workspace.applyChanges(batchOf(conversation(k % 11'000, ++at)));
        if (k % 1000 == 999)
            workspace.flush();
    }
    workspace.flush();
    std::printf("%d one-conversation batches through merger, board and 4 proxies: %.0f batches/s\n", kBatches,
        kBatches / (msSince(timer) / 1000.0));
    return 0;
}
