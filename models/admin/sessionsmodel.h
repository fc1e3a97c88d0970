#pragma once
// The signed-in user's sessions (docs/protocol.md 2.1, "Sessions"): each sign-in of theirs, on this
// computer and elsewhere, with what signed in, from where and when it was last used, so a stolen
// laptop's session can be ended from here; admins may list everyone's. Asked for through
// requested() and endRequested(), which the account runtime wires to the REST client. GUI thread.

#include "protocol/sessions.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <vector>

namespace pilothouse::models {

class SessionsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Console.sessions holds the one list")
    Q_PROPERTY(State state READ state NOTIFY changed)
    /// Why the list could not be read (State Failed), or why ending one failed, in a sentence.
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)
    /// Everyone's sessions (admins) instead of one's own; setting it asks again.
    Q_PROPERTY(bool everyone READ everyone WRITE setEveryone NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)

public:
    enum State { Idle, Loading, Ready, Failed };
    Q_ENUM(State)
    enum Role {
        SessionIdRole = Qt::UserRole + 1, ///< QString
        UserTextRole, ///< QString, plain text
        DeviceTextRole, ///< QString, plain text: as the sign-in named it, or "Unknown device".
        AddressRole, ///< QString
        StartedTextRole, ///< QString: "Signed in 7 Dec 2026 09:12".
        SeenTextRole, ///< QString: "Active now", or "Last used 7 Dec 2026 11:40".
        CurrentRole, ///< bool: this console's own session.
        EndingRole, ///< bool: an end was asked for and is not answered yet.
        AccessibleTextRole, ///< QString: the row in one sentence.
    };
    Q_ENUM(Role)

    explicit SessionsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Q_INVOKABLE void refresh();
    /// Ends the session shown at `row` (not this console's own: signing out does that).
    Q_INVOKABLE void end(int row);
    /// Forgets the list (sign-out); answers on their way are ignored.
    void clear();
    /// The clock "Active now" is judged by (tests fix it).
    void setClock(std::function<qint64()> now) { m_now = std::move(now); }

    State state() const { return m_state; }
    QString errorText() const { return m_error; }
    bool everyone() const { return m_everyone; }
    void setEveryone(bool everyone);
    int count() const { return rowCount(); }

public Q_SLOTS:
    void onFetched(int requestId, const pilothouse::protocol::SessionList &list);
    void onEnded(int requestId);
    void onFailed(int requestId, const QString &message, bool offline);

Q_SIGNALS:
    void requested(bool everyone, int requestId);
    void endRequested(const QString &sessionId, int requestId);
    void changed();

private:
    std::vector<protocol::SessionInfo> m_rows;
    State m_state = Idle;
    QString m_error;
    bool m_everyone = false;
    int m_request = 0;
    int m_nextRequest = 0;
    struct Ending {
        int requestId;
        std::string sessionId;
    };
    std::vector<Ending> m_ending;
    std::function<qint64()> m_now;
};

} // namespace pilothouse::models
