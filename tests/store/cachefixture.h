#pragma once
// A real cache written through the real write path (EventApplier) from protocol payloads, and the
// payload builders the cache tests share: History's reads (tst_history) and review mode's
// (tst_reviewquery).

#include "store/eventapplier.h"
#include "store/historyquery.h"
#include "store/localstore.h"
#include "storefixtures.h"

#include <QTest>

#include <memory>

namespace cachefixture {

using namespace Qt::StringLiterals;
using namespace pilothouse::models;
namespace protocol = pilothouse::protocol;
using storefixtures::makeEvent;

constexpr protocol::Millis kT0 = 1'760'000'000'000;
constexpr protocol::Millis kMinute = 60'000;

inline protocol::Customer customer(
    const std::string &id, const std::string &name, const std::string &segment, const std::string &language)
{
    protocol::Customer c;
    c.id = id;
    c.name = name;
    c.email = id + "@example.com";
    c.segment = segment;
    c.language = language;
    c.vip = segment == "vip";
    return c;
}

inline protocol::Conversation conversation(
    const std::string &id, const std::string &customerId, protocol::Millis createdAt)
{
    protocol::Conversation c;
    c.id = id;
    c.customerId = customerId;
    c.channel = protocol::Channel::Chat;
    c.kind = protocol::ConversationKind::Support;
    c.status = protocol::ConversationStatus::Ai;
    c.subject = "Subject of " + id;
    c.intent = "order_status";
    c.createdAt = createdAt;
    c.lastMessageAt = createdAt;
    return c;
}

inline protocol::Message message(const std::string &id, const std::string &conversationId, protocol::Author author,
    protocol::Millis at, const std::string &text, std::optional<double> confidence = std::nullopt)
{
    protocol::Message m;
    m.id = id;
    m.conversationId = conversationId;
    m.author = author;
    m.text = text;
    m.at = at;
    if (confidence)
        m.ai = protocol::AiAnnotation {"order_status", *confidence, 300, {}};
    return m;
}

/// Writes payloads as consecutive events of one epoch through the real write path.
class Cache {
public:
    explicit Cache(const QString &path)
    {
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        applier = std::make_unique<EventApplier>(store);
        QVERIFY2(applier->prepare(), qPrintable(applier->errorString()));
    }
    template<typename... Payloads> void write(Payloads &&...payloads)
    {
        std::vector<protocol::Event> events;
        (events.push_back(makeEvent(++seq, "ep", protocol::EventPayload(std::forward<Payloads>(payloads)), "x")), ...);
        QVERIFY2(applier->applyEvents(events).has_value(), qPrintable(applier->errorString()));
    }
    QList<HistoryRow> rows(const HistoryFilter &filter = {})
    {
        HistoryQuery query(store.database());
        auto rows = query.rows(filter);
        if (!rows)
            qWarning() << query.errorString();
        return rows.value_or(QList<HistoryRow> {});
    }
    QStringList ids(const HistoryFilter &filter)
    {
        QStringList out;
        for (const HistoryRow &row : rows(filter))
            out.append(row.conversationId);
        return out;
    }
    std::optional<QHash<QString, SearchHit>> search(const QString &text)
    {
        HistoryQuery query(store.database());
        return query.search(text);
    }

    LocalStore store;
    std::unique_ptr<EventApplier> applier;
    std::int64_t seq = 0;
};

} // namespace cachefixture
