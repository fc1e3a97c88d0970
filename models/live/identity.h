#pragma once
// Who is signed in, held once: the account runtime sets it from the welcome (and from the sign-in
// answer before that), and every model that needs to know whose conversations are "mine", whose
// drafts to show or what the role may do reads this one object.

#include "domain/enums.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace pilothouse::models {

/// Thread: GUI. Exposed as `Console.identity` (and `workspace.identity`).
class Identity : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Console.identity")
    /// The user name the server knows ("" until signed in).
    Q_PROPERTY(QString userName READ userName NOTIFY changed)
    /// The name people read ("Maria Lopez"); the user name when the server gave none.
    Q_PROPERTY(QString displayName READ displayName NOTIFY changed)
    /// Unknown until signed in, and for a role this console does not know.
    Q_PROPERTY(pilothouse::models::Role::Value role READ role NOTIFY changed)
    /// A supervisor or an admin: may whisper, transfer and resolve what nobody owns.
    Q_PROPERTY(bool lead READ lead NOTIFY changed)
    /// Works conversations (agent, supervisor, admin): may take over, reply, judge, set presence.
    Q_PROPERTY(bool operates READ operates NOTIFY changed)
    /// A viewer: reads the board, transcripts and analytics; the console offers no action at all.
    Q_PROPERTY(bool viewer READ viewer NOTIFY changed)
    /// Reads the Overview and Analytics (viewer, supervisor, admin).
    Q_PROPERTY(bool readsAnalytics READ readsAnalytics NOTIFY changed)
    /// An admin: reads the audit log, manages users.
    Q_PROPERTY(bool admin READ admin NOTIFY changed)

public:
    using QObject::QObject;

    QString userName() const { return m_userName; }
    QString displayName() const { return m_displayName.isEmpty() ? m_userName : m_displayName; }
    Role::Value role() const { return m_role; }
    bool lead() const { return isLead(m_role); }
    bool operates() const { return models::operates(m_role); }
    bool viewer() const { return m_role == Role::Viewer; }
    bool readsAnalytics() const { return models::readsAnalytics(m_role); }
    bool admin() const { return m_role == Role::Admin; }
    bool signedIn() const { return !m_userName.isEmpty(); }
    /// True for the signed-in user's name (never for "").
    bool isMe(const QString &userName) const { return !userName.isEmpty() && userName == m_userName; }

    /// Emits changed once, and only when something changed.
    void set(const QString &userName, const QString &displayName, Role::Value role);
    void clear() { set({}, {}, Role::Unknown); }

Q_SIGNALS:
    void changed();

private:
    QString m_userName;
    QString m_displayName;
    Role::Value m_role = Role::Unknown;
};

} // namespace pilothouse::models
