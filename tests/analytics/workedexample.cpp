#include "workedexample.h"

#include <QDateTime>

using namespace pilothouse::analytics;
using pilothouse::protocol::Author;
using pilothouse::protocol::Channel;
using pilothouse::protocol::Visibility;
using Kind = pilothouse::protocol::ConversationKind;
using Status = pilothouse::protocol::ConversationStatus;

namespace workedexample {

qint64 at(int month, int day, int hour)
{
    return QDateTime(QDate(2025, month, day), QTime(hour, 0), Qt::UTC).toMSecsSinceEpoch();
}

qint64 asOf()
{
    return at(3, 11, 12);
}

namespace {

// A conversation created at `created`; the helpers below add to it at offsets from creation.
struct Draft {
    HistoryConversation c;

    Draft(const char *id, qint64 created, const char *intent, const char *segment, const char *language = "en",
        Channel channel = Channel::Chat)
    {
        c.id = QString::fromLatin1(id);
        c.customerId = u'k' + c.id.mid(1);
        c.createdAt = created;
        c.intent = QString::fromLatin1(intent);
        c.segment = QString::fromLatin1(segment);
        c.language = QString::fromLatin1(language);
        c.channel = channel;
        customer(0);
    }
    Draft &customer(qint64 offset)
    {
        c.messages.append({Author::Customer, Visibility::Public, c.createdAt + offset, 0});
        return *this;
    }
    Draft &ai(qint64 offset, qint64 tokens)
    {
        c.messages.append({Author::Ai, Visibility::Public, c.createdAt + offset, tokens});
        return *this;
    }
    Draft &human(qint64 offset)
    {
        c.messages.append({Author::Human, Visibility::Public, c.createdAt + offset, 0});
        return *this;
    }
    Draft &move(Status from, Status to, const char *actor, const char *reason, qint64 offset,
        CloseOutcome outcome = CloseOutcome::None)
    {
        c.transitions.append(
            {from, to, QString::fromLatin1(actor), QString::fromLatin1(reason), outcome, c.createdAt + offset});
        return *this;
    }
    Draft &aiCloses(Status from, qint64 offset)
    {
        return move(from, Status::Resolved, "ai", "customer_confirmed", offset, CloseOutcome::Resolved);
    }
    Draft &noReply(qint64 offset)
    {
        return move(Status::Ai, Status::Resolved, "system", "no_reply", offset, CloseOutcome::Resolved);
    }
    Draft &rated(int rating, qint64 offset)
    {
        c.ratings.append({rating, c.createdAt + offset});
        return *this;
    }
    Draft &handled(qint64 ms)
    {
        c.humanHandleMs = ms;
        return *this;
    }
    Draft &sales(SalesStage stage, bool qualified)
    {
        c.kind = Kind::Sales;
        c.stage = stage;
        c.qualified = qualified;
        return *this;
    }
};

constexpr qint64 S = kSecond, M = kMinute, H = kHour, D = kDay;

} // namespace

History history()
{
    const qint64 d1 = at(3, 1), d2 = at(3, 2), d3 = at(3, 3), d8 = at(3, 8), p = at(2, 27);
    QList<Draft> all;
    // 1 March
    all << Draft("c01", d1, "order_status", "returning").ai(4 * S, 800).aiCloses(Status::Ai, 10 * M).rated(5, 12 * M);
    all << Draft("c02", d1, "order_status", "new", "en", Channel::Email).ai(6 * S, 1200).noReply(D);
    all << Draft("c03", d1, "refund", "returning")
               .ai(5 * S, 1000)
               .move(Status::Ai, Status::Escalated, "ai", "low_confidence", 2 * M)
               .move(Status::Escalated, Status::Human, "dana", "take_over", 6 * M)
               .human(7 * M)
               .move(Status::Human, Status::Resolved, "dana", "resolve", 20 * M, CloseOutcome::Resolved)
               .handled(10 * M)
               .rated(4, 30 * M);
    all << Draft("c04", d1, "refund", "vip")
               .ai(3 * S, 900)
               .move(Status::Ai, Status::Escalated, "ai", "vip", 1 * M)
               .move(Status::Escalated, Status::Human, "dana", "take_over", 2 * M)
               .human(3 * M)
               .move(Status::Human, Status::Ai, "dana", "hand_back", 10 * M)
               .customer(10 * M + 30 * S)
               .ai(11 * M, 700)
               .aiCloses(Status::Ai, 15 * M)
               .handled(8 * M)
               .rated(3, 20 * M);
    all.last().c.vip = true;
    all << Draft("c05", d1, "order_status", "returning")
               .ai(4 * S, 600)
               .aiCloses(Status::Ai, 5 * M)
               .move(Status::Resolved, Status::Ai, "system", "customer_wrote", 2 * D)
               .customer(2 * D)
               .ai(2 * D + 4 * S, 500)
               .aiCloses(Status::Ai, 2 * D + 10 * M)
               .rated(2, 2 * D + 20 * M);
    all << Draft("c06", d1, "other", "new")
               .ai(2 * S, 300)
               .move(Status::Ai, Status::Resolved, "dana", "resolve", 30 * M, CloseOutcome::Spam)
               .handled(1 * M);
    // 2 March
    all << Draft("c07", d2, "shipping", "new", "fr").ai(5 * S, 700).noReply(D);
    all << Draft("c08", d2, "shipping", "new", "de", Channel::Sms)
               .ai(8 * S, 500)
               .move(Status::Ai, Status::Escalated, "ai", "asked_for_human", 1 * M)
               .move(Status::Escalated, Status::Resolved, "system", "abandoned", 2 * H, CloseOutcome::Abandoned);
    all << Draft("c09", d2, "order_status", "business", "en", Channel::Email)
               .ai(8 * S, 1500)
               .move(Status::Ai, Status::Escalated, "ai", "missing_knowledge", 1 * M)
               .move(Status::Escalated, Status::Human, "erik", "take_over", 10 * M)
               .human(16 * M)
               .move(Status::Human, Status::Resolved, "erik", "resolve", 40 * M, CloseOutcome::NotResolved)
               .handled(20 * M)
               .rated(1, 50 * M);
    all << Draft("c10", d2, "order_status", "business")
               .ai(5 * S, 400)
               .move(Status::Ai, Status::Human, "erik", "take_over", 2 * M)
               .human(4 * M)
               .move(Status::Human, Status::Resolved, "erik", "resolve", 12 * M, CloseOutcome::Resolved)
               .handled(10 * M)
               .rated(5, 20 * M);
    // 3 March
    all << Draft("c11", d3, "order_status", "returning", "es")
               .ai(3 * S, 700)
               .aiCloses(Status::Ai, 3 * M)
               .rated(4, 5 * M);
    all << Draft("c12", d3, "product_question", "new")
               .sales(SalesStage::Won, true)
               .ai(4 * S, 1000)
               .aiCloses(Status::Ai, 20 * M)
               .rated(5, 25 * M);
    all << Draft("c13", d3, "product_question", "returning").sales(SalesStage::Lost, false).ai(6 * S, 800).noReply(D);
    // 8 March: younger than 7 days at asOf()
    all << Draft("c14", d8, "order_status", "new").ai(4 * S, 600).aiCloses(Status::Ai, 5 * M).rated(5, 10 * M);
    all << Draft("c15", d8, "pricing", "new")
               .sales(SalesStage::Qualified, true)
               .ai(5 * S, 900)
               .move(Status::Ai, Status::Escalated, "ai", "asked_for_human", 2 * M)
               .move(Status::Escalated, Status::Human, "dana", "take_over", 4 * M)
               .human(5 * M)
               .handled(5 * M);
    all << Draft("c16", d8, "order_status", "returning").ai(5 * S, 500);
    // 27 February: the previous period
    all << Draft("p01", p, "order_status", "returning").ai(5 * S, 700).aiCloses(Status::Ai, 5 * M).rated(4, 10 * M);
    all << Draft("p02", p, "refund", "new")
               .ai(5 * S, 800)
               .move(Status::Ai, Status::Escalated, "ai", "low_confidence", 1 * M)
               .move(Status::Escalated, Status::Human, "dana", "take_over", 5 * M)
               .human(11 * M)
               .move(Status::Human, Status::Resolved, "dana", "resolve", 30 * M, CloseOutcome::Resolved)
               .handled(15 * M)
               .rated(2, 40 * M);

    History h;
    for (const Draft &draft : all)
        h.conversations.append(draft.c);
    h.orders = {
        {QStringLiteral("k12"), 12'000, QStringLiteral("USD"), d3 + 3 * D},
        {QStringLiteral("k12"), 9'900, QStringLiteral("EUR"), d3 + 3 * D}, // another currency: not counted
        {QStringLiteral("k13"), 5'000, QStringLiteral("USD"), d3 + 6 * D},
        {QStringLiteral("k15"), 8'000, QStringLiteral("USD"), d8 + 20 * H},
    };
    return h;
}

CostModel costModel()
{
    CostModel model;
    model.loadedHourlyCost = 30.0;
    model.defaultHandlingMinutes = 10.0;
    model.handlingMinutesByIntent = {{QStringLiteral("order_status"), 6.0}, {QStringLiteral("refund"), 12.0},
        {QStringLiteral("product_question"), 10.0}};
    model.aiPricePer1000Tokens = 0.50;
    model.currency = QStringLiteral("USD");
    model.teamSize = 15;
    model.minHumanSamples = 2;
    return model;
}

} // namespace workedexample
