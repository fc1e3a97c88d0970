#include "analytics/factsbuilder.h"

#include "protocol/codec.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace pilothouse::analytics {

using protocol::Author;
using protocol::Visibility;
using Status = protocol::ConversationStatus;

namespace {

bool isAiCloser(const QString &actor)
{
    return actor == u"ai" || actor == u"system";
}

bool isAiResolution(const HistoryTransition &t)
{
    return t.to == Status::Resolved && t.outcome == CloseOutcome::Resolved && isAiCloser(t.actor);
}

template<typename T> QList<T> upTo(QList<T> items, qint64 asOfMs)
{
    items.removeIf([asOfMs](const T &item) { return item.at > asOfMs; });
    std::stable_sort(items.begin(), items.end(), [](const T &a, const T &b) { return a.at < b.at; });
    return items;
}

} // namespace

CloseOutcome closeOutcomeOf(std::optional<protocol::ResolveOutcome> outcome)
{
    if (!outcome)
        return CloseOutcome::None;
    switch (*outcome) {
    case protocol::ResolveOutcome::Resolved:
        return CloseOutcome::Resolved;
    case protocol::ResolveOutcome::NotResolved:
        return CloseOutcome::NotResolved;
    case protocol::ResolveOutcome::Spam:
        return CloseOutcome::Spam;
    case protocol::ResolveOutcome::Abandoned:
        return CloseOutcome::Abandoned;
    }
    return CloseOutcome::None;
}

SalesStage salesStageOf(std::optional<protocol::SalesStage> stage)
{
    if (!stage)
        return SalesStage::None;
    switch (*stage) {
    case protocol::SalesStage::Engaged:
        return SalesStage::Engaged;
    case protocol::SalesStage::Qualified:
        return SalesStage::Qualified;
    case protocol::SalesStage::Won:
        return SalesStage::Won;
    case protocol::SalesStage::Lost:
        return SalesStage::Lost;
    }
    return SalesStage::None;
}

FactsKey FactsBuilder::keyOf(const HistoryConversation &c)
{
    return {QDateTime::fromMSecsSinceEpoch(c.createdAt, Qt::UTC).date(), c.channel, c.kind, c.intent, c.segment,
        c.language, c.vip};
}

FactsCounters FactsBuilder::countersOf(const HistoryConversation &c, qint64 asOfMs)
{
    FactsCounters f;
    f.conversations = 1;
    const QList<HistoryMessage> messages = upTo(c.messages, asOfMs);
    const QList<HistoryTransition> transitions = upTo(c.transitions, asOfMs);

    // AI spend is real money whatever the conversation turned out to be; the calibration counts
    // every public AI reply with a confidence, spam included (a reviewer may judge any of them).
    std::optional<double> lowest;
    for (const HistoryMessage &m : messages) {
        if (m.author != Author::Ai)
            continue;
        f.aiTokens += m.tokens;
        if (m.visibility != Visibility::Public)
            continue;
        ++f.aiReplies;
        if (!m.confidence)
            continue;
        const std::size_t band = confidenceBand(*m.confidence);
        ++f.aiRepliesByConfidence[band];
        if (m.judged != Judged::No)
            ++f.judgedByConfidence[band];
        if (m.judged == Judged::Wrong)
            ++f.wrongByConfidence[band];
        lowest = std::min(lowest.value_or(1.0), *m.confidence);
    }

    // The final close: a last transition into `resolved` (a reopen would be a later transition).
    const HistoryTransition *close = nullptr;
    if (!transitions.isEmpty() && transitions.last().to == Status::Resolved)
        close = &transitions.last();
    if (close && close->outcome == CloseOutcome::Spam) {
        f.spam = 1;
        return f;
    }

    // Outcome, one per conversation.
    const bool humanPublic = std::any_of(messages.cbegin(), messages.cend(),
        [](const HistoryMessage &m) { return m.author == Author::Human && m.visibility == Visibility::Public; });
    bool reopenedSoon = false; // an AI resolution reopened within kDurableMs
    for (qsizetype i = 0; i + 1 < transitions.size(); ++i) {
        if (!isAiResolution(transitions[i]))
            continue;
        const HistoryTransition &next = transitions[i + 1];
        if (next.from == Status::Resolved && next.at - transitions[i].at < kDurableMs)
            reopenedSoon = true;
    }
    // Merged into another conversation of the customer: a duplicate, which counts in no outcome
    // (the customer's outcome is the other conversation's) and was sent no survey.
    if (close && close->reason == QLatin1String("merged"))
        close = nullptr;
    if (close) {
        if (isAiResolution(*close)) {
            f.aiResolvedLenient = 1;
            if (!humanPublic && !reopenedSoon) {
                if (asOfMs - close->at >= kDurableMs)
                    f.aiResolvedStrict = 1;
                else
                    f.aiResolvedProvisional = 1;
            }
        } else if (close->outcome == CloseOutcome::Resolved) {
            f.humanResolved = 1;
        } else if (close->outcome == CloseOutcome::NotResolved) {
            f.notResolved = 1;
        } else if (close->outcome == CloseOutcome::Abandoned) {
            f.abandoned = 1;
        }
        if (close->outcome == CloseOutcome::Resolved) {
            f.resolutionMsSum = close->at - c.createdAt;
            f.resolutionCount = 1;
        }
        if (close->outcome == CloseOutcome::Resolved || close->outcome == CloseOutcome::NotResolved) {
            f.surveysSent = 1;
            const QList<HistoryRating> ratings = upTo(c.ratings, asOfMs);
            if (!ratings.isEmpty()) {
                const int rating = ratings.last().rating;
                f.rated = 1;
                f.ratedPositive = rating >= 4 ? 1 : 0;
                f.ratingSum = rating;
            }
        }
    }

    // The first hand-off: into `escalated` (its reason) or straight to `human` (reason None).
    const auto handOff = std::find_if(transitions.cbegin(), transitions.cend(),
        [](const HistoryTransition &t) { return t.to == Status::Escalated || t.to == Status::Human; });
    if (handOff == transitions.cend() && lowest) {
        // Never handed off: a hand-off threshold above its lowest confidence would have added one.
        f.notHandedOffByLowestConfidence[confidenceBand(*lowest)] = 1;
    }
    if (handOff != transitions.cend()) {
        f.handedOff = 1;
        std::size_t slot = kTakenOverSlot;
        if (handOff->to == Status::Escalated) {
            if (const auto reason = protocol::escalationReasonFromString(handOff->reason.toStdString()))
                slot = handOffSlot(*reason);
        }
        f.handedOffByReason[slot] = 1;
        const auto human = std::find_if(messages.cbegin(), messages.cend(), [&handOff](const HistoryMessage &m) {
            return m.author == Author::Human && m.visibility == Visibility::Public && m.at >= handOff->at;
        });
        if (human != messages.cend()) {
            f.humanFirstResponseMsSum = human->at - handOff->at;
            f.humanFirstResponseCount = 1;
        }
        // The deadline counts once it is decided: met by a public answer in time, missed once it
        // passed without one (a late answer does not unmiss it).
        if (c.handoffDueAt > 0) {
            const bool answeredInTime = human != messages.cend() && human->at <= c.handoffDueAt;
            if (answeredInTime)
                f.deadlinesMet = 1;
            else if (asOfMs > c.handoffDueAt)
                f.deadlinesMissed = 1;
        }
    }

    // The AI's first response: the first public reply after the customer's first message, when
    // the AI answered before any person did.
    const auto first = std::find_if(
        messages.cbegin(), messages.cend(), [](const HistoryMessage &m) { return m.author == Author::Customer; });
    if (first != messages.cend()) {
        const auto reply = std::find_if(first, messages.cend(), [](const HistoryMessage &m) {
            return (m.author == Author::Ai || m.author == Author::Human) && m.visibility == Visibility::Public;
        });
        if (reply != messages.cend() && reply->author == Author::Ai) {
            f.aiFirstResponseMsSum = reply->at - first->at;
            f.aiFirstResponseCount = 1;
        }
    }

    if (c.humanHandleMs > 0) {
        f.humanHandleMsSum = c.humanHandleMs;
        f.humanHandledConversations = 1;
    }

    if (c.kind == protocol::ConversationKind::Sales) {
        f.salesConversations = 1;
        f.qualified = (c.qualified || c.stage == SalesStage::Won) ? 1 : 0;
        f.won = c.stage == SalesStage::Won ? 1 : 0;
        f.lost = c.stage == SalesStage::Lost ? 1 : 0;
    }
    return f;
}

QList<ConversationFacts> FactsBuilder::perConversation(const History &history, qint64 asOfMs, const QString &currency)
{
    QList<ConversationFacts> out;
    QHash<QString, qsizetype> entryOf; // conversation id -> entry in out
    // The non-spam sales conversations orders may be attributed to, by customer.
    QHash<QString, QList<const HistoryConversation *>> salesOf;
    for (qsizetype i = 0; i < history.conversations.size(); ++i) {
        const HistoryConversation &c = history.conversations[i];
        if (c.createdAt > asOfMs)
            continue;
        out.append({i, keyOf(c), countersOf(c, asOfMs)});
        if (out.last().counts.salesConversations > 0)
            salesOf[c.customerId].append(&c);
        entryOf.insert(c.id, out.size() - 1);
    }

    // Orders: to the customer's latest non-spam sales conversation created within the window
    // before the order, once per window.
    for (const HistoryOrder &order : history.orders) {
        if (order.placedAt > asOfMs || order.amountCents <= 0 || order.currency != currency)
            continue;
        const QList<const HistoryConversation *> candidates = salesOf.value(order.customerId);
        for (std::size_t w = 0; w < kAttributionWindows.size(); ++w) {
            const qint64 windowMs = qint64(kAttributionWindows[w]) * 24 * 3600 * 1000;
            const HistoryConversation *best = nullptr;
            for (const HistoryConversation *c : candidates) {
                if (c->createdAt > order.placedAt || order.placedAt - c->createdAt > windowMs)
                    continue;
                if (!best || c->createdAt > best->createdAt)
                    best = c;
            }
            if (!best)
                continue;
            FactsCounters &counts = out[entryOf.value(best->id)].counts;
            ++counts.attributedOrders[w];
            counts.revenueCents[w] += order.amountCents;
        }
    }
    return out;
}

QList<DayFacts> FactsBuilder::build(const History &history, qint64 asOfMs, const QString &currency)
{
    return sum(perConversation(history, asOfMs, currency));
}

QList<DayFacts> FactsBuilder::sum(const QList<ConversationFacts> &conversations)
{
    QList<DayFacts> rows;
    QHash<FactsKey, qsizetype> rowOfKey;
    for (const ConversationFacts &c : conversations) {
        auto found = rowOfKey.constFind(c.key);
        if (found == rowOfKey.cend()) {
            found = rowOfKey.insert(c.key, rows.size());
            rows.append({c.key, {}});
        }
        rows[*found].counts += c.counts;
    }
    std::stable_sort(
        rows.begin(), rows.end(), [](const DayFacts &a, const DayFacts &b) { return a.key.day < b.key.day; });
    return rows;
}

} // namespace pilothouse::analytics
