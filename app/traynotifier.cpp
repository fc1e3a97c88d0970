#include "traynotifier.h"

#include "appicon.h"
#include "preferences.h"

#include "board/boardmodel.h"
#include "live/workspace.h"
#include "queue/escalationqueuemodel.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QQmlProperty>
#include <QSystemTrayIcon>

namespace pilothouse::app {

namespace {

// The tray icon: the application icon (resources/icons), and the waiting count in a red badge in
// the corner (trays have no badge API of their own).
QIcon drawIcon(int waiting, const QColor &fill, const QColor &text)
{
    constexpr int size = 64;
    if (waiting <= 0)
        return applicationIcon();
    QPixmap pixmap = applicationIcon().pixmap(size, size);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF badge(size - 34, 0, 34, 30);
    painter.setPen(Qt::NoPen);
    painter.setBrush(fill);
    painter.drawRoundedRect(badge, 15, 15);
    QFont font = painter.font();
    font.setPixelSize(22);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(text);
    painter.drawText(badge, Qt::AlignCenter, waiting > 99 ? QStringLiteral("99+") : QString::number(waiting));
    painter.end();
    return QIcon(pixmap);
}

} // namespace

TrayNotifier::TrayNotifier(models::Workspace *workspace, Preferences *preferences, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_preferences(preferences)
    , m_queue(new models::EscalationQueueModel(this))
{
    m_queue->setSourceModel(workspace ? workspace->board() : nullptr);
    // Checked before creating the icon: QSystemTrayIcon warns when it has nowhere to go.
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(this);
    connect(m_queue, &models::EscalationQueueModel::escalationArrived, this, &TrayNotifier::onArrived);
    connect(m_queue, &models::EscalationQueueModel::waitingCountChanged, this, &TrayNotifier::updateBadge);
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (!m_lastNotified.isEmpty())
            Q_EMIT openRequested(m_lastNotified);
    });
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            Q_EMIT openRequested(m_lastNotified);
    });
    updateBadge();
    m_tray->show();
}

TrayNotifier::~TrayNotifier() = default;

std::pair<QString, QString> TrayNotifier::messageFor(const QString &conversationId) const
{
    return m_queue->arrivalMessage(conversationId);
}

bool TrayNotifier::notifies(const QString &conversationId) const
{
    const models::BoardModel *board = m_workspace ? m_workspace->board() : nullptr;
    const models::ConversationRecord *c = board ? board->conversation(conversationId) : nullptr;
    return c && (!m_preferences || m_preferences->notifiesFor(c->escalationReason));
}

void TrayNotifier::followTheme(QObject *source)
{
    m_themeSource = source;
    for (const char *name : {"trayBadgeColor", "trayBadgeTextColor"})
        QQmlProperty(source, QLatin1String(name)).connectNotifySignal(this, SLOT(readThemeColours()));
    readThemeColours();
}

void TrayNotifier::readThemeColours()
{
    if (!m_themeSource)
        return;
    m_badge = m_themeSource->property("trayBadgeColor").value<QColor>();
    m_badgeText = m_themeSource->property("trayBadgeTextColor").value<QColor>();
    updateBadge();
}

void TrayNotifier::onArrived(const QString &conversationId)
{
    const auto [title, body] = messageFor(conversationId);
    if (!m_tray || title.isEmpty() || !notifies(conversationId))
        return;
    m_lastNotified = conversationId;
    m_tray->showMessage(title, body, QSystemTrayIcon::Information, 10'000);
    if (m_preferences && m_preferences->notificationSound())
        QApplication::beep();
}

void TrayNotifier::updateBadge()
{
    if (!m_tray)
        return;
    const int waiting = m_queue->waitingCount();
    m_tray->setIcon(drawIcon(waiting, m_badge, m_badgeText));
    m_tray->setToolTip(waiting > 0 ? tr("Pilothouse: %n conversation(s) waiting for a person", "", waiting)
                                   : tr("Pilothouse: the queue is clear"));
}

} // namespace pilothouse::app
