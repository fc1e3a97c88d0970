#pragma once
// The users of the server, for admins (docs/protocol.md 2.1, "Users"): each with their role and
// whether they may sign in, changed in place; new users added with a password the server's policy
// accepts; passwords reset. Every change is asked for through a signal the account runtime wires to
// the REST client, and the row shows the server's answer, or its refusal in its own words (the last
// admin, a weak password). GUI thread.

#include "domain/enums.h"
#include "protocol/twofactor.h"
#include "protocol/users.h"

#include <QAbstractListModel>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <vector>

namespace pilothouse::models {

class UsersModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Console.users holds the one list")
    Q_PROPERTY(State state READ state NOTIFY changed)
    /// Why the list could not be read, or why the last change was refused, in a sentence.
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    /// What the last change did ("Added dana.", "ed may no longer sign in."); "" before one.
    Q_PROPERTY(QString noticeText READ noticeText NOTIFY changed)
    /// A change is on its way: the form and the rows wait for it.
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    /// {text, value} for each role a user may have (Role::Value).
    Q_PROPERTY(QVariantList roleOptions READ roleOptions CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY changed)
    /// The server requires two-factor sign-in of every user (docs/protocol.md 2.1, "Requiring
    /// two-factor sign-in"), as it last said.
    Q_PROPERTY(bool twoFactorRequired READ twoFactorRequired NOTIFY changed)

public:
    enum State { Idle, Loading, Ready, Failed };
    Q_ENUM(State)
    enum Roles {
        NameRole = Qt::UserRole + 1, ///< QString, plain text
        DisplayNameRole, ///< QString, plain text
        RoleRole, ///< int: Role::Value
        ActiveRole, ///< bool
        TwoFactorRole, ///< bool: signs in with a second factor
    };
    Q_ENUM(Roles)

    explicit UsersModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void add(const QString &name, const QString &displayName, int role, const QString &password);
    Q_INVOKABLE void setRole(int row, int role);
    Q_INVOKABLE void setActive(int row, bool active);
    Q_INVOKABLE void resetPassword(int row, const QString &password);
    /// Turns off the user's two-factor sign-in (a lost phone): they sign in with the password and
    /// may set it up again.
    Q_INVOKABLE void resetTwoFactor(int row);
    /// Requires two-factor sign-in of everyone, or stops requiring it. Requiring it ends the
    /// sessions of those without it; the server refuses it to an admin who has none.
    Q_INVOKABLE void setTwoFactorRequired(bool required);
    void clear();

    State state() const { return m_state; }
    QString errorText() const { return m_error; }
    QString noticeText() const { return m_notice; }
    bool busy() const { return m_pending.requestId != 0; }
    QVariantList roleOptions() const;
    int count() const { return rowCount(); }
    bool twoFactorRequired() const { return m_twoFactorRequired; }

public Q_SLOTS:
    void onFetched(int requestId, const pilothouse::protocol::UserList &list);
    void onSaved(int requestId, const pilothouse::protocol::UserRecord &user);
    void onFailed(int requestId, const QString &message, bool offline);
    void onPolicy(int requestId, const pilothouse::protocol::SecurityPolicy &policy);

Q_SIGNALS:
    void fetchRequested(int requestId);
    void addRequested(const pilothouse::protocol::NewUser &user, int requestId);
    void changeRequested(const QString &name, const pilothouse::protocol::UserChange &change, int requestId);
    void passwordRequested(const QString &name, const QString &password, int requestId);
    void twoFactorResetRequested(const QString &name, int requestId);
    void policyRequested(int requestId);
    void policyChangeRequested(const pilothouse::protocol::SecurityPolicy &policy, int requestId);
    void changed();

private:
    /// Starts a change whose answer onSaved() words with `done` ("%1" = the user name).
    int begin(const QString &name, QString done);
    int rowOf(const std::string &name) const;

    std::vector<protocol::UserRecord> m_rows;
    State m_state = Idle;
    QString m_error;
    QString m_notice;
    int m_fetch = 0;
    int m_policyFetch = 0;
    bool m_twoFactorRequired = false;
    int m_nextRequest = 0;
    struct Pending {
        int requestId = 0;
        QString name;
        QString done;
        bool clearsTwoFactor = false; ///< A reset of two-factor sign-in: its answer has no record.
    } m_pending;
};

} // namespace pilothouse::models
