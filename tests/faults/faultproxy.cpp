#include "faultproxy.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <deque>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace pilothouse::testing {

namespace {

/// Bytes read from one side and not yet delivered; past this the proxy stops reading, so a slow
/// or black-holed direction pushes back on the sender as a real link would.
constexpr qint64 kMaxQueued = 256 * 1024;
constexpr int kThrottleTickMs = 10;
/// Pause between two slices: without it the kernel (or a busy reader) joins them again.
constexpr int kSliceGapMs = 1;

struct Shaping {
    int latencyMs = 0;
    int sliceBytes = 0;
    qint64 bytesPerSecond = 0;
};

/// One direction of a link: from one socket, through the queue, to the other.
struct Pipe {
    QTcpSocket *from = nullptr;
    QTcpSocket *to = nullptr;
    std::atomic<qint64> *delivered = nullptr;
    std::deque<std::pair<qint64, QByteArray>> queue; ///< (due time, bytes)
    qint64 queued = 0;
    double tokens = 0;
    qint64 refilledAt = -1;
    bool sourceGone = false;
    bool closedDestination = false;
};

/// Aborts with RST (linger 0) rather than FIN where the platform allows: a reset, not a close.
void hardAbort(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    if (socket->socketDescriptor() != -1) {
        const linger hard {1, 0};
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    }
#endif
    socket->abort();
}

} // namespace

/// Lives on the proxy thread; owns the listening socket and every link.
class FaultProxyCore : public QObject {
public:
    std::atomic<qint64> connections {0}, bytesUp {0}, bytesDown {0}, resets {0}, linksReset {0}, blackholes {0},
        latencies {0}, slicings {0}, throttles {0};
    std::atomic<int> openLinks {0};
    std::atomic<quint16> listeningPort {0};

    explicit FaultProxyCore(quint16 upstream)
        : m_upstreamPort(upstream)
    {
        m_clock.start();
    }

    bool listen(quint16 port)
    {
        m_server = new QTcpServer(this);
        QObject::connect(m_server, &QTcpServer::newConnection, this, [this] { acceptAll(); });
        if (!m_server->listen(QHostAddress::LocalHost, port))
            return false;
        listeningPort = m_server->serverPort();
        return true;
    }

    void setUpstreamPort(quint16 port) { m_upstreamPort = port; }
    qint64 now() const { return m_clock.elapsed(); }
    /// FaultProxy::Direction bits that carry nothing now.
    int blackholed() const { return m_blackhole; }
    const Shaping &shaping(bool upstream) const { return m_shaping[upstream ? 0 : 1]; }

    void reset();
    void setBlackhole(int directions)
    {
        if (directions & ~m_blackhole)
            ++blackholes;
        m_blackhole = directions;
        pumpAll();
    }
    template<typename Change> void shape(int direction, Change change)
    {
        if (direction & FaultProxy::Upstream)
            change(m_shaping[0]);
        if (direction & FaultProxy::Downstream)
            change(m_shaping[1]);
        pumpAll();
    }
    void clearFaults()
    {
        m_shaping[0] = m_shaping[1] = Shaping {};
        setBlackhole(0);
        pumpAll();
    }

private:
    void acceptAll();
    void pumpAll();

    QTcpServer *m_server = nullptr;
    quint16 m_upstreamPort;
    QElapsedTimer m_clock;
    int m_blackhole = 0;
    Shaping m_shaping[2]; ///< [0] client -> server, [1] server -> client
};

namespace {

/// One accepted connection and its upstream connection.
class Link : public QObject {
public:
    Link(FaultProxyCore *core, QTcpSocket *client, quint16 upstreamPort)
        : QObject(core)
        , m_core(core)
        , m_client(client)
        , m_upstream(new QTcpSocket(this))
    {
        client->setParent(this);
        for (QTcpSocket *socket : {m_client, m_upstream}) {
            socket->setReadBufferSize(kMaxQueued);
            QObject::connect(socket, &QTcpSocket::readyRead, this, &Link::pump);
            QObject::connect(socket, &QTcpSocket::disconnected, this, [this, socket] { sourceGone(socket); });
            QObject::connect(socket, &QTcpSocket::errorOccurred, this, [this, socket] {
                if (socket->state() == QAbstractSocket::UnconnectedState)
                    sourceGone(socket);
            });
        }
        QObject::connect(m_upstream, &QTcpSocket::connected, this, [this] {
            m_upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            pump();
        });
        m_client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        m_up.from = m_down.to = m_client;
        m_up.to = m_down.from = m_upstream;
        m_up.delivered = &core->bytesUp;
        m_down.delivered = &core->bytesDown;
        m_timer.setSingleShot(true);
        QObject::connect(&m_timer, &QTimer::timeout, this, &Link::pump);
        ++core->openLinks;
        m_upstream->connectToHost(QHostAddress::LocalHost, upstreamPort);
        pump();
    }

    ~Link() override { --m_core->openLinks; }

    void abortBoth()
    {
        m_dead = true;
        hardAbort(m_client);
        hardAbort(m_upstream);
        deleteLater();
    }

    void pump()
    {
        // write() and abort() may emit disconnected() synchronously, which pumps again: never
        // inside pumpPipe (it holds a reference into the queue); loop instead.
        if (m_pumping) {
            m_again = true;
            return;
        }
        m_pumping = true;
        do {
            m_again = false;
            pumpOnce();
        } while (m_again && !m_dead);
        m_pumping = false;
    }

private:
    void pumpOnce()
    {
        if (m_dead)
            return;
        // A black-holed direction neither moves bytes nor passes a close on.
        const int dark = m_core->blackholed();
        const qint64 up = (dark & FaultProxy::Upstream) ? -1 : pumpPipe(m_up, m_core->shaping(true));
        const qint64 down = (dark & FaultProxy::Downstream) ? -1 : pumpPipe(m_down, m_core->shaping(false));
        const qint64 wake = up < 0 ? down : (down < 0 ? up : std::min(up, down)); // -1: no wish
        if (m_client->state() == QAbstractSocket::UnconnectedState
            && m_upstream->state() == QAbstractSocket::UnconnectedState) {
            m_dead = true;
            deleteLater();
            return;
        }
        if (wake >= 0 && (!m_timer.isActive() || m_timer.remainingTime() > wake))
            m_timer.start(int(wake));
    }

    void sourceGone(QTcpSocket *socket)
    {
        (socket == m_client ? m_up : m_down).sourceGone = true;
        pump(); // a dark direction passes nothing on: the other side learns when it clears
    }

    /// Moves what it can; returns ms until it wants to run again, or -1.
    qint64 pumpPipe(Pipe &pipe, const Shaping &shaping)
    {
        const qint64 now = m_core->now();
        while (pipe.queued < kMaxQueued && pipe.from->bytesAvailable() > 0) {
            QByteArray data = pipe.from->read(kMaxQueued - pipe.queued);
            if (data.isEmpty())
                break;
            pipe.queued += data.size();
            pipe.queue.emplace_back(now + shaping.latencyMs, std::move(data));
        }
        if (pipe.to->state() == QAbstractSocket::UnconnectedState) {
            // The destination is gone (refused, closed or reset): nobody to deliver to. The other
            // pipe, whose source it is, passes the close on once it delivered what it holds.
            pipe.queue.clear();
            pipe.queued = 0;
            pipe.closedDestination = true;
            return -1;
        }
        if (pipe.to->state() != QAbstractSocket::ConnectedState)
            return -1; // still connecting: connected() pumps again
        if (shaping.bytesPerSecond > 0) {
            if (pipe.refilledAt >= 0)
                pipe.tokens += double(shaping.bytesPerSecond) * double(now - pipe.refilledAt) / 1000.0;
            // Bursts up to a quarter second: a proxy thread delayed by a busy machine catches up.
            pipe.tokens = std::min(pipe.tokens, std::max(double(shaping.bytesPerSecond) / 4.0, 1.0));
            pipe.refilledAt = now;
        } else {
            pipe.refilledAt = -1;
        }
        while (!pipe.queue.empty() && pipe.queue.front().first <= now) {
            QByteArray &head = pipe.queue.front().second;
            qint64 n = head.size();
            if (shaping.sliceBytes > 0)
                n = std::min<qint64>(n, shaping.sliceBytes);
            if (shaping.bytesPerSecond > 0)
                n = std::min<qint64>(n, qint64(pipe.tokens));
            if (n <= 0)
                return kThrottleTickMs;
            pipe.to->write(head.constData(), n);
            pipe.to->flush();
            *pipe.delivered += n;
            pipe.queued -= n;
            if (shaping.bytesPerSecond > 0)
                pipe.tokens -= double(n);
            head.remove(0, n);
            if (head.isEmpty())
                pipe.queue.pop_front();
            if (shaping.sliceBytes > 0 && !pipe.queue.empty())
                return kSliceGapMs; // one piece at a time, so the peer reads them apart
        }
        if (!pipe.queue.empty())
            return std::max<qint64>(0, pipe.queue.front().first - now);
        if (pipe.sourceGone && pipe.from->bytesAvailable() == 0 && !pipe.closedDestination) {
            pipe.closedDestination = true;
            pipe.to->disconnectFromHost(); // after what was written: a close, passed on in order
        }
        if (pipe.from->bytesAvailable() > 0)
            return 0; // the queue was full: read more on the next turn
        return -1;
    }

    FaultProxyCore *m_core;
    QTcpSocket *m_client;
    QTcpSocket *m_upstream;
    Pipe m_up;
    Pipe m_down;
    QTimer m_timer;
    bool m_dead = false;
    bool m_pumping = false;
    bool m_again = false;
};

} // namespace

void FaultProxyCore::acceptAll()
{
    while (QTcpSocket *client = m_server->nextPendingConnection()) {
        ++connections;
        new Link(this, client, m_upstreamPort);
    }
}

void FaultProxyCore::pumpAll()
{
    for (QObject *child : children()) {
        if (auto *link = dynamic_cast<Link *>(child))
            link->pump();
    }
}

void FaultProxyCore::reset()
{
    ++resets;
    for (QObject *child : children()) {
        if (auto *link = dynamic_cast<Link *>(child)) {
            ++linksReset;
            link->abortBoth();
        }
    }
}

namespace {

/// Runs `work` on the proxy thread and waits for it (the facade is called from other threads).
template<typename Work> void onProxyThread(FaultProxyCore *core, Work &&work)
{
    QMetaObject::invokeMethod(core, std::forward<Work>(work), Qt::BlockingQueuedConnection);
}

} // namespace

FaultProxy::FaultProxy(quint16 upstreamPort)
    : m_core(new FaultProxyCore(upstreamPort))
{
    m_thread.setObjectName(QStringLiteral("fault-proxy"));
    m_core->moveToThread(&m_thread);
    m_thread.start();
}

FaultProxy::~FaultProxy()
{
    onProxyThread(m_core, [core = m_core] { delete core; });
    m_thread.quit();
    m_thread.wait();
}

bool FaultProxy::start(quint16 port)
{
    bool ok = false;
    onProxyThread(m_core, [&] { ok = m_core->listen(port); });
    return ok;
}

quint16 FaultProxy::port() const
{
    return m_core->listeningPort;
}

void FaultProxy::setUpstreamPort(quint16 port)
{
    onProxyThread(m_core, [this, port] { m_core->setUpstreamPort(port); });
}

void FaultProxy::reset()
{
    onProxyThread(m_core, [this] { m_core->reset(); });
}

void FaultProxy::setBlackhole(bool on, Direction direction)
{
    onProxyThread(m_core, [this, on, direction] { m_core->setBlackhole(on ? int(direction) : 0); });
}

void FaultProxy::setLatency(int ms, Direction direction)
{
    m_core->latencies += ms > 0 ? 1 : 0;
    onProxyThread(m_core, [=, this] { m_core->shape(direction, [ms](Shaping &s) { s.latencyMs = std::max(ms, 0); }); });
}

void FaultProxy::setSlicing(int bytes, Direction direction)
{
    m_core->slicings += bytes > 0 ? 1 : 0;
    onProxyThread(
        m_core, [=, this] { m_core->shape(direction, [bytes](Shaping &s) { s.sliceBytes = std::max(bytes, 0); }); });
}

void FaultProxy::setBandwidth(qint64 bytesPerSecond, Direction direction)
{
    m_core->throttles += bytesPerSecond > 0 ? 1 : 0;
    const qint64 rate = std::max<qint64>(0, bytesPerSecond);
    onProxyThread(m_core, [=, this] { m_core->shape(direction, [rate](Shaping &s) { s.bytesPerSecond = rate; }); });
}

void FaultProxy::clearFaults()
{
    onProxyThread(m_core, [this] { m_core->clearFaults(); });
}

FaultProxy::Counters FaultProxy::counters() const
{
    Counters c;
    c.connections = m_core->connections;
    c.bytesUpstream = m_core->bytesUp;
    c.bytesDownstream = m_core->bytesDown;
    c.resets = m_core->resets;
    c.linksReset = m_core->linksReset;
    c.blackholes = m_core->blackholes;
    c.latencies = m_core->latencies;
    c.slicings = m_core->slicings;
    c.throttles = m_core->throttles;
    return c;
}

int FaultProxy::openLinks() const
{
    return m_core->openLinks;
}

} // namespace pilothouse::testing
