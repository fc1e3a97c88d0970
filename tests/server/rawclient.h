#pragma once
// A WebSocket client on a bare QTcpSocket that writes a message frame by frame, with a pause
// between frames, and reads nothing until it has written everything: the way a client that is
// busy sending meets a server that refuses its message. It records whether any write failed
// (the connection was reset under it) and, afterwards, every frame the server had sent.

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTest>
#include <QtEndian>

#include <optional>

class SlowRawClient {
public:
    struct Received {
        QList<QByteArray> texts; ///< Text messages (unfragmented, as the server sends small ones).
        std::optional<int> closeCode; ///< From the server's close frame, if one arrived.
    };

    bool connectTo(quint16 port)
    {
        m_socket.connectToHost(QStringLiteral("127.0.0.1"), port);
        if (!m_socket.waitForConnected(5000))
            return false;
        const QByteArray key = QByteArray::number(QRandomGenerator::global()->generate64()).toBase64();
        m_socket.write("GET /api/v1/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                       "Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: "
            + key + "\r\n\r\n");
        while (!m_buffer.contains("\r\n\r\n")) {
            if (!m_socket.waitForReadyRead(5000))
                return false;
            m_buffer.append(m_socket.readAll());
        }
        const bool upgraded = m_buffer.startsWith("HTTP/1.1 101");
        m_buffer.remove(0, m_buffer.indexOf("\r\n\r\n") + 4);
        return upgraded;
    }

    /// Writes `utf8` as one text message in frames of `fragmentBytes`, pausing `pauseMs` after
    /// each. Returns false as soon as a write fails.
    bool sendSlowly(const QByteArray &utf8, qsizetype fragmentBytes, int pauseMs)
    {
        for (qsizetype at = 0; at < utf8.size(); at += fragmentBytes) {
            const bool last = at + fragmentBytes >= utf8.size();
            writeFrame(at == 0 ? 0x1 : 0x0, utf8.mid(at, fragmentBytes), last);
            if (!m_socket.waitForBytesWritten(5000) && m_socket.bytesToWrite() > 0)
                return false;
            if (m_socket.state() != QAbstractSocket::ConnectedState
                || m_socket.error() != QAbstractSocket::UnknownSocketError)
                return false;
            QTest::qSleep(pauseMs); // no event loop: nothing is read meanwhile
        }
        return true;
    }

    /// Reads until the server closes the connection (or `timeoutMs`), then parses what came.
    Received readUntilClosed(int timeoutMs = 15000)
    {
        QElapsedTimer timer;
        timer.start();
        while (m_socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < timeoutMs) {
            m_socket.waitForReadyRead(100);
            m_buffer.append(m_socket.readAll());
        }
        m_buffer.append(m_socket.readAll());
        Received received;
        while (m_buffer.size() >= 2) {
            const auto *bytes = reinterpret_cast<const uchar *>(m_buffer.constData());
            const quint8 opcode = bytes[0] & 0x0f;
            quint64 length = bytes[1] & 0x7f;
            qsizetype offset = 2;
            if (length == 126 && m_buffer.size() >= 4) {
                length = qFromBigEndian<quint16>(bytes + 2);
                offset = 4;
            } else if (length == 127 && m_buffer.size() >= 10) {
                length = qFromBigEndian<quint64>(bytes + 2);
                offset = 10;
            }
            if (quint64(m_buffer.size()) < quint64(offset) + length)
                break;
            const QByteArray payload = m_buffer.mid(offset, qsizetype(length));
            m_buffer.remove(0, offset + qsizetype(length));
            if (opcode == 0x1)
                received.texts.append(payload);
            else if (opcode == 0x8 && payload.size() >= 2)
                received.closeCode = qFromBigEndian<quint16>(payload.constData());
        }
        return received;
    }

private:
    void writeFrame(quint8 opcode, const QByteArray &payload, bool final)
    {
        QByteArray frame;
        frame.append(char((final ? 0x80 : 0x00) | opcode));
        if (payload.size() < 126) {
            frame.append(char(0x80 | payload.size()));
        } else if (payload.size() < 65536) {
            frame.append(char(0x80 | 126));
            frame.append(char((payload.size() >> 8) & 0xff)).append(char(payload.size() & 0xff));
        } else {
            frame.append(char(0x80 | 127));
            for (int shift = 56; shift >= 0; shift -= 8)
                frame.append(char((quint64(payload.size()) >> shift) & 0xff));
        }
        const quint32 mask = QRandomGenerator::global()->generate();
        char key[4];
        qToBigEndian(mask, key);
        frame.append(key, 4);
        for (qsizetype i = 0; i < payload.size(); ++i)
            frame.append(char(payload[i] ^ key[i % 4]));
        m_socket.write(frame);
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
};
