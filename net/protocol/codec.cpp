#include "codec.h"

#include "domaincodec.h"
#include "facts.h"
#include "jsondom.h"

namespace pilothouse::protocol {
namespace {

using detail::Path;
using detail::Reader;
using nlohmann::json;

// ---- Frame decoders (the tree is ours, so strings are moved out of it) --------------------------

bool decodeClientInfo(Reader &r, json &o, const Path &p, ClientInfo &out)
{
    return detail::readString(r, o, p, "name", out.name) && detail::readString(r, o, p, "version", out.version);
}

bool decodeHello(Reader &r, json &o, const Path &p, Hello &out)
{
    // protocol first: a server that cannot read the rest still learns which version spoke.
    if (!detail::readInt(r, o, p, "protocol", out.protocol, 1))
        return false;
    // Another version's hello is that version's business: the server only needs its number to
    // refuse it with unsupported_version (4002), not a v1 complaint about a missing field.
    if (out.protocol != kProtocolVersion)
        return true;
    json *client = detail::readObject(r, o, p, "client");
    if (!client || !decodeClientInfo(r, *client, p.member("client"), out.client)
        || !detail::readString(r, o, p, "token", out.token))
        return false;
    if (!detail::readOptionalInt64(r, o, p, "factsSince", out.factsSince, 0))
        return false;
    if (json *accept = detail::find(o, "accept"); accept && !accept->is_null()) {
        const Path at = p.member("accept");
        if (!detail::expectType(r, *accept, at, accept->is_array(), "array"))
            return false;
        for (std::size_t i = 0; i < accept->size(); ++i) {
            if (!detail::takeString(r, (*accept)[i], at.element(i), out.accept.emplace_back()))
                return false;
        }
    }
    json *cursor = detail::find(o, "cursor");
    if (!cursor || cursor->is_null())
        return true;
    if (!cursor->is_object())
        return r.fail(DecodeError::Code::NotAnObject, p.member("cursor"),
            "expected an object, got " + std::string(detail::typeName(*cursor)));
    return detail::decodeCursor(r, *cursor, p.member("cursor"), out.cursor.emplace());
}

bool decodeCommand(Reader &r, json &o, const Path &p, Command &out)
{
    if (!detail::readString(r, o, p, "id", out.id, true) || !detail::readString(r, o, p, "name", out.name, true))
        return false;
    json *args = detail::find(o, "args");
    if (!args || args->is_null()) {
        out.args = json::object();
        return true;
    }
    if (!args->is_object())
        return r.fail(DecodeError::Code::NotAnObject, p.member("args"),
            "expected an object, got " + std::string(detail::typeName(*args)));
    out.args = std::move(*args);
    return true;
}

template<typename T> bool decodeTime(Reader &r, json &o, const Path &p, T &out)
{
    return detail::readInt64(r, o, p, "t", out.t);
}

bool decodeWelcome(Reader &r, json &o, const Path &p, Welcome &out)
{
    if (!detail::readInt(r, o, p, "protocol", out.protocol, 1)
        || !detail::readString(r, o, p, "sessionId", out.sessionId, true))
        return false;
    json *user = detail::readObject(r, o, p, "user");
    if (!user || !detail::decodeUserInfo(r, *user, p.member("user"), out.user))
        return false;
    json *limits = detail::readObject(r, o, p, "limits");
    const Path l = p.member("limits");
    if (!limits || !detail::readInt64(r, *limits, l, "maxMessageBytes", out.limits.maxMessageBytes, 1)
        || !detail::readInt(r, *limits, l, "maxEventsPerFrame", out.limits.maxEventsPerFrame, 1))
        return false;
    json *heartbeat = detail::readObject(r, o, p, "heartbeat");
    const Path h = p.member("heartbeat");
    if (!heartbeat || !detail::readInt(r, *heartbeat, h, "intervalMs", out.heartbeat.intervalMs, 1)
        || !detail::readInt(r, *heartbeat, h, "idleTimeoutMs", out.heartbeat.idleTimeoutMs, 1))
        return false;
    json *server = detail::readObject(r, o, p, "server");
    if (!server || !decodeClientInfo(r, *server, p.member("server"), out.server))
        return false;
    json *head = detail::readObject(r, o, p, "head");
    if (!head || !detail::decodeCursor(r, *head, p.member("head"), out.head)
        || !detail::readInt64(r, o, p, "retentionSeconds", out.retentionSeconds, 0))
        return false;
    constexpr auto resumeFromString = [](std::string_view text) -> std::optional<ResumeMode> {
        if (text == "replay")
            return ResumeMode::Replay;
        if (text == "snapshot")
            return ResumeMode::Snapshot;
        return std::nullopt;
    };
    return detail::readEnum(r, o, p, "resume", out.resume,
        static_cast<std::optional<ResumeMode> (*)(std::string_view)>(resumeFromString), "replay or snapshot");
}

/// Optional like judgements: servers that predate ratings send none.
bool decodeSnapshotRatings(Reader &r, json &o, const Path &p, Snapshot &out)
{
    json *ratings = detail::find(o, "ratings");
    if (!ratings || ratings->is_null())
        return true;
    if (!ratings->is_array())
        return detail::expectType(r, *ratings, p.member("ratings"), false, "an array");
    return detail::readObjects(r, *ratings, p.member("ratings"), out.ratings, detail::decodeRating<json>);
}

/// Optional like judgements: servers that predate it send none.
bool decodeSnapshotTransitions(Reader &r, json &o, const Path &p, Snapshot &out)
{
    json *transitions = detail::find(o, "transitions");
    if (!transitions || transitions->is_null())
        return true;
    if (!transitions->is_array())
        return detail::expectType(r, *transitions, p.member("transitions"), false, "an array");
    return detail::readObjects(
        r, *transitions, p.member("transitions"), out.transitions, detail::decodeTransition<json>);
}

/// Optional like judgements: servers that predate configuration documents send none.
bool decodeSnapshotConfig(Reader &r, json &o, const Path &p, Snapshot &out)
{
    json *config = detail::find(o, "config");
    if (!config || config->is_null())
        return true;
    if (!config->is_array())
        return detail::expectType(r, *config, p.member("config"), false, "an array");
    return detail::readObjects(r, *config, p.member("config"), out.config, detail::decodeConfigPublished<json>);
}

bool decodeSnapshot(Reader &r, json &o, const Path &p, Snapshot &out)
{
    json *position = detail::readObject(r, o, p, "position");
    if (!position || !detail::decodeCursor(r, *position, p.member("position"), out.position)
        || !detail::readInt(r, o, p, "part", out.part, 0) || !detail::readBool(r, o, p, "final", out.final))
        return false;
    json *customers = detail::readArray(r, o, p, "customers");
    if (!customers
        || !detail::readObjects(r, *customers, p.member("customers"), out.customers, detail::decodeCustomer<json>))
        return false;
    json *conversations = detail::readArray(r, o, p, "conversations");
    if (!conversations
        || !detail::readObjects(
            r, *conversations, p.member("conversations"), out.conversations, detail::decodeConversation<json>))
        return false;
    json *messages = detail::readArray(r, o, p, "messages");
    if (!messages
        || !detail::readObjects(r, *messages, p.member("messages"), out.messages, detail::decodeMessage<json>))
        return false;
    // Optional: servers that predate it send none, and their clients keep the judgements they hold.
    json *judgements = detail::find(o, "judgements");
    if (judgements && !judgements->is_null()) {
        if (!judgements->is_array())
            return detail::expectType(r, *judgements, p.member("judgements"), false, "an array");
        if (!detail::readObjects(r, *judgements, p.member("judgements"), out.judgements, detail::decodeJudgement<json>))
            return false;
    }
    return decodeSnapshotRatings(r, o, p, out) && decodeSnapshotConfig(r, o, p, out)
        && decodeSnapshotTransitions(r, o, p, out);
}

bool decodeEvents(Reader &r, json &o, const Path &p, Events &out)
{
    json *events = detail::readArray(r, o, p, "events");
    return events && detail::readObjects(r, *events, p.member("events"), out.events, detail::decodeEvent<json>);
}

bool decodeAck(Reader &r, json &o, const Path &p, Ack &out)
{
    return detail::readString(r, o, p, "commandId", out.commandId, true)
        && detail::readInt64(r, o, p, "seq", out.seq, 0);
}

bool decodeNackDetails(Reader &r, json &o, const Path &p, Nack &out)
{
    json *details = detail::find(o, "details");
    if (!details || details->is_null()) {
        out.details = json::object();
        return true;
    }
    if (!details->is_object())
        return r.fail(DecodeError::Code::NotAnObject, p.member("details"),
            "expected an object, got " + std::string(detail::typeName(*details)));
    out.details = std::move(*details);
    return true;
}

bool decodeNack(Reader &r, json &o, const Path &p, Nack &out)
{
    return detail::readString(r, o, p, "commandId", out.commandId, true)
        && detail::readString(r, o, p, "code", out.code, true) && detail::readString(r, o, p, "message", out.message)
        && detail::readBool(r, o, p, "retryable", out.retryable) && decodeNackDetails(r, o, p, out);
}

bool decodeError(Reader &r, json &o, const Path &p, Error &out)
{
    return detail::readString(r, o, p, "code", out.code, true) && detail::readString(r, o, p, "message", out.message);
}

bool decodeFactsFrameMembers(Reader &r, json &o, const Path &p, Facts &out)
{
    return detail::decodeFactsFrame(r, o, p, out);
}

bool decodeTeamMember(Reader &r, json &o, const Path &p, TeamMember &out)
{
    return detail::readString(r, o, p, "name", out.name, true)
        && detail::readString(r, o, p, "displayName", out.displayName)
        && detail::readString(r, o, p, "role", out.role, true)
        && detail::readEnum(r, o, p, "presence", out.presence, presenceFromString, "online, away or offline")
        && detail::readInt64(r, o, p, "since", out.since, 0);
}

bool decodeTeam(Reader &r, json &o, const Path &p, Team &out)
{
    json *members = detail::readArray(r, o, p, "members");
    return members && detail::readObjects(r, *members, p.member("members"), out.members, decodeTeamMember);
}

/// Decodes one frame alternative `T` into the variant `Frame`.
template<typename Frame, typename T>
bool decodeAs(Reader &r, json &o, Frame &frame, bool (*decode)(Reader &, json &, const Path &, T &))
{
    return decode(r, o, Path {}, frame.template emplace<T>());
}

/// Parses the text, checks the envelope and dispatches on "type". `dispatch` returns false with
/// the error recorded, or sets `unknown` when the type is not one this side accepts.
template<typename Frame, typename Dispatch> Decoded<Frame> decodeFrame(std::string_view text, Dispatch dispatch)
{
    try {
        json root;
        DecodeError error;
        if (!detail::parseJson(text, root, error))
            return error;
        Reader r("frame");
        const Path path;
        if (!root.is_object()) {
            r.fail(
                DecodeError::Code::NotAnObject, path, "expected an object, got " + std::string(detail::typeName(root)));
            return r.takeError();
        }
        json *type = detail::require(r, root, path, "type");
        if (!type)
            return r.takeError();
        if (!type->is_string()) {
            detail::expectType(r, *type, path.member("type"), false, "a string");
            return r.takeError();
        }
        Frame frame;
        bool known = true;
        if (!dispatch(r, root, type->get_ref<const std::string &>(), frame, known)) {
            if (!known)
                r.fail(
                    DecodeError::Code::UnknownType, path.member("type"), "unknown frame type " + detail::quoted(*type));
            return r.takeError();
        }
        return frame;
    } catch (const std::exception &e) {
        // Only allocation failure can get here; never let it cross the decode boundary.
        return DecodeError {DecodeError::Code::MalformedJson, std::string("decode failed: ") + e.what()};
    }
}

// ---- Frame encoders --------------------------------------------------------------------------------

json clientInfoJson(const ClientInfo &info)
{
    return {{"name", info.name}, {"version", info.version}};
}

json frameJson(const Hello &f)
{
    json j = {{"type", "hello"}, {"protocol", f.protocol}, {"client", clientInfoJson(f.client)}, {"token", f.token}};
    if (f.cursor)
        j["cursor"] = detail::cursorToJson(*f.cursor);
    if (!f.accept.empty())
        j["accept"] = f.accept;
    if (f.factsSince)
        j["factsSince"] = *f.factsSince;
    return j;
}

json frameJson(const Command &f)
{
    return {
        {"type", "command"}, {"id", f.id}, {"name", f.name}, {"args", f.args.is_object() ? f.args : json::object()}};
}

json frameJson(const Ping &f)
{
    return {{"type", "ping"}, {"t", f.t}};
}
json frameJson(const Pong &f)
{
    return {{"type", "pong"}, {"t", f.t}};
}

json frameJson(const Welcome &f)
{
    return {{"type", "welcome"}, {"protocol", f.protocol}, {"sessionId", f.sessionId},
        {"user", {{"name", f.user.name}, {"displayName", f.user.displayName}, {"role", f.user.role}}},
        {"limits", {{"maxMessageBytes", f.limits.maxMessageBytes}, {"maxEventsPerFrame", f.limits.maxEventsPerFrame}}},
        {"heartbeat", {{"intervalMs", f.heartbeat.intervalMs}, {"idleTimeoutMs", f.heartbeat.idleTimeoutMs}}},
        {"server", clientInfoJson(f.server)}, {"head", detail::cursorToJson(f.head)},
        {"retentionSeconds", f.retentionSeconds}, {"resume", f.resume == ResumeMode::Replay ? "replay" : "snapshot"}};
}

json frameJson(const Snapshot &f)
{
    json out = {{"type", "snapshot"}, {"position", detail::cursorToJson(f.position)}, {"part", f.part},
        {"final", f.final}, {"customers", f.customers}, {"conversations", f.conversations}, {"messages", f.messages},
        {"judgements", f.judgements}, {"ratings", f.ratings}};
    if (!f.config.empty())
        out["config"] = f.config;
    if (!f.transitions.empty())
        out["transitions"] = f.transitions;
    return out;
}

json frameJson(const Events &f)
{
    json events = json::array();
    events.get_ref<json::array_t &>().reserve(f.events.size());
    for (const auto &event : f.events)
        events.push_back(toJson(event));
    return {{"type", "events"}, {"events", std::move(events)}};
}

json frameJson(const Ack &f)
{
    return {{"type", "ack"}, {"commandId", f.commandId}, {"seq", f.seq}};
}

json frameJson(const Nack &f)
{
    json j = {{"type", "nack"}, {"commandId", f.commandId}, {"code", f.code}, {"message", f.message},
        {"retryable", f.retryable}};
    if (f.details.is_object() && !f.details.empty())
        j["details"] = f.details;
    return j;
}

json frameJson(const Error &f)
{
    return {{"type", "error"}, {"code", f.code}, {"message", f.message}};
}

json frameJson(const Team &f)
{
    json members = json::array();
    for (const TeamMember &m : f.members)
        members.push_back({{"name", m.name}, {"displayName", m.displayName}, {"role", m.role},
            {"presence", std::string(toString(m.presence))}, {"since", m.since}});
    return {{"type", "team"}, {"members", std::move(members)}};
}

json frameJson(const Facts &f)
{
    json j = factsToJson(f);
    j["type"] = "facts";
    j["complete"] = f.complete;
    return j;
}

template<typename Frame> std::string encodeFrame(const Frame &frame)
{
    return encodeJson(std::visit([](const auto &f) { return frameJson(f); }, frame));
}

} // namespace

Decoded<ServerFrame> decodeServerFrame(std::string_view text)
{
    return decodeFrame<ServerFrame>(text, [](Reader &r, json &o, const std::string &type, ServerFrame &f, bool &known) {
        if (type == "events")
            return decodeAs(r, o, f, decodeEvents);
        if (type == "snapshot")
            return decodeAs(r, o, f, decodeSnapshot);
        if (type == "welcome")
            return decodeAs(r, o, f, decodeWelcome);
        if (type == "ack")
            return decodeAs(r, o, f, decodeAck);
        if (type == "nack")
            return decodeAs(r, o, f, decodeNack);
        if (type == "ping")
            return decodeAs(r, o, f, decodeTime<Ping>);
        if (type == "pong")
            return decodeAs(r, o, f, decodeTime<Pong>);
        if (type == "error")
            return decodeAs(r, o, f, decodeError);
        if (type == "facts")
            return decodeAs(r, o, f, decodeFactsFrameMembers);
        if (type == "team")
            return decodeAs(r, o, f, decodeTeam);
        known = false;
        return false;
    });
}

Decoded<ClientFrame> decodeClientFrame(std::string_view text)
{
    return decodeFrame<ClientFrame>(text, [](Reader &r, json &o, const std::string &type, ClientFrame &f, bool &known) {
        if (type == "command")
            return decodeAs(r, o, f, decodeCommand);
        if (type == "ping")
            return decodeAs(r, o, f, decodeTime<Ping>);
        if (type == "pong")
            return decodeAs(r, o, f, decodeTime<Pong>);
        if (type == "hello")
            return decodeAs(r, o, f, decodeHello);
        known = false;
        return false;
    });
}

Decoded<Command> decodeCommand(std::string id, std::string name, std::string_view encodedArgs)
{
    json args;
    DecodeError error;
    if (!detail::parseJson(encodedArgs, args, error))
        return error;
    if (!args.is_object())
        return DecodeError {
            DecodeError::Code::NotAnObject, "args: expected an object, got " + std::string(detail::typeName(args))};
    if (id.empty() || name.empty())
        return DecodeError {
            DecodeError::Code::InvalidValue, id.empty() ? "id: must not be empty" : "name: must not be empty"};
    return Command {std::move(id), std::move(name), std::move(args)};
}

std::string encodeJson(const nlohmann::json &value)
{
    // replace: a string holding invalid UTF-8 must not make dump() throw; it is sent as U+FFFD.
    return value.dump(-1, ' ', true, json::error_handler_t::replace);
}

std::string encode(const ServerFrame &frame)
{
    return encodeFrame(frame);
}
std::string encode(const ClientFrame &frame)
{
    return encodeFrame(frame);
}

} // namespace pilothouse::protocol
