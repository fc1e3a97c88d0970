// The server's conversation state machine and the whisper wording, without a server: every
// transition of docs/protocol.md section 8.1, who may make it, and what it records.

#include "handoff/instruction.h"
#include "handoff/statemachine.h"
#include "whispercorpus.h"

#include <QTest>

using namespace pilothouse::server;
namespace protocol = pilothouse::protocol;
using protocol::ConversationStatus;

namespace {

const Actor kSam {"sam", "Sam Ortiz", Role::Agent};
const Actor kAda {"ada", "Ada Byrne", Role::Agent};
const Actor kMaria {"maria", "Maria Lopez", Role::Supervisor};
constexpr protocol::Millis kAt = 1717000000000;

protocol::Conversation conversation(ConversationStatus status, const Actor *owner = nullptr)
{
    protocol::Conversation c;
    c.id = "cv-1";
    c.customerId = "cu-1";
    c.status = status;
    c.priority = 1;
    c.waitingSince = kAt - 5000;
    if (owner) {
        c.assignee = owner->name;
        c.assigneeName = owner->displayName;
    }
    return c;
}

protocol::Conversation escalated()
{
    auto change = ConversationStateMachine::escalate(
        conversation(ConversationStatus::Ai), "human-request", protocol::EscalationReason::AskedForHuman, 3, kAt);
    return change->conversation;
}

} // namespace

class TestStateMachine : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void escalationRecordsRuleReasonAndSla();
    void takeOverHasOneOwner();
    void handBackOnlyByTheOwner();
    void resolveAndReopen();
    void humanHandleTimeGrowsOnlyWhilePeopleOwnIt();
    void serverClosesNeedTheirStatus();
    void transferIsForSupervisors();
    void mergeClosesOneOpenConversationIntoAnotherOfTheCustomer();
    void whisperAndReplyChecks();
    void whisperBecomesTheAisOwnWords_data();
    void whisperBecomesTheAisOwnWords();
    void whisperPropertiesHoldOverGeneratedWhispers();
};

void TestStateMachine::humanHandleTimeGrowsOnlyWhilePeopleOwnIt()
{
    auto c = escalated();
    QCOMPARE(c.humanHandleMs, 0);
    QVERIFY(!c.humanSince);
    c = ConversationStateMachine::takeOver(c, kSam, kAt + 1000).change->conversation;
    QCOMPARE(c.humanSince.value_or(0), kAt + 1000);
    QCOMPARE(c.humanHandleMs, 0); // the current stretch is counted when it ends
    // A transfer keeps people in charge: the clock runs on.
    c = ConversationStateMachine::transfer(c, kMaria, kAda, kAt + 5000).change->conversation;
    QCOMPARE(c.humanSince.value_or(0), kAt + 1000);
    c = ConversationStateMachine::handBack(c, kAda, "", kAt + 61000).change->conversation;
    QCOMPARE(c.humanHandleMs, 60000);
    QVERIFY(!c.humanSince);
    // Time with the AI does not count; a second stretch adds to the first.
    c = ConversationStateMachine::takeOver(c, kSam, kAt + 300000).change->conversation;
    c = ConversationStateMachine::resolve(c, kSam, protocol::ResolveOutcome::Resolved, "", kAt + 330000)
            .change->conversation;
    QCOMPARE(c.humanHandleMs, 90000);
    QVERIFY(!c.humanSince);
    c = ConversationStateMachine::reopen(c, kAt + 400000)->conversation;
    QCOMPARE(c.humanHandleMs, 90000);
}

void TestStateMachine::serverClosesNeedTheirStatus()
{
    namespace r = transition_reasons;
    const auto ai = conversation(ConversationStatus::Ai);
    const auto confirmed = ConversationStateMachine::close(ai, r::CustomerConfirmed, kAt);
    QVERIFY(confirmed);
    QCOMPARE(confirmed->transition.actor, std::string("ai"));
    QCOMPARE(confirmed->transition.reason, std::string("customer_confirmed"));
    QVERIFY(confirmed->transition.outcome == protocol::ResolveOutcome::Resolved);
    QVERIFY(confirmed->conversation.status == ConversationStatus::Resolved);
    QVERIFY(!confirmed->conversation.waitingSince);
    const auto quiet = ConversationStateMachine::close(ai, r::NoReply, kAt);
    QVERIFY(quiet);
    QCOMPARE(quiet->transition.actor, std::string("system"));
    QVERIFY(quiet->transition.outcome == protocol::ResolveOutcome::Resolved);
    const auto left = ConversationStateMachine::close(escalated(), r::Abandoned, kAt);
    QVERIFY(left);
    QCOMPARE(left->transition.actor, std::string("system"));
    QVERIFY(left->transition.outcome == protocol::ResolveOutcome::Abandoned);
    QVERIFY(!left->conversation.escalation);
    // Never inferred from another state: the AI cannot resolve a queued or owned conversation,
    // and a conversation people own is not abandoned.
    QVERIFY(!ConversationStateMachine::close(escalated(), r::NoReply, kAt));
    QVERIFY(
        !ConversationStateMachine::close(conversation(ConversationStatus::Human, &kSam), r::CustomerConfirmed, kAt));
    QVERIFY(!ConversationStateMachine::close(conversation(ConversationStatus::Human, &kSam), r::Abandoned, kAt));
    QVERIFY(!ConversationStateMachine::close(conversation(ConversationStatus::Resolved), r::NoReply, kAt));
    QVERIFY(!ConversationStateMachine::close(ai, "resolve", kAt));
}

void TestStateMachine::escalationRecordsRuleReasonAndSla()
{
    const auto change = ConversationStateMachine::escalate(
        conversation(ConversationStatus::Ai), "vip-angry", protocol::EscalationReason::NegativeSentiment, 2, kAt);
    QVERIFY(change);
    QVERIFY(change->conversation.status == ConversationStatus::Escalated);
    QCOMPARE(change->conversation.priority, 2);
    QCOMPARE(change->conversation.waitingSince, std::optional<protocol::Millis>(kAt));
    const auto &e = *change->conversation.escalation;
    QCOMPARE(e.rule, std::string("vip-angry"));
    QVERIFY(e.reason == protocol::EscalationReason::NegativeSentiment);
    QCOMPARE(e.slaDueAt, kAt + 5 * 60 * 1000);
    QCOMPARE(change->transition.actor, std::string("ai"));
    QCOMPARE(change->transition.reason, std::string("negative_sentiment"));
    QVERIFY(change->transition.from == ConversationStatus::Ai);
    QVERIFY(change->transition.to == ConversationStatus::Escalated);
    // Urgent first: the SLA shrinks as the priority rises.
    QCOMPARE(ConversationStateMachine::slaTargetMs(3), 2 * 60 * 1000);
    QCOMPARE(ConversationStateMachine::slaTargetMs(1), 10 * 60 * 1000);
    QCOMPARE(ConversationStateMachine::slaTargetMs(0), 15 * 60 * 1000);
    // Only the AI's conversations escalate; a person's stays theirs.
    QVERIFY(!ConversationStateMachine::escalate(
        conversation(ConversationStatus::Human, &kSam), "r", protocol::EscalationReason::Vip, 1, kAt));
}

void TestStateMachine::takeOverHasOneOwner()
{
    const auto first = ConversationStateMachine::takeOver(escalated(), kSam, kAt + 1000);
    QVERIFY(first.change && !first.refusal);
    const auto &owned = first.change->conversation;
    QVERIFY(owned.status == ConversationStatus::Human);
    QCOMPARE(owned.assignee, std::string("sam"));
    QCOMPARE(owned.assigneeName, std::string("Sam Ortiz"));
    QVERIFY(owned.escalation); // kept while owned after an escalation, for HFRT and the queue
    QCOMPARE(first.change->transition.reason, std::string("take_over"));

    const auto second = ConversationStateMachine::takeOver(owned, kAda, kAt + 1001);
    QVERIFY(!second.change && second.refusal);
    QCOMPARE(second.refusal->code, std::string("conflict"));
    QCOMPARE(second.refusal->details.at("owner").get<std::string>(), std::string("sam"));
    QCOMPARE(second.refusal->details.at("ownerName").get<std::string>(), std::string("Sam Ortiz"));
    QVERIFY(QString::fromStdString(second.refusal->message).contains(QStringLiteral("Sam Ortiz")));

    const auto repeat = ConversationStateMachine::takeOver(owned, kSam, kAt + 1002);
    QVERIFY(!repeat.change && !repeat.refusal); // already yours

    const auto fromAi = ConversationStateMachine::takeOver(conversation(ConversationStatus::Ai), kAda, kAt);
    QVERIFY(fromAi.change);
    QVERIFY(!fromAi.change->conversation.escalation);
    const auto resolved = ConversationStateMachine::takeOver(conversation(ConversationStatus::Resolved), kAda, kAt);
    QCOMPARE(resolved.refusal->code, std::string("invalid_state"));
}

void TestStateMachine::handBackOnlyByTheOwner()
{
    const auto owned = conversation(ConversationStatus::Human, &kSam);
    const auto byOther = ConversationStateMachine::handBack(owned, kMaria, "", kAt);
    QCOMPARE(byOther.refusal->code, std::string("invalid_state"));
    QCOMPARE(byOther.refusal->details.at("owner").get<std::string>(), std::string("sam"));
    const auto unowned = ConversationStateMachine::handBack(conversation(ConversationStatus::Ai), kSam, "", kAt);
    QCOMPARE(unowned.refusal->code, std::string("invalid_state"));

    auto withEscalation = ConversationStateMachine::takeOver(escalated(), kSam, kAt).change->conversation;
    const auto back = ConversationStateMachine::handBack(withEscalation, kSam, "Refund approved", kAt + 5);
    QVERIFY(back.change);
    QVERIFY(back.change->conversation.status == ConversationStatus::Ai);
    QVERIFY(back.change->conversation.assignee.empty());
    QVERIFY(!back.change->conversation.escalation);
    QCOMPARE(back.change->transition.note, std::string("Refund approved"));
    QCOMPARE(back.change->transition.actor, std::string("sam"));
    QCOMPARE(back.change->transition.at, kAt + 5);
}

void TestStateMachine::resolveAndReopen()
{
    const auto owned = conversation(ConversationStatus::Human, &kSam);
    const auto done
        = ConversationStateMachine::resolve(owned, kSam, protocol::ResolveOutcome::NotResolved, "left", kAt);
    QVERIFY(done.change);
    QVERIFY(done.change->conversation.status == ConversationStatus::Resolved);
    QVERIFY(done.change->transition.outcome == protocol::ResolveOutcome::NotResolved);
    QVERIFY(!done.change->conversation.waitingSince);
    QCOMPARE(ConversationStateMachine::resolve(owned, kAda, protocol::ResolveOutcome::Resolved, "", kAt).refusal->code,
        std::string("invalid_state"));
    // Nobody owns it: a supervisor may close it, an agent must take it over first.
    QVERIFY(ConversationStateMachine::resolve(escalated(), kMaria, protocol::ResolveOutcome::Spam, "", kAt).change);
    QCOMPARE(
        ConversationStateMachine::resolve(escalated(), kAda, protocol::ResolveOutcome::Spam, "", kAt).refusal->code,
        std::string("forbidden"));
    const auto closed = done.change->conversation;
    QCOMPARE(ConversationStateMachine::resolve(closed, kMaria, protocol::ResolveOutcome::Spam, "", kAt).refusal->code,
        std::string("invalid_state"));

    const auto reopened = ConversationStateMachine::reopen(closed, kAt + 10);
    QVERIFY(reopened);
    QVERIFY(reopened->conversation.status == ConversationStatus::Ai);
    QCOMPARE(reopened->transition.actor, std::string("system"));
    QCOMPARE(reopened->transition.reason, std::string("customer_wrote"));
    QVERIFY(!ConversationStateMachine::reopen(owned, kAt));
}

void TestStateMachine::transferIsForSupervisors()
{
    const auto owned = conversation(ConversationStatus::Human, &kSam);
    QCOMPARE(ConversationStateMachine::transfer(owned, kAda, kAda, kAt).refusal->code, std::string("forbidden"));
    const auto moved = ConversationStateMachine::transfer(owned, kMaria, kAda, kAt);
    QVERIFY(moved.change);
    QCOMPARE(moved.change->conversation.assignee, std::string("ada"));
    QCOMPARE(moved.change->conversation.assigneeName, std::string("Ada Byrne"));
    QCOMPARE(moved.change->transition.actor, std::string("maria"));
    QCOMPARE(moved.change->transition.reason, std::string("transfer"));
    QVERIFY(ConversationStateMachine::transfer(escalated(), kMaria, kSam, kAt).change);
    QCOMPARE(
        ConversationStateMachine::transfer(conversation(ConversationStatus::Resolved), kMaria, kSam, kAt).refusal->code,
        std::string("invalid_state"));
}

void TestStateMachine::mergeClosesOneOpenConversationIntoAnotherOfTheCustomer()
{
    // Issue 17, point 5: a supervisor merges one of a customer's open conversations into another.
    const auto owned = conversation(ConversationStatus::Human, &kSam);
    auto into = conversation(ConversationStatus::Ai);
    into.id = "cv-2";
    const auto code = [](const Decision &d) { return d.refusal ? d.refusal->code : std::string("(none)"); };
    QCOMPARE(code(ConversationStateMachine::merge(owned, into, kSam, kAt)), std::string("forbidden"));
    QCOMPARE(code(ConversationStateMachine::merge(owned, owned, kMaria, kAt)), std::string("bad_request"));
    auto otherCustomer = into;
    otherCustomer.customerId = "cu-2";
    QCOMPARE(code(ConversationStateMachine::merge(owned, otherCustomer, kMaria, kAt)), std::string("bad_request"));
    auto closedInto = into;
    closedInto.status = ConversationStatus::Resolved;
    QCOMPARE(code(ConversationStateMachine::merge(owned, closedInto, kMaria, kAt)), std::string("invalid_state"));
    auto closedFrom = owned;
    closedFrom.id = "cv-3";
    closedFrom.status = ConversationStatus::Resolved;
    QCOMPARE(code(ConversationStateMachine::merge(closedFrom, into, kMaria, kAt)), std::string("invalid_state"));
    for (const auto &refused : {ConversationStateMachine::merge(owned, into, kSam, kAt),
             ConversationStateMachine::merge(owned, closedInto, kMaria, kAt)}) {
        QVERIFY(!refused.change);
        QVERIFY(!refused.refusal->message.empty());
    }

    // From any open status, whoever owns it: closed as resolved, reason merged, naming the other.
    for (const auto &from : {owned, escalated(), conversation(ConversationStatus::Ai)}) {
        const auto merged = ConversationStateMachine::merge(from, into, kMaria, kAt);
        QVERIFY(merged.change && !merged.refusal);
        const protocol::Transition &t = merged.change->transition;
        QCOMPARE(t.conversationId, std::string("cv-1"));
        QVERIFY(t.from == from.status);
        QVERIFY(t.to == ConversationStatus::Resolved);
        QCOMPARE(t.actor, std::string("maria"));
        QCOMPARE(t.actorName, std::string("Maria Lopez"));
        QCOMPARE(t.reason, std::string("merged"));
        QVERIFY(t.outcome == protocol::ResolveOutcome::Resolved);
        QCOMPARE(t.mergedInto, std::string("cv-2"));
        QVERIFY2(t.note.find("cv-2") != std::string::npos, t.note.c_str());
        const protocol::Conversation &row = merged.change->conversation;
        QVERIFY(row.status == ConversationStatus::Resolved);
        QVERIFY(row.assignee.empty() && row.assigneeName.empty());
        QVERIFY(!row.escalation && !row.waitingSince);
        QVERIFY(row.closed == (protocol::Closed {protocol::ResolveOutcome::Resolved, "maria", kAt}));
    }
}

void TestStateMachine::whisperAndReplyChecks()
{
    const auto ai = conversation(ConversationStatus::Ai);
    QCOMPARE(ConversationStateMachine::checkWhisper(ai, kSam)->code, std::string("forbidden"));
    QVERIFY(!ConversationStateMachine::checkWhisper(ai, kMaria));
    QCOMPARE(ConversationStateMachine::checkWhisper(escalated(), kMaria)->code, std::string("invalid_state"));
    QCOMPARE(ConversationStateMachine::checkWhisper(conversation(ConversationStatus::Resolved), kMaria)->code,
        std::string("invalid_state"));
    const auto owned = conversation(ConversationStatus::Human, &kSam);
    // Owned by a person, a whisper becomes the AI's next suggestion to the owner (a draft).
    QVERIFY(!ConversationStateMachine::checkWhisper(owned, kMaria));
    QCOMPARE(ConversationStateMachine::checkWhisper(owned, kSam)->code, std::string("forbidden"));
    QVERIFY(!ConversationStateMachine::checkSend(owned, kSam));
    QCOMPARE(ConversationStateMachine::checkSend(owned, kMaria)->code, std::string("invalid_state"));
    QCOMPARE(ConversationStateMachine::checkSend(ai, kSam)->code, std::string("invalid_state"));
}

void TestStateMachine::whisperBecomesTheAisOwnWords_data()
{
    QTest::addColumn<QString>("whisper");
    QTest::addColumn<QString>("said");
    // Issue 17: this whisper reached the customer as "I've just checked with my team: confirm the
    // free replacement for #81040 and offer express shipping."
    QTest::newRow("issue 17") << "Confirm the free replacement for #81040 and offer express shipping"
                              << "I can confirm your free replacement for order #81040, and I can also offer you "
                                 "express shipping.";
    QTest::newRow("offer") << "Offer free express shipping on this order."
                           << "I can offer you free express shipping on this order.";
    QTest::newRow("apologise") << "apologize for the delay"
                               << "I'm sorry for the delay.";
    QTest::newRow("tell") << "Tell them that the refund was approved"
                          << "Your refund was approved.";
    QTest::newRow("ask") << "ask for the order number"
                         << "Could you share your order number?";
    QTest::newRow("pronouns") << "Give him 15% off his next order"
                              << "I can give you 15% off your next order.";
    QTest::newRow("the customer") << "Tell the customer his parcel will arrive tomorrow"
                                  << "Your parcel will arrive tomorrow.";
    QTest::newRow("ask what") << "Ask them what size they usually wear"
                              << "Could you tell me what size you usually wear?";
    QTest::newRow("refund and apologise") << "Refund them $25 and apologise for the wait"
                                          << "I'll refund you $25, and I'm sorry for the wait.";
    QTest::newRow("list") << "Offer a voucher, free shipping and a tote bag"
                          << "I can offer you a voucher, free shipping and a tote bag.";
    QTest::newRow("escalate") << "Escalate #70431 to billing"
                              << "I'm passing order #70431 to our billing team, who will follow up with you.";
    QTest::newRow("suggest") << "Suggest a size up"
                             << "I'd recommend a size up.";
    QTest::newRow("replace") << "Replace the damaged boots"
                             << "I'll send you a replacement for the damaged boots.";
    QTest::newRow("ship express") << "ship #90210 express"
                                  << "I'll get your order #90210 to you by express delivery.";
    QTest::newRow("waive") << "Waive the return shipping fee"
                           << "I'll waive your return shipping fee.";
    QTest::newRow("thank") << "Thank them for their patience"
                           << "Thank you for your patience.";
    QTest::newRow("polite question") << "Can you check if #66120 shipped?"
                                     << "I'm looking into whether order #66120 shipped.";
    // The wording that would repeat the whisper ("add free gift wrapping") gives way to another.
    QTest::newRow("no echo") << "Add free gift wrapping"
                             << "You'll get free gift wrapping.";
    // A customer-relevant fact is passed on in the AI's voice, never quoted as the team's note.
    QTest::newRow("fact") << "Warehouse reopens Monday"
                          << "Just so you know, our warehouse reopens Monday.";
    QTest::newRow("fact, reported") << "Refund approved"
                                    << "Just so you know, your refund has been approved.";
    // Notes for operators and constraints on the AI are followed silently.
    QTest::newRow("note") << "Be careful, he's a lawyer"
                          << "";
    QTest::newRow("vip") << "VIP, be nice"
                         << "";
    QTest::newRow("constraint") << "Don't mention the discount"
                                << "";
    QTest::newRow("instruction and constraint") << "Offer them a 10% discount but don't mention the loyalty programme"
                                                << "I can offer you a 10% discount.";
    QTest::newRow("instruction and note") << "The customer is a VIP, offer free shipping"
                                          << "I can offer you free shipping.";
    QTest::newRow("question to the AI") << "Why did you offer 50%?"
                                        << "";
    QTest::newRow("work behind the scenes") << "Escalate internally"
                                            << "";
    QTest::newRow("call someone else") << "Call the warehouse"
                                       << "";
    QTest::newRow("empty") << "  ... "
                           << "";
}

void TestStateMachine::whisperBecomesTheAisOwnWords()
{
    QFETCH(QString, whisper);
    QFETCH(QString, said);
    const std::string reply = followInstruction(whisper.toStdString());
    QCOMPARE(QString::fromStdString(reply), said);
    QVERIFY(!QString::fromStdString(reply).contains(QStringLiteral("my team"), Qt::CaseInsensitive));
}

void TestStateMachine::whisperPropertiesHoldOverGeneratedWhispers()
{
    // Generated whispers (tests/handoff/whispercorpus.h lists the properties): instructions from
    // about forty verbs and objects, with entities, pronouns, notes and constraints, fillers,
    // statements, and varied case and punctuation. Deterministic: the same 400 every run.
    const auto corpus = testing::whispers::corpus(400);
    QCOMPARE(corpus.size(), std::size_t(400));
    int broken = 0;
    int withNotes = 0;
    for (const auto &whisper : corpus) {
        const std::string reply = followInstruction(whisper.text);
        // The same input, the same words.
        QCOMPARE(followInstruction(whisper.text), reply);
        withNotes += whisper.secrets.empty() ? 0 : 1;
        const auto problems = testing::whispers::violations(whisper, reply);
        if (problems.empty())
            continue;
        ++broken;
        QString report = QStringLiteral("whisper: %1\nreply: %2")
                             .arg(QString::fromStdString(whisper.text), QString::fromStdString(reply));
        for (const auto &problem : problems)
            report += QStringLiteral("\n  - ") + QString::fromStdString(problem);
        qWarning("%s", qPrintable(report));
    }
    QVERIFY(withNotes > 100); // the corpus does exercise the notes
    // Each instruction alone says something, and keeps the same properties.
    const auto alone = testing::whispers::eachInstructionAlone();
    QVERIFY(alone.size() > 100);
    for (const auto &whisper : alone) {
        const std::string reply = followInstruction(whisper.text);
        const auto problems = testing::whispers::violations(whisper, reply);
        if (!problems.empty()) {
            ++broken;
            qWarning("whisper: %s\nreply: %s\n  - %s", whisper.text.c_str(), reply.c_str(), problems.front().c_str());
        }
    }
    QCOMPARE(broken, 0);
}

QTEST_GUILESS_MAIN(TestStateMachine)
#include "tst_statemachine.moc"
