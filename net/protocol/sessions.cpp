#include "sessions.h"

#include "domaincodec.h"
#include "jsondom.h"

namespace pilothouse::protocol {
namespace {

using detail::Path;
using detail::Reader;
using nlohmann::json;

bool decodeSession(Reader &r, const json &o, const Path &p, SessionInfo &out)
{
    return detail::readString(r, o, p, "id", out.id, true) && detail::readString(r, o, p, "user", out.user, true)
        && detail::readOptionalString(r, o, p, "device", out.device)
        && detail::readOptionalString(r, o, p, "address", out.address)
        && detail::readInt64(r, o, p, "createdAt", out.createdAt, 0)
        && detail::readInt64(r, o, p, "lastSeen", out.lastSeen, 0)
        && detail::readInt64(r, o, p, "expiresAt", out.expiresAt, 0)
        && detail::readBool(r, o, p, "current", out.current) && detail::readBool(r, o, p, "live", out.live);
}

} // namespace

std::string encode(const SessionList &body)
{
    json list = json::array();
    for (const SessionInfo &s : body.sessions) {
        list.push_back(
            {{"id", s.id}, {"user", s.user}, {"device", s.device}, {"address", s.address}, {"createdAt", s.createdAt},
                {"lastSeen", s.lastSeen}, {"expiresAt", s.expiresAt}, {"current", s.current}, {"live", s.live}});
    }
    return encodeJson({{"sessions", std::move(list)}});
}

Decoded<SessionList> decodeSessionList(std::string_view text)
{
    json root;
    DecodeError error;
    if (!detail::parseJson(text, root, error))
        return error;
    return detail::decodeRoot<SessionList>(root, "body", [](Reader &r, const json &o, const Path &p, SessionList &out) {
        const json *list = detail::readArray(r, o, p, "sessions");
        return list && detail::readObjects(r, *list, p.member("sessions"), out.sessions, decodeSession);
    });
}

} // namespace pilothouse::protocol
