#include "admin/sessionsmodel.h"

#include <QDateTime>
#include <QLocale>

#include <algorithm>

namespace pilothouse::models {
namespace {

/// A session used within this long is "active now" even without a live connection (a last_seen
/// is written at most once a minute).
constexpr qint64 kActiveWindowMs = 2 * 60 * 1000;

QString when(qint64 at)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(at), QLocale::ShortFormat);
}

} // namespace

SessionsModel::SessionsModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{ }

int SessionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SessionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::SessionInfo &s = m_rows[std::size_t(index.row())];
    const QString device = s.device.empty() ? tr("Unknown device") : QString::fromStdString(s.device);
    const bool active = s.live || s.current || m_now() - s.lastSeen < kActiveWindowMs;
    const QString seen = active ? tr("Active now") : tr("Last used %1").arg(when(s.lastSeen));
    switch (role) {
    case Qt::DisplayRole:
    case DeviceTextRole:
        return device;
    case SessionIdRole:
        return QString::fromStdString(s.id);
    case UserTextRole:
        return QString::fromStdString(s.user);
    case AddressRole:
        return QString::fromStdString(s.address);
    case StartedTextRole:
        return tr("Signed in %1").arg(when(s.createdAt));
    case SeenTextRole:
        return seen;
    case CurrentRole:
        return s.current;
    case EndingRole:
        return std::any_of(m_ending.begin(), m_ending.end(), [&](const Ending &e) { return e.sessionId == s.id; });
    case AccessibleTextRole: {
        QString sentence = s.current ? tr("This computer: %1").arg(device) : device;
        if (m_everyone)
            sentence = tr("%1, %2").arg(QString::fromStdString(s.user), sentence);
        return tr("%1. From %2. %3. %4.")
            .arg(sentence, s.address.empty() ? tr("an unknown address") : QString::fromStdString(s.address),
                tr("Signed in %1").arg(when(s.createdAt)), seen);
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> SessionsModel::roleNames() const
{
    return {{SessionIdRole, "sessionId"}, {UserTextRole, "userText"}, {DeviceTextRole, "deviceText"},
        {AddressRole, "address"}, {StartedTextRole, "startedText"}, {SeenTextRole, "seenText"},
        {CurrentRole, "current"}, {EndingRole, "ending"}, {AccessibleTextRole, "accessibleText"}};
}

void SessionsModel::refresh()
{
    m_state = Loading;
    m_error.clear();
    m_request = ++m_nextRequest;
    Q_EMIT changed();
    Q_EMIT requested(m_everyone, m_request);
}

void SessionsModel::setEveryone(bool everyone)
{
    if (everyone == m_everyone)
        return;
    m_everyone = everyone;
    refresh();
}

void SessionsModel::end(int row)
{
    if (row < 0 || row >= rowCount() || m_rows[std::size_t(row)].current)
        return;
    const std::string id = m_rows[std::size_t(row)].id;
    if (std::any_of(m_ending.begin(), m_ending.end(), [&](const Ending &e) { return e.sessionId == id; }))
        return;
    const int requestId = ++m_nextRequest;
    m_ending.push_back({requestId, id});
    Q_EMIT dataChanged(index(row), index(row), {EndingRole});
    Q_EMIT endRequested(QString::fromStdString(id), requestId);
}

void SessionsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_ending.clear();
    endResetModel();
    m_state = Idle;
    m_error.clear();
    m_request = 0;
    m_everyone = false;
    Q_EMIT changed();
}

void SessionsModel::onFetched(int requestId, const protocol::SessionList &list)
{
    if (requestId == 0 || requestId != m_request)
        return;
    m_request = 0;
    beginResetModel();
    m_rows = list.sessions;
    // This console's own session first, then newest first as the server sent them.
    std::stable_partition(m_rows.begin(), m_rows.end(), [](const protocol::SessionInfo &s) { return s.current; });
    endResetModel();
    m_state = Ready;
    Q_EMIT changed();
}

void SessionsModel::onEnded(int requestId)
{
    const auto it
        = std::find_if(m_ending.begin(), m_ending.end(), [&](const Ending &e) { return e.requestId == requestId; });
    if (it == m_ending.end())
        return;
    const std::string id = it->sessionId;
    m_ending.erase(it);
    const auto row = std::find_if(m_rows.begin(), m_rows.end(), [&](const auto &s) { return s.id == id; });
    if (row != m_rows.end()) {
        const int at = int(row - m_rows.begin());
        beginRemoveRows({}, at, at);
        m_rows.erase(row);
        endRemoveRows();
        Q_EMIT changed();
    }
}

void SessionsModel::onFailed(int requestId, const QString &message, bool offline)
{
    const QString text = offline ? tr("Sessions are listed while connected to the server.") : message;
    const auto ending
        = std::find_if(m_ending.begin(), m_ending.end(), [&](const Ending &e) { return e.requestId == requestId; });
    if (ending != m_ending.end()) {
        const std::string id = ending->sessionId;
        m_ending.erase(ending);
        m_error = text;
        for (std::size_t row = 0; row < m_rows.size(); ++row)
            if (m_rows[row].id == id)
                Q_EMIT dataChanged(index(int(row)), index(int(row)), {EndingRole});
        Q_EMIT changed();
        return;
    }
    if (requestId == 0 || requestId != m_request)
        return;
    m_request = 0;
    m_state = Failed;
    m_error = text;
    Q_EMIT changed();
}

} // namespace pilothouse::models
