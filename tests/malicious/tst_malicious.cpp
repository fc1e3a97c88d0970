// A hostile server against the real console stack: SessionWorker, StoreWriter and CommandPump on
// an io thread, wired as app/console.cpp wires them, a Workspace on the GUI thread, a populated
// SQLite cache and an outbox holding commands not yet acknowledged. The server (a bare-TCP
// WebSocket peer, rawserver.h) sends one kind of bad input per case. Each case asserts: the client
// closes with the documented code (docs/protocol.md sections 3, 5, 11), the "net" or "store" log
// names the problem, the client reconnects with its unchanged cursor, both threads answer, and the
// cache and the outbox hold exactly what they held before.

#include "rawserver.h"

#include "../store/storefixtures.h"
#include "account.h"
#include "live/workspace.h"
#include "log/log.h"
#include "session/sessionworker.h"
#include "store/commandpump.h"
#include "store/localstore.h"
#include "store/outbox.h"
#include "store/storewriter.h"

#include <QFile>
#include <QScopeGuard>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <spdlog/sinks/base_sink.h>

#include <memory>
#include <mutex>

using namespace pilothouse;
using namespace std::chrono_literals;
using namespace storefixtures;

namespace {

/// Collects every line of the loggers it is attached to (thread-safe: io thread writes).
class CapturingSink : public spdlog::sinks::base_sink<std::mutex> {
public:
    QStringList linesFrom(qsizetype first)
    {
        std::lock_guard lock(mutex_);
        return m_lines.mid(first);
    }
    qsizetype count()
    {
        std::lock_guard lock(mutex_);
        return m_lines.size();
    }

protected:
    void sink_it_(const spdlog::details::log_msg &msg) override
    {
        m_lines.append(QString::fromUtf8(msg.payload.data(), qsizetype(msg.payload.size())));
    }
    void flush_() override { }

private:
    QStringList m_lines;
};

/// What a user would lose if the hostile frames got through: every cached row and the cursor.
struct CacheRows {
    QList<models::CustomerRecord> customers;
    QList<models::ConversationRecord> conversations;
    QList<models::MessageRecord> messages;
    std::optional<protocol::Cursor> cursor;
    bool operator==(const CacheRows &) const = default;
};

CacheRows readCache(const QString &path)
{
    models::LocalStore reader;
    if (!reader.open(path))
        return {};
    CacheRows rows;
    rows.customers = reader.customers().value_or(QList<models::CustomerRecord> {});
    rows.conversations = reader.conversations().value_or(QList<models::ConversationRecord> {});
    for (const auto &conversation : rows.conversations)
        rows.messages += reader.messages(conversation.id).value_or(QList<models::MessageRecord> {});
    rows.cursor = reader.cursor();
    return rows;
}

/// id -> state of every outbox row, read on a connection of its own.
QMap<QString, QString> readOutbox(const QString &path)
{
    QMap<QString, QString> rows;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("outbox-reader"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery query(db);
            query.exec(QStringLiteral("SELECT id, state FROM commands ORDER BY seq"));
            while (query.next())
                rows.insert(query.value(0).toString(), query.value(1).toString());
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("outbox-reader"));
    return rows;
}

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

const protocol::Cursor kCursor {"E1", 10};

} // namespace

class TestMalicious : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cachePath;
    QString m_outboxPath;
    std::shared_ptr<CapturingSink> m_sink = std::make_shared<CapturingSink>();
    RawWebSocketServer m_server;
    protocol::Welcome m_welcome;
    /// The console's io side as the Console has it, with quick reconnects; its cache is opened
    /// once the test has filled it.
    std::unique_ptr<app::Account> m_account;
    models::Workspace *m_workspace = nullptr;
    CacheRows m_cacheBefore;
    QMap<QString, QString> m_outboxBefore;
    int m_cases = 0;

    /// The cursor as the io thread's writer holds it; also proves the io thread answers.
    std::optional<protocol::Cursor> ioCursor() { return m_account->cursor(); }

    /// Runs one hostile case on a new connection and checks everything a user relies on.
    void hostileCase(const char *name, const std::function<void()> &payload, int expectedClose,
        const QString &expectedLog, protocol::Welcome welcome = {})
    {
        ++m_cases;
        if (welcome.sessionId.empty())
            welcome = m_welcome;
        const qsizetype logStart = m_sink->count();
        const qsizetype closesBefore = m_server.closeCodes.size();
        const qsizetype hellosBefore = m_server.hellos.size();
        bool sent = false;
        // Whatever happens below, later connections get a plain welcome again.
        const auto restore = qScopeGuard([this] { m_server.onHello = [this] { m_server.send(m_welcome); }; });
        m_server.onHello = [&, welcome] {
            m_server.send(welcome);
            if (!std::exchange(sent, true))
                payload();
        };
        m_server.sendFrame(RawWebSocketServer::Close, QByteArray("\x0f\xab", 2)); // 4011 ServerRestarting
        QTRY_VERIFY_WITH_TIMEOUT(sent, 20000);
        // The client closes with the documented code...
        QTRY_VERIFY_WITH_TIMEOUT(m_server.closeCodes.size() > closesBefore + 1, 20000);
        QCOMPARE(m_server.closeCodes.last(), expectedClose);
        // ...names the problem in its log...
        QTRY_VERIFY_WITH_TIMEOUT(m_sink->linesFrom(logStart).join(u'\n').contains(expectedLog), 10000);
        // ...and comes back with the cursor it had: nothing of the frame was applied.
        QTRY_VERIFY_WITH_TIMEOUT(m_server.hellos.size() >= hellosBefore + 2, 20000);
        QCOMPARE(m_server.hellos.last().cursor, std::optional<protocol::Cursor>(kCursor));
        QCOMPARE(ioCursor(), std::optional<protocol::Cursor>(kCursor));
        checkIntact();
        qInfo("%s: close %d, reconnected, cache and outbox intact", name, expectedClose);
    }

    void checkIntact()
    {
        m_account->settle();
        QCOMPARE(readCache(m_cachePath), m_cacheBefore);
        const auto outbox = readOutbox(m_outboxPath);
        QCOMPARE(outbox.keys(), m_outboxBefore.keys());
        for (const QString &state : outbox)
            QVERIFY2(state == u"pending" || state == u"inflight", qPrintable(state)); // resent after a welcome
        QCOMPARE(m_workspace->conversationCount(), int(m_cacheBefore.conversations.size()));
    }

    static QByteArray eventsFrame(std::vector<protocol::Event> events)
    {
        return QByteArray::fromStdString(
            protocol::encode(protocol::ServerFrame {protocol::Events {std::move(events)}}));
    }

    static QString codecMessage(const QByteArray &frame)
    {
        auto decoded = protocol::decodeServerFrame(std::string_view(frame.constData(), std::size_t(frame.size())));
        return decoded ? QString() : QString::fromStdString(decoded.error().message);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cachePath = m_dir.filePath(QStringLiteral("cache.sqlite"));
        m_outboxPath = models::Outbox::pathBeside(m_cachePath);
        for (const char *name : {"net", "store"}) {
            auto logger = pilothouse::log::get(name);
            logger->sinks().push_back(m_sink);
            logger->set_level(spdlog::level::debug);
        }

        { // A cache that holds two conversations with their messages at E1:10.
            models::StoreWriter writer(m_cachePath);
            writer.open();
            protocol::Snapshot snapshot;
            snapshot.position = kCursor;
            snapshot.final = true;
            snapshot.customers = {customer("cu-1")};
            snapshot.conversations = {conversation("c-1", "Where is my order?"), conversation("c-2", "Refund")};
            snapshot.messages = {message("m-1", "c-1", 1'700'000'000'001),
                message("m-2", "c-1", 1'700'000'000'002, true), message("m-3", "c-2", 1'700'000'000'003)};
            writer.applySnapshot(snapshot);
            writer.close();
        }
        { // Three commands the server never acknowledged.
            models::Outbox outbox;
            QVERIFY(outbox.open(m_outboxPath));
            for (int i = 1; i <= 3; ++i) {
                models::OutboxRecord record;
                record.commandId = QStringLiteral("cmd-%1").arg(i);
                record.action = pilothouse::models::Action::Note;
                record.conversationId = QStringLiteral("c-1");
                record.text = QStringLiteral("note %1").arg(i);
                record.args = QStringLiteral(R"({"conversationId":"c-1","text":"note %1"})").arg(i);
                record.state = pilothouse::models::OutboxState::Pending;
                record.createdAt = 1'700'000'000'000 + i;
                QVERIFY(outbox.add(record));
            }
        }
        m_cacheBefore = readCache(m_cachePath);
        QCOMPARE(m_cacheBefore.conversations.size(), 2);
        QCOMPARE(m_cacheBefore.messages.size(), 3);
        m_outboxBefore = readOutbox(m_outboxPath);
        QCOMPARE(m_outboxBefore.size(), 3);

        m_welcome.sessionId = "s-hostile";
        m_welcome.user = {"ada", "Ada", "agent"};
        m_welcome.head = kCursor;
        m_welcome.resume = protocol::ResumeMode::Replay;
        m_welcome.limits.maxMessageBytes = 64 * 1024;
        m_server.onHello = [this] { m_server.send(m_welcome); };

        // The io side as the Console has it (app/account.h), with quick reconnects.
        m_account = std::make_unique<app::Account>(
            app::Account::Settings {net::Backoff(20ms, 200ms, [] { return 1.0; }), {}, QStringLiteral("tst"), {}});
        m_workspace = m_account->workspace();
        m_account->openCache(m_cachePath);
        m_account->start(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port())), QStringLiteral("tok"));
        QTRY_COMPARE_WITH_TIMEOUT(m_server.hellos.size(), 1, 20000);
        QCOMPARE(m_server.hellos.first().cursor, std::optional<protocol::Cursor>(kCursor));
        QTRY_COMPARE_WITH_TIMEOUT(m_workspace->conversationCount(), 2, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_server.commands >= 3, 10000); // the outbox is resent after the welcome
    }

    void malformedJson()
    {
        const QByteArray frame = R"({"type":"events","events":[{"id":"E1-11","seq":11)";
        hostileCase(
            "malformed JSON", [&] { m_server.sendText(frame); }, 4000, codecMessage(frame));
    }

    void wrongTypes()
    {
        const QByteArray frame
            = eventsFrame({conversationEvent(11, "E1", "c-1", "pwned")}).replace("\"seq\":11", "\"seq\":\"11\"");
        QVERIFY(codecMessage(frame).contains(u"seq"));
        hostileCase(
            "wrong types", [&] { m_server.sendText(frame); }, 4000, codecMessage(frame));
    }

    void unknownFrameType()
    {
        const QByteArray frame = R"({"type":"teleport","to":"mars"})";
        hostileCase(
            "unknown frame type", [&] { m_server.sendText(frame); }, 4000, codecMessage(frame));
    }

    void outOfRangeSequenceNumbers()
    {
        for (const char *seq : {"0", "-5", "9223372036854775808"}) {
            const QByteArray frame = eventsFrame({conversationEvent(11, "E1", "c-1", "pwned")})
                                         .replace("\"seq\":11", QByteArray(QByteArray("\"seq\":") + seq));
            hostileCase(
                seq, [&] { m_server.sendText(frame); }, 4000, codecMessage(frame));
        }
    }

    void gappedSequence()
    {
        const QByteArray frame
            = eventsFrame({conversationEvent(13, "E1", "c-1", "pwned"), messageEvent(14, "E1", "m-x", "c-1")});
        hostileCase(
            "gap", [&] { m_server.sendText(frame); }, 4000, QStringLiteral("gap: events[0].seq is 13, expected 11"));
        const QByteArray inside
            = eventsFrame({conversationEvent(11, "E1", "c-1", "pwned"), messageEvent(15, "E1", "m-x", "c-1")});
        hostileCase(
            "gap inside a frame", [&] { m_server.sendText(inside); }, 4000,
            QStringLiteral("gap: events[1].seq is 15, expected 12"));
    }

    void anotherEpoch()
    {
        const QByteArray frame = eventsFrame({conversationEvent(11, "E9", "c-1", "pwned")});
        hostileCase(
            "another epoch", [&] { m_server.sendText(frame); }, 4000,
            QStringLiteral("events[0] is of epoch E9 but the cache holds epoch E1"));
    }

    void regressingSequenceChangesNothing()
    {
        // Old seqs are duplicates by the protocol's idempotence rule: skipped, the link stays.
        const qsizetype closes = m_server.closeCodes.size();
        const int pongs = m_server.pongs;
        m_server.sendText(
            eventsFrame({conversationEvent(5, "E1", "c-1", "pwned"), messageEvent(3, "E1", "m-x", "c-1")}));
        m_server.send(protocol::Ping {42}); // frames are handled in order: the pong follows the events
        QTRY_VERIFY_WITH_TIMEOUT(m_server.pongs > pongs, 10000);
        QCOMPARE(m_server.closeCodes.size(), closes);
        QCOMPARE(ioCursor(), std::optional<protocol::Cursor>(kCursor));
        checkIntact();
        qInfo("regressing seq: skipped as duplicates, link kept, cache and outbox intact");
    }

    void frameOverTheAnnouncedMaximum()
    {
        // Over the announced limit: the console refuses it with the protocol's 4009.
        protocol::Welcome small = m_welcome;
        small.limits.maxMessageBytes = 4096;
        const QByteArray frame = eventsFrame({conversationEvent(11, "E1", "c-1", std::string(6000, 'x'))});
        hostileCase(
            "too large", [&] { m_server.sendText(frame); }, 4009, QStringLiteral("exceeds the limit of 4096 bytes"),
            small);
    }

    void frameFarOverTheMaximum()
    {
        // Over twice the limit QWebSocket refuses it itself (1009) before reading the payload.
        protocol::Welcome small = m_welcome;
        small.limits.maxMessageBytes = 4096;
        const QByteArray frame = eventsFrame({conversationEvent(11, "E1", "c-1", std::string(20000, 'x'))});
        hostileCase(
            "far too large", [&] { m_server.sendText(frame); }, 1009, QStringLiteral("with close code 1009"), small);
    }

    void invalidUtf8()
    {
        QByteArray frame = eventsFrame({conversationEvent(11, "E1", "c-1", "AAAA")});
        frame.replace("AAAA", "\xff\xfe\xc0\x80");
        hostileCase(
            "invalid UTF-8 text", [&] { m_server.sendText(frame); }, 1007, QStringLiteral("with close code 1007"));
        const QByteArray valid = eventsFrame({conversationEvent(11, "E1", "c-1", "pwned")});
        hostileCase(
            "binary frame", [&] { m_server.sendFrame(RawWebSocketServer::Binary, valid); }, 4000,
            QStringLiteral("binary frame"));
    }

    void deepNesting()
    {
        const QByteArray frame
            = QByteArray(
                  R"({"type":"events","events":[{"id":"E1-11","seq":11,"epoch":"E1","at":0,"kind":"x","data":{"d":)")
            + QByteArray(10000, '[') + QByteArray(10000, ']') + "}}]}";
        QVERIFY(codecMessage(frame).size() > 0);
        hostileCase(
            "deep nesting", [&] { m_server.sendText(frame); }, 4000, codecMessage(frame));
    }

    void heartbeatFlood()
    {
        const qsizetype closes = m_server.closeCodes.size();
        const int pongs = m_server.pongs;
        const qint64 rssBefore = residentKiB();
        constexpr int kPings = 20000;
        for (int i = 0; i < kPings; ++i)
            m_server.send(protocol::Ping {i});
        QTRY_COMPARE_WITH_TIMEOUT(m_server.pongs, pongs + kPings, 60000);
        QCOMPARE(m_server.closeCodes.size(), closes);
        QCOMPARE(ioCursor(), std::optional<protocol::Cursor>(kCursor));
        checkIntact();
        qInfo("heartbeat flood: %d pings answered, link kept; resident %lld -> %lld KiB", kPings,
            static_cast<long long>(rssBefore), static_cast<long long>(residentKiB()));
    }

    void duplicateFlood()
    {
        const qsizetype closes = m_server.closeCodes.size();
        const int pongs = m_server.pongs;
        constexpr int kFrames = 5000;
        for (int i = 0; i < kFrames; ++i)
            m_server.sendText(eventsFrame({conversationEvent(1 + i % 10, "E1", "c-1", "pwned")}));
        m_server.send(protocol::Ping {7});
        QTRY_VERIFY_WITH_TIMEOUT(m_server.pongs > pongs, 60000);
        QCOMPARE(m_server.closeCodes.size(), closes);
        checkIntact();
        qInfo("duplicate flood: %d frames of old seqs skipped, cache and outbox intact", kFrames);
    }

    void eventFloodIsAppliedExactlyOnce()
    {
        // Last: these events are valid, so the cache grows by exactly them and nothing else.
        const qint64 rssBefore = residentKiB();
        constexpr int kFrames = 5000;
        for (int i = 0; i < kFrames; ++i) {
            const std::int64_t seq = kCursor.seq + 1 + i;
            m_server.sendText(eventsFrame({messageEvent(seq, "E1", "flood-" + std::to_string(seq), "c-2")}));
        }
        const protocol::Cursor last {"E1", kCursor.seq + kFrames};
        QTRY_VERIFY_WITH_TIMEOUT(ioCursor() == std::optional<protocol::Cursor>(last), 60000);
        const CacheRows after = readCache(m_cachePath);
        QCOMPARE(after.customers, m_cacheBefore.customers);
        QCOMPARE(after.conversations, m_cacheBefore.conversations);
        QCOMPARE(after.messages.size(), m_cacheBefore.messages.size() + kFrames);
        for (const auto &message : m_cacheBefore.messages)
            QVERIFY(after.messages.contains(message));
        QCOMPARE(readOutbox(m_outboxPath).keys(), m_outboxBefore.keys());
        const qint64 rssAfter = residentKiB();
        qInfo("event flood: %d frames applied once each, cursor %lld; resident %lld -> %lld KiB", kFrames,
            static_cast<long long>(last.seq), static_cast<long long>(rssBefore), static_cast<long long>(rssAfter));
        QVERIFY2(rssAfter - rssBefore < 256 * 1024, "a flood of small frames must not grow memory by 256 MiB");
    }

    void cleanupTestCase()
    {
        m_account.reset();
        for (const char *name : {"net", "store"})
            pilothouse::log::get(name)->sinks().pop_back();
        qInfo("%d hostile cases; outbox ids kept: %s", m_cases,
            qPrintable(QStringList(m_outboxBefore.keys()).join(u", ")));
    }
};

QTEST_GUILESS_MAIN(TestMalicious)
#include "tst_malicious.moc"
