#pragma once
// pilothouse-loadserver's HTTP side (docs/protocol.md section 2): POST /api/v1/login for any user
// with the demo password, GET /api/v1/health, 404 with the protocol's error body for every other
// route, and the WebSocket at /api/v1/stream, one LoadSession per console.

#include "livelog.h"
#include "livetraffic.h"
#include "loadoptions.h"
#include "world.h"

#include "protocol/frames.h"

#include <QHttpServer>
#include <QObject>

#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace pilothouse::loadserver {

class LoadSession;

class LoadServer : public QObject {
    Q_OBJECT
public:
    explicit LoadServer(const LoadOptions &options, QObject *parent = nullptr);
    ~LoadServer() override;

    /// Listens and starts the live traffic; false with `error` set when it cannot listen.
    bool start(QString *error);
    quint16 port() const { return m_port; }

private:
    QHttpServerResponse login(const QHttpServerRequest &request);
    QHttpServerResponse health() const;
    void notServed(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void acceptSockets();
    std::optional<protocol::UserInfo> userForToken(const std::string &token) const;

    LoadOptions m_options;
    World m_world;
    LiveLog m_log;
    LiveTraffic m_traffic;
    QHttpServer m_http;
    quint16 m_port = 0;
    std::unordered_map<std::string, protocol::UserInfo> m_tokens; ///< Every token signed in since the start.
    std::vector<LoadSession *> m_sessions; ///< Children of this object.
    std::set<QString> m_notServed; ///< Routes already logged as not served.
};

} // namespace pilothouse::loadserver
