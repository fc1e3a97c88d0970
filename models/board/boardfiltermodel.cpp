#include "boardfiltermodel.h"

#include "boardmodel.h"

#include "bands.h"
#include "domain/intents.h"

#include <algorithm>
#include <limits>

namespace pilothouse::models {

namespace {

qint64 startOfToday()
{
    return QDate::currentDate().startOfDay().toMSecsSinceEpoch();
}

} // namespace

BoardFilterModel::BoardFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    m_midnight.setSingleShot(true);
    connect(&m_midnight, &QTimer::timeout, this, [this] {
        if (m_filter == Today)
            refilter();
        scheduleMidnight();
    });
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, &BoardFilterModel::countChanged);
    connect(this, &QAbstractItemModel::modelReset, this, &BoardFilterModel::countChanged);
    connect(this, &QAbstractItemModel::layoutChanged, this, &BoardFilterModel::countChanged);
    m_todayStart = startOfToday();
}

void BoardFilterModel::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_board = qobject_cast<BoardModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
    // Sorting is only active after sort(); column 0 ascending means "in sortKey order".
    sort(0, Qt::AscendingOrder);
    if (model) {
        // What changes under a held order is counted before the proxy re-sorts it.
        connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) { notePending(from.row(), to.row()); });
        connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { notePending(first, last); });
        connect(model, &QAbstractItemModel::modelReset, this, &BoardFilterModel::retake);
    }
    retake();
    Q_EMIT countChanged();
}

void BoardFilterModel::setHoldOrder(bool hold)
{
    if (hold == m_holdOrder)
        return;
    m_holdOrder = hold;
    retake();
    Q_EMIT holdOrderChanged();
}

void BoardFilterModel::applyPending()
{
    if (m_held.isHeld())
        retake();
}

void BoardFilterModel::retake()
{
    const int pendingBefore = m_held.pendingCount();
    const bool wasHeld = m_held.isHeld();
    m_held.release();
    if (wasHeld)
        invalidate(); // to the live order
    if (m_holdOrder && m_board) {
        m_held.take();
        for (int row = 0; row < rowCount(); ++row)
            m_held.add(m_board->conversationAt(mapToSource(index(row, 0)).row()));
    }
    if (m_held.pendingCount() != pendingBefore)
        Q_EMIT pendingCountChanged();
}

void BoardFilterModel::notePending(int firstSourceRow, int lastSourceRow)
{
    if (!m_held.isHeld() || !m_board)
        return;
    bool changed = false;
    for (int row = std::max(firstSourceRow, 0); row <= lastSourceRow && row < m_board->rowCount(); ++row) {
        const ConversationRecord &c = m_board->conversationAt(row);
        if (matchesFilter(c, m_board->customerAt(row)) && matchesSearch(c, m_board->customerAt(row)))
            changed = m_held.note(c) || changed;
    }
    if (changed)
        Q_EMIT pendingCountChanged();
}

void BoardFilterModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    if (m_filter == Today)
        scheduleMidnight();
    refilter();
    Q_EMIT filterChanged();
}

void BoardFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_searchText)
        return;
    m_searchText = trimmed;
    refilter();
    Q_EMIT searchTextChanged();
}

void BoardFilterModel::setSortKey(SortKey key)
{
    if (key == m_sortKey)
        return;
    m_sortKey = key;
    invalidate(); // re-sorts; sort() again would be a no-op for the same column and order
    retake();
    Q_EMIT sortKeyChanged();
}

void BoardFilterModel::setIdentity(Identity *identity)
{
    if (identity == m_identity)
        return;
    if (m_identity)
        disconnect(m_identity, nullptr, this, nullptr);
    m_identity = identity;
    if (m_identity) // another user's "Mine" is another set of rows
        connect(m_identity, &Identity::changed, this, [this] {
            if (m_filter == Mine)
                refilter();
        });
    if (m_filter == Mine)
        refilter();
    Q_EMIT identityChanged();
}

QString BoardFilterModel::conversationIdAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return index(row, 0).data(BoardModel::ConversationIdRole).toString();
}

void BoardFilterModel::refilter()
{
    m_todayStart = startOfToday();
    invalidateFilter();
    retake(); // the operator changed what they look at: the new rows in their live order
    Q_EMIT countChanged();
}

void BoardFilterModel::scheduleMidnight()
{
    const qint64 untilMidnight
        = QDate::currentDate().addDays(1).startOfDay().toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch();
    m_midnight.start(static_cast<int>(std::clamp<qint64>(untilMidnight + 1000, 1000, 86'400'000)));
}

bool BoardFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_board || sourceParent.isValid())
        return m_board == nullptr && QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    const ConversationRecord &c = m_board->conversationAt(sourceRow);
    const CustomerRecord *customer = m_board->customerAt(sourceRow);
    return matchesFilter(c, customer) && matchesSearch(c, customer);
}

bool BoardFilterModel::matchesFilter(const ConversationRecord &c, const CustomerRecord *customer) const
{
    switch (m_filter) {
    case All:
        return true;
    case AiHandling:
        return c.status == Status::Ai;
    case Escalated:
        return c.status == Status::Escalated;
    case Mine:
        return m_identity && m_identity->isMe(c.assignee);
    case Vip:
        return customer && customer->vip;
    case Today:
        return c.lastMessageAt >= m_todayStart;
    case Support:
        return c.kind == Kind::Support;
    case Sales:
        return c.kind == Kind::Sales;
    case WeakReplies:
        return bands::confidenceBand(c.weakestConfidence) == bands::LowConfidence;
    }
    return true;
}

bool BoardFilterModel::matchesSearch(const ConversationRecord &c, const CustomerRecord *customer) const
{
    if (m_searchText.isEmpty())
        return true;
    const auto has = [this](const QString &field) { return field.contains(m_searchText, Qt::CaseInsensitive); };
    return (customer && has(customer->name)) || has(c.lastMessage) || has(c.intent) || has(intents::label(c.intent))
        || has(c.subject) || has(c.id);
}

bool BoardFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_board)
        return QSortFilterProxyModel::lessThan(left, right);
    const ConversationRecord &a = m_board->conversationAt(left.row());
    const ConversationRecord &b = m_board->conversationAt(right.row());
    if (m_held.isHeld()) {
        // Held: the places rows had when the order was taken; rows that came after, after them.
        const std::optional<int> ra = m_held.rankOf(a.id);
        const std::optional<int> rb = m_held.rankOf(b.id);
        if (ra && rb)
            return *ra < *rb;
        if (ra.has_value() != rb.has_value())
            return ra.has_value();
    }
    // Every key ends in newest activity, then id, so equal rows never swap between updates.
    const auto byActivity = [&] {
        if (a.lastMessageAt != b.lastMessageAt)
            return a.lastMessageAt > b.lastMessageAt;
        return a.id < b.id;
    };
    switch (m_sortKey) {
    case ByActivity:
        return byActivity();
    case ByPriority: {
        if (a.priority != b.priority)
            return a.priority > b.priority;
        // Somebody waiting beats nobody waiting; among waiters, the longest wait first.
        const qint64 wa = a.waitingSince.value_or(std::numeric_limits<qint64>::max());
        const qint64 wb = b.waitingSince.value_or(std::numeric_limits<qint64>::max());
        if (wa != wb)
            return wa < wb;
        return byActivity();
    }
    case ByConfidence: {
        // The weakest reply so far, not the last: a conversation that ends with "Happy to help!"
        // at 100 % may have answered the wrong order at 60 % before it.
        const double ca = a.weakestConfidence.value_or(2.0); // no AI reply yet: after every real score
        const double cb = b.weakestConfidence.value_or(2.0);
        if (ca != cb)
            return ca < cb;
        return byActivity();
    }
    }
    return byActivity();
}

} // namespace pilothouse::models
