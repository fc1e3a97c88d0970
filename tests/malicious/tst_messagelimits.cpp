// The announced message limit on the console's side (issue 10, docs/protocol.md "Limits"): the
// limit is the message's size in UTF-8 bytes however the server splits it into WebSocket frames.
// A bare-TCP server (rawserver.h) welcomes the real SessionWorker with the default limit of 1 MiB,
// then sends pings padded to exact sizes, cut into frames of 4, 16 and 64 KiB or sent whole, in
// ASCII and in text of 2-, 3- and 4-byte characters. A message at or below the limit is answered
// with a pong; one byte over is refused with 4009 and the console reconnects; a frame over twice
// the limit is refused by Qt itself with 1009. Qt 6.4 decodes each text frame on its own, so a
// frame that ends inside a UTF-8 sequence is refused with 1007: the last case pins that, which
// is why the protocol asks senders to cut at character boundaries (docs/protocol.md, Transport).

#include "rawserver.h"

#include "log/log.h"
#include "session/backoff.h"
#include "session/sessionworker.h"

#include <QTest>
#include <QWebSocketProtocol>

using namespace pilothouse;
using namespace std::chrono_literals;

namespace {

constexpr qsizetype kLimit = protocol::kDefaultMaxMessageBytes;

/// A ping frame of exactly `bytes` UTF-8 bytes, padded with ASCII or with multi-byte characters.
QByteArray paddedPing(qint64 t, qsizetype bytes, bool multiByte)
{
    const QByteArray head = R"({"type":"ping","t":)" + QByteArray::number(t) + R"(,"pad":")";
    const QByteArray tail = R"("})";
    qsizetype room = bytes - head.size() - tail.size();
    QByteArray pad;
    pad.reserve(room);
    if (multiByte) {
        // é (2 bytes), € (3), 😀 (4): a fixed frame size would cut inside one of them.
        const QByteArray pattern = QStringLiteral(u"é€😀").toUtf8();
        while (room - pad.size() >= pattern.size())
            pad.append(pattern);
    }
    pad.append(QByteArray(room - pad.size(), 'x'));
    const QByteArray frame = head + pad + tail;
    Q_ASSERT(frame.size() == bytes);
    return frame;
}

} // namespace

class TestMessageLimits : public QObject {
    Q_OBJECT

    RawWebSocketServer m_server;
    std::unique_ptr<net::SessionWorker> m_worker;
    protocol::Welcome m_welcome;
    qint64 m_nextT = 1;

    /// Sends one padded ping and waits for the console's answer: a pong, or a close code.
    /// Returns 0 for the pong, else the close code the console sent.
    int exchange(qsizetype bytes, qsizetype fragment, bool multiByte,
        RawWebSocketServer::Cuts cuts = RawWebSocketServer::Cuts::CharacterBoundaries)
    {
        // The previous case was refused: wait for the reconnect.
        if (!QTest::qWaitFor([&] { return m_server.connected(); }, 10000))
            return -3;
        const qsizetype hellos = m_server.hellos.size();
        const qsizetype closes = m_server.closeCodes.size();
        const qint64 t = m_nextT++;
        const QByteArray frame = paddedPing(t, bytes, multiByte);
        if (fragment > 0)
            m_server.sendFragmented(frame, fragment, cuts);
        else
            m_server.sendText(frame);
        const bool answered = QTest::qWaitFor(
            [&] { return m_server.pongTimes.contains(t) || m_server.closeCodes.size() > closes; }, 15000);
        if (!answered)
            return -1;
        if (m_server.pongTimes.contains(t))
            return 0;
        // Refused: the console comes back by itself, with a new hello.
        if (!QTest::qWaitFor([&] { return m_server.hellos.size() > hellos; }, 10000))
            return -2;
        return m_server.closeCodes.last();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_welcome.sessionId = "s-limits";
        m_welcome.user = {"ada", "Ada", "agent"};
        m_welcome.head = {"E1", 0};
        m_welcome.resume = protocol::ResumeMode::Replay;
        QCOMPARE(m_welcome.limits.maxMessageBytes, qint64(kLimit));
        m_server.onHello = [this] { m_server.send(m_welcome); };

        m_worker = std::make_unique<net::SessionWorker>();
        m_worker->setBackoff(net::Backoff(20ms, 100ms, [] { return 1.0; }));
        m_worker->start(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.port())), QStringLiteral("tok"));
        QTRY_COMPARE_WITH_TIMEOUT(m_server.hellos.size(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_server.connected(), 10000);
    }

    void cleanupTestCase() { m_worker.reset(); }

    void messagesUpToTheLimitArrive_data()
    {
        QTest::addColumn<qsizetype>("bytes");
        QTest::addColumn<qsizetype>("fragment");
        QTest::addColumn<bool>("multiByte");
        QTest::addColumn<int>("expected"); // 0 = answered, else the close code

        // 280 KB and 376,832 bytes: where the console used to refuse fragmented messages.
        const qsizetype sizes[]
            = {1024, 64 * 1024, 280'000, 376'832, 512 * 1024, kLimit - 1, kLimit, kLimit + 1, kLimit + 64 * 1024};
        for (const qsizetype fragment : {qsizetype(4096), qsizetype(16384), qsizetype(65536), qsizetype(0)}) {
            for (const bool multiByte : {false, true}) {
                for (const qsizetype bytes : sizes) {
                    const QByteArray name = QByteArray::number(bytes) + " bytes in "
                        + (fragment ? QByteArray::number(fragment / 1024) + " KiB frames" : QByteArray("one frame"))
                        + (multiByte ? ", multi-byte" : ", ascii");
                    QTest::newRow(name.constData()) << bytes << fragment << multiByte
                                                    << (bytes <= kLimit ? 0 : protocol::close_codes::MessageTooLarge);
                }
            }
        }
        // Over Qt's own cap (twice the limit) in one frame: Qt refuses it before reading it.
        QTest::newRow("over twice the limit in one frame")
            << 2 * kLimit + 1 << qsizetype(0) << false << int(QWebSocketProtocol::CloseCodeTooMuchData);
    }

    void messagesUpToTheLimitArrive()
    {
        QFETCH(qsizetype, bytes);
        QFETCH(qsizetype, fragment);
        QFETCH(bool, multiByte);
        QFETCH(int, expected);
        QCOMPARE(exchange(bytes, fragment, multiByte), expected);
    }

    void aFrameEndingInsideACharacterIsRefusedByQt()
    {
        // A limitation of Qt WebSockets (up to 6.8 at least), not of the protocol: pinned so a
        // Qt that lifts it is noticed. The reference server only sends ASCII, so it never cuts one.
        QCOMPARE(exchange(64 * 1024, 4096, true, RawWebSocketServer::Cuts::AnyByte),
            int(QWebSocketProtocol::CloseCodeWrongDatatype));
    }
};

QTEST_GUILESS_MAIN(TestMessageLimits)
#include "tst_messagelimits.moc"
