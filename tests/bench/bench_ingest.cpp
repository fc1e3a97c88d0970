// Ingest benchmark (not a test): pushes N events through decode -> store -> model, headless, and
// prints events per second per stage and end to end, and the longest GUI-thread stall.
//
//   build/<preset>/tests/bench/bench_ingest [--events N] [--conversations C]
//
// Stages on one core each: decode (codec), store (StoreWriter on its own thread, SQLite file in a
// temp dir, a transaction per frame), model (Workspace/BoardModel on the GUI thread). End to end
// runs them as the console does: frames decoded on the session's decoder thread
// (net/session/framedecoder.h) with at most SessionWorker::kMaxFramesInFlight waiting, stored on
// the io thread as they come out (the writer's 0 ms flush batching whatever arrived meanwhile),
// models on the GUI thread, while a 1 ms timer on the GUI thread measures the longest gap between
// its ticks (the stall a user would feel).

#include "board/boardmodel.h"
#include "live/workspace.h"
#include "protocol/codec.h"
#include "session/framedecoder.h"
#include "session/sessionworker.h"
#include "store/storewriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <cstdlib>

using namespace pilothouse;

namespace {

constexpr int kEventsPerFrame = 500;

std::vector<std::string> makeFrames(int eventCount, int conversations)
{
    std::vector<std::string> frames;
    protocol::Events batch;
    const std::string epoch = "bench-epoch";
    const protocol::Millis start = 1'764'000'000'000;
    for (int seq = 1; seq <= eventCount; ++seq) {
        protocol::Event event;
        event.seq = seq;
        event.epoch = epoch;
        event.id = epoch + '-' + std::to_string(seq);
        event.at = start + seq * 10;
        const int c = seq % conversations;
        if (seq % 3 == 0) {
            protocol::Conversation conversation;
            conversation.id = "c" + std::to_string(c);
            conversation.customerId = "cust" + std::to_string(c % 40);
            conversation.intent = "order_status";
            conversation.confidence = 0.5 + (seq % 50) / 100.0;
            conversation.lastMessage = "Where is my order #" + std::to_string(10000 + c) + "? It has been a week.";
            conversation.lastMessageAt = event.at;
            conversation.createdAt = start;
            conversation.messageCount = seq / conversations + 1;
            event.kind = protocol::kinds::ConversationUpserted;
            event.payload = conversation;
        } else {
            protocol::Message message;
            message.id = "m" + std::to_string(seq);
            message.conversationId = "c" + std::to_string(c);
            message.author = seq % 2 ? protocol::Author::Customer : protocol::Author::Ai;
            message.authorName = seq % 2 ? "Dana Whitfield" : "Ava";
            message.text = "Thanks for waiting! I looked up order #" + std::to_string(10000 + c)
                + ": it shipped on Monday and should arrive by Friday.";
            message.at = event.at;
            if (message.author == protocol::Author::Ai)
                message.ai = protocol::AiAnnotation {"order_status", 0.87, 640, {{"order.lookup", "looked up order"}}};
            event.kind = protocol::kinds::MessageCreated;
            event.payload = message;
        }
        batch.events.push_back(std::move(event));
        if (batch.events.size() == kEventsPerFrame || seq == eventCount) {
            frames.push_back(protocol::encode(protocol::ServerFrame(std::move(batch))));
            batch = {};
        }
    }
    return frames;
}

double perSecond(qint64 count, qint64 nanos)
{
    return nanos > 0 ? count * 1e9 / double(nanos) : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption eventsOption(
        QStringLiteral("events"), QStringLiteral("Events to push."), QStringLiteral("N"), QStringLiteral("200000"));
    const QCommandLineOption conversationsOption(QStringLiteral("conversations"),
        QStringLiteral("Distinct conversations."), QStringLiteral("C"), QStringLiteral("10000"));
    parser.addOptions({eventsOption, conversationsOption});
    parser.process(app);
    bool ok1 = false, ok2 = false;
    const int eventCount = parser.value(eventsOption).toInt(&ok1);
    const int conversations = parser.value(conversationsOption).toInt(&ok2);
    if (!ok1 || !ok2 || eventCount < 1000 || conversations < 1) {
        std::fprintf(stderr, "bench_ingest: --events must be >= 1000 and --conversations >= 1\n");
        return 2;
    }
    const auto frames = makeFrames(eventCount, conversations);
    std::printf("bench_ingest: %d events in %zu frames of %d, %d conversations\n", eventCount, frames.size(),
        kEventsPerFrame, conversations);

    // Stage 1: decode only.
    std::vector<std::vector<protocol::Event>> decoded;
    QElapsedTimer clock;
    clock.start();
    for (const auto &frame : frames) {
        auto result = protocol::decodeServerFrame(frame);
        if (!result.ok()) {
            std::fprintf(stderr, "decode failed: %s\n", result.error().message.c_str());
            return 1;
        }
        decoded.push_back(std::get<protocol::Events>(std::move(result).value()).events);
    }
    const qint64 decodeNs = clock.nsecsElapsed();

    // Stage 2: store only (its own thread, as in the console).
    QTemporaryDir dir;
    qint64 storeNs = 0;
    {
        QThread io;
        auto *writer = new models::StoreWriter(dir.filePath(QStringLiteral("bench-store.sqlite")));
        writer->moveToThread(&io);
        io.start();
        QMetaObject::invokeMethod(writer, &models::StoreWriter::open, Qt::BlockingQueuedConnection);
        QMetaObject::invokeMethod(
            writer,
            [&] {
                QElapsedTimer t;
                t.start();
                for (const auto &events : decoded) {
                    writer->applyEvents(events);
                    writer->flush();
                }
                storeNs = t.nsecsElapsed();
                writer->close();
                delete writer;
            },
            Qt::BlockingQueuedConnection);
        io.quit();
        io.wait();
    }

    // Stage 3 + end to end: decode and store on the io thread, models on this (GUI) thread.
    models::Workspace workspace;
    qint64 appliedSeq = 0;
    qint64 longestStallNs = 0;
    QElapsedTimer sinceTick;
    QTimer ticker;
    ticker.setInterval(1);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        longestStallNs = std::max(longestStallNs, sinceTick.nsecsElapsed());
        sinceTick.restart();
    });
    QThread io;
    auto *writer = new models::StoreWriter(dir.filePath(QStringLiteral("bench-e2e.sqlite")));
    writer->moveToThread(&io);
    // A cache that cannot be written ends the bench rather than leaving it waiting for rows.
    QObject::connect(writer, &models::StoreWriter::storeError, &app, [](const QString &message) {
        std::fprintf(stderr, "bench_ingest: %s\n", qPrintable(message));
        std::exit(1);
    });
    QObject::connect(writer, &models::StoreWriter::changesApplied, &workspace, &models::Workspace::applyChanges);
    QObject::connect(writer, &models::StoreWriter::changesApplied, &app,
        [&](const models::ChangeBatch &batch) { appliedSeq = std::max(appliedSeq, batch.lastSeq); });
    io.start();
    QMetaObject::invokeMethod(writer, &models::StoreWriter::open, Qt::BlockingQueuedConnection);
    clock.restart();
    sinceTick.start();
    ticker.start();
    QMetaObject::invokeMethod(writer, [&] {
        net::FrameDecoder decoder([] {}); // taken below rather than posted, as the session does when full
        const auto store = [&](bool wait) {
            for (net::FrameDecoder::Result &result : decoder.take(wait))
                writer->applyEvents(std::get<protocol::Events>(std::move(result.frame).value()).events);
            QCoreApplication::processEvents(); // let the writer's 0 ms flush run, as the io loop would
        };
        for (const auto &frame : frames) {
            decoder.push(QByteArray::fromStdString(frame), 1, 0);
            store(false);
            while (decoder.inFlight() >= net::SessionWorker::kMaxFramesInFlight)
                store(true);
        }
        while (decoder.inFlight() > 0)
            store(true);
        writer->flush();
    });
    while (appliedSeq < eventCount || workspace.board()->rowCount() < std::min(conversations, eventCount / 3))
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    workspace.flush();
    const qint64 endToEndNs = clock.nsecsElapsed();
    ticker.stop();
    QMetaObject::invokeMethod(
        writer,
        [writer] {
            writer->close();
            delete writer;
        },
        Qt::BlockingQueuedConnection);
    io.quit();
    io.wait();

    std::printf("decode only:            %10.0f events/s\n", perSecond(eventCount, decodeNs));
    std::printf("store only:             %10.0f events/s\n", perSecond(eventCount, storeNs));
    std::printf("end to end (3 threads): %10.0f events/s  (board rows %d)\n", perSecond(eventCount, endToEndNs),
        workspace.board()->rowCount());
    std::printf("one-core estimate:      %10.0f events/s  (decode + store in series)\n",
        perSecond(eventCount, decodeNs + storeNs));
    std::printf("longest GUI-thread stall while ingesting: %.1f ms\n", longestStallNs / 1e6);
    return 0;
}
