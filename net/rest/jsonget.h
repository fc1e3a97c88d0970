#pragma once
// An authorised GET whose 200 body is one protocol document, for the REST clients that read a list
// (the conversations behind a figure, the audit log). Runs on a worker thread: it blocks, wipes the
// token it sent, logs what went wrong under `what`, and says which failure the caller should put
// in its own words.

#include "log/log.h"
#include "rest/httppost.h"

#include <optional>
#include <string>
#include <string_view>

namespace pilothouse::net {

template<typename Body> struct JsonGet {
    enum class Failure {
        None, ///< `body` holds the decoded answer.
        NoAnswer, ///< The server could not be reached (offline).
        Unauthorized, ///< 401: the session's token is no longer accepted.
        Forbidden, ///< 403: this user may not read it.
        Unreadable, ///< Another status, or a body that did not decode.
    };
    Failure failure = Failure::None;
    long status = 0;
    std::optional<Body> body {};
};

/// GETs `request` and decodes a 200 body with `decode(std::string_view)` (a protocol Decoded<Body>).
template<typename Body, typename Decode> JsonGet<Body> getJson(HttpPost request, Decode decode, const char *what)
{
    auto logger = pilothouse::log::get("net");
    HttpReply reply;
    try {
        reply = postJson(request);
    } catch (const std::exception &error) {
        logger->error("{} could not be asked for: {}", what, error.what());
    }
    std::fill(request.bearerToken.begin(), request.bearerToken.end(), '\0');
    JsonGet<Body> out;
    out.status = reply.status;
    using Failure = typename JsonGet<Body>::Failure;
    if (reply.failure != HttpReply::Failure::None || reply.status == 0) {
        logger->warn("{} could not be fetched: {}", what, reply.curlMessage);
        out.failure = Failure::NoAnswer;
    } else if (reply.status == 401) {
        out.failure = Failure::Unauthorized;
    } else if (reply.status == 403) {
        out.failure = Failure::Forbidden;
    } else {
        auto decoded = decode(std::string_view(reply.body.constData(), std::size_t(reply.body.size())));
        if (reply.status != 200 || !decoded) {
            logger->warn(
                "{} (HTTP {}) did not read: {}", what, reply.status, decoded ? std::string() : decoded.error().message);
            out.failure = Failure::Unreadable;
        } else {
            out.body = std::move(decoded.value());
        }
    }
    return out;
}

} // namespace pilothouse::net
