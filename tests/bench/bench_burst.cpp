// Bursts (issue 16, goal 5; not a test): K different conversations changing within one frame, as
// after a long reconnect, on a board of C conversations with the views' sorted proxies attached
// (the board's filter sorted by activity, the escalation queue). Prints the GUI-thread cost of
// applying each burst: median, p95 and max over R bursts.
//
//   build/<preset>/tests/bench/bench_burst [--conversations 10000] [--burst 500] [--rounds 50]
//
// The bar: under 8 ms (median) for 500 conversations on 10,000.

#include "board/boardfiltermodel.h"
#include "board/boardmodel.h"
#include "live/workspace.h"
#include "queue/escalationqueuemodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <random>

using namespace pilothouse;

namespace {

void escalate(models::ConversationRecord &c, qint64 at)
{
    c.status = models::Status::Escalated;
    c.escalatedAt = at - 60'000;
    c.waitingSince = c.escalatedAt;
    c.slaDueAt = c.escalatedAt + 300'000;
    c.escalationReason = models::EscalationReason::LowConfidence;
    c.escalationPriority = c.priority;
}

models::ConversationRecord conversation(int index, qint64 at)
{
    models::ConversationRecord c;
    c.id = QStringLiteral("c%1").arg(index);
    c.customerId = QStringLiteral("cust%1").arg(index % 2000);
    c.subject = QStringLiteral("Order #%1").arg(10000 + index);
    c.intent = QStringLiteral("order_status");
    c.lastMessage = QStringLiteral("Where is my order #%1? It has been a week.").arg(10000 + index);
    c.lastMessageAt = at;
    c.createdAt = at - 3'600'000;
    c.confidence = 0.5 + (index % 50) / 100.0;
    c.priority = index % 4;
    c.messageCount = 6;
    // One in eight with people: the queue holds them.
    if (index % 8 == 0)
        escalate(c, at);
    return c;
}

double percentileOf(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto rank = std::size_t(std::max(1.0, std::ceil(p / 100.0 * double(values.size()))));
    return values[std::min(rank, values.size()) - 1];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("conversations"), QStringLiteral("Board rows."), QStringLiteral("C"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("burst"), QStringLiteral("Conversations changed per burst."), QStringLiteral("K"),
        QStringLiteral("500")});
    parser.addOption(
        {QStringLiteral("rounds"), QStringLiteral("Bursts to time."), QStringLiteral("R"), QStringLiteral("50")});
    parser.process(app);
    const int rows = std::max(1, parser.value(QStringLiteral("conversations")).toInt());
    const int burst = std::clamp(parser.value(QStringLiteral("burst")).toInt(), 1, rows);
    const int rounds = std::max(1, parser.value(QStringLiteral("rounds")).toInt());

    models::Workspace workspace;
    qint64 now = 1'764'000'000'000;
    models::ChangeBatch board;
    for (int i = 0; i < rows; ++i)
        board.conversations.append(conversation(i, now - qint64(rows - i) * 1000));
    workspace.setBoard(board);
    models::BoardFilterModel filter;
    filter.setSourceModel(workspace.board());
    models::EscalationQueueModel queue;
    queue.setSourceModel(workspace.board());
    std::printf("bench_burst: %d board rows, board filter %d rows, queue %d rows, bursts of %d\n", rows,
        filter.rowCount(), queue.rowCount(), burst);

    std::mt19937 random(16);
    std::vector<int> order(static_cast<std::size_t>(rows));
    for (int i = 0; i < rows; ++i)
        order[std::size_t(i)] = i;
    std::vector<double> costs;
    for (int round = 0; round < rounds; ++round) {
        std::shuffle(order.begin(), order.end(), random);
        models::ChangeBatch batch;
        now += 5000;
        for (int k = 0; k < burst; ++k) {
            models::ConversationRecord changed = conversation(order[std::size_t(k)], now + k);
            changed.messageCount = 7 + round;
            if (k % 5 == 0) // some reach people
                escalate(changed, now);
            batch.conversations.append(changed);
        }
        batch.lastSeq = round + 1;
        workspace.applyChanges(batch);
        QElapsedTimer clock;
        clock.start();
        workspace.flush(); // what the frame timer does on the GUI thread
        costs.push_back(double(clock.nsecsElapsed()) / 1e6);
    }
    const double median = percentileOf(costs, 50);
    std::printf("burst of %d on %d rows: median %.1f ms, p95 %.1f ms, max %.1f ms over %d bursts (bar 8 ms): %s\n",
        burst, rows, median, percentileOf(costs, 95), percentileOf(costs, 100), rounds,
        median < 8.0 ? "under the bar" : "OVER the bar");
    std::printf("after: board filter %d rows, queue %d rows\n", filter.rowCount(), queue.rowCount());
    return 0;
}
