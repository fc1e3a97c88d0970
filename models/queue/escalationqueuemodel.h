#pragma once
// The escalation queue: conversations waiting for a person (escalated) and, as a second group,
// those a person owns, ordered by priority and then by how long they have waited. Adds the
// escalation and SLA roles to the board's; a 1 s clock refreshes only the SLA roles.

#include "domain/enums.h"
#include "queue/sla.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <functional>

namespace pilothouse::models {

class BoardModel;
struct ConversationRecord;

/// When the queue's missed deadlines are news: once when their number rises past 0, then each
/// time it reaches double the number last announced; back at 0 it starts over. Pure, so the rule
/// is tested on its own.
class MissedDeadlineAlarm {
public:
    /// The number of missed deadlines now; true when that is to be announced.
    bool update(int missed);
    /// The number last announced, 0 when none (or it fell back to 0 since).
    int announced() const { return m_announced; }

private:
    int m_announced = 0;
};

/// Instantiable from QML with `sourceModel: Console.workspace.board`. Reads BoardModel's records
/// directly (no QVariant per role), like BoardFilterModel, so live updates cost O(changed rows).
class EscalationQueueModel : public QSortFilterProxyModel {
    Q_OBJECT
    QML_ELEMENT
    /// Show only the conversations escalated for this reason; None shows every reason.
    Q_PROPERTY(pilothouse::models::EscalationReason::Value reasonFilter READ reasonFilter WRITE setReasonFilter NOTIFY
            reasonFilterChanged)
    /// Sections by reason instead of by state (waiting / with a person).
    Q_PROPERTY(bool groupByReason READ groupByReason WRITE setGroupByReason NOTIFY groupByReasonChanged)
    /// Whether conversations a person owns are listed (after the waiting ones).
    Q_PROPERTY(bool includeOwned READ includeOwned WRITE setIncludeOwned NOTIFY includeOwnedChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// Escalated conversations nobody has taken yet (the tab badge and the tray count).
    Q_PROPERTY(int waitingCount READ waitingCount NOTIFY waitingCountChanged)
    /// Escalated conversations nobody has taken whose first-reply deadline has passed, whatever
    /// the reason filter (an alarm is not hidden by a view's filter): the tab's red badge. Ticks.
    Q_PROPERTY(int missedCount READ missedCount NOTIFY missedCountChanged)
    /// Every reason as {value, text} in rank order, "All reasons" first with value None: the
    /// filter's options.
    Q_PROPERTY(QVariantList reasonOptions READ reasonOptions CONSTANT)

public:
    enum Role {
        EscalationReasonRole = Qt::UserRole + 100, ///< EscalationReason::Value (an int in QML).
        EscalationReasonTextRole, ///< QString, translated label ("VIP customer").
        EscalationRuleRole, ///< QString, the rule that fired, in words (catalogue::ruleLabel).
        EscalationRuleCodeRole, ///< QString, its id, for a supervisor's details tooltip.
        EscalationPriorityRole, ///< int 0..3.
        SlaStateRole, ///< SlaState::Value (an int in QML) of the first-reply deadline (sla.h). Ticks.
        SlaTextRole, ///< QString: "2:14 left", "3 min over", "replied 54 s late". Ticks.
        SectionRole, ///< QString: the group's label, for ListView sections.
        AssigneeNameRole, ///< QString: display name of the owner ("" if none).
    };
    Q_ENUM(Role)

    /// How often the SLA roles refresh.
    static constexpr int kTickMs = 1000;

    explicit EscalationQueueModel(QObject *parent = nullptr);

    EscalationReason::Value reasonFilter() const { return m_reasonFilter; }
    void setReasonFilter(EscalationReason::Value reason);
    bool groupByReason() const { return m_groupByReason; }
    void setGroupByReason(bool group);
    bool includeOwned() const { return m_includeOwned; }
    void setIncludeOwned(bool include);
    int count() const { return rowCount(); }
    int waitingCount() const { return m_waitingCount; }
    int missedCount() const { return m_missedCount; }
    QVariantList reasonOptions() const;

    /// The top waiting conversation (what "Take next" claims), "" when nobody waits.
    Q_INVOKABLE QString takeNextId() const;
    /// What to open after the operator `me` (a user name) resolved `resolvedId`: the conversation
    /// `me` owns whose customer has waited longest; else the top waiting row of the queue (as
    /// takeNextId); "" when there is neither (stay). `resolvedId` never comes back, whatever the
    /// board still says of it (the server's event may follow its acknowledgement).
    Q_INVOKABLE QString nextAfterResolve(const QString &resolvedId, const QString &me) const;
    /// Conversation id at a row of this proxy, "" when out of range.
    Q_INVOKABLE QString conversationIdAt(int row) const;
    /// The news that a conversation was handed to people: title and body, e.g. "Dana Whitfield
    /// needs a person" / "VIP customer · VIP asks for a refund"; an empty title for an unknown id.
    /// The desktop notification and the screen reader's alert say the same.
    std::pair<QString, QString> arrivalMessage(const QString &conversationId) const;
    /// Title and body in one sentence, for assistive technology.
    Q_INVOKABLE QString arrivalSentence(const QString &conversationId) const;

    /// Tests inject a clock; the default reads the system clock. Also stops the 1 s timer when
    /// `tick` is false, so a test advances time with refreshSla() alone.
    void setClock(std::function<qint64()> clock, bool tick);
    /// Re-reads the clock and announces the SLA roles of the waiting rows as changed.
    void refreshSla();

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    void setSourceModel(QAbstractItemModel *model) override;

Q_SIGNALS:
    void reasonFilterChanged();
    void groupByReasonChanged();
    void includeOwnedChanged();
    void countChanged();
    void waitingCountChanged();
    void missedCountChanged();
    /// The number of missed deadlines rose past 0, or doubled since it was last announced
    /// (MissedDeadlineAlarm): the workspace posts a notice.
    void missedDeadlinesRose(int count);
    /// A conversation became escalated after the queue was first filled (not on a reset or the
    /// initial fill: those are not news). For the desktop notification.
    void escalationArrived(const QString &conversationId);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    int groupOf(const ConversationRecord &c) const;
    QString sectionOf(const ConversationRecord &c) const;
    void refilter();
    void recount();
    void noticeRows(int first, int last);
    void rememberAll();
    QString topWaitingId(const QString &except) const;

    BoardModel *m_board = nullptr;
    EscalationReason::Value m_reasonFilter = EscalationReason::None;
    bool m_groupByReason = false;
    bool m_includeOwned = true;
    int m_waitingCount = 0;
    int m_missedCount = 0;
    MissedDeadlineAlarm m_alarm;
    qint64 m_now = 0;
    std::function<qint64()> m_clock;
    QTimer m_tick;
    bool m_tickEnabled = true;
    QSet<QString> m_escalatedIds; ///< escalated at the last look, to tell arrivals apart
};

} // namespace pilothouse::models
