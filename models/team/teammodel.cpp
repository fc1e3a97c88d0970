#include "teammodel.h"

#include "board/boardmodel.h"
#include "domain/catalogue.h"
#include "live/identity.h"

#include <QCoreApplication>

#include <algorithm>

namespace pilothouse::models {

namespace {

int presenceRank(Presence::Value presence)
{
    switch (presence) {
    case Presence::Online:
        return 0;
    case Presence::Away:
        return 1;
    case Presence::Offline:
        return 2;
    case Presence::Unknown:
        break;
    }
    return 3;
}

} // namespace

TeamModel::TeamModel(BoardModel *board, Identity *identity, QObject *parent)
    : QAbstractListModel(parent)
    , m_board(board)
    , m_identity(identity)
{
    m_recount.setSingleShot(true);
    m_recount.setInterval(kRecountMs);
    connect(&m_recount, &QTimer::timeout, this, &TeamModel::recount);
    // The load follows the board: a batch of changes costs one count, kRecountMs later.
    connect(m_board, &QAbstractItemModel::dataChanged, this, &TeamModel::scheduleRecount);
    connect(m_board, &QAbstractItemModel::rowsInserted, this, &TeamModel::scheduleRecount);
    connect(m_board, &QAbstractItemModel::rowsRemoved, this, &TeamModel::scheduleRecount);
    connect(m_board, &QAbstractItemModel::modelReset, this, &TeamModel::scheduleRecount);
    connect(m_identity, &Identity::changed, this, [this] {
        if (!m_members.isEmpty())
            Q_EMIT dataChanged(index(0), index(rowCount() - 1), {IsSelfRole});
        Q_EMIT changed();
    });
}

int TeamModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_members.size());
}

QVariant TeamModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TeamMemberRecord &member = m_members.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return member.displayName;
    case NameRole:
        return member.name;
    case RoleRole:
        return QVariant::fromValue(member.role);
    case RoleTextRole:
        return catalogue::label(member.role);
    case PresenceRole:
        return QVariant::fromValue(member.presence);
    case PresenceTextRole:
        return member.presence == Presence::Unknown ? tr("Presence unknown") : catalogue::label(member.presence);
    case PresenceToneRole:
        return QVariant::fromValue(catalogue::tone(member.presence));
    case SinceRole:
        return member.since;
    case HeldRole:
        return m_load.value(member.name).held;
    case OldestWaitingSinceRole:
        return m_load.value(member.name).oldestWaitingSince;
    case IsSelfRole:
        return m_identity->isMe(member.name);
    default:
        return {};
    }
}

QHash<int, QByteArray> TeamModel::roleNames() const
{
    return {
        {NameRole, "userName"},
        {DisplayNameRole, "displayName"},
        {RoleRole, "role"},
        {RoleTextRole, "roleText"},
        {PresenceRole, "presence"},
        {PresenceTextRole, "presenceText"},
        {PresenceToneRole, "presenceTone"},
        {SinceRole, "since"},
        {HeldRole, "held"},
        {OldestWaitingSinceRole, "oldestWaitingSince"},
        {IsSelfRole, "isSelf"},
    };
}

Presence::Value TeamModel::selfPresence() const
{
    for (const TeamMemberRecord &member : m_members) {
        if (m_identity->isMe(member.name))
            return member.presence;
    }
    return Presence::Unknown;
}

QString TeamModel::summary() const
{
    if (!m_known)
        return m_members.isEmpty() ? tr("The team appears once the console is connected.")
                                   : tr("Presence is unknown while the console is not connected.");
    const int online = onlineCount();
    const int away = awayCount();
    const QString onlineText = tr("%n online", nullptr, online);
    return away == 0
        ? onlineText
        : tr("%1 · %2", "how many are online · how many are away").arg(onlineText, tr("%n away", nullptr, away));
}

void TeamModel::setTeam(const protocol::Team &team)
{
    QList<TeamMemberRecord> members;
    members.reserve(static_cast<qsizetype>(team.members.size()));
    for (const protocol::TeamMember &m : team.members) {
        TeamMemberRecord member;
        member.name = QString::fromStdString(m.name);
        member.displayName = m.displayName.empty() ? member.name : QString::fromStdString(m.displayName);
        member.role = catalogue::roleFromWire(QString::fromStdString(m.role));
        member.presence = catalogue::fromProtocol(m.presence);
        member.since = m.since;
        members.append(std::move(member));
    }
    m_known = true;
    setMembers(std::move(members));
}

void TeamModel::setMembers(QList<TeamMemberRecord> members)
{
    std::stable_sort(members.begin(), members.end(), &TeamModel::listedBefore);
    if (members != m_members) {
        beginResetModel();
        m_members = std::move(members);
        endResetModel();
    }
    Q_EMIT changed();
}

void TeamModel::forgetPresence()
{
    if (!m_known)
        return;
    m_known = false;
    QList<TeamMemberRecord> members = m_members;
    for (TeamMemberRecord &member : members) {
        member.presence = Presence::Unknown;
        member.since = 0;
    }
    setMembers(std::move(members));
}

bool TeamModel::listedBefore(const TeamMemberRecord &a, const TeamMemberRecord &b)
{
    const int ra = presenceRank(a.presence);
    const int rb = presenceRank(b.presence);
    if (ra != rb)
        return ra < rb;
    // Case does not order names ("bo" before "Maria"); the locale breaks what case leaves tied.
    int byName = a.displayName.compare(b.displayName, Qt::CaseInsensitive);
    if (byName == 0)
        byName = QString::localeAwareCompare(a.displayName, b.displayName);
    return byName != 0 ? byName < 0 : a.name < b.name;
}

QHash<QString, TeamLoad> TeamModel::countLoad(const BoardModel &board)
{
    QHash<QString, TeamLoad> load;
    for (int row = 0; row < board.count(); ++row) {
        const ConversationRecord &c = board.conversationAt(row);
        if (c.status != Status::Human || c.assignee.isEmpty())
            continue;
        TeamLoad &member = load[c.assignee];
        ++member.held;
        const qint64 waiting = c.waitingSince.value_or(0);
        if (waiting > 0 && (member.oldestWaitingSince == 0 || waiting < member.oldestWaitingSince))
            member.oldestWaitingSince = waiting;
    }
    return load;
}

void TeamModel::recount()
{
    m_recount.stop();
    QHash<QString, TeamLoad> load = countLoad(*m_board);
    if (load == m_load)
        return;
    m_load = std::move(load);
    if (!m_members.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {HeldRole, OldestWaitingSinceRole});
}

QString TeamModel::displayNameOf(const QString &userName) const
{
    for (const TeamMemberRecord &member : m_members) {
        if (member.name == userName)
            return member.displayName;
    }
    return userName;
}

int TeamModel::countOf(Presence::Value presence) const
{
    return static_cast<int>(std::count_if(m_members.cbegin(), m_members.cend(),
        [presence](const TeamMemberRecord &member) { return member.presence == presence; }));
}

void TeamModel::scheduleRecount()
{
    if (!m_recount.isActive())
        m_recount.start();
}

} // namespace pilothouse::models
