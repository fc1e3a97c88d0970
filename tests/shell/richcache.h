#pragma once
// A cache that shows every kind of label the console computes from a code, written by the real
// write path (EventApplier): conversations in every status, every escalation reason with the
// built-in rule that fired, every segment, every order status, several intents, tool uses,
// transitions of every kind, drafts, notes, whispers, judgements, ratings, a sales lead with its
// stage, and every closing outcome. For tst_rawcodes (no code on screen) and tst_layouts (nothing
// clipped at 800, 1024 and 1440 pixels).
//
// Every free text (names, e-mails, subjects, messages, summaries, drafts, notes) is plain English
// without a code in it and is listed in RichCache::freeText, so a test can tell customer-authored
// and server-supplied text from the labels the console makes.

#include "protocol/codec.h"
#include "store/eventapplier.h"
#include "store/localstore.h"

#include <QDateTime>
#include <QStringList>
#include <QTest>

#include <optional>
#include <string>
#include <vector>

namespace pilothouse::tests {

struct RichCache {
    /// The user the cache belongs to: owner of kOwnedId, with drafts for them.
    static inline const QString kUser = QStringLiteral("lena");
    static inline const QString kUserName = QStringLiteral("Lena Supervisor");
    /// A conversation Lena owns (the action bar offers Hand back and Resolve), escalated before
    /// (vip), of a VIP customer with an order in every status, tool uses, drafts, a note, a whisper.
    static inline const QString kOwnedId = QStringLiteral("cv-owned");
    /// A conversation waiting in the queue (the action bar shows the reason and the rule).
    static inline const QString kEscalatedId = QStringLiteral("cv-esc-3");

    QStringList freeText; ///< Every free text written (customer-authored or server-supplied).
    QStringList intents; ///< Every intent code written.
    QStringList segments; ///< Every segment code written.
    QStringList orderStatuses; ///< Every order status code written.
    QStringList ruleIds; ///< Every rule id written (the built-in set's).
    QStringList toolNames; ///< Every tool name written ("order.lookup").

    void fill(const QString &path);
};

inline void RichCache::fill(const QString &path)
{
    namespace p = pilothouse::protocol;
    models::LocalStore store;
    QVERIFY2(store.open(path), qPrintable(store.errorString()));
    models::EventApplier applier(store);
    QVERIFY(applier.prepare());
    const p::Millis now = QDateTime::currentMSecsSinceEpoch();
    constexpr p::Millis minute = 60'000;
    std::vector<p::Event> events;
    std::int64_t seq = 0;
    const auto push = [&](p::EventPayload payload) {
        p::Event e;
        e.seq = ++seq;
        e.epoch = "rich";
        e.id = "rich-" + std::to_string(seq);
        e.at = now;
        e.payload = std::move(payload);
        events.push_back(std::move(e));
    };
    const auto say = [this](const std::string &text) {
        if (!text.empty() && !freeText.contains(QString::fromStdString(text)))
            freeText.append(QString::fromStdString(text));
        return text;
    };
    const auto code = [](QStringList &list, const std::string &value) {
        if (!value.empty() && !list.contains(QString::fromStdString(value)))
            list.append(QString::fromStdString(value));
        return value;
    };

    // Customers: every segment; the owned conversation's customer is a VIP with an order in
    // every status.
    struct Person {
        const char *name;
        const char *email;
        const char *segment;
    };
    const Person people[] = {{"Dana Whitfield", "dana.whitfield@example.com", "vip"},
        {"Marco Rossi", "marco.rossi@example.com", "returning"}, {"Aiko Tanaka", "aiko.tanaka@example.com", "new"},
        {"Fatima Al-Sayed", "fatima@example.com", "business"},
        {"Amélie Dubois-Lefèvre", "amelie@example.com", "returning"}};
    for (std::size_t i = 0; i < std::size(people); ++i) {
        p::Customer c;
        c.id = "cu-" + std::to_string(i);
        c.name = say(people[i].name);
        c.email = say(people[i].email);
        c.segment = code(segments, people[i].segment);
        c.vip = c.segment == "vip";
        c.lifetimeValueCents = 120'000 * std::int64_t(i + 1);
        c.since = now - std::int64_t(400 + 30 * i) * 24 * 60 * minute;
        c.language = "en";
        if (i == 0) {
            const char *statuses[] = {"processing", "shipped", "delivered", "returned", "cancelled"};
            for (int k = 0; k < 5; ++k) {
                c.orders.push_back({std::to_string(20311 - k), 64'900 - 1000 * k, "USD",
                    code(orderStatuses, statuses[k]), now - std::int64_t(3 + 10 * k) * 24 * 60 * minute,
                    say(k == 0 ? "2 items: Trail Runner 2, Wool Socks" : "Aurora Tablet with sleeve")});
            }
        }
        push(c);
    }

    // The conversations: id, customer, status, reason (escalated ones), built-in rule, intent.
    struct Row {
        const char *id;
        int customer;
        p::ConversationStatus status;
        std::optional<p::EscalationReason> reason;
        const char *rule; ///< A built-in rule's id (common/tuning/rulesetjson.cpp).
        const char *intent;
        p::Channel channel;
        p::ConversationKind kind;
        std::optional<p::ResolveOutcome> outcome;
    };
    using S = p::ConversationStatus;
    using R = p::EscalationReason;
    const Row rows[] = {
        {"cv-esc-1", 2, S::Escalated, R::AskedForHuman, "asked-for-human", "human_request", p::Channel::Chat,
            p::ConversationKind::Support, {}},
        {"cv-esc-2", 1, S::Escalated, R::LowConfidence, "low-confidence", "product_question", p::Channel::Email,
            p::ConversationKind::Sales, {}},
        {"cv-esc-3", 0, S::Escalated, R::Vip, "vip-negative-sentiment", "damaged_item", p::Channel::Voice,
            p::ConversationKind::Support, {}},
        {"cv-esc-4", 4, S::Escalated, R::NegativeSentiment, "negative-sentiment", "complaint", p::Channel::Sms,
            p::ConversationKind::Support, {}},
        {"cv-esc-5", 3, S::Escalated, R::LegalOrPolicy, "legal-threat", "refund_status", p::Channel::Email,
            p::ConversationKind::Support, {}},
        {"cv-esc-6", 2, S::Escalated, R::MissingKnowledge, "missing-knowledge", "shipping_policy", p::Channel::Email,
            p::ConversationKind::Support, {}},
        {"cv-esc-7", 1, S::Escalated, R::ToolFailure, "tool-failure", "order_status", p::Channel::Sms,
            p::ConversationKind::Support, {}},
        {"cv-esc-8", 4, S::Escalated, R::AiLooping, "ai-looping", "cancel_order", p::Channel::Chat,
            p::ConversationKind::Support, {}},
        {"cv-owned", 0, S::Human, R::Vip, "vip-negative-sentiment", "order_status", p::Channel::Chat,
            p::ConversationKind::Support, {}},
        {"cv-sam", 3, S::Human, R::LegalOrPolicy, "self-harm", "billing", p::Channel::Chat,
            p::ConversationKind::Support, {}},
        {"cv-ai-1", 3, S::Ai, {}, "", "bulk_lead", p::Channel::Email, p::ConversationKind::Sales, {}},
        {"cv-ai-2", 4, S::Ai, {}, "", "sizing", p::Channel::Voice, p::ConversationKind::Support, {}},
        {"cv-done-1", 0, S::Resolved, {}, "", "return_request", p::Channel::Chat, p::ConversationKind::Support,
            p::ResolveOutcome::Resolved},
        {"cv-done-2", 1, S::Resolved, R::LowConfidence, "low-confidence", "discount_request", p::Channel::Email,
            p::ConversationKind::Sales, p::ResolveOutcome::NotResolved},
        {"cv-done-3", 2, S::Resolved, {}, "", "greeting_smalltalk", p::Channel::Sms, p::ConversationKind::Support,
            p::ResolveOutcome::Spam},
        {"cv-done-4", 4, S::Resolved, R::AskedForHuman, "asked-for-human", "refund_status", p::Channel::Voice,
            p::ConversationKind::Support, p::ResolveOutcome::Abandoned},
    };
    int n = 0;
    for (const Row &row : rows) {
        ++n;
        const p::Millis created = now - p::Millis(n) * 37 * minute;
        p::Conversation c;
        c.id = row.id;
        c.customerId = "cu-" + std::to_string(row.customer);
        c.channel = row.channel;
        c.kind = row.kind;
        c.status = row.status;
        c.subject = say(n % 2 ? "Order arrived damaged and I need a replacement" : "Question about my last order");
        c.intent = code(intents, row.intent);
        c.sentiment = n % 3 == 0 ? -0.7 : 0.2;
        c.confidence = 0.35 + 0.04 * n;
        c.weakestReply = p::WeakestReply {std::string(row.id) + "-2", 0.3 + 0.03 * n, c.intent};
        c.createdAt = created;
        c.lastMessageAt = created + 5 * minute;
        c.lastMessage = say("The parcel arrived with a crushed corner and the glass inside is broken.");
        c.lastAuthor = p::Author::Customer;
        c.lastCustomerMessage = c.lastMessage;
        c.lastCustomerMessageAt = c.lastMessageAt;
        c.messageCount = 4;
        c.priority = n % 4;
        if (row.kind == p::ConversationKind::Sales) {
            c.salesStage = n % 2 ? p::SalesStage::Qualified : p::SalesStage::Engaged;
            c.qualification = {p::QualificationFact::Need, p::QualificationFact::Budget};
        }
        if (row.reason) {
            p::Escalation e {code(ruleIds, row.rule), *row.reason, 2, created + 4 * minute, created + 14 * minute};
            if (row.status != S::Resolved)
                c.escalation = e;
            c.handoff = p::Handoff {e.at, *row.reason, e.slaDueAt};
        }
        if (row.status == S::Escalated)
            c.waitingSince = created + 4 * minute;
        if (row.status == S::Human) {
            c.assignee = c.id == "cv-owned" ? kUser.toStdString() : "sam";
            c.assigneeName = c.id == "cv-owned" ? kUserName.toStdString() : "Sam Ortiz";
            c.humanSince = created + 6 * minute;
        }
        if (row.outcome) {
            c.closed = p::Closed {*row.outcome,
                *row.outcome == p::ResolveOutcome::Abandoned      ? "system"
                    : *row.outcome == p::ResolveOutcome::Resolved ? "ai"
                                                                  : kUser.toStdString(),
                created + 30 * minute};
        }
        push(c);

        // Customer, AI (with tools and what the rules read), system line, customer again.
        p::Message ask {std::string(row.id) + "-1", row.id, p::Author::Customer, people[row.customer].name,
            say("Hi, my order arrived today and the screen is cracked. Can you help?"), created, {}};
        push(ask);
        p::Message reply {std::string(row.id) + "-2", row.id, p::Author::Ai, "Aria",
            say("I am sorry to hear that. I have looked up your order and can send a replacement today."),
            created + minute, {}};
        reply.ai = p::AiAnnotation {c.intent, 0.3 + 0.03 * n, 900,
            {{code(toolNames, "order.lookup"), say("looked up order 20311")},
                {code(toolNames, "policy.lookup"), say("read the policy on damaged items")},
                // An erased customer's tool summaries are "" (docs/protocol.md, Erasure): the tool
                // still needs words.
                {code(toolNames, "product.lookup"), ""}},
            420};
        reply.ai->rules = p::RuleInputs {0, c.sentiment, "en", row.reason == R::ToolFailure,
            row.reason == R::MissingKnowledge, 64'900, row.reason ? std::string(row.rule) : std::string()};
        push(reply);
        if (row.reason)
            push(p::Message {std::string(row.id) + "-3", row.id, p::Author::System, "",
                say("Handed to a person: the customer needs more than the AI can give."), created + 4 * minute, {}});
        push(p::Message {std::string(row.id) + "-4", row.id, p::Author::Customer, people[row.customer].name,
            c.lastMessage, c.lastMessageAt, {}});

        // Transitions as the server records them (docs/protocol.md, conversation.transitioned).
        const auto transition = [&](S from, S to, std::string actor, const char *reason, p::Millis at) {
            p::Transition t;
            t.conversationId = row.id;
            t.from = from;
            t.to = to;
            t.actor = actor;
            t.reason = reason;
            t.at = at;
            t.actorName = actor == kUser.toStdString() ? kUserName.toStdString() : actor == "sam" ? "Sam Ortiz" : "";
            t.assigneeName = std::string(reason) == "take_over" ? t.actorName : to == S::Human ? c.assigneeName : "";
            t.note = say(std::string(reason) == "resolve" || std::string(reason) == "hand_back"
                    ? "Refund approved by the warehouse"
                    : "");
            if (to == S::Resolved)
                t.outcome = row.outcome ? *row.outcome : p::ResolveOutcome::Resolved;
            push(t);
        };
        if (row.reason)
            transition(S::Ai, S::Escalated, "ai", std::string(p::toString(*row.reason)).c_str(), created + 4 * minute);
        // Lena takes both owned conversations over; the second she then transfers to Sam.
        if (row.status == S::Human)
            transition(S::Escalated, S::Human, kUser.toStdString(), "take_over", created + 6 * minute);
        if (c.id == "cv-sam")
            transition(S::Human, S::Human, kUser.toStdString(), "transfer", created + 7 * minute);
        if (c.id == "cv-ai-2") {
            transition(S::Resolved, S::Ai, "system", "customer_wrote", created + 2 * minute);
            transition(S::Human, S::Ai, kUser.toStdString(), "hand_back", created + 3 * minute);
        }
        if (row.outcome) {
            const char *why = *row.outcome == p::ResolveOutcome::Abandoned ? "abandoned"
                : *row.outcome == p::ResolveOutcome::Resolved              ? "customer_confirmed"
                                                                           : "resolve";
            transition(row.status == S::Resolved && row.reason ? S::Escalated : S::Ai, S::Resolved, c.closed->by, why,
                created + 30 * minute);
            push(p::Rating {
                row.id, n % 5 + 1, say(n % 2 ? "Quick and friendly, thank you." : ""), created + 40 * minute});
        }
        // Judgements for Review: one right, one wrong with a category.
        if (n % 3 == 0)
            push(p::Judgement {reply.id, row.id, n % 2 == 0, say("The answer missed the return window."), "sam",
                n % 2 == 0 ? std::nullopt : std::optional(p::ReviewReason::WrongFacts)});
    }
    // The owned conversation: a note, a whisper and the AI's drafts for its owner.
    p::Message note {"cv-owned-n", "cv-owned", p::Author::Human, kUserName.toStdString(),
        say("Warehouse confirms the batch shipped with thin packaging."), now - 20 * minute, {}};
    note.visibility = p::Visibility::Note;
    push(note);
    p::Message whisper {"cv-owned-w", "cv-owned", p::Author::Human, kUserName.toStdString(),
        say("Offer free express shipping on the next order."), now - 19 * minute, {}};
    whisper.visibility = p::Visibility::Whisper;
    push(whisper);
    for (int d = 0; d < 2; ++d)
        push(p::Draft {"dr-" + std::to_string(d), "cv-owned", kUser.toStdString(),
            say(d ? "I have refunded the order in full; you will see it in three to five days."
                  : "I am sorry about the damage. A replacement ships today by express."),
            code(intents, d ? "refund_status" : "damaged_item"), 0.6 + 0.2 * d, now - (10 - d) * minute});
    QVERIFY2(applier.applyEvents(events), qPrintable(applier.errorString()));
}

} // namespace pilothouse::tests
