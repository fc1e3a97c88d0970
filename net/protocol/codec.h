#pragma once
// Encoding and strict decoding of protocol v1 frames. Nothing here throws: every failure of a
// decode is a DecodeError with a message naming the offending field.

#include "frames.h"

#include <string>
#include <string_view>

namespace pilothouse::protocol {

struct DecodeError {
    enum class Code {
        MalformedJson, ///< Not parseable JSON (includes invalid UTF-8).
        NotAnObject, ///< The frame or a nested object is not a JSON object.
        MissingField, ///< A required field is absent.
        WrongType, ///< A field has the wrong JSON type.
        UnknownType, ///< The frame's "type" is not one this side accepts.
        InvalidValue, ///< Right type, value out of range or not in the enumeration.
        TooDeep, ///< Nesting deeper than kMaxDepth.
    };
    Code code = Code::MalformedJson;
    std::string message; ///< Human readable, names the field path, e.g. "events[3].seq: expected integer".
};

inline constexpr int kMaxDepth = 32;

/// Either a value or a DecodeError.
template<typename T> class Decoded {
public:
    Decoded(T value)
        : m_value(std::move(value))
    { }
    Decoded(DecodeError error)
        : m_error(std::move(error))
    { }
    explicit operator bool() const { return m_value.has_value(); }
    bool ok() const { return m_value.has_value(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    const DecodeError &error() const { return m_error; }

private:
    std::optional<T> m_value;
    DecodeError m_error;
};

Decoded<ServerFrame> decodeServerFrame(std::string_view text);
Decoded<ClientFrame> decodeClientFrame(std::string_view text);

std::string encode(const ServerFrame &frame);
std::string encode(const ClientFrame &frame);

/// A command kept apart from its frame (the console's outbox stores id, name and the args as
/// encodeJson wrote them), decoded under the same rules as a command frame.
Decoded<Command> decodeCommand(std::string id, std::string name, std::string_view encodedArgs);

/// The wire form of a JSON value, as every frame is sent: compact and ASCII only, every other
/// character escaped as \uXXXX (a string holding invalid UTF-8 is sent with U+FFFD). ASCII
/// because Qt WebSockets refuses (1007) a text frame that ends inside a UTF-8 sequence, and it
/// cuts messages into frames by bytes, wherever the cut falls (docs/protocol.md, Transport).
std::string encodeJson(const nlohmann::json &value);

/// Event payloads are stored by the server as JSON; these map one event to and from its wire form.
nlohmann::json toJson(const Event &event);
Decoded<Event> eventFromJson(const nlohmann::json &json);

// Wire spellings of the enumerations ("chat", "support", "ai", "customer", ...).
std::string_view toString(Channel value);
std::string_view toString(ConversationKind value);
std::string_view toString(ConversationStatus value);
std::string_view toString(Author value);
std::string_view toString(EscalationReason value);
std::string_view toString(Visibility value);
std::string_view toString(ResolveOutcome value);
std::string_view toString(SalesStage value);
std::string_view toString(QualificationFact value);
std::string_view toString(Role value);
std::string_view toString(ReviewReason value);
std::string_view toString(Presence value);
std::optional<Channel> channelFromString(std::string_view text);
std::optional<ConversationKind> kindFromString(std::string_view text);
std::optional<ConversationStatus> statusFromString(std::string_view text);
std::optional<Author> authorFromString(std::string_view text);
std::optional<EscalationReason> escalationReasonFromString(std::string_view text);
std::optional<Visibility> visibilityFromString(std::string_view text);
std::optional<ResolveOutcome> outcomeFromString(std::string_view text);
std::optional<SalesStage> salesStageFromString(std::string_view text);
std::optional<QualificationFact> qualificationFactFromString(std::string_view text);
std::optional<Role> roleFromString(std::string_view text);
std::optional<ReviewReason> reviewReasonFromString(std::string_view text);
std::optional<Presence> presenceFromString(std::string_view text);
/// The review reasons' spellings, for error messages ("wrong_intent, wrong_facts, ...").
const std::string &reviewReasonNames();

/// Payload to/from JSON for the domain objects (used by the server's store and by the codec).
void to_json(nlohmann::json &json, const Customer &value);
void to_json(nlohmann::json &json, const Conversation &value);
void to_json(nlohmann::json &json, const Message &value);
void to_json(nlohmann::json &json, const Judgement &value);
void to_json(nlohmann::json &json, const Transition &value);
void to_json(nlohmann::json &json, const Draft &value);
void to_json(nlohmann::json &json, const Rating &value);
void to_json(nlohmann::json &json, const CustomerErasure &value);
void to_json(nlohmann::json &json, const ConfigPublished &value);
Decoded<Customer> customerFromJson(const nlohmann::json &json);
Decoded<Conversation> conversationFromJson(const nlohmann::json &json);
Decoded<Message> messageFromJson(const nlohmann::json &json);
Decoded<Judgement> judgementFromJson(const nlohmann::json &json);
Decoded<Rating> ratingFromJson(const nlohmann::json &json);
Decoded<Transition> transitionFromJson(const nlohmann::json &json);

} // namespace pilothouse::protocol
