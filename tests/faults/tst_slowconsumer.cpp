// A stalled reader: the console's link stops carrying anything towards it (the TCP window is full
// but the link is not dead: its pings still reach the server) while the simulator and another
// operator writing long notes keep producing.
// The server must not queue for it without bound: once the connection's send queue passes
// --max-send-queue-bytes it closes with 4013 SlowConsumer, and when the link is healthy again
// the console reads that close, resumes and its cache equals the server's log.

#include "serverprocess.h"
#include "consolerig.h"
#include "faultserver.h"
#include "faultproxy.h"
#include "worldcheck.h"

#include "protocol/codec.h"
#include "protocol/commands.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QWebSocket>

#include <atomic>
#include <memory>

using namespace pilothouse;
using namespace pilothouse::testing;
using namespace std::chrono_literals;

namespace {

constexpr int kHeartbeatMs = 500;
/// Long enough that the console does not give up on the silent link before the server's bound trips.
constexpr int kIdleMs = 20000;
constexpr qint64 kBound = 256 * 1024;

/// How long the server lets the closing connection drain once the link heals. The backlog is the
/// kernel's buffers (megabytes of notes) read by a console that writes each event to its cache: on
/// a machine busy with other tests that takes longer than a deployment's 5 s, and an abort would
/// hide the 4013 this test is about.
constexpr int kCloseGraceMs = 60000;

QStringList serverArgs(int rate)
{
    return faultServerArgs(rate, 43, kHeartbeatMs, kIdleMs,
        {QStringLiteral("--max-send-queue-bytes"), QString::number(kBound), QStringLiteral("--close-grace-ms"),
            QString::number(kCloseGraceMs)});
}

/// Another operator, straight to the server, adding long internal notes: megabytes of events the
/// stalled console is owed within seconds (the simulator alone takes minutes to fill the kernel's
/// socket buffers, which absorb the first few megabytes before the server's own queue grows).
/// It reads on a thread of its own, like a healthy console, so a test thread slowed by a busy
/// machine never makes the server see this operator as a slow consumer too.
class NoteWriter {
public:
    NoteWriter() { m_thread.start(); }
    ~NoteWriter()
    {
        QMetaObject::invokeMethod(
            m_context, [this] { m_socket.reset(); }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
        delete m_context;
    }

    bool open(int port, const QString &token)
    {
        m_context->moveToThread(&m_thread);
        bool connected = false;
        QMetaObject::invokeMethod(
            m_context,
            [this, port, token, &connected] {
                m_socket = std::make_unique<QWebSocket>();
                QObject::connect(
                    m_socket.get(), &QWebSocket::textMessageReceived, m_context, [this](const QString &text) {
                        const auto frame = protocol::decodeServerFrame(text.toStdString());
                        if (frame && std::holds_alternative<protocol::Ack>(frame.value()))
                            ++acked;
                    });
                m_socket->open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/stream").arg(port)));
                connected
                    = QTest::qWaitFor([&] { return m_socket->state() == QAbstractSocket::ConnectedState; }, 10000);
                if (!connected)
                    return;
                protocol::Hello hello;
                hello.client = {"tst_slowconsumer", "1"};
                hello.token = token.toStdString();
                m_socket->sendTextMessage(QString::fromStdString(protocol::encode(protocol::ClientFrame {hello})));
            },
            Qt::BlockingQueuedConnection);
        return connected;
    }

    void write(const QString &conversationId, int notes)
    {
        QMetaObject::invokeMethod(m_context, [this, conversationId, notes] {
            const std::string text(7000, 'n');
            for (int i = 0; i < notes; ++i) {
                const auto command = protocol::commands::AddNote {conversationId.toStdString(), text}.toCommand(
                    "note-" + std::to_string(sent++));
                m_socket->sendTextMessage(QString::fromStdString(protocol::encode(protocol::ClientFrame {command})));
            }
        });
    }

    std::atomic<int> sent = 0;
    std::atomic<int> acked = 0;

private:
    QThread m_thread;
    QObject *m_context = new QObject; ///< Lives on m_thread; the socket's slots run there.
    std::unique_ptr<QWebSocket> m_socket;
};

} // namespace

class TestSlowConsumer : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void stalledReaderIsClosedWith4013AndResumes();
};

void TestSlowConsumer::stalledReaderIsClosedWith4013AndResumes()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString serverData = dir.filePath(QStringLiteral("server"));
    ServerProcess server;
    server.keepLog();
    QVERIFY2(server.start(serverData, serverArgs(600)), qPrintable(server.errorString()));
    const int port = server.port();
    FaultProxy proxy {quint16(port)};
    QVERIFY(proxy.start());
    const QString token = signIn(server.url(), QStringLiteral("supervisor"), QStringLiteral("supervisor-demo"));
    QVERIFY(!token.isEmpty());
    ConsoleRig rig(dir.filePath(QStringLiteral("console.sqlite")), net::Backoff(100ms, 1000ms));
    rig.start(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(proxy.port())), token);
    QVERIFY2(QTest::qWaitFor([&] { return !rig.welcomes.isEmpty(); }, 20000), "no welcome through the proxy");

    QString conversation;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     const World world = foldServerLog(serverData);
                     conversation = world.conversations.isEmpty() ? QString() : world.conversations.firstKey();
                     return !conversation.isEmpty();
                 },
                 20000),
        "the simulator opened no conversation");
    NoteWriter writer;
    QVERIFY(writer.open(port, token));

    // The console stops reading: nothing reaches it, while its pings still reach the server.
    const auto before = proxy.counters();
    proxy.setBlackhole(true, FaultProxy::Downstream);
    QElapsedTimer clock;
    clock.start();
    QTimer notes;
    QObject::connect(&notes, &QTimer::timeout, &notes, [&] { writer.write(conversation, 8); });
    notes.start(50);
    const QRegularExpression tripped(
        QStringLiteral(R"(send queue of (\d+) bytes plus (\d+) passes the bound of (\d+) bytes; closing with 4013)"));
    QRegularExpressionMatch match;
    const bool closed = QTest::qWaitFor(
        [&] {
            match = tripped.match(server.log());
            return match.hasMatch();
        },
        kIdleMs - 2000);
    const qint64 trippedAfterMs = clock.elapsed();
    notes.stop();
    QVERIFY2(closed, "the server kept queueing for a stalled reader (no 4013 within the console's idle limit)");
    const qint64 queued = match.captured(1).toLongLong();
    const qint64 next = match.captured(2).toLongLong();
    QCOMPARE(match.captured(3).toLongLong(), kBound);
    QVERIFY2(queued <= kBound && queued + next > kBound, qPrintable(match.captured(0)));
    QVERIFY2(rig.reconnectReasons.isEmpty(), qPrintable(rig.reconnectReasons.join(u'\n')));

    // The link heals within the server's close grace: the console reads what was queued, then 4013.
    proxy.clearFaults();
    const QString slowConsumer = QStringLiteral("too slow to keep up");
    QVERIFY2(QTest::qWaitFor([&] { return !rig.reconnectReasons.isEmpty(); }, 45000), "the console never noticed");
    const qint64 noticedAfterMs = clock.elapsed();
    qInfo("bound %lld bytes: the server closed with 4013 after %lld ms of stall with %lld bytes queued (next message "
          "%lld bytes); the console saw \"%s\" after %lld ms, %lld bytes reached it after the stall; %d notes of 7000 "
          "bytes written, %d acked",
        kBound, trippedAfterMs, queued, next, qPrintable(rig.reconnectReasons.constFirst()), noticedAfterMs,
        proxy.counters().bytesDownstream - before.bytesDownstream, writer.sent.load(), writer.acked.load());
    QVERIFY2(rig.reconnectReasons.constFirst().contains(slowConsumer), qPrintable(rig.reconnectReasons.constFirst()));
    QCOMPARE(server.log().count(QStringLiteral("closing with 4013")), qsizetype(1)); // the console's, not the writer's
    QVERIFY2(QTest::qWaitFor([&] { return rig.welcomes.size() >= 2; }, 15000), "the console did not resume");

    // A quiet server, so there is one head to compare with.
    server.stop();
    QVERIFY2(server.start(serverData, serverArgs(0), port), qPrintable(server.errorString()));
    const World head = serverHead(serverData);
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     const auto cursor = rig.cursor();
                     return cursor && cursor->seq == head.seq;
                 },
                 20000),
        "the console did not catch up with the restarted server");
    rig.settle();
    const World log = foldServerLog(serverData);
    const World cache = readCache(rig.cachePath);
    qInfo("head %lld: cache %lld conversations, %lld messages; %d welcome(s), %d reconnect(s)", head.seq,
        qint64(cache.conversations.size()), qint64(cache.messages.size()), int(rig.welcomes.size()),
        int(rig.reconnectReasons.size()));
    QCOMPARE(cache.epoch, log.epoch);
    QCOMPARE(cache.seq, log.seq);
    QCOMPARE(cache.customers, log.customers);
    QCOMPARE(cache.conversations, log.conversations);
    QCOMPARE(cache.messages, log.messages);
}

QTEST_GUILESS_MAIN(TestSlowConsumer)
#include "tst_slowconsumer.moc"
