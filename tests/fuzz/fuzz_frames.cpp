// One input = the bytes of one WebSocket text message from the server. It goes the console's
// whole receive path: decodeServerFrame (strict codec) -> the StoreWriter on a real SQLite file
// (events in sequence, snapshots in parts) -> Workspace, BoardModel and a ConversationView with its
// TranscriptModel, each watched by QAbstractItemModelTester. Built two ways (tests/fuzz/CMakeLists.txt):
// with clang and -fsanitize=fuzzer as a libFuzzer target, and with the normal compiler as a replay
// executable whose main() runs every file of a corpus directory (ctest fuzz.replay).

#include "board/boardmodel.h"
#include "conversation/conversationview.h"
#include "conversation/transcriptmodel.h"
#include "live/workspace.h"
#include "protocol/codec.h"
#include "store/storewriter.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string_view>

using namespace pilothouse;

namespace {

/// Violations of what the console promises end the run like a crash, so libFuzzer keeps the input.
[[noreturn]] void broken(const char *what)
{
    std::fprintf(stderr, "fuzz_frames: invariant broken: %s\n", what);
    std::abort();
}

void quietLogs()
{
    // The store logs every refused or skipped batch; at fuzzing speed that is only noise.
    if (!qEnvironmentVariableIsSet("PILOTHOUSE_FUZZ_LOG"))
        spdlog::set_level(spdlog::level::off);
}

/// What the inputs exercised (the replay prints it).
struct Counts {
    int refused = 0; ///< Not decodable: the console would log it and reconnect.
    int eventFrames = 0;
    int snapshotParts = 0;
    int otherFrames = 0;
    int rejectedFrames = 0; ///< Decoded, but refused by the store (a gap, another epoch).
    qsizetype mostBoardRows = 0;
};

/// The GUI-side and io-side objects of the console, on one thread (the fuzzer has no event loop:
/// every step that would wait for the next turn is called directly).
class Pipeline {
public:
    /// The cache file is recreated after this many inputs, so it never grows without bound.
    static constexpr int kInputsPerStore = 2000;

    Pipeline() { recreate(); }

    void run(std::string_view bytes)
    {
        if (++m_inputs % kInputsPerStore == 0)
            recreate();
        auto decoded = protocol::decodeServerFrame(bytes);
        if (!decoded) {
            ++counts.refused; // The console logs it and reconnects; nothing reaches the store.
            return;
        }
        auto &frame = decoded.value();
        if (auto *events = std::get_if<protocol::Events>(&frame)) {
            ++counts.eventFrames;
            applyEvents(std::move(events->events));
        } else if (auto *snapshot = std::get_if<protocol::Snapshot>(&frame)) {
            ++counts.snapshotParts;
            applySnapshot(std::move(*snapshot));
        } else {
            ++counts.otherFrames; // welcome, ack, nack, ping, pong, error: nothing for the store.
            return;
        }
        m_workspace->flush();
        checkBoardAgreesWithCache();
        counts.mostBoardRows = std::max<qsizetype>(counts.mostBoardRows, m_workspace->conversationCount());
    }

    Counts counts;

private:
    void recreate()
    {
        m_view.reset();
        m_boardTester.reset();
        m_transcriptTester.reset();
        m_workspace.reset();
        m_writer.reset();
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid())
            broken("no temporary directory");
        m_writer = std::make_unique<models::StoreWriter>(m_dir->filePath(QStringLiteral("cache.sqlite")));
        m_workspace = std::make_unique<models::Workspace>();
        m_workspace->identity()->set(QStringLiteral("ada"), QStringLiteral("Ada"), pilothouse::models::Role::Agent);
        m_view = std::make_unique<models::ConversationView>();
        m_boardTester = std::make_unique<QAbstractItemModelTester>(
            m_workspace->board(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_transcriptTester = std::make_unique<QAbstractItemModelTester>(
            m_view->transcript(), QAbstractItemModelTester::FailureReportingMode::Fatal);

        // Wired as app/console.cpp wires them, but direct: everything runs on this thread.
        QObject::connect(
            m_writer.get(), &models::StoreWriter::changesApplied, m_workspace.get(), &models::Workspace::applyChanges);
        QObject::connect(m_writer.get(), &models::StoreWriter::transcriptLoaded, m_workspace.get(),
            &models::Workspace::deliverTranscript);
        QObject::connect(m_workspace.get(), &models::Workspace::transcriptRequested, m_writer.get(),
            &models::StoreWriter::loadTranscript);
        QObject::connect(m_writer.get(), &models::StoreWriter::boardLoaded, m_writer.get(),
            [this](const models::ChangeBatch &everything) { m_cachedConversations = everything.conversations.size(); });
        QObject::connect(m_writer.get(), &models::StoreWriter::streamRejected, m_writer.get(),
            [this](const QString &) { m_rejected = true; });
        QObject::connect(m_writer.get(), &models::StoreWriter::storeError, m_writer.get(), [](const QString &message) {
            std::fprintf(stderr, "fuzz_frames: store error: %s\n", qPrintable(message));
            broken("the cache refused a decoded frame");
        });
        m_writer->open();
        quietLogs(); // again: loggers made since the last call keep their own level
        m_workspace->setBoard(models::ChangeBatch {}); // a new, empty cache
        m_view->setWorkspace(m_workspace.get());
    }

    void applyEvents(std::vector<protocol::Event> events)
    {
        if (events.empty())
            return;
        // The store skips events it already holds and refuses other epochs; a fuzzer that
        // reuses one cache would otherwise see almost every input skipped. Like a console whose
        // server answered with a snapshot, start from an empty snapshot just before the first event.
        const auto cursor = m_writer->cursor();
        const protocol::Event &first = events.front();
        if (!cursor || cursor->epoch != first.epoch || cursor->seq != first.seq - 1) {
            protocol::Snapshot rebase;
            rebase.position = {first.epoch, first.seq - 1};
            rebase.final = true;
            m_writer->applySnapshot(std::move(rebase));
            m_workspace->flush();
        }
        followConversationOf(events);
        const auto before = m_writer->cursor();
        m_rejected = false;
        m_writer->applyEvents(std::move(events));
        m_writer->flush();
        if (m_rejected) {
            ++counts.rejectedFrames;
            if (m_writer->cursor() != before)
                broken("a refused events frame moved the cursor");
        }
    }

    void applySnapshot(protocol::Snapshot snapshot)
    {
        if (!snapshot.conversations.empty())
            m_view->setConversationId(QString::fromStdString(snapshot.conversations.front().id));
        m_writer->applySnapshot(snapshot);
    }

    /// The conversation page follows the first conversation an input mentions, so transcripts
    /// are loaded from the cache and kept live from batches.
    void followConversationOf(const std::vector<protocol::Event> &events)
    {
        for (const auto &event : events) {
            if (auto *message = std::get_if<protocol::Message>(&event.payload)) {
                m_view->setConversationId(QString::fromStdString(message->conversationId));
                return;
            }
            if (auto *conversation = std::get_if<protocol::Conversation>(&event.payload)) {
                m_view->setConversationId(QString::fromStdString(conversation->id));
                return;
            }
        }
    }

    /// What the board shows after applying the batches is what the cache holds: one row per
    /// cached conversation.
    void checkBoardAgreesWithCache()
    {
        if (m_writer->receivingSnapshot())
            return; // the board request would wait for the final part (StoreWriter::applySnapshot)
        m_cachedConversations = -1;
        m_writer->loadBoard(); // only counted here, the board is not reset from it
        if (m_cachedConversations < 0)
            broken("the cache did not answer a board request");
        if (m_workspace->conversationCount() != int(m_cachedConversations))
            broken("the board does not show one row per cached conversation");
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<models::StoreWriter> m_writer;
    std::unique_ptr<models::Workspace> m_workspace;
    std::unique_ptr<models::ConversationView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_boardTester;
    std::unique_ptr<QAbstractItemModelTester> m_transcriptTester;
    qsizetype m_cachedConversations = 0;
    int m_inputs = 0;
    bool m_rejected = false;
};

Pipeline *pipeline()
{
    static int argc = 1;
    static char name[] = "fuzz_frames";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static Pipeline instance;
    return &instance;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    pipeline()->run(std::string_view(reinterpret_cast<const char *>(data), size));
    return 0;
}

#ifndef PILOTHOUSE_LIBFUZZER
// Replay: every regular file under the directories (or the files) given, in name order.
int main(int argc, char **argv)
{
    quietLogs();
    pipeline();
    int files = 0;
    qint64 bytes = 0;
    for (int i = 1; i < argc; ++i) {
        const QString path = QString::fromLocal8Bit(argv[i]);
        QStringList inputs;
        if (QFileInfo(path).isDir()) {
            const QDir dir(path);
            for (const QString &entry : dir.entryList(QDir::Files, QDir::Name))
                inputs.append(dir.filePath(entry));
        } else {
            inputs.append(path);
        }
        for (const QString &input : inputs) {
            QFile file(input);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "fuzz_frames: cannot read %s\n", qPrintable(input));
                return 2;
            }
            const QByteArray content = file.readAll();
            LLVMFuzzerTestOneInput(
                reinterpret_cast<const std::uint8_t *>(content.constData()), std::size_t(content.size()));
            ++files;
            bytes += content.size();
        }
    }
    if (files == 0) {
        std::fprintf(stderr, "fuzz_frames: no input files\n");
        return 2;
    }
    const Counts &counts = pipeline()->counts;
    std::printf("fuzz_frames: replayed %d inputs (%lld bytes) without a crash or a broken invariant: %d refused by "
                "the codec, %d events frames (%d refused for their sequence), %d snapshot parts, %d other frames; at "
                "most %lld board rows\n",
        files, static_cast<long long>(bytes), counts.refused, counts.eventFrames, counts.rejectedFrames,
        counts.snapshotParts, counts.otherFrames, static_cast<long long>(counts.mostBoardRows));
    return 0;
}
#else
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    quietLogs();
    pipeline();
    return 0;
}
#endif
