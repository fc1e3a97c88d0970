#pragma once
// Synthetic daily facts for the benchmarks (not a test): one row per distinct key among `perDay`
// random conversations a day from 1 January 2025, as the server would keep them. Seeded: the same
// arguments give the same rows.

#include "analytics/facts.h"

#include <QHash>
#include <QStringList>

#include <random>
#include <vector>

namespace pilothouse::bench {

using namespace pilothouse::analytics;

// One row per distinct key among `perDay` random conversations a day, as the server would keep.
inline std::vector<DayFacts> synthesize(int days, int perDay)
{
    const QStringList intents = {QStringLiteral("order_status"), QStringLiteral("refund"), QStringLiteral("shipping"),
        QStringLiteral("billing"), QStringLiteral("product_question"), QStringLiteral("pricing"),
        QStringLiteral("account"), QStringLiteral("returns"), QStringLiteral("warranty"), QStringLiteral("other")};
    const QStringList segments
        = {QStringLiteral("new"), QStringLiteral("returning"), QStringLiteral("vip"), QStringLiteral("business")};
    const QStringList languages = {
        QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("es"), QStringLiteral("ru")};
    std::mt19937 random(42);
    std::vector<DayFacts> rows;
    const QDate first = QDate(2025, 1, 1);
    for (int d = 0; d < days; ++d) {
        QHash<QString, std::size_t> rowOf;
        for (int i = 0; i < perDay; ++i) {
            FactsKey key {first.addDays(d), protocol::Channel(random() % 4),
                protocol::ConversationKind(random() % 5 == 0 ? 1 : 0), intents[int(random() % intents.size())],
                segments[int(random() % segments.size())], languages[int(random() % languages.size())],
                random() % 10 == 0};
            const QString id = QString::number(int(key.channel)) + u'|' + QString::number(int(key.kind)) + u'|'
                + key.intent + u'|' + key.segment + u'|' + key.language + u'|' + QString::number(key.vip);
            auto found = rowOf.find(id);
            if (found == rowOf.end()) {
                found = rowOf.insert(id, rows.size());
                rows.push_back({key, {}});
            }
            FactsCounters c;
            c.conversations = 1;
            c.aiResolvedLenient = random() % 2;
            c.aiResolvedStrict = c.aiResolvedLenient && random() % 3 ? 1 : 0;
            c.handedOff = c.aiResolvedLenient ? 0 : 1;
            c.handedOffByReason[random() % kHandOffReasons] = c.handedOff;
            c.aiFirstResponseMsSum = 2'000 + random() % 8'000;
            c.aiFirstResponseCount = 1;
            c.aiTokens = 500 + random() % 2'000;
            c.humanHandleMsSum = c.handedOff ? 60'000 + random() % 900'000 : 0;
            c.humanHandledConversations = c.handedOff;
            c.surveysSent = 1;
            c.rated = random() % 3 == 0;
            c.ratingSum = c.rated ? 1 + random() % 5 : 0;
            c.ratedPositive = c.ratingSum >= 4;
            rows[found.value()].counts += c;
        }
    }
    return rows;
}

} // namespace pilothouse::bench
