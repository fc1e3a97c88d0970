#include "boardmodel.h"

#include "domain/catalogue.h"
#include "domain/displaytext.h"
#include "domain/intents.h"

#include "bands.h"

#include <algorithm>

namespace pilothouse::models {

BoardModel::BoardModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int BoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QModelIndex BoardModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || row >= count() || column != 0 || parent.isValid())
        return {};
    return createIndex(row, column);
}

QVariant BoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConversationRecord &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SubjectRole:
        return displayText(c.subject);
    case ConversationIdRole:
        return c.id;
    case CustomerIdRole:
        return c.customerId;
    case ChannelRole:
        return int(c.channel);
    case KindRole:
        return int(c.kind);
    case StatusRole:
        return int(c.status);
    case IntentRole:
        return intents::label(displayText(c.intent));
    case IntentCodeRole:
        return displayText(c.intent);
    case LastMessageRole:
        return displayText(c.lastMessage);
    case LastAuthorRole:
        return int(c.lastAuthor);
    case LastMessageAtRole:
        return c.lastMessageAt;
    case CreatedAtRole:
        return c.createdAt;
    case WaitingSinceRole:
        return c.waitingSince.value_or(0);
    case ConfidenceRole:
        return c.confidence.value_or(-1.0);
    case ConfidenceBandRole:
        return bands::confidenceBand(c.confidence);
    case WeakestConfidenceRole:
        return c.weakestConfidence.value_or(-1.0);
    case WeakestConfidenceBandRole:
        return bands::confidenceBand(c.weakestConfidence);
    case WeakestIntentRole:
        return intents::label(displayText(c.weakestIntent));
    case EscalatedAtRole:
        return c.escalatedAt;
    case SlaDueAtRole:
        return c.slaDueAt;
    case RespondedAtRole:
        return c.respondedAt;
    case LastCustomerMessageRole:
        return displayText(c.lastCustomerMessage);
    case SentimentRole:
        return c.sentiment;
    case SentimentBandRole:
        return bands::sentimentBand(c.sentiment);
    case PriorityRole:
        return c.priority;
    case MessageCountRole:
        return c.messageCount;
    case AssigneeRole:
        return c.assignee;
    default:
        break;
    }
    const CustomerRecord *customer = customerAt(index.row());
    switch (role) {
    case CustomerNameRole:
        return customer ? displayText(customer->name) : QString();
    case CustomerVipRole:
        return customer && customer->vip;
    case CustomerSegmentRole:
        return customer ? displayText(customer->segment) : QString();
    case CustomerSegmentTextRole:
        return customer && !(customer->vip && catalogue::isVipSegment(customer->segment))
            ? displayText(catalogue::segmentLabel(customer->segment))
            : QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> BoardModel::roleNames() const
{
    return {
        {ConversationIdRole, "conversationId"},
        {CustomerIdRole, "customerId"},
        {CustomerNameRole, "customerName"},
        {CustomerVipRole, "customerVip"},
        {CustomerSegmentRole, "customerSegment"},
        {CustomerSegmentTextRole, "customerSegmentText"},
        {ChannelRole, "channel"},
        {KindRole, "kind"},
        {StatusRole, "status"},
        {SubjectRole, "subject"},
        {IntentRole, "intent"},
        {IntentCodeRole, "intentCode"},
        {LastMessageRole, "lastMessage"},
        {LastAuthorRole, "lastAuthor"},
        {LastMessageAtRole, "lastMessageAt"},
        {CreatedAtRole, "createdAt"},
        {WaitingSinceRole, "waitingSince"},
        {ConfidenceRole, "confidence"},
        {ConfidenceBandRole, "confidenceBand"},
        {WeakestConfidenceRole, "weakestConfidence"},
        {WeakestConfidenceBandRole, "weakestConfidenceBand"},
        {WeakestIntentRole, "weakestIntent"},
        {EscalatedAtRole, "escalatedAt"},
        {SlaDueAtRole, "slaDueAt"},
        {RespondedAtRole, "respondedAt"},
        {LastCustomerMessageRole, "lastCustomerMessage"},
        {SentimentRole, "sentiment"},
        {SentimentBandRole, "sentimentBand"},
        {PriorityRole, "priority"},
        {MessageCountRole, "messageCount"},
        {AssigneeRole, "assignee"},
    };
}

const ConversationRecord *BoardModel::conversation(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_rows.at(row);
}

const CustomerRecord *BoardModel::customer(const QString &id) const
{
    const auto it = m_customers.constFind(id);
    return it == m_customers.cend() ? nullptr : &it.value();
}

void BoardModel::apply(const ChangeBatch &batch)
{
    if (batch.reset) {
        resetTo(batch);
        return;
    }
    QList<int> changed;
    for (const CustomerRecord &customer : batch.customers) {
        auto it = m_customers.find(customer.id);
        if (it != m_customers.end() && *it == customer)
            continue;
        // Orders or lifetime value alone do not show on the board; but a view reading
        // customer() must still see them, so the record is stored either way.
        const bool visible = it == m_customers.end() || it->name != customer.name || it->vip != customer.vip
            || it->segment != customer.segment;
        m_customers.insert(customer.id, customer);
        if (visible)
            changed += m_rowsByCustomer.value(customer.id);
    }

    // Updates are staged and written span by span as they are announced: a sorted proxy
    // handling one dataChanged assumes every row not announced yet still holds the data it
    // was sorted by. (No sort key reads the customer, so customers are written at once.)
    QHash<int, ConversationRecord> staged;
    QList<ConversationRecord> added;
    QHash<QString, qsizetype> addedById; // a batch that repeats an id keeps the last version
    for (const ConversationRecord &conversation : batch.conversations) {
        const int row = rowOf(conversation.id);
        if (row >= 0) {
            if (m_rows.at(row) == conversation) {
                staged.remove(row);
                continue;
            }
            staged.insert(row, conversation);
            changed.append(row);
        } else if (const auto it = addedById.constFind(conversation.id); it != addedById.cend()) {
            added[*it] = conversation;
        } else {
            addedById.insert(conversation.id, added.size());
            added.append(conversation);
        }
    }

    emitChanged(std::move(changed), staged);

    if (!added.isEmpty()) {
        const int first = count();
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        m_rows.reserve(m_rows.size() + added.size());
        for (ConversationRecord &conversation : added) {
            const int row = count();
            m_rowById.insert(conversation.id, row);
            indexCustomer(conversation.customerId, row);
            m_rows.append(std::move(conversation));
        }
        endInsertRows();
        Q_EMIT countChanged();
    }
}

void BoardModel::resetTo(const ChangeBatch &batch)
{
    const int before = count();
    beginResetModel();
    m_rows.clear();
    m_rowById.clear();
    m_customers.clear();
    m_rowsByCustomer.clear();
    for (const CustomerRecord &customer : batch.customers)
        m_customers.insert(customer.id, customer);
    m_rows.reserve(batch.conversations.size());
    for (const ConversationRecord &conversation : batch.conversations) {
        if (const int row = rowOf(conversation.id); row >= 0) {
            m_rows[row] = conversation; // a repeated id keeps its last version
            continue;
        }
        const int row = count();
        m_rowById.insert(conversation.id, row);
        indexCustomer(conversation.customerId, row);
        m_rows.append(conversation);
    }
    endResetModel();
    if (count() != before)
        Q_EMIT countChanged();
}

void BoardModel::emitChanged(QList<int> rows, QHash<int, ConversationRecord> &staged)
{
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());

    // Runs of adjacent rows, merged into one span when that is cheaper (see kRowsPerSignal).
    QList<std::pair<int, int>> spans;
    for (const int row : std::as_const(rows)) {
        if (!spans.isEmpty() && spans.last().second + 1 == row)
            spans.last().second = row;
        else
            spans.append({row, row});
    }
    const qint64 spanLength = rows.last() - rows.first() + 1;
    if (spans.size() > 1 && (spans.size() * kRowsPerSignal >= spanLength || spans.size() > kMaxSignalsPerFlush))
        spans = {{rows.first(), rows.last()}};

    qsizetype next = 0; // rows is sorted, so each span consumes its rows in order
    for (const auto &[first, last] : std::as_const(spans)) {
        for (; next < rows.size() && rows.at(next) <= last; ++next) {
            const auto it = staged.find(rows.at(next));
            if (it == staged.end())
                continue; // only its customer changed
            ConversationRecord &current = m_rows[it.key()];
            if (current.customerId != it->customerId) {
                m_rowsByCustomer[current.customerId].removeOne(it.key());
                indexCustomer(it->customerId, it.key());
            }
            current = std::move(*it);
            staged.erase(it);
        }
        Q_EMIT dataChanged(index(first), index(last));
    }
}

void BoardModel::indexCustomer(const QString &customerId, int row)
{
    m_rowsByCustomer[customerId].append(row);
}

} // namespace pilothouse::models
