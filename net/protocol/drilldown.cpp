#include "drilldown.h"

#include "domaincodec.h"
#include "jsondom.h"

namespace pilothouse::protocol {
namespace {

using detail::Path;
using detail::Reader;
using nlohmann::json;

bool decodeConversation(Reader &r, const json &o, const Path &p, FactsConversation &out)
{
    return detail::readString(r, o, p, "id", out.id, true) && detail::readString(r, o, p, "customerId", out.customerId)
        && detail::readInt64(r, o, p, "createdAt", out.createdAt, 0)
        && detail::readEnum(r, o, p, "channel", out.channel, channelFromString, "a channel")
        && detail::readEnum(r, o, p, "kind", out.kind, kindFromString, "a conversation kind")
        && detail::readString(r, o, p, "intent", out.intent)
        && detail::readEnum(r, o, p, "status", out.status, statusFromString, "a conversation status")
        && detail::readString(r, o, p, "outcome", out.outcome, true)
        && detail::readBool(r, o, p, "handedOff", out.handedOff);
}

} // namespace

std::string encode(const FactsConversations &body)
{
    json list = json::array();
    for (const FactsConversation &c : body.conversations) {
        list.push_back({{"id", c.id}, {"customerId", c.customerId}, {"createdAt", c.createdAt},
            {"channel", std::string(toString(c.channel))}, {"kind", std::string(toString(c.kind))},
            {"intent", c.intent}, {"status", std::string(toString(c.status))}, {"outcome", c.outcome},
            {"handedOff", c.handedOff}});
    }
    return encodeJson(
        {{"asOf", body.asOf}, {"metric", body.metric}, {"side", body.side}, {"membership", body.membership},
            {"total", body.total}, {"truncated", body.truncated}, {"conversations", std::move(list)}});
}

Decoded<FactsConversations> decodeFactsConversations(std::string_view text)
{
    json root;
    DecodeError error;
    if (!detail::parseJson(text, root, error))
        return error;
    return detail::decodeRoot<FactsConversations>(
        root, "body", [](Reader &r, const json &o, const Path &p, FactsConversations &out) {
            if (!detail::readInt64(r, o, p, "asOf", out.asOf, 0)
                || !detail::readString(r, o, p, "metric", out.metric, true)
                || !detail::readString(r, o, p, "side", out.side, true)
                || !detail::readString(r, o, p, "membership", out.membership, true)
                || !detail::readInt64(r, o, p, "total", out.total, 0)
                || !detail::readBool(r, o, p, "truncated", out.truncated))
                return false;
            const json *list = detail::readArray(r, o, p, "conversations");
            return list
                && detail::readObjects(r, *list, p.member("conversations"), out.conversations, decodeConversation);
        });
}

} // namespace pilothouse::protocol
