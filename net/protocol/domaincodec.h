#pragma once
// Private to the codec: the domain objects carried by events and snapshots, decoded from an
// object already known to be a JSON object. Instantiated for `json` (moves strings out) and
// `const json` (copies).

#include "jsondom.h"
#include "jsonreader.h"

namespace pilothouse::protocol::detail {

template<typename Json> bool decodeCustomer(Reader &r, Json &object, const Path &path, Customer &out);
template<typename Json> bool decodeConversation(Reader &r, Json &object, const Path &path, Conversation &out);
template<typename Json> bool decodeMessage(Reader &r, Json &object, const Path &path, Message &out);
template<typename Json> bool decodeJudgement(Reader &r, Json &object, const Path &path, Judgement &out);
template<typename Json> bool decodeTransition(Reader &r, Json &object, const Path &path, Transition &out);
template<typename Json> bool decodeDraft(Reader &r, Json &object, const Path &path, Draft &out);
template<typename Json> bool decodeRating(Reader &r, Json &object, const Path &path, Rating &out);
template<typename Json> bool decodeErasure(Reader &r, Json &object, const Path &path, CustomerErasure &out);
template<typename Json> bool decodeConfigPublished(Reader &r, Json &object, const Path &path, ConfigPublished &out);
template<typename Json> bool decodeCursor(Reader &r, Json &object, const Path &path, Cursor &out);
/// The `user` object of a welcome and of a login answer.
template<typename Json> bool decodeUserInfo(Reader &r, Json &object, const Path &path, UserInfo &out);
template<typename Json> bool decodeEvent(Reader &r, Json &object, const Path &path, Event &out);

nlohmann::json cursorToJson(const Cursor &cursor);

/// The members of a `facts` frame (facts.cpp): a row's day may continue an earlier frame's.
bool decodeFactsFrame(Reader &r, const nlohmann::json &object, const Path &path, Facts &out);

/// Wrap a Reader-based decoder for the public const-json entry points.
template<typename T, typename Decode>
Decoded<T> decodeRoot(const nlohmann::json &json, std::string_view rootName, Decode decode)
{
    Reader r(rootName);
    try {
        if (!json.is_object()) {
            r.fail(DecodeError::Code::NotAnObject, Path {},
                std::string("expected an object, got ") + std::string(typeName(json)));
            return r.takeError();
        }
        T value {};
        if (!decode(r, json, Path {}, value))
            return r.takeError();
        return value;
    } catch (const std::exception &e) {
        // Only allocation failure can get here; never let it cross the decode boundary.
        return DecodeError {DecodeError::Code::MalformedJson, std::string("decode failed: ") + e.what()};
    }
}

/// A REST body: parsed by the codec's JSON rules (section 3.1), then decoded with `decode`.
template<typename T, typename Decode> Decoded<T> decodeBody(std::string_view text, Decode decode)
{
    nlohmann::json root;
    DecodeError error;
    if (!parseJson(text, root, error))
        return error;
    return decodeRoot<T>(root, "body", decode);
}

} // namespace pilothouse::protocol::detail
