// SessionWorker against a real QWebSocketServer on loopback that speaks protocol v1 through the
// codec; Backoff as a pure unit.

#include "protocol/codec.h"
#include "session/backoff.h"
#include "session/sessionworker.h"

#include <QHostAddress>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QWebSocket>
#include <QWebSocketServer>

#include <memory>

using namespace pilothouse;
using namespace std::chrono_literals;
using net::ConnectionState;

namespace {

/// A scripted protocol v1 server: records every client frame, welcomes each hello unless told
/// otherwise, and answers pings only when `answerPings` is set.
class FakeServer : public QObject {
public:
    FakeServer()
        : m_server(QStringLiteral("fake"), QWebSocketServer::NonSecureMode)
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost, 0));
        connect(&m_server, &QWebSocketServer::newConnection, this, [this] {
            while (QWebSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                requestUrls.append(socket->requestUrl());
                last = socket;
                connect(socket, &QWebSocket::textMessageReceived, this,
                    [this, socket](const QString &text) { onFrame(socket, text); });
            }
        });
        welcome.sessionId = "s-1";
        welcome.user = {"ada", "Ada Lovelace", "supervisor"};
        welcome.head = {"epoch-1", 10};
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }

    void send(const protocol::ServerFrame &frame)
    {
        QVERIFY(last);
        last->sendTextMessage(QString::fromStdString(protocol::encode(frame)));
    }

    QWebSocketServer m_server;
    QPointer<QWebSocket> last;
    QList<QUrl> requestUrls;
    QList<protocol::Hello> hellos;
    QList<protocol::Command> commands;
    QStringList frameTypes; ///< In arrival order, across connections.
    int pings = 0;
    bool answerPings = true;
    bool autoWelcome = true;
    protocol::Welcome welcome;
    std::function<void(QWebSocket *)> onHello; ///< Replaces the welcome when set.

private:
    void onFrame(QWebSocket *socket, const QString &text)
    {
        auto decoded = protocol::decodeClientFrame(text.toStdString());
        QVERIFY2(decoded.ok(), decoded.error().message.c_str());
        auto &frame = decoded.value();
        if (auto *hello = std::get_if<protocol::Hello>(&frame)) {
            frameTypes.append(QStringLiteral("hello"));
            hellos.append(*hello);
            if (onHello)
                onHello(socket);
            else if (autoWelcome)
                socket->sendTextMessage(QString::fromStdString(protocol::encode(protocol::ServerFrame {welcome})));
        } else if (auto *ping = std::get_if<protocol::Ping>(&frame)) {
            frameTypes.append(QStringLiteral("ping"));
            ++pings;
            if (answerPings)
                socket->sendTextMessage(
                    QString::fromStdString(protocol::encode(protocol::ServerFrame {protocol::Pong {ping->t}})));
        } else if (auto *command = std::get_if<protocol::Command>(&frame)) {
            frameTypes.append(QStringLiteral("command"));
            commands.append(*command);
        } else {
            frameTypes.append(QStringLiteral("other"));
        }
    }
};

/// Fast, deterministic reconnects unless a test asks otherwise.
net::Backoff fastBackoff(std::chrono::milliseconds base = 50ms)
{
    return net::Backoff(base, std::max(base, std::chrono::milliseconds(200)), [] { return 1.0; });
}

ConnectionState lastState(const QSignalSpy &spy)
{
    return spy.isEmpty() ? ConnectionState::Idle : spy.last().at(0).value<ConnectionState>();
}

protocol::Event makeEvent(std::int64_t seq)
{
    protocol::Event event;
    event.id = "epoch-1-" + std::to_string(seq);
    event.seq = seq;
    event.epoch = "epoch-1";
    event.at = 1700000000000 + seq;
    event.kind = protocol::kinds::MessageJudged;
    event.payload = protocol::Judgement {"m-1", "c-1", false, "wrong order number", "ada"};
    return event;
}

} // namespace

class TestSession : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void backoffGrowsAndCaps()
    {
        net::Backoff backoff(1s, 30s, [] { return 1.0; });
        QList<qint64> delays;
        for (int i = 0; i < 8; ++i)
            delays.append(backoff.next().count());
        QCOMPARE(delays, (QList<qint64> {1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000}));
        for (int i = 0; i < 100; ++i) // a long outage must neither overflow nor exceed the cap
            QCOMPARE(backoff.next(), 30000ms);
    }

    void backoffJitterStaysInBounds()
    {
        net::Backoff backoff; // the real random source
        QSet<qint64> seen;
        for (int i = 0; i < 200; ++i) {
            const auto ceiling = backoff.ceiling();
            const auto delay = backoff.next();
            QVERIFY(delay >= 0ms);
            QVERIFY2(delay <= ceiling, qPrintable(QString::number(delay.count())));
            QVERIFY(delay <= 30s);
            seen.insert(delay.count());
        }
        QVERIFY2(seen.size() > 50, "full jitter must spread the delays");

        net::Backoff lowest(1s, 30s, [] { return 0.0; });
        QCOMPARE(lowest.next(), 0ms);
        net::Backoff outOfRange(1s, 30s, [] { return 7.0; }); // a broken source is clamped
        QCOMPARE(outOfRange.next(), 1000ms);
    }

    void backoffResets()
    {
        net::Backoff backoff(1s, 30s, [] { return 1.0; });
        for (int i = 0; i < 5; ++i)
            backoff.next();
        QCOMPARE(backoff.ceiling(), 30000ms);
        backoff.reset();
        QCOMPARE(backoff.attempts(), 0);
        QCOMPARE(backoff.next(), 1000ms);
    }

    void helloFirstWithTokenAndCursorThenConnected()
    {
        FakeServer server;
        net::SessionWorker worker;
        worker.setBackoff(fastBackoff());
        worker.setClientInfo(QStringLiteral("pilothouse-test"), QStringLiteral("9.9"));
        worker.setCursorProvider([] { return std::optional<protocol::Cursor>(protocol::Cursor {"epoch-1", 42}); });
        QSignalSpy states(&worker, &net::SessionWorker::stateChanged);
        QSignalSpy welcomed(&worker, &net::SessionWorker::welcomed);

        worker.start(server.url(), QStringLiteral("s3cret-token"));
        QCOMPARE(lastState(states), ConnectionState::Connecting);
        QTRY_COMPARE(welcomed.size(), 1);
        QCOMPARE(lastState(states), ConnectionState::Connected);
        QCOMPARE(worker.state(), ConnectionState::Connected);
        QCOMPARE(welcomed.first().at(0).value<protocol::Welcome>().user.role, std::string("supervisor"));

        QCOMPARE(server.frameTypes.value(0), QStringLiteral("hello"));
        const protocol::Hello &hello = server.hellos.first();
        QCOMPARE(hello.token, std::string("s3cret-token"));
        QCOMPARE(hello.protocol, protocol::kProtocolVersion);
        QCOMPARE(hello.client.name, std::string("pilothouse-test"));
        QCOMPARE(hello.client.version, std::string("9.9"));
        QVERIFY(hello.cursor.has_value());
        QCOMPARE(*hello.cursor, (protocol::Cursor {"epoch-1", 42}));

        const QUrl requested = server.requestUrls.first();
        QCOMPARE(requested.path(), QStringLiteral("/api/v1/stream"));
        QVERIFY(!requested.toString().contains(QStringLiteral("s3cret")));
        QVERIFY(!requested.hasQuery());
        worker.stop();
        QCOMPARE(lastState(states), ConnectionState::Stopped);
    }

    void noCursorAsksForSnapshot()
    {
        FakeServer server;
        net::SessionWorker worker;
        worker.setCursorProvider([] { return std::optional<protocol::Cursor>(); });
        worker.start(server.url(), QStringLiteral("t"));
        QTRY_COMPARE(server.hellos.size(), 1);
        QVERIFY(!server.hellos.first().cursor.has_value());
    }

    void eventsAndAcksReachSignals()
    {
        FakeServer server;
        net::SessionWorker worker;
        QSignalSpy welcomed(&worker, &net::SessionWorker::welcomed);
        QSignalSpy events(&worker, &net::SessionWorker::eventsReceived);
        QSignalSpy acks(&worker, &net::SessionWorker::commandAcked);
        worker.start(server.url(), QStringLiteral("t"));
        QTRY_COMPARE(welcomed.size(), 1);

        server.send(protocol::Events {{makeEvent(11), makeEvent(12)}});
        QTRY_COMPARE(events.size(), 1);
        const auto received = events.first().at(0).value<std::vector<protocol::Event>>();
        QCOMPARE(received.size(), std::size_t(2));
        QCOMPARE(received[0], makeEvent(11));
        QCOMPARE(received[1].id, std::string("epoch-1-12"));

        protocol::Command command {"cmd-1", "message.judge", {{"messageId", "m-1"}, {"correct", true}, {"reason", ""}}};
        worker.sendCommand(command);
        QTRY_COMPARE(server.commands.size(), 1);
        QCOMPARE(server.commands.first(), command);
        server.send(protocol::Ack {"cmd-1", 13});
        QTRY_COMPARE(acks.size(), 1);
        QCOMPARE(acks.first().at(0).value<protocol::Ack>().seq, std::int64_t(13));
    }

    void commandsOverTheLimitOrOfflineAreRefused()
    {
        FakeServer server;
        server.welcome.limits.maxMessageBytes = 1024;
        net::SessionWorker worker;
        QSignalSpy nacks(&worker, &net::SessionWorker::commandNacked);
        QSignalSpy welcomed(&worker, &net::SessionWorker::welcomed);

        worker.sendCommand({"cmd-early", "message.judge", nlohmann::json::object()});
        QCOMPARE(nacks.size(), 1);
        auto nack = nacks.takeFirst().at(0).value<protocol::Nack>();
        QCOMPARE(nack.code, std::string(net::SessionWorker::kNotConnected));
        QVERIFY(nack.retryable);

        worker.start(server.url(), QStringLiteral("t"));
        QTRY_COMPARE(welcomed.size(), 1);
        worker.sendCommand({"cmd-big", "message.judge", {{"reason", std::string(4000, 'x')}}});
        QCOMPARE(nacks.size(), 1);
        nack = nacks.takeFirst().at(0).value<protocol::Nack>();
        QCOMPARE(nack.commandId, std::string("cmd-big"));
        QCOMPARE(nack.code, std::string(net::SessionWorker::kTooLarge));
        QVERIFY(!nack.retryable);

        worker.sendCommand({"cmd-small", "message.judge", {{"reason", "ok"}}});
        QTRY_COMPARE(server.commands.size(), 1);
        QCOMPARE(server.commands.first().id, std::string("cmd-small")); // the big one never left
    }

    void frameOverTheAnnouncedLimitDropsTheLink()
    {
        FakeServer server;
        server.welcome.limits.maxMessageBytes = 2048;
        net::SessionWorker worker;
        worker.setBackoff(fastBackoff());
        QSignalSpy welcomed(&worker, &net::SessionWorker::welcomed);
        QSignalSpy events(&worker, &net::SessionWorker::eventsReceived);
        worker.start(server.url(), QStringLiteral("t"));
        QTRY_COMPARE(welcomed.size(), 1);

        protocol::Events big;
        for (int i = 1; i <= 40; ++i)
            big.events.push_back(makeEvent(i));
        QVERIFY(protocol::encode(protocol::ServerFrame {big}).size() > 2048);
        server.send(big);
        QTRY_COMPARE(server.hellos.size(), 2);
        QCOMPARE(events.size(), 0);
        server.send(protocol::Events {{makeEvent(1)}}); // a frame within the limit still flows
        QTRY_COMPARE(events.size(), 1);
    }

    void heartbeatKeepsAnAnsweringLinkAlive()
    {
        FakeServer server;
        server.welcome.heartbeat = {100, 400};
        net::SessionWorker worker;
        worker.setBackoff(fastBackoff());
        worker.start(server.url(), QStringLiteral("t"));
        // Eight pings span well over the idle limit: the pongs must count as life.
        QTRY_VERIFY_WITH_TIMEOUT(server.pings >= 8, 10000);
        QCOMPARE(server.hellos.size(), 1);
        QCOMPARE(worker.state(), ConnectionState::Connected);
    }

    void silentServerIsAbandonedAndReconnected()
    {
        FakeServer server;
        server.welcome.heartbeat = {100, 400};
        server.answerPings = false;
        net::SessionWorker worker;
        worker.setBackoff(fastBackoff());
        QSignalSpy states(&worker, &net::SessionWorker::stateChanged);
        worker.start(server.url(), QStringLiteral("t"));
        QTRY_COMPARE(server.hellos.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(server.hellos.size(), 2, 10000);
        QVERIFY2(server.pings >= 1, "the worker must ping a quiet link before giving up on it");
        bool sawReconnecting = false;
        for (const auto &args : states)
            sawReconnecting |= args.at(0).value<ConnectionState>() == ConnectionState::Reconnecting;
        QVERIFY(sawReconnecting);
        QTRY_COMPARE(worker.state(), ConnectionState::Connected);
    }

    void unauthorizedCloseStopsForGood()
    {
        FakeServer server;
        server.onHello = [](QWebSocket *socket) {
            socket->sendTextMessage(QString::fromStdString(
                protocol::encode(protocol::ServerFrame {protocol::Error {"unauthorized", "token expired"}})));
            socket->close(
                QWebSocketProtocol::CloseCode(protocol::close_codes::Unauthorized), QStringLiteral("token expired"));
        };
        net::SessionWorker worker;
        worker.setBackoff(fastBackoff());
        QSignalSpy authFailed(&worker, &net::SessionWorker::authenticationFailed);
        QSignalSpy fatal(&worker, &net::SessionWorker::fatalError);
        worker.start(server.url(), QStringLiteral("expired"));
        QTRY_COMPARE(authFailed.size(), 1);
        QVERIFY(authFailed.first().at(0).toString().contains(QStringLiteral("token expired")));
        QCOMPARE(worker.state(), ConnectionState::Stopped);
        // With a 50-200 ms backoff a retry would long have happened by now.
        QTest::qWait(1500);
        QCOMPARE(server.hellos.size(), 1);
        QCOMPARE(fatal.size(), 0);
    }

    void unsupportedVersionIsFatal()
    {
        FakeServer server;
        server.onHello = [](QWebSocket *socket) {
            socket->close(QWebSocketProtocol::CloseCode(protocol::close_codes::UnsupportedVersion));
        };
        net::SessionWorker worker;
        worker.setBackoff(fastBackoff());
        QSignalSpy fatal(&worker, &net::SessionWorker::fatalError);
        worker.start(server.url(), QStringLiteral("t"));
        QTRY_COMPARE(fatal.size(), 1);
        QCOMPARE(worker.state(), ConnectionState::Stopped);
        QTest::qWait(1000);
        QCOMPARE(server.hellos.size(), 1);
    }

    void garbageFrameReconnectsWithoutCrashing()
    {
        FakeServer server;
        net::SessionWorker worker;
        worker.setBackoff(fastBackoff());
        QSignalSpy welcomed(&worker, &net::SessionWorker::welcomed);
        QSignalSpy events(&worker, &net::SessionWorker::eventsReceived);
        worker.start(server.url(), QStringLiteral("t"));
        QTRY_COMPARE(welcomed.size(), 1);

        server.last->sendTextMessage(QStringLiteral("{\"type\":\"events\",\"events\":[{\"seq\":\"x\""));
        QTRY_COMPARE(server.hellos.size(), 2);
        QTRY_COMPARE(welcomed.size(), 2);
        server.last->sendTextMessage(QStringLiteral("{\"type\":\"events\",\"events\":[{\"seq\":\"not a number\"}]}"));
        QTRY_COMPARE(server.hellos.size(), 3);
        QCOMPARE(events.size(), 0);
        QTRY_COMPARE(worker.state(), ConnectionState::Connected);
    }

    void retryNowSkipsTheWait()
    {
        FakeServer server;
        bool first = true;
        server.onHello = [&first, &server](QWebSocket *socket) {
            if (std::exchange(first, false)) {
                socket->close(QWebSocketProtocol::CloseCode(protocol::close_codes::ServerRestarting));
                return;
            }
            socket->sendTextMessage(QString::fromStdString(protocol::encode(protocol::ServerFrame {server.welcome})));
        };
        net::SessionWorker worker;
        worker.setBackoff(net::Backoff(60s, 60s, [] { return 1.0; })); // a minute unless skipped
        QSignalSpy states(&worker, &net::SessionWorker::stateChanged);
        worker.start(server.url(), QStringLiteral("t"));
        QTRY_COMPARE(worker.state(), ConnectionState::Reconnecting);
        QCOMPARE(states.last().at(1).toInt(), 60);
        // The countdown is refreshed every second.
        QTRY_VERIFY(states.last().at(0).value<ConnectionState>() == ConnectionState::Reconnecting
            && states.last().at(1).toInt() == 59);
        QCOMPARE(server.hellos.size(), 1);

        worker.retryNow();
        QTRY_COMPARE(server.hellos.size(), 2);
        QTRY_COMPARE(worker.state(), ConnectionState::Connected);
    }

    void refusedConnectionKeepsRetrying()
    {
        quint16 deadPort = 0;
        {
            QWebSocketServer probe(QStringLiteral("probe"), QWebSocketServer::NonSecureMode);
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            deadPort = probe.serverPort();
        }
        net::SessionWorker worker;
        worker.setBackoff(fastBackoff());
        QSignalSpy states(&worker, &net::SessionWorker::stateChanged);
        worker.start(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(deadPort)), QStringLiteral("t"));
        QTRY_VERIFY([&] {
            int connecting = 0;
            for (const auto &args : states)
                connecting += args.at(0).value<ConnectionState>() == ConnectionState::Connecting;
            return connecting >= 3;
        }());
        worker.stop();
        QCOMPARE(worker.state(), ConnectionState::Stopped);
    }

    void worksFromItsOwnThread()
    {
        FakeServer server;
        QThread io;
        auto *worker = new net::SessionWorker;
        worker->moveToThread(&io);
        connect(&io, &QThread::finished, worker, &QObject::deleteLater);
        io.start();

        protocol::Welcome welcome;
        std::vector<protocol::Event> events;
        QList<ConnectionState> states;
        connect(worker, &net::SessionWorker::welcomed, this, [&](const protocol::Welcome &w) { welcome = w; });
        connect(worker, &net::SessionWorker::eventsReceived, this,
            [&](const std::vector<protocol::Event> &e) { events = e; });
        connect(worker, &net::SessionWorker::stateChanged, this,
            [&](ConnectionState state, int, const QString &) { states.append(state); });

        QMetaObject::invokeMethod(
            worker, "start", Qt::QueuedConnection, Q_ARG(QUrl, server.url()), Q_ARG(QString, QStringLiteral("t")));
        QTRY_COMPARE(welcome.user.name, std::string("ada"));
        QTRY_COMPARE(states.value(states.size() - 1), ConnectionState::Connected);
        server.send(protocol::Events {{makeEvent(11)}});
        QTRY_COMPARE(events.size(), std::size_t(1));
        QCOMPARE(QThread::currentThread(), thread());

        QMetaObject::invokeMethod(worker, &net::SessionWorker::stop, Qt::QueuedConnection);
        QTRY_COMPARE(states.value(states.size() - 1), ConnectionState::Stopped);
        io.quit();
        QVERIFY(io.wait(10000));
    }
};

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
