#pragma once
// Shared by the protocol tests: fixture files, the decoders by side, and sample domain objects.

#include "protocol/codec.h"

#include <QDir>
#include <QFile>
#include <QStringDecoder>
#include <QTest>

#include <optional>
#include <string>

namespace protocol_testing {

using namespace pilothouse::protocol;

inline QString fixturesDir()
{
    return QString::fromUtf8(PILOTHOUSE_PROTOCOL_FIXTURES);
}

inline std::string readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    return bytes.toStdString();
}

inline bool isValidUtf8(const std::string &text)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(QByteArrayView(text.data(), qsizetype(text.size())));
    Q_UNUSED(decoded);
    return !decoder.hasError();
}

inline const char *codeName(DecodeError::Code code)
{
    switch (code) {
    case DecodeError::Code::MalformedJson:
        return "malformed_json";
    case DecodeError::Code::NotAnObject:
        return "not_an_object";
    case DecodeError::Code::MissingField:
        return "missing_field";
    case DecodeError::Code::WrongType:
        return "wrong_type";
    case DecodeError::Code::UnknownType:
        return "unknown_type";
    case DecodeError::Code::InvalidValue:
        return "invalid_value";
    case DecodeError::Code::TooDeep:
        return "too_deep";
    }
    return "?";
}

/// Decodes as the side the fixture name says; returns the error, or nullopt on success.
inline std::optional<DecodeError> decodeAs(bool clientSide, const std::string &text)
{
    if (clientSide) {
        auto decoded = decodeClientFrame(text);
        return decoded ? std::nullopt : std::optional(decoded.error());
    }
    auto decoded = decodeServerFrame(text);
    return decoded ? std::nullopt : std::optional(decoded.error());
}

/// Encode, decode, compare: the property every valid frame must have.
template<typename Frame, typename DecodeFn> inline void checkRoundTrip(const Frame &frame, DecodeFn decode)
{
    const std::string wire = encode(frame);
    QVERIFY(isValidUtf8(wire));
    auto again = decode(wire);
    QVERIFY2(again.ok(), again.error().message.c_str());
    QVERIFY2(again.value() == frame, wire.c_str());
    QCOMPARE(encode(again.value()), wire); // encoding is deterministic
}

inline Message aiMessage()
{
    Message m;
    m.id = "m-1";
    m.conversationId = "cv-1";
    m.author = Author::Ai;
    m.authorName = "Pilot";
    m.text = std::string("line1\nline2 \"q\" \\ <b>x</b> \xC3\xA9 \xF0\x9F\x98\x80 nul:") + '\0' + "end";
    m.at = 1717000000000;
    m.ai = AiAnnotation {"order.status", 0.8125, 640, {{"order.lookup", "looked up order #12345"}}};
    return m;
}

inline Conversation conversation()
{
    Conversation c;
    c.id = "cv-1";
    c.customerId = "cu-1";
    c.channel = Channel::Sms;
    c.kind = ConversationKind::Sales;
    c.status = ConversationStatus::Escalated;
    c.subject = "Bulk order";
    c.intent = "lead.bulk";
    c.sentiment = -1.0;
    c.confidence = 0.1;
    c.lastMessage = "Call me";
    c.lastAuthor = Author::Customer;
    c.lastMessageAt = 1717000000500;
    c.createdAt = 1717000000000;
    c.waitingSince = 1717000000400;
    c.priority = 3;
    c.messageCount = 4;
    c.assignee = "sam";
    return c;
}

inline Customer customer()
{
    Customer c {"cu-1", "Ada", "ada@example.com", true, "vip", 123456, 1609459200000, {}};
    c.orders.push_back({"12345", 12999, "USD", "shipped", 1716800000000, "2 items"});
    c.orders.push_back({"12346", -500, "EUR", "returned", 1716800000001, ""});
    return c;
}

inline Event makeEvent(std::int64_t seq, std::string kind, EventPayload payload, std::string commandId = {})
{
    return Event {"e-" + std::to_string(seq), seq, "e-7f2c", 1717000000000 + seq, std::move(kind), std::move(commandId),
        std::move(payload)};
}

} // namespace protocol_testing
