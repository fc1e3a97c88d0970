// Protocol additions for escalation, take-over and hand-back (issue 4): payloads, optional fields,
// the typed commands shared by console and server, and their rejections.

#include "protocol/codec.h"
#include "protocol/commands.h"
#include "protocoltesting.h"

using namespace pilothouse::protocol;
using namespace protocol_testing;

class TestHandoffProtocol : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void handoffPayloadsRoundTrip();
    void handoffFieldsAreOptional();
    void typedCommandsRoundTrip();
    void commandFixturesDecodeTyped();
    void typedCommandsRejectBadArgs_data();
    void typedCommandsRejectBadArgs();
};
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
    if (n == EraseCustomer::kName)
        return check(EraseCustomer::fromCommand(c));
    if (n == Merge::kName)
        return check(Merge::fromCommand(c));
    if (n == SetPresence::kName)
        return check(SetPresence::fromCommand(c));
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

void TestHandoffProtocol::handoffPayloadsRoundTrip()
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
    // A merge names the conversation it went into (an optional member, sent only when set).
    Transition merged {"cv-1", ConversationStatus::Ai, ConversationStatus::Resolved, "maria", "merged",
        "Merged into conversation cv-2.", ResolveOutcome::Resolved, 13, "Maria Lopez"};
    merged.mergedInto = "cv-2";
    events.events.push_back(makeEvent(10, kinds::ConversationTransitioned, merged, "c-5"));
    checkRoundTrip(ServerFrame {events}, decodeServerFrame);
    const nlohmann::json mergedWire = merged;
    QCOMPARE(mergedWire.value("mergedInto", std::string()), std::string("cv-2"));
    const nlohmann::json plainWire
        = Transition {"cv-1", ConversationStatus::Ai, ConversationStatus::Human, "sam", "take_over", "", {}, 1};
    QVERIFY(!plainWire.contains("mergedInto"));
    checkRoundTrip(ServerFrame {Snapshot {{"e-7f2c", 9}, 0, true, {}, {escalatedConversation()}, {note, whisper}, {}}},
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

void TestHandoffProtocol::handoffFieldsAreOptional()
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

void TestHandoffProtocol::typedCommandsRoundTrip()
{
    using namespace commands;
    checkCommand(JudgeMessage {"m-1", false, "wrong window"});
    checkCommand(JudgeMessage {"m-1", false, "wrong window", ReviewReason::WrongFacts});
    checkCommand(JudgeMessage {"m-1", false, "", ReviewReason::ShouldNotHaveHandedOver});
    checkCommand(TakeOver {"cv-1"});
    checkCommand(HandBack {"cv-1", "Refund approved"});
    checkCommand(HandBack {"cv-1", ""});
    checkCommand(Resolve {"cv-1", ResolveOutcome::Spam, ""});
    checkCommand(Resolve {"cv-1", ResolveOutcome::NotResolved, "left"});
    checkCommand(Transfer {"cv-1", "sam"});
    checkCommand(Whisper {"cv-1", "Offer free shipping"});
    checkCommand(SendMessage {"cv-1", "line 1\nline 2 <b>plain</b>"});
    checkCommand(EraseCustomer {"k-1042"});
    checkCommand(AddNote {"cv-1", "reseller"});
    checkCommand(Merge {"cv-1", "cv-2"});
    checkCommand(SetPresence {Presence::Away});
    checkCommand(SetPresence {Presence::Online});
    // Offline is the server's to say; an unknown presence is no presence.
    for (const char *refused : {"offline", "busy", "Away"}) {
        const auto decoded = SetPresence::fromCommand(Command {"c-1", SetPresence::kName, {{"presence", refused}}});
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().message,
            std::string("args.presence: unknown value \"") + refused + "\" (expected online or away)");
    }
    QCOMPARE(sentMessageId("c-42"), std::string("m-c-42"));
    QCOMPARE(mergedMessageId("m-7"), std::string("m-merged-m-7"));
}

void TestHandoffProtocol::commandFixturesDecodeTyped()
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
    QCOMPARE(names.size(), 11); // one fixture per command of the spec
}

void TestHandoffProtocol::typedCommandsRejectBadArgs_data()
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
    QTest::newRow("abandoned is the server's") << "conversation.resolve"
                                               << R"({"conversationId":"cv-1","outcome":"abandoned"})"
                                               << "args.outcome: unknown value \"abandoned\"";
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
    QTest::newRow("erase nobody") << "customer.erase"
                                  << R"({"customerId":""})"
                                  << "args.customerId: must not be empty";
    QTest::newRow("erase without id") << "customer.erase"
                                      << "{}"
                                      << "args.customerId: missing required field";
    QTest::newRow("merge into itself") << "conversation.merge"
                                       << R"({"conversationId":"cv-1","intoConversationId":"cv-1"})"
                                       << "args.intoConversationId: a conversation cannot be merged into itself";
    QTest::newRow("merge into nothing") << "conversation.merge"
                                        << R"({"conversationId":"cv-1"})"
                                        << "args.intoConversationId: missing required field";
    QTest::newRow("merge into empty") << "conversation.merge"
                                      << R"({"conversationId":"cv-1","intoConversationId":""})"
                                      << "args.intoConversationId: must not be empty";
    QTest::newRow("judge") << "message.judge"
                           << R"({"messageId":"m-1","correct":"yes","reason":""})"
                           << "args.correct: expected a boolean";
    QTest::newRow("unknown review reason") << "message.judge"
                                           << R"({"messageId":"m-1","correct":false,"reason":"","category":"rude"})"
                                           << "args.category: unknown value \"rude\"";
    QTest::newRow("a right reply has no reason")
        << "message.judge"
        << R"({"messageId":"m-1","correct":true,"reason":"","category":"other"})"
        << "args.category: a reply judged correct has no category";
}

void TestHandoffProtocol::typedCommandsRejectBadArgs()
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

QTEST_GUILESS_MAIN(TestHandoffProtocol)
#include "tst_handoffprotocol.moc"
