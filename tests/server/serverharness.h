#pragma once
// Test helpers for the real pilothouse-server (started with tests/common/serverprocess.h): sign in
// over REST and talk protocol v1 over a real QWebSocket.

#include "protocol/codec.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QWebSocket>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace testing {

struct HttpResult {
    int status = 0;
    QJsonObject body;
};
HttpResult httpPost(quint16 port, const QString &path, const QByteArray &body);
HttpResult httpGet(quint16 port, const QString &path);
/// Signs in and returns the token ("" on failure).
QString login(quint16 port, const QString &user, const QString &password);

/// A protocol client that records every decoded server frame and the close code.
class StreamClient {
public:
    StreamClient();
    bool connectTo(quint16 port, const QString &path = QStringLiteral("/api/v1/stream"));
    void send(const pilothouse::protocol::ClientFrame &frame);
    void sendRaw(const QString &text);
    void hello(const std::string &token, std::optional<pilothouse::protocol::Cursor> cursor = {},
        int protocolVersion = pilothouse::protocol::kProtocolVersion);
    /// Spins the event loop until `done` holds or `timeoutMs` passes.
    bool waitFor(const std::function<bool()> &done, int timeoutMs = 15000);
    bool waitForClose(int timeoutMs = 15000);

    const std::vector<pilothouse::protocol::ServerFrame> &frames() const { return m_frames; }
    std::optional<pilothouse::protocol::Welcome> welcome() const;
    /// Every event received (replayed or live), in arrival order.
    std::vector<pilothouse::protocol::Event> events() const;
    std::vector<pilothouse::protocol::Snapshot> snapshots() const;
    std::optional<pilothouse::protocol::Error> lastError() const;
    int closeCode() const { return m_closeCode; }
    bool closed() const { return m_closed; }
    int undecodable() const { return m_undecodable; }
    /// Splits every message this client sends into WebSocket frames of at most `bytes`.
    void setOutgoingFrameSize(quint64 bytes) { m_socket->setOutgoingFrameSize(bytes); }
    /// True once a pong echoing `t` arrived.
    bool hasPong(std::int64_t t) const;
    /// Answer server pings (true by default); false plays a silent, hung client.
    void setAnswerPings(bool answer) { m_answerPings = answer; }

private:
    std::unique_ptr<QWebSocket> m_socket;
    std::vector<pilothouse::protocol::ServerFrame> m_frames;
    int m_closeCode = -1;
    bool m_closed = false;
    int m_undecodable = 0;
    bool m_answerPings = true;
};

} // namespace testing
