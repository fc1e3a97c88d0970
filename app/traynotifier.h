#pragma once
// Desktop notifications for the escalation queue: a system tray icon whose badge and tooltip carry
// the number of conversations waiting for a person, a notification when one arrives (customer and
// reason), an optional beep, and a click that opens the conversation. Without a system tray
// (offscreen, tests, some desktops) it does nothing and says nothing.

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

/// Created by main() beside the window; fed by its own EscalationQueueModel over the board.
class TrayNotifier : public QObject {
    Q_OBJECT

public:
    /// QSettings key of the optional sound (bool, off by default).
    static constexpr const char *kSoundSetting = "notifications/sound";

    explicit TrayNotifier(models::Workspace *workspace, QObject *parent = nullptr);
    ~TrayNotifier() override;

    /// Whether a tray icon is shown (false where the platform has no system tray).
    bool active() const { return m_tray != nullptr; }
    /// Title and body of the notification for a conversation, e.g. "Dana Whitfield needs a
    /// person" / "VIP customer · VIP asks for a refund". Empty title for an unknown id.
    std::pair<QString, QString> messageFor(const QString &conversationId) const;

Q_SIGNALS:
    /// The operator clicked a notification (or the icon: then the id is the last one notified).
    void openRequested(const QString &conversationId);

private:
    void onArrived(const QString &conversationId);
    void updateBadge();

    QPointer<models::Workspace> m_workspace;
    models::EscalationQueueModel *m_queue = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    QString m_lastNotified;
};

} // namespace pilothouse::app
