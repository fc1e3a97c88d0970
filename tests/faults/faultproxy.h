#pragma once
// A TCP fault proxy for tests: listens on 127.0.0.1 and forwards every accepted connection to an
// upstream port on 127.0.0.1, while the test injects network faults between the two ends. It runs
// on its own thread, so it keeps forwarding while the test thread blocks (QTest::qWaitFor, a
// blocking queued call into the console's io thread, reading SQLite...).
//
// Faults (each until cleared; clearFaults() returns to plain pass-through):
// - reset(): aborts both sides of every current connection (RST both ways).
// - blackhole: forwards nothing, both ways (a half-open link) or one way, and keeps every socket
//   open, like a path that silently drops packets. A dark direction passes no close on either.
//   Connections accepted meanwhile are black-holed too. When it clears, buffered bytes flow again
//   (TCP would retransmit them) and a side that went away meanwhile closes the other.
// - latency: every chunk is held this long before it is forwarded (order kept).
// - slicing: chunks are written in pieces of at most N bytes, 1 ms apart, with TCP_NODELAY, so a
//   WebSocket frame reaches the peer split across reads (this also caps the rate at N kB/s).
// - bandwidth: at most N bytes per second are forwarded (token bucket, 10 ms ticks, bursts of 1/4 s).
// Latency, slicing and bandwidth apply per direction.

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace pilothouse::testing {

class FaultProxyCore;

/// Thread-safe facade: every method may be called from any thread but the proxy's own.
class FaultProxy {
public:
    enum Direction { Upstream = 1, Downstream = 2, Both = Upstream | Downstream };

    /// Running totals since start(); faults count each call that injected something.
    struct Counters {
        qint64 connections = 0; ///< Accepted client connections.
        qint64 bytesUpstream = 0; ///< Bytes delivered to the server.
        qint64 bytesDownstream = 0; ///< Bytes delivered to the client.
        qint64 resets = 0; ///< reset() calls (each aborting whatever was open).
        qint64 linksReset = 0; ///< Connections those resets aborted.
        qint64 blackholes = 0;
        qint64 latencies = 0;
        qint64 slicings = 0;
        qint64 throttles = 0;
    };

    explicit FaultProxy(quint16 upstreamPort);
    ~FaultProxy();
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    /// Starts listening on 127.0.0.1:`port` (0 picks a free one). Returns false if it cannot.
    bool start(quint16 port = 0);
    quint16 port() const;
    /// Where the next connections go (the server restarted elsewhere). Open ones stay.
    void setUpstreamPort(quint16 port);

    void reset();
    /// Both ways by default (a half-open link); one direction models a lost ack or a lost request.
    /// Off clears it in every direction.
    void setBlackhole(bool on, Direction direction = Both);
    void setLatency(int ms, Direction direction = Both);
    void setSlicing(int bytes, Direction direction = Both);
    void setBandwidth(qint64 bytesPerSecond, Direction direction = Both);
    /// Back to pass-through: no blackhole, latency, slicing or bandwidth limit.
    void clearFaults();

    Counters counters() const;
    /// Connections currently open (both sides or either).
    int openLinks() const;

private:
    QThread m_thread;
    FaultProxyCore *m_core = nullptr; // lives on m_thread
};

} // namespace pilothouse::testing
