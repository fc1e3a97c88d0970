#pragma once
// One blocking HTTPS request over libcurl: a JSON POST (sign-in), an authorised GET (facts, the
// cost model), PUT (saving the cost model), PATCH (changing a user) or DELETE (ending a session).
// Runs on a worker thread only (never the GUI thread).

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <chrono>
#include <string>

namespace pilothouse::net {

/// A request for postJson(). The body is borrowed, not copied, so the caller can wipe it.
struct HttpPost {
    std::string url;
    const QByteArray *body = nullptr;
    QString caFile; ///< Extra CA bundle; empty = the system store.
    std::chrono::milliseconds connectTimeout = std::chrono::seconds(10);
    std::chrono::milliseconds totalTimeout = std::chrono::seconds(30);
    std::size_t maxResponseBytes = 1024 * 1024;
    bool get = false; ///< GET instead of POST (the body is ignored).
    bool put = false; ///< PUT instead of POST, with the body.
    bool del = false; ///< DELETE (the body is ignored).
    bool patch = false; ///< PATCH instead of POST, with the body.
    std::string bearerToken; ///< Sent as "Authorization: Bearer ..." when not empty.
};

/// What came back: a transport failure (`curlCode` != 0) or an HTTP status and body.
struct HttpReply {
    enum class Failure { None, Network, Tls, TooLarge };
    Failure failure = Failure::None;
    int curlCode = 0;
    std::string curlMessage; ///< curl's own words, for the log and the detail of a message.
    long status = 0;
    QByteArray body;
};

/// Initialises libcurl once per process (curl_global_init is not thread-safe: call it early,
/// from the thread that creates the first client).
void ensureCurlInitialised();

HttpReply postJson(const HttpPost &request);

/// The endpoint `path` ("/api/v1/login") under a base address such as
/// https://pilothouse.example.com:8443/prefix/, or an empty URL when the base is not http(s).
QUrl apiUrl(const QUrl &server, const QString &path);

} // namespace pilothouse::net
