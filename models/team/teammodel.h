#pragma once
// The team view's model: every colleague with their presence (the server's `team` frame,
// docs/protocol.md section 7.2) and their load, counted from the board: how many conversations
// each owns and how long the customer who has waited longest among them has waited.

#include "domain/enums.h"
#include "protocol/frames.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace pilothouse::models {

class BoardModel;
class Identity;

struct TeamMemberRecord {
    QString name; ///< The user name (as in `assignee`).
    QString displayName; ///< Never empty: the user name when the server gave none.
    Role::Value role = Role::Unknown;
    Presence::Value presence = Presence::Unknown;
    qint64 since = 0; ///< When the presence last changed, ms; 0 = unknown.
    bool operator==(const TeamMemberRecord &) const = default;
};

/// What one member holds on the board.
struct TeamLoad {
    int held = 0; ///< Conversations they own.
    qint64 oldestWaitingSince = 0; ///< ms; 0 when no customer of theirs waits.
    bool operator==(const TeamLoad &) const = default;
};

/// Owned by the Workspace (`Console.workspace.team`). Rows: online first, then away, offline and
/// unknown, each by display name.
class TeamModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Console.workspace.team")
    /// A `team` frame arrived on the current connection (an older server sends none).
    Q_PROPERTY(bool known READ known NOTIFY changed)
    Q_PROPERTY(int onlineCount READ onlineCount NOTIFY changed)
    Q_PROPERTY(int awayCount READ awayCount NOTIFY changed)
    /// The signed-in user's own presence (Unknown while not connected).
    Q_PROPERTY(pilothouse::models::Presence::Value selfPresence READ selfPresence NOTIFY changed)
    /// "4 online · 1 away", or why nothing is known.
    Q_PROPERTY(QString summary READ summary NOTIFY changed)

public:
    enum Roles {
        NameRole = Qt::UserRole + 1, ///< QString, the user name.
        DisplayNameRole, ///< QString.
        RoleRole, ///< Role::Value.
        RoleTextRole, ///< QString, the role in words.
        PresenceRole, ///< Presence::Value.
        PresenceTextRole, ///< QString, the presence in words.
        PresenceToneRole, ///< Tone::Value.
        SinceRole, ///< qint64 ms, 0 = unknown.
        HeldRole, ///< int, conversations owned.
        OldestWaitingSinceRole, ///< qint64 ms, 0 = nobody waits.
        IsSelfRole, ///< bool.
    };
    Q_ENUM(Roles)

    /// How long load changes are gathered before the counts are taken again.
    static constexpr int kRecountMs = 250;

    TeamModel(BoardModel *board, Identity *identity, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool known() const { return m_known; }
    int onlineCount() const { return countOf(Presence::Online); }
    int awayCount() const { return countOf(Presence::Away); }
    Presence::Value selfPresence() const;
    QString summary() const;

    /// A `team` frame: replaces every member.
    void setTeam(const protocol::Team &team);
    void setMembers(QList<TeamMemberRecord> members);
    /// The connection is gone: presences are no longer known (the members stay listed).
    void forgetPresence();
    /// Counts every member's load from the board now (normally kRecountMs after a change).
    void recount();

    Q_INVOKABLE QString displayNameOf(const QString &userName) const;
    const QList<TeamMemberRecord> &members() const { return m_members; }
    TeamLoad loadOf(const QString &userName) const { return m_load.value(userName); }

    /// The order rows are listed in (exposed for tests).
    static bool listedBefore(const TeamMemberRecord &a, const TeamMemberRecord &b);
    /// Every member's load on `board` (exposed for tests).
    static QHash<QString, TeamLoad> countLoad(const BoardModel &board);

Q_SIGNALS:
    void changed();

private:
    int countOf(Presence::Value presence) const;
    void scheduleRecount();

    BoardModel *m_board;
    Identity *m_identity;
    QList<TeamMemberRecord> m_members;
    QHash<QString, TeamLoad> m_load;
    QTimer m_recount;
    bool m_known = false;
};

} // namespace pilothouse::models
