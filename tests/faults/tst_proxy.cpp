// The fault proxy itself, against plain TCP on loopback: each fault does what the chaos and
// half-open tests rely on (and what a crash-matrix test reusing the proxy would rely on).

#include "faultproxy.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using pilothouse::testing::FaultProxy;

namespace {

/// An upstream that keeps every accepted socket and what it received.
struct Upstream {
    QTcpServer server;
    QList<QPointer<QTcpSocket>> sockets;
    QByteArray received;

    Upstream()
    {
        server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                sockets.append(socket);
                QObject::connect(
                    socket, &QTcpSocket::readyRead, &server, [this, socket] { received += socket->readAll(); });
            }
        });
    }
    quint16 port() const { return server.serverPort(); }
    QTcpSocket *last() const { return sockets.isEmpty() ? nullptr : sockets.constLast().data(); }
};

/// A client of the proxy that records what arrives and in how many reads.
struct Client {
    QTcpSocket socket;
    QByteArray received;
    int reads = 0;

    explicit Client(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] {
            received += socket.readAll();
            ++reads;
        });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }
};

QByteArray pattern(int size)
{
    QByteArray data(size, '\0');
    for (int i = 0; i < size; ++i)
        data[i] = char('a' + i % 26);
    return data;
}

} // namespace

class TestProxy : public QObject {
    Q_OBJECT

    std::unique_ptr<Upstream> m_upstream;
    std::unique_ptr<FaultProxy> m_proxy;

    /// A connected client whose upstream side was accepted.
    std::unique_ptr<Client> connectClient()
    {
        const auto before = m_upstream->sockets.size();
        auto client = std::make_unique<Client>(m_proxy->port());
        if (!QTest::qWaitFor([&] { return m_upstream->sockets.size() > before; }, 10000))
            return nullptr;
        return client;
    }

private Q_SLOTS:
    void init()
    {
        m_upstream = std::make_unique<Upstream>();
        m_proxy = std::make_unique<FaultProxy>(m_upstream->port());
        QVERIFY(m_proxy->start());
    }
    void cleanup()
    {
        m_proxy.reset();
        m_upstream.reset();
    }

    void passThroughCarriesBothWaysAndCounts()
    {
        auto client = connectClient();
        QVERIFY(client);
        client->socket.write(pattern(5000));
        QVERIFY(QTest::qWaitFor([&] { return m_upstream->received.size() == 5000; }, 10000));
        QCOMPARE(m_upstream->received, pattern(5000));
        m_upstream->last()->write("pong");
        QVERIFY(QTest::qWaitFor([&] { return client->received == "pong"; }, 10000));
        const auto counters = m_proxy->counters();
        QCOMPARE(counters.connections, 1);
        QCOMPARE(counters.bytesUpstream, 5000);
        QCOMPARE(counters.bytesDownstream, 4);
        // A close is passed on: the upstream sees its peer go.
        client->socket.disconnectFromHost();
        QVERIFY(QTest::qWaitFor(
            [&] { return !m_upstream->last() || m_upstream->last()->state() == QAbstractSocket::UnconnectedState; },
            10000));
    }

    void slicingDeliversSmallPiecesInOrder()
    {
        m_proxy->setSlicing(16, FaultProxy::Downstream);
        auto client = connectClient();
        QVERIFY(client);
        m_upstream->last()->write(pattern(4000)); // one write upstream
        // Read as an event loop does (at once on readyRead), not in qWaitFor's polling steps.
        QSignalSpy reads(&client->socket, &QTcpSocket::readyRead);
        QElapsedTimer clock;
        clock.start();
        while (client->received.size() < 4000 && clock.elapsed() < 20000)
            reads.wait(1000);
        QCOMPARE(client->received, pattern(4000));
        qInfo("4000 bytes in one write arrived in %d reads with 16-byte slicing", client->reads);
        QVERIFY(client->reads >= 20);
        QCOMPARE(m_proxy->counters().slicings, 1);
    }

    void latencyHoldsEveryChunk()
    {
        auto client = connectClient();
        QVERIFY(client);
        m_proxy->setLatency(300);
        QElapsedTimer clock;
        clock.start();
        client->socket.write("ping");
        QVERIFY(QTest::qWaitFor([&] { return m_upstream->received == "ping"; }, 10000));
        QVERIFY2(clock.elapsed() >= 290, qPrintable(QString::number(clock.elapsed())));
        m_proxy->clearFaults();
        clock.restart();
        client->socket.write("again");
        QVERIFY(QTest::qWaitFor([&] { return m_upstream->received == "pingagain"; }, 10000));
    }

    void bandwidthLimitSpreadsTheBytesOverTime()
    {
        auto client = connectClient();
        QVERIFY(client);
        m_proxy->setBandwidth(20000, FaultProxy::Downstream);
        QElapsedTimer clock;
        clock.start();
        m_upstream->last()->write(pattern(30000));
        QVERIFY(QTest::qWaitFor([&] { return client->received.size() == 30000; }, 30000));
        qInfo("30000 bytes at 20000 B/s took %lld ms", clock.elapsed());
        QVERIFY2(clock.elapsed() >= 1000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(client->received, pattern(30000));
    }

    void blackholeHoldsEverythingAndKeepsSocketsOpen()
    {
        auto client = connectClient();
        QVERIFY(client);
        m_proxy->setBlackhole(true);
        client->socket.write("lost in the dark");
        client->socket.disconnectFromHost();
        auto late = std::make_unique<Client>(m_proxy->port()); // accepted, and black-holed too
        QVERIFY(QTest::qWaitFor([&] { return late->socket.state() == QAbstractSocket::ConnectedState; }, 10000));
        late->socket.write("also held");
        QTest::qWait(500); // a window in which nothing may cross
        QVERIFY(m_upstream->received.isEmpty());
        QVERIFY(m_upstream->sockets.constFirst());
        QCOMPARE(m_upstream->sockets.constFirst()->state(), QAbstractSocket::ConnectedState); // no close passed on
        QCOMPARE(m_proxy->counters().bytesUpstream, 0);

        m_proxy->clearFaults(); // the path returns: held bytes flow, then the close
        QVERIFY(QTest::qWaitFor([&] { return m_upstream->received.size() == 25; }, 10000));
        QVERIFY(m_upstream->received.contains("lost in the dark"));
        QVERIFY(m_upstream->received.contains("also held"));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !m_upstream->sockets.constFirst()
                    || m_upstream->sockets.constFirst()->state() == QAbstractSocket::UnconnectedState;
            },
            10000));
        QCOMPARE(m_proxy->counters().blackholes, 1);
    }

    void oneWayBlackholeLetsTheOtherWayThrough()
    {
        auto client = connectClient();
        QVERIFY(client);
        m_proxy->setBlackhole(true, FaultProxy::Downstream);
        client->socket.write("request");
        QVERIFY(QTest::qWaitFor([&] { return m_upstream->received == "request"; }, 10000));
        m_upstream->last()->write("answer");
        QTest::qWait(300); // a window in which the answer may not cross
        QVERIFY(client->received.isEmpty());
        m_proxy->setBlackhole(false);
        QVERIFY(QTest::qWaitFor([&] { return client->received == "answer"; }, 10000));
    }

    void resetAbortsBothSides()
    {
        auto client = connectClient();
        QVERIFY(client);
        QCOMPARE(m_proxy->openLinks(), 1);
        m_proxy->reset();
        QVERIFY(QTest::qWaitFor([&] { return client->socket.state() == QAbstractSocket::UnconnectedState; }, 10000));
        QVERIFY(QTest::qWaitFor(
            [&] { return !m_upstream->last() || m_upstream->last()->state() == QAbstractSocket::UnconnectedState; },
            10000));
        QVERIFY(QTest::qWaitFor([&] { return m_proxy->openLinks() == 0; }, 10000));
        QCOMPARE(m_proxy->counters().linksReset, 1);
    }

    void upstreamMayMoveAndMayBeDown()
    {
        Upstream moved;
        m_proxy->setUpstreamPort(moved.port());
        Client client(m_proxy->port());
        QVERIFY(QTest::qWaitFor([&] { return moved.sockets.size() == 1; }, 10000));
        QVERIFY(m_upstream->sockets.isEmpty());

        const quint16 gone = moved.port();
        moved.server.close(); // nothing listens there now: the client is closed, not left hanging
        m_proxy->setUpstreamPort(gone);
        Client refused(m_proxy->port());
        QVERIFY(QTest::qWaitFor([&] { return refused.socket.state() == QAbstractSocket::UnconnectedState; }, 10000));
    }
};

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"
