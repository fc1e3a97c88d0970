#pragma once
// A WebSocket server written on a bare QTcpServer, so a test can send what QWebSocketServer never
// would: text frames that are not UTF-8, binary frames, oversized messages, floods. It completes
// the RFC 6455 handshake, reads the client's (masked) frames, and records close codes.

#include "protocol/codec.h"

#include <QCryptographicHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtEndian>

#include <functional>

class RawWebSocketServer : public QObject {
public:
    enum Opcode : quint8 { Continuation = 0x0, Text = 0x1, Binary = 0x2, Close = 0x8, Ping = 0x9, Pong = 0xA };

    RawWebSocketServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                m_client = socket;
                m_buffer.clear();
                m_handshaken = false;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    ++disconnects;
                    if (socket == m_client)
                        m_client = nullptr;
                    socket->deleteLater();
                });
            }
        });
    }

    quint16 port() const { return m_server.serverPort(); }

    /// One unmasked, unfragmented frame to the current client.
    void sendFrame(Opcode opcode, const QByteArray &payload) { sendFrame(opcode, payload, true); }

    enum class Cuts { AnyByte, CharacterBoundaries };
    /// One text message split into frames of about `fragmentBytes` each. With AnyByte the cuts
    /// fall wherever the bytes say, inside a UTF-8 sequence too; otherwise each cut moves back
    /// to the start of the character it would split.
    void sendFragmented(const QByteArray &utf8, qsizetype fragmentBytes, Cuts cuts = Cuts::CharacterBoundaries)
    {
        qsizetype at = 0;
        do {
            qsizetype end = std::min(at + fragmentBytes, utf8.size());
            while (cuts == Cuts::CharacterBoundaries && end < utf8.size() && end > at + 1
                && (uchar(utf8.at(end)) & 0xC0) == 0x80)
                --end; // a continuation byte: the character started earlier
            sendFrame(at == 0 ? Text : Continuation, utf8.mid(at, end - at), end == utf8.size());
            at = end;
        } while (at < utf8.size());
    }

private:
    void sendFrame(quint8 opcode, const QByteArray &payload, bool final)
    {
        if (!m_client)
            return;
        QByteArray frame;
        frame.append(char((final ? 0x80 : 0x00) | opcode));
        if (payload.size() < 126) {
            frame.append(char(payload.size()));
        } else if (payload.size() < 65536) {
            frame.append(char(126));
            frame.append(char((payload.size() >> 8) & 0xff)).append(char(payload.size() & 0xff));
        } else {
            frame.append(char(127));
            for (int shift = 56; shift >= 0; shift -= 8)
                frame.append(char((quint64(payload.size()) >> shift) & 0xff));
        }
        frame.append(payload);
        m_client->write(frame);
    }

public:
    void sendText(const QByteArray &utf8) { sendFrame(Text, utf8); }
    void send(const pilothouse::protocol::ServerFrame &frame)
    {
        sendText(QByteArray::fromStdString(pilothouse::protocol::encode(frame)));
    }
    bool connected() const { return m_client && m_handshaken; }

    QList<pilothouse::protocol::Hello> hellos;
    QList<int> closeCodes; ///< Close codes the client sent, in order.
    int pongs = 0;
    QList<qint64> pongTimes; ///< The `t` of every pong, in order.
    int commands = 0;
    int disconnects = 0;
    std::function<void()> onHello; ///< Runs after each hello (send the welcome and the case).

private:
    void onReadyRead(QTcpSocket *socket)
    {
        if (socket != m_client)
            return;
        m_buffer.append(socket->readAll());
        if (!m_handshaken) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QByteArray request = m_buffer.left(end);
            m_buffer.remove(0, end + 4);
            QByteArray key;
            for (const QByteArray &line : request.split('\n')) {
                if (line.toLower().startsWith("sec-websocket-key:"))
                    key = line.mid(18).trimmed();
            }
            const QByteArray accept = QCryptographicHash::hash(
                QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"), QCryptographicHash::Sha1)
                                          .toBase64();
            socket->write("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                          "Sec-WebSocket-Accept: "
                + accept + "\r\n\r\n");
            m_handshaken = true;
        }
        while (parseFrame(socket)) { }
    }

    bool parseFrame(QTcpSocket *socket)
    {
        if (m_buffer.size() < 2)
            return false;
        const auto *bytes = reinterpret_cast<const uchar *>(m_buffer.constData());
        const quint8 opcode = bytes[0] & 0x0f;
        const bool masked = bytes[1] & 0x80;
        quint64 length = bytes[1] & 0x7f;
        qsizetype offset = 2;
        if (length == 126) {
            if (m_buffer.size() < 4)
                return false;
            length = qFromBigEndian<quint16>(bytes + 2);
            offset = 4;
        } else if (length == 127) {
            if (m_buffer.size() < 10)
                return false;
            length = qFromBigEndian<quint64>(bytes + 2);
            offset = 10;
        }
        const qsizetype maskOffset = offset;
        if (masked)
            offset += 4;
        if (quint64(m_buffer.size()) < quint64(offset) + length)
            return false;
        QByteArray payload = m_buffer.mid(offset, qsizetype(length));
        if (masked) {
            for (qsizetype i = 0; i < payload.size(); ++i)
                payload[i] = char(payload[i] ^ m_buffer[maskOffset + (i % 4)]);
        }
        m_buffer.remove(0, offset + qsizetype(length));
        if (opcode == Close) {
            closeCodes.append(payload.size() >= 2 ? qFromBigEndian<quint16>(payload.constData()) : 1005);
            sendFrame(Close, payload.left(2)); // echo, then let the client drop the TCP link
            return true;
        }
        if (opcode == Ping) {
            sendFrame(Pong, payload);
            return true;
        }
        if (opcode != Text)
            return true;
        auto decoded = pilothouse::protocol::decodeClientFrame(payload.toStdString());
        if (!decoded)
            return true;
        if (auto *hello = std::get_if<pilothouse::protocol::Hello>(&decoded.value())) {
            hellos.append(*hello);
            if (onHello)
                onHello();
        } else if (auto *pong = std::get_if<pilothouse::protocol::Pong>(&decoded.value())) {
            ++pongs;
            pongTimes.append(pong->t);
        } else if (std::holds_alternative<pilothouse::protocol::Command>(decoded.value())) {
            ++commands;
        }
        Q_UNUSED(socket)
        return true;
    }

    QTcpServer m_server;
    QTcpSocket *m_client = nullptr;
    QByteArray m_buffer;
    bool m_handshaken = false;
};
