#include "hostiledata.h"

namespace pilothouse::tests::hostile {

namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

QString ch(char16_t c)
{
    return QString(QChar(c));
}

} // namespace

Data make(quint16 port, qint64 now)
{
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);
    Data data;
    data.customerId = QStringLiteral("cus-hostile");
    data.conversationId = QStringLiteral("c-hostile");
    data.earlierConversationId = QStringLiteral("c-hostile-earlier");

    const QString name = QStringLiteral("<b>Mallory</b> ") + ch(kRlo) + QStringLiteral("fdp.exe");
    const QString email = QStringLiteral("mallory@<i>example</i>.com");
    const QString segment = QStringLiteral("<u>returning</u>");
    const QString subject = QStringLiteral("<a href=\"%1/subject\">click</a> refund ").arg(base) + ch(kRle)
        + QStringLiteral("now") + ch(kPdf);
    const QString preview
        = QStringLiteral("<img src=%1/preview> where is my order? ").arg(base) + ch(kRlo) + QStringLiteral("cba");
    const QString intent = QStringLiteral("<img src=%1/intent>").arg(base);
    const QString rule = QStringLiteral("<b>VIP rule</b> ") + ch(kRli) + QStringLiteral("rule") + ch(kPdi);
    const QString img = QStringLiteral("<img src=%1/x> look at this <img src=\"%1/quoted.png\">").arg(base);
    const QString link = QStringLiteral("<a href=\"%1/y\">click</a> ").arg(base) + ch(kLro)
        + QStringLiteral("forced left") + ch(kPdf) + QStringLiteral(" then ") + ch(kRlo) + QStringLiteral("321");
    const QString bold = QStringLiteral("<b>bold</b>\tand a bell\x07, an escape\x1b[31m, a C1 ") + QChar(0x85)
        + QStringLiteral("next line\r\nsecond line");
    const QString aiText
        = QStringLiteral("<img src=%1/ai> Your order ").arg(base) + ch(kRlo) + QStringLiteral("#12345 ships today");
    const QString tool
        = QStringLiteral("looked up <a href=\"%1/tool\">order</a> ").arg(base) + ch(kRlo) + QStringLiteral("54321");
    const QString orderSummary = QStringLiteral("<img src=%1/order> 2 items").arg(base);
    const QString earlierSubject = QStringLiteral("<b>earlier</b> ") + ch(kRlo) + QStringLiteral("txt.gpj");

    protocol::Customer customer;
    customer.id = utf8(data.customerId);
    customer.name = utf8(name);
    customer.email = utf8(email);
    customer.segment = utf8(segment);
    customer.lifetimeValueCents = 48200;
    customer.since = now - qint64(400) * 24 * 3600 * 1000;
    protocol::Order order;
    order.id = "12345";
    order.totalCents = 9900;
    order.currency = "USD";
    order.status = "shipped";
    order.placedAt = now - 5 * 24 * 3600 * 1000LL;
    order.summary = utf8(orderSummary);
    customer.orders.push_back(order);
    data.snapshot.customers.push_back(customer);

    protocol::Conversation conversation;
    conversation.id = utf8(data.conversationId);
    conversation.customerId = customer.id;
    conversation.status = protocol::ConversationStatus::Escalated;
    conversation.subject = utf8(subject);
    conversation.intent = utf8(intent);
    conversation.sentiment = -0.6;
    conversation.confidence = 0.41;
    conversation.lastMessage = utf8(preview);
    conversation.lastAuthor = protocol::Author::Customer;
    conversation.lastMessageAt = now - 60'000;
    conversation.createdAt = now - 600'000;
    conversation.waitingSince = now - 60'000;
    conversation.priority = 2;
    conversation.messageCount = 4;
    conversation.escalation
        = protocol::Escalation {utf8(rule), protocol::EscalationReason::Vip, 2, now - 60'000, now + 240'000};
    data.snapshot.conversations.push_back(conversation);

    protocol::Conversation earlier = conversation;
    earlier.id = utf8(data.earlierConversationId);
    earlier.status = protocol::ConversationStatus::Resolved;
    earlier.subject = utf8(earlierSubject);
    earlier.lastMessage = utf8(bold);
    earlier.lastMessageAt = now - 30LL * 24 * 3600 * 1000;
    earlier.createdAt = earlier.lastMessageAt - 600'000;
    earlier.waitingSince.reset();
    earlier.escalation.reset();
    data.snapshot.conversations.push_back(earlier);

    const auto message
        = [&](const char *id, protocol::Author author, const QString &authorName, const QString &text, qint64 at) {
              protocol::Message m;
              m.id = id;
              m.conversationId = conversation.id;
              m.author = author;
              m.authorName = utf8(authorName);
              m.text = utf8(text);
              m.at = at;
              return m;
          };
    data.snapshot.messages.push_back(message("m-1", protocol::Author::Customer, name, img, now - 300'000));
    protocol::Message ai = message("m-2", protocol::Author::Ai, QStringLiteral("Ava"), aiText, now - 290'000);
    ai.ai = protocol::AiAnnotation {utf8(intent), 0.41, 850, {protocol::ToolUse {"order_lookup", utf8(tool)}}};
    data.snapshot.messages.push_back(ai);
    data.snapshot.messages.push_back(message("m-3", protocol::Author::Customer, name, link, now - 120'000));
    data.snapshot.messages.push_back(message("m-4", protocol::Author::Customer, name, bold, now - 60'000));
    data.snapshot.position = protocol::Cursor {"hostile-epoch", 4};

    data.fields = {
        {QStringLiteral("customer name"), name, true, true, true},
        {QStringLiteral("customer email"), email, false, true, false},
        {QStringLiteral("customer segment"), segment, true, true, false},
        {QStringLiteral("subject"), subject, false, true, false},
        {QStringLiteral("last-message preview"), preview, true, false, true},
        {QStringLiteral("intent"), intent, true, true, false},
        {QStringLiteral("escalation rule"), rule, false, false, true},
        {QStringLiteral("message with <img>"), img, false, true, false},
        {QStringLiteral("message with <a href> and overrides"), link, false, true, false},
        {QStringLiteral("message with <b> and controls"), bold, false, true, false},
        {QStringLiteral("AI reply"), aiText, false, true, false},
        // The reference agent's "looked up …" is said again in the console's words (models/domain/
        // tooltext.h), with what it names kept as it came: still literal.
        {QStringLiteral("tool summary"), QStringLiteral("Looked up") + tool.mid(QStringLiteral("looked up").size()),
            false, true, false},
        {QStringLiteral("order summary"), orderSummary, false, true, false},
        {QStringLiteral("earlier conversation subject"), earlierSubject, false, true, false},
    };
    return data;
}

} // namespace pilothouse::tests::hostile
