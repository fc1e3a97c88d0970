#include "sampledata.h"

#include "domain/convert.h"

#include <QString>

using namespace pilothouse::models;

namespace pilothouse::tests {

namespace {

constexpr qint64 kMinute = 60'000;

struct Row {
    const char *name;
    bool vip;
    const char *segment;
    const char *channel;
    const char *kind;
    const char *status;
    const char *intent;
    const char *subject;
    const char *lastMessage;
    const char *lastAuthor;
    int minutesAgo;
    int waitingMinutes; ///< 0: nobody waits
    double confidence; ///< < 0: no AI reply yet
    double sentiment;
    int priority;
    const char *assignee;
};

// Twelve conversations spanning every status, channel, band and filter.
const Row kRows[] = {
    {"Dana Whitfield", true, "vip", "chat", "support", "escalated", "damaged_item", "Cracked screen on arrival",
        "This is the second broken one. I want a refund, not another replacement.", "customer", 2, 14, 0.41, -0.8, 3,
        ""},
    {"Marco Rossi", false, "returning", "email", "support", "ai", "order_status", "Where is order #12345?",
        "Your order #12345 left our warehouse yesterday and should arrive Thursday.", "ai", 3, 0, 0.93, 0.1, 0, ""},
    {"Aiko Tanaka", false, "new", "chat", "sales", "ai", "product_question", "Trail Runner 2 sizing",
        "Do the Trail Runner 2 run small? I'm usually a 38.", "customer", 4, 1, 0.72, 0.3, 1, ""},
    {"Priya Raman", true, "vip", "voice", "support", "human", "billing", "Charged twice",
        "I've refunded the duplicate charge; you'll see it in 3-5 days.", "human", 6, 0, 0.55, -0.2, 2, "ana"},
    {"Jonas Berg", false, "returning", "sms", "support", "ai", "return_request", "Return boots",
        "Sure! Here is your prepaid return label for order #20871.", "ai", 9, 0, 0.88, 0.4, 0, ""},
    {"Fatima Al-Sayed", false, "business", "email", "sales", "escalated", "bulk_lead", "Quote for 200 units",
        "We'd like a quote for 200 units for our team, delivered by March.", "customer", 12, 12, 0.63, 0.5, 2, ""},
    {"Liam O'Connor", false, "new", "chat", "support", "ai", "human_request", "", kHostileText, "customer", 15, 3, -1.0,
        -0.4, 1, ""},
    {"Sofia Alvarez", false, "returning", "chat", "support", "resolved", "refund", "Refund status",
        "Thanks, that's all I needed!", "customer", 40, 0, 0.91, 0.9, 0, ""},
    {"Chen Wei", false, "returning", "email", "support", "human", "cancel_order", "Cancel my order",
        "I've cancelled order #30112 for you.", "human", 55, 0, 0.47, 0.0, 1, "sam"},
    {"Emma Johansson", true, "vip", "sms", "sales", "ai", "discount", "Loyalty discount?",
        "As a VIP you get 15% off with code THANKYOU15.", "ai", 70, 0, 0.84, 0.6, 0, ""},
    {"Noah Fischer", false, "new", "voice", "support", "escalated", "complaint", "Rude courier",
        "The courier threw the parcel over the fence. Unacceptable.", "customer", 95, 31, 0.38, -0.9, 3, ""},
    {"Grace Okafor", false, "returning", "chat", "support", "ai", "sizing", "Size exchange",
        "Happy to help you swap for a size 9. Shall I start the exchange?", "ai", 130, 0, 0.79, 0.2, 0, ""},
};

} // namespace

SampleData makeSampleData(qint64 now)
{
    SampleData data;
    int i = 0;
    for (const Row &row : kRows) {
        ++i;
        CustomerRecord customer;
        customer.id = QStringLiteral("cust-%1").arg(i);
        customer.name = QString::fromUtf8(row.name);
        customer.email = customer.name.toLower().remove(QLatin1Char('\'')).replace(QLatin1Char(' '), QLatin1Char('.'))
            + QStringLiteral("@example.com");
        customer.vip = row.vip;
        customer.segment = QString::fromUtf8(row.segment);
        customer.lifetimeValueCents = 12'900 * i + (row.vip ? 250'000 : 0);
        customer.since = now - qint64(400 + 37 * i) * 24 * 60 * kMinute;
        if (i == 1) {
            customer.orders = {
                {QStringLiteral("20311"), 64'900, QStringLiteral("USD"), QStringLiteral("delivered"),
                    now - 3 * 24 * 60 * kMinute, QStringLiteral("Aurora Tablet 11\" (replacement)")},
                {QStringLiteral("19876"), 64'900, QStringLiteral("USD"), QStringLiteral("returned"),
                    now - 20 * 24 * 60 * kMinute, QStringLiteral("Aurora Tablet 11\"")},
                {QStringLiteral("17002"), 8'950, QStringLiteral("USD"), QStringLiteral("shipped"),
                    now - 90 * 24 * 60 * kMinute, QStringLiteral("2 items: Sleeve, Stylus Pro")},
            };
        }
        data.board.customers.append(customer);

        ConversationRecord c;
        c.id = QStringLiteral("conv-%1").arg(i);
        c.customerId = customer.id;
        fromWireName(QString::fromUtf8(row.channel), c.channel);
        fromWireName(QString::fromUtf8(row.kind), c.kind);
        fromWireName(QString::fromUtf8(row.status), c.status);
        c.subject = QString::fromUtf8(row.subject);
        c.intent = QString::fromUtf8(row.intent);
        c.sentiment = row.sentiment;
        if (row.confidence >= 0) {
            c.confidence = row.confidence;
            // Marco's last reply was sure, an earlier one was not: the board shows the weakest.
            c.weakestConfidence = i == 2 ? 0.42 : row.confidence;
            c.weakestIntent = c.intent;
        }
        if (QString::fromUtf8(row.lastAuthor) == QLatin1String("customer")) {
            c.lastCustomerMessage = QString::fromUtf8(row.lastMessage);
            c.lastCustomerMessageAt = now - row.minutesAgo * kMinute;
        }
        c.lastMessage = QString::fromUtf8(row.lastMessage);
        fromWireName(QString::fromUtf8(row.lastAuthor), c.lastAuthor);
        c.lastMessageAt = now - row.minutesAgo * kMinute;
        c.createdAt = c.lastMessageAt - 20 * kMinute;
        if (row.waitingMinutes > 0)
            c.waitingSince = now - row.waitingMinutes * kMinute;
        c.priority = row.priority;
        c.messageCount = 4 + i;
        c.assignee = QString::fromUtf8(row.assignee);
        data.board.conversations.append(c);
        if (c.status == Status::Escalated)
            ++data.escalatedCount;
    }

    // Why each escalated or owned conversation went to people, with SLA targets that show every
    // state: Dana's is missed, Fatima's is near, Noah's has time left.
    const auto escalate = [&](int index, const char *reason, const char *rule, int priority, qint64 at, qint64 target) {
        ConversationRecord &c = data.board.conversations[index];
        fromWireName(QString::fromUtf8(reason), c.escalationReason);
        c.escalationRule = QString::fromUtf8(rule);
        c.escalationPriority = priority;
        c.escalatedAt = at;
        c.slaDueAt = at + target;
    };
    escalate(0, "vip", "VIP asks for a refund", 3, now - 14 * kMinute, 2 * kMinute);
    escalate(5, "missing_knowledge", "Bulk quote over 100 units", 2, now - 12 * kMinute, 15 * kMinute);
    escalate(10, "negative_sentiment", "Sentiment at or below -0.6", 3, now - kMinute, 5 * kMinute);
    escalate(3, "low_confidence", "Confidence below 0.6 on billing", 2, now - 30 * kMinute, 5 * kMinute);
    escalate(8, "asked_for_human", "Customer asked for a person", 1, now - 60 * kMinute, 10 * kMinute);
    data.board.conversations[3].assigneeName = QStringLiteral("Ana Lopez");
    data.board.conversations[8].assigneeName = QStringLiteral("Sam Ortiz");

    // An earlier, resolved conversation of Dana's for the customer panel.
    ConversationRecord earlier = data.board.conversations.first();
    earlier.id = QStringLiteral("conv-dana-old");
    earlier.status = Status::Resolved;
    earlier.subject = QStringLiteral("Tablet stopped charging");
    earlier.lastMessage = QStringLiteral("Glad the replacement is on its way!");
    earlier.lastMessageAt = now - 20 * 24 * 60 * kMinute;
    earlier.createdAt = earlier.lastMessageAt - 60 * kMinute;
    earlier.waitingSince.reset();
    earlier.priority = 0;
    earlier.escalationReason = EscalationReason::None;
    earlier.escalationRule.clear();
    earlier.escalationPriority = 0;
    earlier.escalatedAt = 0;
    earlier.slaDueAt = 0;
    data.board.conversations.append(earlier);

    // Dana's live transcript: customer, AI with tools, a system event, a human.
    data.transcriptConversationId = QStringLiteral("conv-1");
    auto message = [&](const char *id, const char *author, const char *name, const QString &text, int minutesAgo) {
        MessageRecord m;
        m.id = QString::fromUtf8(id);
        m.conversationId = data.transcriptConversationId;
        fromWireName(QString::fromUtf8(author), m.author);
        m.authorName = QString::fromUtf8(name);
        m.text = text;
        m.at = now - minutesAgo * kMinute;
        return m;
    };
    data.transcript.append(message("m1", "customer", "Dana Whitfield",
        QStringLiteral("Hi, my replacement tablet arrived today and the screen is cracked again. Order #20311."), 22));
    MessageRecord ai1 = message("m2", "ai", "Aria",
        QStringLiteral("I'm so sorry, Dana. I can see order #20311 was delivered this morning. Could you send a photo "
                       "of the damage so I can arrange the next step right away?"),
        21);
    ai1.hasAi = true;
    ai1.intent = QStringLiteral("damaged_item");
    ai1.confidence = 0.87;
    ai1.latencyMs = 1240;
    ai1.tools = {{QStringLiteral("order.lookup"), QStringLiteral("looked up order #20311")},
        {QStringLiteral("policy.lookup"), QStringLiteral("read the damaged-item policy")}};
    data.transcript.append(ai1);
    data.transcript.append(message("m3", "customer", "Dana Whitfield", QString::fromUtf8(kHostileText), 18));
    MessageRecord ai2 = message("m4", "ai", "Aria",
        QStringLiteral("I understand. Since this is the second damaged unit, I'll bring in a colleague who can "
                       "approve a full refund."),
        17);
    ai2.hasAi = true;
    ai2.intent = QStringLiteral("refund");
    ai2.confidence = 0.41;
    ai2.latencyMs = 860;
    ai2.tools = {{QStringLiteral("customer.history"), QStringLiteral("checked 3 earlier orders")}};
    data.transcript.append(ai2);
    data.transcript.append(message(
        "m5", "system", "", QStringLiteral("Escalated: low confidence on a refund request from a VIP customer"), 17));
    data.transcript.append(message("m6", "customer", "Dana Whitfield",
        QStringLiteral("This is the second broken one. I want a refund, not another replacement."), 14));
    MessageRecord note = message("m7", "human", "Ana Lopez",
        QStringLiteral("Warehouse confirms batch B-221 shipped with thin packaging. Refund approved."), 13);
    note.visibility = Visibility::Note;
    data.transcript.append(note);
    MessageRecord whisper
        = message("m8", "human", "Ana Lopez", QStringLiteral("Offer free express shipping on her next order."), 12);
    whisper.visibility = Visibility::Whisper;
    data.transcript.append(whisper);
    return data;
}

} // namespace pilothouse::tests
