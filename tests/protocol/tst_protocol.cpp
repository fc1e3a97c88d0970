// Protocol v1 codec: every fixture, programmatic round trips, and truncated input.

#include "protocol/codec.h"
#include "protocol/commands.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QStringDecoder>
#include <QTest>

using namespace pilothouse::protocol;

namespace {

QString fixturesDir()
{
    return QString::fromUtf8(PILOTHOUSE_PROTOCOL_FIXTURES);
}

std::string readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    return bytes.toStdString();
}

bool isValidUtf8(const std::string &text)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString decoded = decoder.decode(QByteArrayView(text.data(), qsizetype(text.size())));
    Q_UNUSED(decoded);
    return !decoder.hasError();
}

const char *codeName(DecodeError::Code code)
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
std::optional<DecodeError> decodeAs(bool clientSide, const std::string &text)
{
    if (clientSide) {
        auto decoded = decodeClientFrame(text);
        return decoded ? std::nullopt : std::optional(decoded.error());
    }
    auto decoded = decodeServerFrame(text);
    return decoded ? std::nullopt : std::optional(decoded.error());
}

/// Encode, decode, compare: the property every valid frame must have.
template<typename Frame, typename DecodeFn> void checkRoundTrip(const Frame &frame, DecodeFn decode)
{
    const std::string wire = encode(frame);
    QVERIFY(isValidUtf8(wire));
    auto again = decode(wire);
    QVERIFY2(again.ok(), again.error().message.c_str());
    QVERIFY2(again.value() == frame, wire.c_str());
    QCOMPARE(encode(again.value()), wire); // encoding is deterministic
}

Message aiMessage()
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

Conversation conversation()
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

Customer customer()
{
    Customer c {"cu-1", "Ada", "ada@example.com", true, "vip", 123456, 1609459200000, {}};
    c.orders.push_back({"12345", 12999, "USD", "shipped", 1716800000000, "2 items"});
    c.orders.push_back({"12346", -500, "EUR", "returned", 1716800000001, ""});
    return c;
}

Event makeEvent(std::int64_t seq, std::string kind, EventPayload payload, std::string commandId = {})
{
    return Event {"e-" + std::to_string(seq), seq, "e-7f2c", 1717000000000 + seq, std::move(kind), std::move(commandId),
        std::move(payload)};
}

} // namespace

class TestProtocol : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void validFixtures_data();
    void validFixtures();
    void fixturesCoverEveryFrameTypeAndKind();
    void invalidFixtures_data();
    void invalidFixtures();
    void errorMessagesNameTheField_data();
    void errorMessagesNameTheField();
    void clientFramesRoundTrip();
    void serverFramesRoundTrip();
    void optionalFieldsMayBeAbsent();
    void unknownKindKeepsDataAndDecodes();
    void depthLimitIsExact();
    void encodingInvalidUtf8NeverThrows();
    void singleObjectHelpers();
    void enumSpellings();
    void truncatedFixturesNeverDecode();
    void mutatedFixturesNeverCrash();
    // Issue 4: escalation, take-over and hand-back additions.
    void handoffPayloadsRoundTrip();
    void handoffFieldsAreOptional();
    void typedCommandsRoundTrip();
    void commandFixturesDecodeTyped();
    void typedCommandsRejectBadArgs_data();
    void typedCommandsRejectBadArgs();
};

void TestProtocol::validFixtures_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(fixturesDir() + QStringLiteral("/valid"));
    const auto files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 20);
    for (const QString &name : files)
        QTest::newRow(name.toUtf8().constData()) << dir.filePath(name);
}

void TestProtocol::validFixtures()
{
    QFETCH(QString, path);
    const std::string text = readFile(path);
    QVERIFY(!text.empty());
    const bool client = QFileInfo(path).fileName().startsWith(QStringLiteral("client--"));
    QVERIFY(client || QFileInfo(path).fileName().startsWith(QStringLiteral("server--")));
    if (client) {
        auto decoded = decodeClientFrame(text);
        QVERIFY2(decoded.ok(), decoded.error().message.c_str());
        checkRoundTrip(decoded.value(), decodeClientFrame);
        // The other side must not accept a frame it never receives (ping/pong go both ways).
        if (!std::holds_alternative<Ping>(decoded.value()) && !std::holds_alternative<Pong>(decoded.value()))
            QCOMPARE(decodeServerFrame(text).error().code, DecodeError::Code::UnknownType);
    } else {
        auto decoded = decodeServerFrame(text);
        QVERIFY2(decoded.ok(), decoded.error().message.c_str());
        checkRoundTrip(decoded.value(), decodeServerFrame);
        if (!std::holds_alternative<Ping>(decoded.value()) && !std::holds_alternative<Pong>(decoded.value()))
            QCOMPARE(decodeClientFrame(text).error().code, DecodeError::Code::UnknownType);
    }
}

void TestProtocol::fixturesCoverEveryFrameTypeAndKind()
{
    QSet<QString> seen;
    const QDir dir(fixturesDir() + QStringLiteral("/valid"));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const std::string text = readFile(dir.filePath(name));
        if (name.startsWith(QStringLiteral("client--"))) {
            auto frame = decodeClientFrame(text);
            QVERIFY(frame.ok());
            seen.insert(QStringLiteral("client:") + QString::number(frame.value().index()));
            continue;
        }
        auto frame = decodeServerFrame(text);
        QVERIFY(frame.ok());
        seen.insert(QStringLiteral("server:") + QString::number(frame.value().index()));
        if (const auto *events = std::get_if<Events>(&frame.value())) {
            for (const Event &e : events->events)
                seen.insert(QStringLiteral("payload:") + QString::number(e.payload.index()));
        }
    }
    for (std::size_t i = 0; i < std::variant_size_v<ClientFrame>; ++i)
        QVERIFY2(seen.contains(QStringLiteral("client:") + QString::number(i)), "a client frame type has no fixture");
    for (std::size_t i = 0; i < std::variant_size_v<ServerFrame>; ++i)
        QVERIFY2(seen.contains(QStringLiteral("server:") + QString::number(i)), "a server frame type has no fixture");
    for (std::size_t i = 0; i < std::variant_size_v<EventPayload>; ++i)
        QVERIFY2(seen.contains(QStringLiteral("payload:") + QString::number(i)), "an event kind has no fixture");
}

void TestProtocol::invalidFixtures_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("expectedCode");
    const QDir dir(fixturesDir() + QStringLiteral("/invalid"));
    const auto files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 15);
    for (const QString &name : files)
        QTest::newRow(name.toUtf8().constData()) << dir.filePath(name) << name.section(QStringLiteral("--"), 0, 0);
}

void TestProtocol::invalidFixtures()
{
    QFETCH(QString, path);
    QFETCH(QString, expectedCode);
    const std::string text = readFile(path);
    const QString what = QFileInfo(path).completeBaseName().section(QStringLiteral("--"), 1);
    const auto error = decodeAs(what.startsWith(QStringLiteral("client-")), text);
    QVERIFY2(error.has_value(), "an invalid fixture decoded");
    QCOMPARE(QString::fromUtf8(codeName(error->code)), expectedCode);
    QVERIFY(!error->message.empty());
    QVERIFY2(isValidUtf8(error->message), "error messages must be loggable UTF-8");
    QVERIFY(error->message.size() < 300);
}

void TestProtocol::errorMessagesNameTheField_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("expected");
    QTest::newRow("second event") << "missing_field--second-event-without-seq"
                                  << "events[1].seq: missing required field";
    QTest::newRow("float seq") << "wrong_type--seq-is-float"
                               << "events[0].seq: expected an integer, got a number";
    QTest::newRow("payload path") << "invalid_value--confidence-above-one"
                                  << "events[0].data.ai.confidence:";
    QTest::newRow("enum") << "invalid_value--unknown-channel"
                          << "events[0].data.channel: unknown value \"fax\"";
    QTest::newRow("snapshot") << "invalid_value--status-wrong-case"
                              << "conversations[0].status";
    QTest::newRow("root") << "not_an_object--array-frame"
                          << "frame: expected an object, got an array";
    QTest::newRow("type") << "unknown_type--frame-type"
                          << "type: unknown frame type \"telemetry\"";
    QTest::newRow("utf8") << "malformed_json--invalid-utf8-in-string"
                          << "UTF-8";
    QTest::newRow("duplicate") << "malformed_json--duplicate-key"
                               << "duplicate key \"t\"";
}

void TestProtocol::errorMessagesNameTheField()
{
    QFETCH(QString, file);
    QFETCH(QString, expected);
    const std::string text = readFile(fixturesDir() + QStringLiteral("/invalid/") + file + QStringLiteral(".json"));
    const auto error = decodeAs(false, text);
    QVERIFY(error.has_value());
    const QString message = QString::fromStdString(error->message);
    QVERIFY2(message.contains(expected), qPrintable(message));
}

void TestProtocol::clientFramesRoundTrip()
{
    checkRoundTrip(ClientFrame {Hello {1, {"pilothouse", "0.1.0"}, "tok", std::nullopt}}, decodeClientFrame);
    checkRoundTrip(ClientFrame {Hello {1, {"pilothouse", "0.1.0"}, "tok", Cursor {"e-1", 0}}}, decodeClientFrame);
    checkRoundTrip(ClientFrame {Hello {7, {"pilothouse", "9"}, "", Cursor {"e-1", 42}}}, decodeClientFrame);
    nlohmann::json args = {{"messageId", "m-1"}, {"correct", true}, {"reason", ""}, {"extra", {1, 2.5, nullptr}}};
    checkRoundTrip(ClientFrame {Command {"c-1", "message.judge", args}}, decodeClientFrame);
    checkRoundTrip(ClientFrame {Command {"c-2", "x", nlohmann::json::object()}}, decodeClientFrame);
    checkRoundTrip(ClientFrame {Ping {-5}}, decodeClientFrame);
    checkRoundTrip(ClientFrame {Pong {std::numeric_limits<std::int64_t>::max()}}, decodeClientFrame);
}

void TestProtocol::serverFramesRoundTrip()
{
    Welcome welcome;
    welcome.sessionId = "s-1";
    welcome.user = {"maria", "Maria L\xC3\xB3pez", "supervisor"};
    welcome.limits = {65536, 50};
    welcome.heartbeat = {1000, 3000};
    welcome.server = {"pilothouse-server", "0.1.0"};
    welcome.head = {"e-7f2c", 99};
    welcome.retentionSeconds = 3600;
    welcome.resume = ResumeMode::Replay;
    checkRoundTrip(ServerFrame {welcome}, decodeServerFrame);
    welcome.resume = ResumeMode::Snapshot;
    checkRoundTrip(ServerFrame {welcome}, decodeServerFrame);

    Message human = aiMessage();
    human.author = Author::Human;
    human.ai.reset();
    Conversation quiet = conversation();
    quiet.confidence.reset();
    quiet.waitingSince.reset();
    checkRoundTrip(
        ServerFrame {Snapshot {{"e-7f2c", 99}, 2, false, {customer(), Customer {"cu-2", {}, {}, false, {}, 0, 0, {}}},
            {conversation(), quiet}, {aiMessage(), human}}},
        decodeServerFrame);

    Events events;
    events.events.push_back(makeEvent(1, kinds::CustomerUpserted, customer()));
    events.events.push_back(makeEvent(2, kinds::ConversationUpserted, conversation()));
    events.events.push_back(makeEvent(3, kinds::MessageCreated, aiMessage()));
    events.events.push_back(
        makeEvent(4, kinds::MessageJudged, Judgement {"m-1", "cv-1", false, "wrong", "maria"}, "c-9"));
    events.events.push_back(makeEvent(5, "future.kind", UnknownPayload {{{"a", {{"b", {1, 2}}}}}}));
    checkRoundTrip(ServerFrame {events}, decodeServerFrame);
    checkRoundTrip(ServerFrame {Events {}}, decodeServerFrame);

    checkRoundTrip(ServerFrame {Ack {"c-1", 4}}, decodeServerFrame);
    checkRoundTrip(ServerFrame {Nack {"c-1", errors::Conflict, "taken by sam", false}}, decodeServerFrame);
    checkRoundTrip(ServerFrame {Nack {"c-2", errors::RateLimited, "slow down", true}}, decodeServerFrame);
    checkRoundTrip(ServerFrame {Ping {1}}, decodeServerFrame);
    checkRoundTrip(ServerFrame {Pong {2}}, decodeServerFrame);
    checkRoundTrip(ServerFrame {Error {errors::UnsupportedVersion, "protocol 2 is not supported"}}, decodeServerFrame);
}

void TestProtocol::optionalFieldsMayBeAbsent()
{
    // The encoder omits empty optionals; a decoder must also take explicit nulls.
    const std::string wire = encode(ServerFrame {Events {{makeEvent(
        7, kinds::MessageCreated, Message {"m-2", "cv-1", Author::Customer, "Ada", "hi", 5, std::nullopt})}}});
    QVERIFY(wire.find("\"ai\"") == std::string::npos);
    QVERIFY(wire.find("\"commandId\"") == std::string::npos);
    auto decoded = decodeServerFrame(wire);
    QVERIFY(decoded.ok());
    const Event &e = std::get<Events>(decoded.value()).events.front();
    QVERIFY(e.commandId.empty());
    QVERIFY(!std::get<Message>(e.payload).ai.has_value());
}

void TestProtocol::unknownKindKeepsDataAndDecodes()
{
    const std::string text = readFile(fixturesDir() + QStringLiteral("/valid/server--events-unknown-kind.json"));
    auto decoded = decodeServerFrame(text);
    QVERIFY(decoded.ok());
    const auto &events = std::get<Events>(decoded.value()).events;
    QCOMPARE(events.size(), std::size_t(2));
    QCOMPARE(events[0].kind, std::string("voice.updated"));
    QCOMPARE(events[0].seq, 1849);
    const auto &data = std::get<UnknownPayload>(events[0].payload).data;
    QCOMPARE(data.at("persona").get<std::string>(), std::string("Pilot"));
    QCOMPARE(data.at("nested").at("list").size(), std::size_t(6));
    QCOMPARE(events[1].seq, 1850); // the cursor can advance past both
}

void TestProtocol::depthLimitIsExact()
{
    // frame(1) > events(2) > event(3) > data(4) > "x": n more arrays.
    auto frameWithDepth = [](int depth) {
        const int arrays = depth - 4;
        return R"({"type":"events","events":[{"id":"e","seq":1,"epoch":"e","at":0,"kind":"k","data":{"x":)"
            + std::string(std::size_t(arrays), '[') + std::string(std::size_t(arrays), ']') + "}}]}";
    };
    auto atLimit = decodeServerFrame(frameWithDepth(kMaxDepth));
    QVERIFY2(atLimit.ok(), atLimit.error().message.c_str());
    auto overLimit = decodeServerFrame(frameWithDepth(kMaxDepth + 1));
    QVERIFY(!overLimit.ok());
    QCOMPARE(overLimit.error().code, DecodeError::Code::TooDeep);
}

void TestProtocol::encodingInvalidUtf8NeverThrows()
{
    // A server relaying broken customer text must still produce a decodable frame.
    const std::string wire = encode(ServerFrame {Error {"internal", "bad \xFF\xC3 bytes"}});
    QVERIFY(isValidUtf8(wire));
    auto decoded = decodeServerFrame(wire);
    QVERIFY(decoded.ok());
    QCOMPARE(std::get<Error>(decoded.value()).message, std::string("bad \xEF\xBF\xBD\xEF\xBF\xBD bytes"));
}

void TestProtocol::singleObjectHelpers()
{
    const Event e = makeEvent(3, kinds::MessageCreated, aiMessage(), "c-1");
    auto back = eventFromJson(toJson(e));
    QVERIFY(back.ok());
    QVERIFY(back.value() == e);

    auto badEvent = eventFromJson(nlohmann::json::array());
    QCOMPARE(badEvent.error().code, DecodeError::Code::NotAnObject);
    QCOMPARE(badEvent.error().message, std::string("event: expected an object, got an array"));

    nlohmann::json c = customer();
    QVERIFY(customerFromJson(c).value() == customer());
    c["orders"][1]["placedAt"] = "yesterday";
    QCOMPARE(customerFromJson(c).error().message, std::string("orders[1].placedAt: expected an integer, got a string"));

    nlohmann::json conv = conversation();
    QVERIFY(conversationFromJson(conv).value() == conversation());
    conv.erase("assignee");
    QCOMPARE(conversationFromJson(conv).error().code, DecodeError::Code::MissingField);

    nlohmann::json msg = aiMessage();
    QVERIFY(messageFromJson(msg).value() == aiMessage());
    msg["ai"]["tools"][0] = "order.lookup";
    QCOMPARE(messageFromJson(msg).error().code, DecodeError::Code::NotAnObject);
}

void TestProtocol::enumSpellings()
{
    for (auto v : {Channel::Chat, Channel::Email, Channel::Sms, Channel::Voice})
        QVERIFY(channelFromString(toString(v)) == v);
    for (auto v : {ConversationKind::Support, ConversationKind::Sales})
        QVERIFY(kindFromString(toString(v)) == v);
    for (auto v : {ConversationStatus::Ai, ConversationStatus::Escalated, ConversationStatus::Human,
             ConversationStatus::Resolved})
        QVERIFY(statusFromString(toString(v)) == v);
    for (auto v : {Author::Customer, Author::Ai, Author::Human, Author::System})
        QVERIFY(authorFromString(toString(v)) == v);
    QCOMPARE(toString(Channel::Sms), std::string_view("sms"));
    QVERIFY(!channelFromString("Chat"));
    QVERIFY(!authorFromString(""));
}

void TestProtocol::truncatedFixturesNeverDecode()
{
    const QDir dir(fixturesDir() + QStringLiteral("/valid"));
    int attempts = 0;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        std::string text = readFile(dir.filePath(name));
        while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
            text.pop_back(); // "{...}" minus its trailing newline is still the whole frame
        const bool client = name.startsWith(QStringLiteral("client--"));
        for (std::size_t cut = 0; cut < text.size(); ++cut) {
            const auto error = decodeAs(client, text.substr(0, cut));
            ++attempts;
            if (!error || error->code != DecodeError::Code::MalformedJson || error->message.empty())
                QFAIL(qPrintable(name + QStringLiteral(" cut at ") + QString::number(cut)));
        }
    }
    QVERIFY(attempts > 5000);
}

void TestProtocol::mutatedFixturesNeverCrash()
{
    // Flip random bytes: whatever decodes must be a frame that survives its own round trip.
    QRandomGenerator rng(20240601); // fixed seed: a failure reproduces
    const QDir dir(fixturesDir() + QStringLiteral("/valid"));
    int decodedCount = 0;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const std::string original = readFile(dir.filePath(name));
        for (int round = 0; round < 300; ++round) {
            std::string text = original;
            const int flips = 1 + int(rng.bounded(3));
            for (int i = 0; i < flips; ++i)
                text[rng.bounded(quint32(text.size()))] = char(rng.bounded(256));
            auto server = decodeServerFrame(text);
            if (server) {
                ++decodedCount;
                auto again = decodeServerFrame(encode(server.value()));
                QVERIFY(again.ok() && again.value() == server.value());
            } else {
                QVERIFY(!server.error().message.empty());
            }
            auto client = decodeClientFrame(text);
            if (client) {
                auto again = decodeClientFrame(encode(client.value()));
                QVERIFY(again.ok() && again.value() == client.value());
            }
        }
    }
    QVERIFY(decodedCount > 0); // some flips land in string content and must still decode
}

namespace {

Conversation escalatedConversation()
{
    Conversation c = conversation();
    c.status = ConversationStatus::Human;
    c.assigneeName = "Sam Ortiz";
    c.escalation = Escalation {"vip-angry", EscalationReason::NegativeSentiment, 2, 1717000000600, 1717000300600};
    return c;
}

/// Decodes a command with the typed helper its name selects; "" when it decodes, else the error.
std::string decodeTyped(const Command &c)
{
    using namespace commands;
    auto check = [](const auto &decoded) { return decoded.ok() ? std::string() : decoded.error().message; };
    const std::string &n = c.name;
    if (n == JudgeMessage::kName)
        return check(JudgeMessage::fromCommand(c));
    if (n == TakeOver::kName)
        return check(TakeOver::fromCommand(c));
    if (n == HandBack::kName)
        return check(HandBack::fromCommand(c));
    if (n == Resolve::kName)
        return check(Resolve::fromCommand(c));
    if (n == Transfer::kName)
        return check(Transfer::fromCommand(c));
    if (n == Whisper::kName)
        return check(Whisper::fromCommand(c));
    if (n == SendMessage::kName)
        return check(SendMessage::fromCommand(c));
    if (n == AddNote::kName)
        return check(AddNote::fromCommand(c));
    return "no typed command " + n;
}

/// toCommand, over the wire, fromCommand: the console and the server see the same value.
template<typename T> void checkCommand(const T &typed)
{
    const std::string wire = encode(ClientFrame {typed.toCommand("c-42")});
    auto frame = decodeClientFrame(wire);
    QVERIFY2(frame.ok(), frame.error().message.c_str());
    const Command &command = std::get<Command>(frame.value());
    QCOMPARE(command.id, std::string("c-42"));
    QCOMPARE(command.name, std::string(T::kName));
    auto back = T::fromCommand(command);
    QVERIFY2(back.ok(), back.error().message.c_str());
    QVERIFY2(back.value() == typed, wire.c_str());
}

} // namespace

void TestProtocol::handoffPayloadsRoundTrip()
{
    Message note = aiMessage();
    note.author = Author::Human;
    note.ai.reset();
    note.visibility = Visibility::Note;
    Message whisper = note;
    whisper.id = "m-c-2";
    whisper.visibility = Visibility::Whisper;
    Events events;
    events.events.push_back(makeEvent(1, kinds::ConversationUpserted, escalatedConversation(), "c-1"));
    events.events.push_back(makeEvent(2, kinds::MessageCreated, note));
    events.events.push_back(makeEvent(3, kinds::MessageCreated, whisper, "c-2"));
    for (auto outcome : {ResolveOutcome::Resolved, ResolveOutcome::NotResolved, ResolveOutcome::Spam})
        events.events.push_back(makeEvent(4 + std::int64_t(outcome), kinds::ConversationTransitioned,
            Transition {"cv-1", ConversationStatus::Human, ConversationStatus::Resolved, "sam", "resolve",
                "done \xF0\x9F\x98\x80", outcome, 9}));
    events.events.push_back(makeEvent(7, kinds::ConversationTransitioned,
        Transition {"cv-1", ConversationStatus::Resolved, ConversationStatus::Ai, "system", "customer_wrote", "",
            std::nullopt, 10}));
    events.events.push_back(makeEvent(
        8, kinds::DraftCreated, Draft {"d-8", "cv-1", "sam", "Your order shipped.", "order.status", 0.75, 11}));
    events.events.push_back(makeEvent(9, kinds::DraftCreated, Draft {"d-9", "cv-1", "sam", "", "", 0.0, 12}));
    checkRoundTrip(ServerFrame {events}, decodeServerFrame);
    checkRoundTrip(ServerFrame {Snapshot {{"e-7f2c", 9}, 0, true, {}, {escalatedConversation()}, {note, whisper}}},
        decodeServerFrame);

    Nack lost {"c-3", errors::Conflict, "cv-1 is already owned by Sam Ortiz", false,
        {{"owner", "sam"}, {"ownerName", "Sam Ortiz"}}};
    checkRoundTrip(ServerFrame {lost}, decodeServerFrame);
    const std::string wire = encode(ServerFrame {lost});
    auto decoded = decodeServerFrame(wire);
    QCOMPARE(std::get<Nack>(decoded.value()).details.at("owner").get<std::string>(), std::string("sam"));
    checkRoundTrip(ServerFrame {Nack {"c-4", errors::IdReused, "reused", false}}, decodeServerFrame);
    checkRoundTrip(ServerFrame {Nack {"c-5", errors::InvalidState, "not yours", false}}, decodeServerFrame);

    for (auto v : {EscalationReason::AskedForHuman, EscalationReason::LowConfidence,
             EscalationReason::NegativeSentiment, EscalationReason::Vip, EscalationReason::LegalOrPolicy,
             EscalationReason::MissingKnowledge, EscalationReason::ToolFailure, EscalationReason::AiLooping})
        QVERIFY(escalationReasonFromString(toString(v)) == v);
    QCOMPARE(toString(EscalationReason::AskedForHuman), std::string_view("asked_for_human"));
    QCOMPARE(toString(ResolveOutcome::NotResolved), std::string_view("not_resolved"));
    QVERIFY(!visibilityFromString("Note"));
}

void TestProtocol::handoffFieldsAreOptional()
{
    // An older server sends none of the new fields: everything takes its default.
    const std::string old
        = readFile(fixturesDir() + QStringLiteral("/valid/server--events-conversation-upserted.json"));
    auto decoded = decodeServerFrame(old);
    QVERIFY(decoded.ok());
    const auto &c = std::get<Conversation>(std::get<Events>(decoded.value()).events.front().payload);
    QVERIFY(!c.escalation.has_value());
    QVERIFY(c.assigneeName.empty());
    QVERIFY(
        std::get<Nack>(decodeServerFrame(readFile(fixturesDir() + QStringLiteral("/valid/server--nack.json"))).value())
            .details.empty());

    // Defaults are omitted on the wire, so a public message encodes exactly as before.
    Message plain {"m-2", "cv-1", Author::Customer, "Ada", "hi", 5, std::nullopt};
    const std::string wire = encode(ServerFrame {Events {{makeEvent(7, kinds::MessageCreated, plain)}}});
    QVERIFY(wire.find("visibility") == std::string::npos);
    QVERIFY(encode(ServerFrame {Nack {"c-1", "internal", "x", true}}).find("details") == std::string::npos);
    nlohmann::json conv = conversation();
    QVERIFY(!conv.contains("escalation") && !conv.contains("assigneeName"));

    // Explicit nulls mean "no value" too.
    conv["escalation"] = nullptr;
    conv["assigneeName"] = nullptr;
    QVERIFY(conversationFromJson(conv).value() == conversation());
    nlohmann::json msg = plain;
    msg["visibility"] = nullptr;
    QVERIFY(messageFromJson(msg).value().visibility == Visibility::Public);
    msg["visibility"] = "whisper";
    QVERIFY(messageFromJson(msg).value().visibility == Visibility::Whisper);
}

void TestProtocol::typedCommandsRoundTrip()
{
    using namespace commands;
    checkCommand(JudgeMessage {"m-1", false, "wrong window"});
    checkCommand(TakeOver {"cv-1"});
    checkCommand(HandBack {"cv-1", "Refund approved"});
    checkCommand(HandBack {"cv-1", ""});
    checkCommand(Resolve {"cv-1", ResolveOutcome::Spam, ""});
    checkCommand(Resolve {"cv-1", ResolveOutcome::NotResolved, "left"});
    checkCommand(Transfer {"cv-1", "sam"});
    checkCommand(Whisper {"cv-1", "Offer free shipping"});
    checkCommand(SendMessage {"cv-1", "line 1\nline 2 <b>plain</b>"});
    checkCommand(AddNote {"cv-1", "reseller"});
    QCOMPARE(sentMessageId("c-42"), std::string("m-c-42"));
}

void TestProtocol::commandFixturesDecodeTyped()
{
    const QDir dir(fixturesDir() + QStringLiteral("/valid"));
    QSet<QString> names;
    for (const QString &file : dir.entryList({QStringLiteral("client--command-*.json")}, QDir::Files)) {
        auto frame = decodeClientFrame(readFile(dir.filePath(file)));
        QVERIFY(frame.ok());
        const auto &command = std::get<Command>(frame.value());
        if (command.args.empty())
            continue; // the args-less fixture tests the envelope only
        const std::string error = decodeTyped(command);
        QVERIFY2(error.empty(), qPrintable(file + QStringLiteral(": ") + QString::fromStdString(error)));
        names.insert(QString::fromStdString(command.name));
    }
    QCOMPARE(names.size(), 8); // one fixture per command of the spec
}

void TestProtocol::typedCommandsRejectBadArgs_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("args");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no conversation") << "conversation.take_over"
                                     << "{}"
                                     << "args.conversationId: missing required field";
    QTest::newRow("empty conversation") << "conversation.take_over"
                                        << R"({"conversationId":""})"
                                        << "args.conversationId: must not be empty";
    QTest::newRow("numeric id") << "conversation.hand_back"
                                << R"({"conversationId":5})"
                                << "args.conversationId: expected a string";
    QTest::newRow("outcome") << "conversation.resolve"
                             << R"({"conversationId":"cv-1","outcome":"closed"})"
                             << "args.outcome: unknown value \"closed\"";
    QTest::newRow("no outcome") << "conversation.resolve"
                                << R"({"conversationId":"cv-1"})"
                                << "args.outcome: missing";
    QTest::newRow("transfer to nobody") << "conversation.transfer"
                                        << R"({"conversationId":"cv-1","toUser":""})"
                                        << "args.toUser: must not be empty";
    QTest::newRow("empty whisper") << "conversation.whisper"
                                   << R"({"conversationId":"cv-1","text":""})"
                                   << "args.text: must not be empty";
    QTest::newRow("empty reply") << "message.send"
                                 << R"({"conversationId":"cv-1"})"
                                 << "args.text: missing";
    QTest::newRow("note null") << "note.add"
                               << R"({"conversationId":"cv-1","text":null})"
                               << "args.text: expected a string, got null";
    QTest::newRow("judge") << "message.judge"
                           << R"({"messageId":"m-1","correct":"yes","reason":""})"
                           << "args.correct: expected a boolean";
}

void TestProtocol::typedCommandsRejectBadArgs()
{
    QFETCH(QString, name);
    QFETCH(QString, args);
    QFETCH(QString, expected);
    const Command command {"c-1", name.toStdString(), nlohmann::json::parse(args.toStdString())};
    const QString error = QString::fromStdString(decodeTyped(command));
    QVERIFY2(error.contains(expected), qPrintable(error));

    // The wrong helper for a name is refused rather than misread.
    auto wrong = commands::TakeOver::fromCommand(commands::AddNote {"cv-1", "x"}.toCommand("c-2"));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().message, std::string("name: expected conversation.take_over, got \"note.add\""));
}

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
