#include "escalationqueuemodel.h"

#include "domain/catalogue.h"
#include "domain/displaytext.h"
#include "domain/timetext.h"

#include "board/boardmodel.h"

#include <QDateTime>

namespace pilothouse::models {

namespace {

bool isWaiting(const ConversationRecord &c)
{
    return c.status == Status::Escalated;
}

// How long a conversation has waited for a person: since its escalation when known.
qint64 waitStart(const ConversationRecord &c)
{
    if (c.escalatedAt > 0)
        return c.escalatedAt;
    return c.waitingSince.value_or(c.lastMessageAt);
}

int urgency(const ConversationRecord &c)
{
    return c.isEscalated() ? c.escalationPriority : c.priority;
}

} // namespace

bool MissedDeadlineAlarm::update(int missed)
{
    if (missed <= 0) {
        m_announced = 0;
        return false;
    }
    if (m_announced > 0 && missed < 2 * m_announced)
        return false;
    m_announced = missed;
    return true;
}

EscalationQueueModel::EscalationQueueModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setDynamicSortFilter(true);
    m_now = m_clock();
    m_tick.setInterval(kTickMs);
    connect(&m_tick, &QTimer::timeout, this, &EscalationQueueModel::refreshSla);

    const auto changed = [this] {
        Q_EMIT countChanged();
        recount();
    };
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(this, signal, this, changed);
    connect(this, &QAbstractItemModel::modelReset, this, changed);
    connect(this, &QAbstractItemModel::layoutChanged, this, changed);
    connect(this, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
            // The SLA tick changes no status: skip the recount it would cost every second.
            if (!roles.isEmpty() && !roles.contains(int(BoardModel::StatusRole)))
                return;
            recount();
        });
}

void EscalationQueueModel::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_board = qobject_cast<BoardModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { noticeRows(first, last); });
        connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                noticeRows(topLeft.row(), bottomRight.row());
            });
        connect(model, &QAbstractItemModel::modelReset, this, &EscalationQueueModel::rememberAll);
    }
    rememberAll();
    sort(0, Qt::AscendingOrder);
    Q_EMIT countChanged();
    recount();
}

void EscalationQueueModel::setReasonFilter(EscalationReason::Value reason)
{
    if (reason == m_reasonFilter)
        return;
    m_reasonFilter = reason;
    refilter();
    Q_EMIT reasonFilterChanged();
}

void EscalationQueueModel::setGroupByReason(bool group)
{
    if (group == m_groupByReason)
        return;
    m_groupByReason = group;
    invalidate(); // sections must be contiguous: the sort order starts with the reason now
    Q_EMIT groupByReasonChanged();
}

void EscalationQueueModel::setIncludeOwned(bool include)
{
    if (include == m_includeOwned)
        return;
    m_includeOwned = include;
    refilter();
    Q_EMIT includeOwnedChanged();
}

QVariantList EscalationQueueModel::reasonOptions() const
{
    QVariantList options;
    options.append(QVariantMap {
        {QStringLiteral("value"), int(EscalationReason::None)}, {QStringLiteral("text"), tr("All reasons")}});
    for (const EscalationReason::Value reason : catalogue::escalationReasons()) {
        options.append(
            QVariantMap {{QStringLiteral("value"), int(reason)}, {QStringLiteral("text"), catalogue::label(reason)}});
    }
    return options;
}

QString EscalationQueueModel::takeNextId() const
{
    return topWaitingId({});
}

QString EscalationQueueModel::nextAfterResolve(const QString &resolvedId, const QString &me) const
{
    if (!m_board)
        return {};
    const ConversationRecord *mine = nullptr;
    if (!me.isEmpty()) {
        for (int row = 0; row < m_board->count(); ++row) {
            const ConversationRecord &c = m_board->conversationAt(row);
            if (c.id == resolvedId || c.status != Status::Human || c.assignee != me)
                continue;
            const qint64 since = c.waitingSince.value_or(0);
            if (since <= 0)
                continue; // the customer waits for nobody: nothing to answer there
            if (!mine || since < mine->waitingSince.value_or(0) || (since == *mine->waitingSince && c.id < mine->id))
                mine = &c;
        }
    }
    return mine ? mine->id : topWaitingId(resolvedId);
}

QString EscalationQueueModel::topWaitingId(const QString &except) const
{
    if (!m_board)
        return {};
    // Waiting rows sort before owned ones within each group; with reason groups the top waiting
    // row of any group may be further down, so look for the most urgent one explicitly.
    QModelIndex best;
    for (int row = 0; row < rowCount(); ++row) {
        const QModelIndex candidate = index(row, 0);
        const ConversationRecord &c = m_board->conversationAt(mapToSource(candidate).row());
        if (!isWaiting(c) || (!except.isEmpty() && c.id == except))
            continue;
        if (!m_groupByReason)
            return c.id; // already in queue order
        if (!best.isValid()) {
            best = candidate;
            continue;
        }
        const ConversationRecord &b = m_board->conversationAt(mapToSource(best).row());
        if (urgency(c) > urgency(b) || (urgency(c) == urgency(b) && waitStart(c) < waitStart(b)))
            best = candidate;
    }
    return best.isValid() ? m_board->conversationAt(mapToSource(best).row()).id : QString();
}

std::pair<QString, QString> EscalationQueueModel::arrivalMessage(const QString &conversationId) const
{
    const ConversationRecord *c = m_board ? m_board->conversation(conversationId) : nullptr;
    if (!c)
        return {};
    const CustomerRecord *customer = m_board->customer(c->customerId);
    // Isolated: a right-to-left name cannot reorder the translated sentence around it.
    const QString name = customer && !customer->name.isEmpty() ? isolatedText(customer->name) : tr("A customer");
    QString body = catalogue::label(c->escalationReason);
    if (!c->escalationRule.isEmpty())
        body += QStringLiteral(" · ") + displayText(c->escalationRule);
    return {tr("%1 needs a person").arg(name), body};
}

QString EscalationQueueModel::arrivalSentence(const QString &conversationId) const
{
    const auto [title, body] = arrivalMessage(conversationId);
    return title.isEmpty() ? QString() : tr("%1: %2").arg(title, body);
}

QString EscalationQueueModel::conversationIdAt(int row) const
{
    if (!m_board || row < 0 || row >= rowCount())
        return {};
    return m_board->conversationAt(mapToSource(index(row, 0)).row()).id;
}

void EscalationQueueModel::setClock(std::function<qint64()> clock, bool tick)
{
    m_clock = std::move(clock);
    m_tickEnabled = tick;
    if (!tick)
        m_tick.stop();
    m_now = m_clock();
    recount();
}

void EscalationQueueModel::refreshSla()
{
    m_now = m_clock();
    recount(); // deadlines pass with time alone
    if (rowCount() == 0) // owned rows keep their deadline until the first reply, so all tick
        return;
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, 0), {SlaStateRole, SlaTextRole});
}

QVariant EscalationQueueModel::data(const QModelIndex &index, int role) const
{
    if (role < EscalationReasonRole || !m_board)
        return QSortFilterProxyModel::data(index, role);
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConversationRecord &c = m_board->conversationAt(mapToSource(index).row());
    switch (role) {
    case EscalationReasonRole:
        return int(c.escalationReason);
    case EscalationReasonTextRole:
        return catalogue::label(c.escalationReason);
    case EscalationRuleRole:
        return displayText(catalogue::ruleLabel(c.escalationRule, c.escalationRuleName));
    case EscalationRuleCodeRole:
        return displayText(c.escalationRule);
    case EscalationPriorityRole:
        return urgency(c);
    // The first-reply deadline runs until a person answers, also once someone owns it (sla.h).
    case SlaStateRole:
        return int(Sla::of(c, m_now).state);
    case SlaTextRole:
        return Sla::of(c, m_now).text;
    case SectionRole:
        return sectionOf(c);
    case AssigneeNameRole:
        return displayText(c.assigneeName.isEmpty() ? c.assignee : c.assigneeName);
    default:
        return {};
    }
}

QHash<int, QByteArray> EscalationQueueModel::roleNames() const
{
    QHash<int, QByteArray> names = sourceModel() ? sourceModel()->roleNames() : QHash<int, QByteArray> {};
    names.insert({
        {EscalationReasonRole, "escalationReason"},
        {EscalationReasonTextRole, "escalationReasonText"},
        {EscalationRuleRole, "escalationRule"},
        {EscalationRuleCodeRole, "escalationRuleCode"},
        {EscalationPriorityRole, "escalationPriority"},
        {SlaStateRole, "slaState"},
        {SlaTextRole, "slaText"},
        {SectionRole, "section"},
        {AssigneeNameRole, "assigneeName"},
    });
    return names;
}

bool EscalationQueueModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_board || sourceParent.isValid())
        return false;
    const ConversationRecord &c = m_board->conversationAt(sourceRow);
    const bool listed = isWaiting(c) || (m_includeOwned && c.status == Status::Human);
    return listed && (m_reasonFilter == EscalationReason::None || c.escalationReason == m_reasonFilter);
}

bool EscalationQueueModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_board)
        return QSortFilterProxyModel::lessThan(left, right);
    const ConversationRecord &a = m_board->conversationAt(left.row());
    const ConversationRecord &b = m_board->conversationAt(right.row());
    if (m_groupByReason) {
        const int ra = catalogue::rank(a.escalationReason);
        const int rb = catalogue::rank(b.escalationReason);
        if (ra != rb)
            return ra < rb;
    }
    if (groupOf(a) != groupOf(b))
        return groupOf(a) < groupOf(b);
    if (urgency(a) != urgency(b))
        return urgency(a) > urgency(b);
    if (waitStart(a) != waitStart(b))
        return waitStart(a) < waitStart(b); // the longest wait first
    return a.id < b.id; // equal rows never swap between updates
}

int EscalationQueueModel::groupOf(const ConversationRecord &c) const
{
    return isWaiting(c) ? 0 : 1;
}

QString EscalationQueueModel::sectionOf(const ConversationRecord &c) const
{
    if (m_groupByReason)
        return catalogue::label(c.escalationReason);
    return isWaiting(c) ? tr("Waiting for a person") : tr("With a person");
}

void EscalationQueueModel::refilter()
{
    invalidateFilter();
    Q_EMIT countChanged();
    recount();
}

void EscalationQueueModel::recount()
{
    // Over the board's records, not the proxy's rows: a burst recounts after each of the proxy's
    // signals, and mapping every row back through the proxy cost more than the burst itself.
    int waiting = 0;
    int anyWaiting = 0; // whatever the filter: the missed deadlines tick for every reason
    int missed = 0;
    if (m_board) {
        for (int row = 0; row < m_board->count(); ++row) {
            const ConversationRecord &c = m_board->conversationAt(row);
            if (!isWaiting(c))
                continue;
            ++anyWaiting;
            waiting += m_reasonFilter == EscalationReason::None || c.escalationReason == m_reasonFilter ? 1 : 0;
            missed += Sla::of(c, m_now).state == SlaState::Breached ? 1 : 0;
        }
    }
    if (anyWaiting > 0 && !m_tick.isActive() && m_tickEnabled)
        m_tick.start();
    else if (anyWaiting == 0)
        m_tick.stop();
    if (missed != m_missedCount) {
        m_missedCount = missed;
        Q_EMIT missedCountChanged();
        if (m_alarm.update(missed))
            Q_EMIT missedDeadlinesRose(missed);
    }
    if (waiting == m_waitingCount)
        return;
    m_waitingCount = waiting;
    Q_EMIT waitingCountChanged();
}

void EscalationQueueModel::noticeRows(int first, int last)
{
    if (!m_board)
        return;
    for (int row = first; row <= last && row < m_board->count(); ++row) {
        const ConversationRecord &c = m_board->conversationAt(row);
        if (!isWaiting(c)) {
            m_escalatedIds.remove(c.id);
            continue;
        }
        if (m_escalatedIds.contains(c.id))
            continue;
        m_escalatedIds.insert(c.id);
        Q_EMIT escalationArrived(c.id);
    }
}

void EscalationQueueModel::rememberAll()
{
    m_escalatedIds.clear();
    if (!m_board)
        return;
    for (int row = 0; row < m_board->count(); ++row) {
        if (isWaiting(m_board->conversationAt(row)))
            m_escalatedIds.insert(m_board->conversationAt(row).id);
    }
}

} // namespace pilothouse::models
