#include "commands.h"

#include "jsonreader.h"

namespace pilothouse::protocol::commands {
namespace {

using detail::Path;
using detail::Reader;
using nlohmann::json;

/// Checks the name, then runs `read(reader, args, path, out)` over the args object. The path is
/// rooted at "args" so messages read "args.conversationId: missing required field".
template<typename T, typename Read> Decoded<T> decodeArgs(const Command &command, Read read)
{
    Reader r("command");
    try {
        const Path root;
        if (command.name != T::kName) {
            r.fail(DecodeError::Code::InvalidValue, root.member("name"),
                "expected " + std::string(T::kName) + ", got " + detail::quoted(command.name));
            return r.takeError();
        }
        const Path args = root.member("args");
        if (!command.args.is_object()) {
            r.fail(DecodeError::Code::NotAnObject, args,
                std::string("expected an object, got ") + std::string(detail::typeName(command.args)));
            return r.takeError();
        }
        T value {};
        if (!read(r, command.args, args, value))
            return r.takeError();
        return value;
    } catch (const std::exception &e) {
        // Only allocation failure can get here; never let it cross the decode boundary.
        return DecodeError {DecodeError::Code::MalformedJson, std::string("decode failed: ") + e.what()};
    }
}

Command make(std::string id, const char *name, json args)
{
    return Command {std::move(id), name, std::move(args)};
}

bool readConversation(Reader &r, const json &o, const Path &p, std::string &out)
{
    return detail::readString(r, o, p, "conversationId", out, true);
}

} // namespace

Command JudgeMessage::toCommand(std::string id) const
{
    json args = {{"messageId", messageId}, {"correct", correct}, {"reason", reason}};
    if (category)
        args["category"] = std::string(toString(*category));
    return make(std::move(id), kName, std::move(args));
}

Decoded<JudgeMessage> JudgeMessage::fromCommand(const Command &command)
{
    return decodeArgs<JudgeMessage>(command, [](Reader &r, const json &o, const Path &p, JudgeMessage &out) {
        if (!detail::readString(r, o, p, "messageId", out.messageId, true)
            || !detail::readBool(r, o, p, "correct", out.correct) || !detail::readString(r, o, p, "reason", out.reason))
            return false;
        if (const auto it = o.find("category"); it != o.end() && !it->is_null()) {
            ReviewReason value {};
            if (!detail::readEnum(r, o, p, "category", value, reviewReasonFromString, reviewReasonNames()))
                return false;
            if (out.correct)
                return r.fail(
                    DecodeError::Code::InvalidValue, p.member("category"), "a reply judged correct has no category");
            out.category = value;
        }
        return true;
    });
}

Command TakeOver::toCommand(std::string id) const
{
    return make(std::move(id), kName, {{"conversationId", conversationId}});
}

Decoded<TakeOver> TakeOver::fromCommand(const Command &command)
{
    return decodeArgs<TakeOver>(command, [](Reader &r, const json &o, const Path &p, TakeOver &out) {
        return readConversation(r, o, p, out.conversationId);
    });
}

Command HandBack::toCommand(std::string id) const
{
    return make(std::move(id), kName, {{"conversationId", conversationId}, {"note", note}});
}

Decoded<HandBack> HandBack::fromCommand(const Command &command)
{
    return decodeArgs<HandBack>(command, [](Reader &r, const json &o, const Path &p, HandBack &out) {
        return readConversation(r, o, p, out.conversationId) && detail::readOptionalString(r, o, p, "note", out.note);
    });
}

Command Resolve::toCommand(std::string id) const
{
    json args = {{"conversationId", conversationId}, {"outcome", std::string(toString(outcome))}};
    if (!note.empty())
        args["note"] = note;
    return make(std::move(id), kName, std::move(args));
}

namespace {
/// The outcomes a person may choose: `abandoned` is the server's own finding (docs/protocol.md 8.1).
std::optional<ResolveOutcome> personOutcomeFromString(std::string_view text)
{
    const auto outcome = outcomeFromString(text);
    return outcome == ResolveOutcome::Abandoned ? std::nullopt : outcome;
}
} // namespace

Decoded<Resolve> Resolve::fromCommand(const Command &command)
{
    return decodeArgs<Resolve>(command, [](Reader &r, const json &o, const Path &p, Resolve &out) {
        return readConversation(r, o, p, out.conversationId)
            && detail::readEnum(
                r, o, p, "outcome", out.outcome, personOutcomeFromString, "resolved, not_resolved or spam")
            && detail::readOptionalString(r, o, p, "note", out.note);
    });
}

Command Transfer::toCommand(std::string id) const
{
    return make(std::move(id), kName, {{"conversationId", conversationId}, {"toUser", toUser}});
}

Decoded<Transfer> Transfer::fromCommand(const Command &command)
{
    return decodeArgs<Transfer>(command, [](Reader &r, const json &o, const Path &p, Transfer &out) {
        return readConversation(r, o, p, out.conversationId) && detail::readString(r, o, p, "toUser", out.toUser, true);
    });
}

Command Whisper::toCommand(std::string id) const
{
    return make(std::move(id), kName, {{"conversationId", conversationId}, {"text", text}});
}

Decoded<Whisper> Whisper::fromCommand(const Command &command)
{
    return decodeArgs<Whisper>(command, [](Reader &r, const json &o, const Path &p, Whisper &out) {
        return readConversation(r, o, p, out.conversationId) && detail::readString(r, o, p, "text", out.text, true);
    });
}

Command SendMessage::toCommand(std::string id) const
{
    return make(std::move(id), kName, {{"conversationId", conversationId}, {"text", text}});
}

Decoded<SendMessage> SendMessage::fromCommand(const Command &command)
{
    return decodeArgs<SendMessage>(command, [](Reader &r, const json &o, const Path &p, SendMessage &out) {
        return readConversation(r, o, p, out.conversationId) && detail::readString(r, o, p, "text", out.text, true);
    });
}

Command AddNote::toCommand(std::string id) const
{
    return make(std::move(id), kName, {{"conversationId", conversationId}, {"text", text}});
}

Decoded<AddNote> AddNote::fromCommand(const Command &command)
{
    return decodeArgs<AddNote>(command, [](Reader &r, const json &o, const Path &p, AddNote &out) {
        return readConversation(r, o, p, out.conversationId) && detail::readString(r, o, p, "text", out.text, true);
    });
}

Command EraseCustomer::toCommand(std::string id) const
{
    return make(std::move(id), kName, {{"customerId", customerId}});
}

Decoded<EraseCustomer> EraseCustomer::fromCommand(const Command &command)
{
    return decodeArgs<EraseCustomer>(command, [](Reader &r, const json &o, const Path &p, EraseCustomer &out) {
        return detail::readString(r, o, p, "customerId", out.customerId, true);
    });
}

Command SetPresence::toCommand(std::string id) const
{
    return make(std::move(id), kName, {{"presence", std::string(toString(presence))}});
}

namespace {
/// The presences a person may set: `offline` is the server's to say.
std::optional<Presence> settablePresenceFromString(std::string_view text)
{
    const auto presence = presenceFromString(text);
    return presence == Presence::Offline ? std::nullopt : presence;
}
} // namespace

Decoded<SetPresence> SetPresence::fromCommand(const Command &command)
{
    return decodeArgs<SetPresence>(command, [](Reader &r, const json &o, const Path &p, SetPresence &out) {
        return detail::readEnum(r, o, p, "presence", out.presence, settablePresenceFromString, "online or away");
    });
}

Command Merge::toCommand(std::string id) const
{
    return make(std::move(id), kName, {{"conversationId", conversationId}, {"intoConversationId", intoConversationId}});
}

Decoded<Merge> Merge::fromCommand(const Command &command)
{
    return decodeArgs<Merge>(command, [](Reader &r, const json &o, const Path &p, Merge &out) {
        if (!readConversation(r, o, p, out.conversationId)
            || !detail::readString(r, o, p, "intoConversationId", out.intoConversationId, true))
            return false;
        if (out.intoConversationId == out.conversationId)
            return r.fail(DecodeError::Code::InvalidValue, p.member("intoConversationId"),
                "a conversation cannot be merged into itself");
        return true;
    });
}

std::string sentMessageId(const std::string &commandId)
{
    return "m-" + commandId;
}

std::string mergedMessageId(const std::string &messageId)
{
    return "m-merged-" + messageId;
}

} // namespace pilothouse::protocol::commands
