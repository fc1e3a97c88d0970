#pragma once
// Desktop notifications for the escalation queue: a system tray icon whose badge and tooltip carry
// the number of conversations waiting for a person, a notification when one arrives (customer and
// reason), an optional beep, and a click that opens the conversation. What is notified follows the
// operator's preferences (on or off, sound, which hand-off reasons); the badge's colours follow the
// theme. Without a system tray (offscreen, tests, some desktops) it does nothing and says nothing.

#include <QColor>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QSystemTrayIcon;

namespace pilothouse::models {
class EscalationQueueModel;
class Workspace;
} // namespace pilothouse::models

namespace pilothouse::app {

class Preferences;

/// Created by main() beside the window; fed by its own EscalationQueueModel over the board.
class TrayNotifier : public QObject {
    Q_OBJECT

public:
    /// `preferences` may be null (notify every hand-off, silently).
    TrayNotifier(models::Workspace *workspace, Preferences *preferences, QObject *parent = nullptr);
    ~TrayNotifier() override;

    /// Whether a tray icon is shown (false where the platform has no system tray).
    bool active() const { return m_tray != nullptr; }
    /// Title and body of the notification for a conversation, e.g. "Dana Whitfield needs a
    /// person" / "VIP customer · VIP asks for a refund". Empty title for an unknown id.
    std::pair<QString, QString> messageFor(const QString &conversationId) const;
    /// Whether a hand-off of this conversation is notified under the preferences.
    bool notifies(const QString &conversationId) const;

    /// Takes the badge's colours from `source`'s properties `trayBadgeColor` and
    /// `trayBadgeTextColor` (ui/shell/Main.qml binds them to the Theme), and follows them.
    void followTheme(QObject *source);

Q_SIGNALS:
    /// The operator clicked a notification (or the icon: then the id is the last one notified).
    void openRequested(const QString &conversationId);

private Q_SLOTS:
    void readThemeColours();

private:
    void onArrived(const QString &conversationId);
    void updateBadge();

    QPointer<models::Workspace> m_workspace;
    QPointer<Preferences> m_preferences;
    QPointer<QObject> m_themeSource;
    QColor m_badge = Qt::red;
    QColor m_badgeText = Qt::white;
    models::EscalationQueueModel *m_queue = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastNotified;
};

} // namespace pilothouse::app
