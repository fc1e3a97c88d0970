#include "admin/usersmodel.h"

#include "domain/catalogue.h"

#include <algorithm>

namespace pilothouse::models {

UsersModel::UsersModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const protocol::UserRecord &u = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return QString::fromStdString(u.name);
    case DisplayNameRole:
        return QString::fromStdString(u.displayName);
    case RoleRole:
        return int(catalogue::fromProtocol(u.role));
    case ActiveRole:
        return u.active;
    case TwoFactorRole:
        return u.twoFactor;
    default:
        return {};
    }
}

QHash<int, QByteArray> UsersModel::roleNames() const
{
    return {{NameRole, "name"}, {DisplayNameRole, "displayName"}, {RoleRole, "role"}, {ActiveRole, "active"},
        {TwoFactorRole, "twoFactor"}};
}

QVariantList UsersModel::roleOptions() const
{
    QVariantList out;
    // From least to most a role may do; a new colleague starts as an agent (UsersPage).
    for (const Role::Value role : {Role::Viewer, Role::Agent, Role::Supervisor, Role::Admin})
        out.append(
            QVariantMap {{QStringLiteral("text"), catalogue::label(role)}, {QStringLiteral("value"), int(role)}});
    return out;
}

void UsersModel::refresh()
{
    m_state = Loading;
    m_fetch = ++m_nextRequest;
    m_policyFetch = ++m_nextRequest;
    Q_EMIT changed();
    Q_EMIT fetchRequested(m_fetch);
    Q_EMIT policyRequested(m_policyFetch);
}

int UsersModel::begin(const QString &name, QString done)
{
    m_pending = {++m_nextRequest, name, std::move(done)};
    m_error.clear();
    m_notice.clear();
    Q_EMIT changed();
    return m_pending.requestId;
}

int UsersModel::rowOf(const std::string &name) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const auto &u) { return u.name == name; });
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

void UsersModel::add(const QString &name, const QString &displayName, int role, const QString &password)
{
    const auto wire = catalogue::toProtocol(Role::Value(role));
    if (busy() || !wire || name.trimmed().isEmpty())
        return;
    const int id = begin(name.trimmed(), tr("Added %1."));
    Q_EMIT addRequested(protocol::NewUser {name.trimmed().toStdString(), displayName.trimmed().toStdString(), *wire,
                            password.toStdString()},
        id);
}

void UsersModel::setRole(int row, int role)
{
    const auto wire = catalogue::toProtocol(Role::Value(role));
    if (busy() || row < 0 || row >= rowCount() || !wire || m_rows[std::size_t(row)].role == *wire)
        return;
    const QString name = QString::fromStdString(m_rows[std::size_t(row)].name);
    const int id = begin(name, tr("%1 is now %2; they sign in again.").arg(u"%1", catalogue::label(Role::Value(role))));
    protocol::UserChange change;
    change.role = *wire;
    Q_EMIT changeRequested(name, change, id);
}

void UsersModel::setActive(int row, bool active)
{
    if (busy() || row < 0 || row >= rowCount() || m_rows[std::size_t(row)].active == active)
        return;
    const QString name = QString::fromStdString(m_rows[std::size_t(row)].name);
    const int id
        = begin(name, active ? tr("%1 may sign in again.") : tr("%1 may no longer sign in; their sessions ended."));
    protocol::UserChange change;
    change.active = active;
    Q_EMIT changeRequested(name, change, id);
}

void UsersModel::resetPassword(int row, const QString &password)
{
    if (busy() || row < 0 || row >= rowCount())
        return;
    const QString name = QString::fromStdString(m_rows[std::size_t(row)].name);
    const int id = begin(name, tr("The password of %1 is changed; they sign in again."));
    Q_EMIT passwordRequested(name, password, id);
}

void UsersModel::resetTwoFactor(int row)
{
    if (busy() || row < 0 || row >= rowCount() || !m_rows[std::size_t(row)].twoFactor)
        return;
    const QString name = QString::fromStdString(m_rows[std::size_t(row)].name);
    const int id = begin(name, tr("Two-factor sign-in of %1 is off; their password alone signs them in."));
    m_pending.clearsTwoFactor = true;
    Q_EMIT twoFactorResetRequested(name, id);
}

void UsersModel::setTwoFactorRequired(bool required)
{
    if (busy() || required == m_twoFactorRequired)
        return;
    const int id = begin({},
        required
            ? tr("Two-factor sign-in is now required of everyone. Those without it set it up at their next sign-in.")
            : tr("Two-factor sign-in is no longer required."));
    Q_EMIT policyChangeRequested(protocol::SecurityPolicy {required}, id);
}

void UsersModel::onPolicy(int requestId, const protocol::SecurityPolicy &policy)
{
    if (requestId == 0 || (requestId != m_policyFetch && requestId != m_pending.requestId))
        return;
    m_twoFactorRequired = policy.twoFactorRequired;
    if (requestId == m_policyFetch) {
        m_policyFetch = 0;
        Q_EMIT changed();
        return;
    }
    m_notice = m_pending.done;
    m_pending = {};
    refresh(); // who has it now, beside the rule
}

void UsersModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    m_state = Idle;
    m_error.clear();
    m_notice.clear();
    m_fetch = 0;
    m_policyFetch = 0;
    m_twoFactorRequired = false;
    m_pending = {};
    Q_EMIT changed();
}

void UsersModel::onFetched(int requestId, const protocol::UserList &list)
{
    if (requestId == 0 || requestId != m_fetch)
        return;
    m_fetch = 0;
    beginResetModel();
    m_rows = list.users;
    endResetModel();
    m_state = Ready;
    Q_EMIT changed();
}

void UsersModel::onSaved(int requestId, const protocol::UserRecord &user)
{
    if (requestId == 0 || requestId != m_pending.requestId)
        return;
    m_notice = m_pending.done.arg(m_pending.name);
    if (m_pending.clearsTwoFactor) {
        if (const int row = rowOf(m_pending.name.toStdString()); row >= 0) {
            m_rows[std::size_t(row)].twoFactor = false;
            Q_EMIT dataChanged(index(row), index(row));
        }
    }
    m_pending = {};
    if (!user.name.empty()) {
        const int row = rowOf(user.name);
        if (row >= 0) {
            m_rows[std::size_t(row)] = user;
            Q_EMIT dataChanged(index(row), index(row));
        } else {
            const auto at = std::lower_bound(
                m_rows.begin(), m_rows.end(), user, [](const auto &a, const auto &b) { return a.name < b.name; });
            const int position = int(at - m_rows.begin());
            beginInsertRows({}, position, position);
            m_rows.insert(at, user);
            endInsertRows();
        }
    }
    Q_EMIT changed();
}

void UsersModel::onFailed(int requestId, const QString &message, bool offline)
{
    const QString text = offline ? tr("Users are managed while connected to the server.") : message;
    if (requestId != 0 && requestId == m_pending.requestId) {
        const int row = rowOf(m_pending.name.toStdString());
        m_pending = {};
        m_error = text;
        if (row >= 0) // the row shows what the server still holds
            Q_EMIT dataChanged(index(row), index(row));
        Q_EMIT changed();
        return;
    }
    if (requestId != 0 && requestId == m_policyFetch) {
        m_policyFetch = 0; // the switch keeps what it showed; the list's own failure says why
        return;
    }
    if (requestId == 0 || requestId != m_fetch)
        return;
    m_fetch = 0;
    m_state = Failed;
    m_error = text;
    Q_EMIT changed();
}

} // namespace pilothouse::models
