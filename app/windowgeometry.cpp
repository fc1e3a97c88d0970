#include "windowgeometry.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QWindow>

#include <algorithm>

namespace pilothouse::app {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kMaximized = QStringLiteral("window/maximized");
} // namespace

WindowGeometry::WindowGeometry(QString settingsFile)
    : m_settingsFile(std::move(settingsFile))
{ }

QRect WindowGeometry::fitted(QRect wanted, const QRect &available, const QSize &minimum)
{
    if (available.isEmpty())
        return wanted;
    wanted.setWidth(std::clamp(wanted.width(), std::min(minimum.width(), available.width()), available.width()));
    wanted.setHeight(std::clamp(wanted.height(), std::min(minimum.height(), available.height()), available.height()));
    // Mostly off this screen (a monitor since unplugged): centred instead.
    const QRect shown = wanted.intersected(available);
    if (shown.width() * shown.height() < wanted.width() * wanted.height() / 2)
        wanted.moveCenter(available.center());
    // Then wholly on it, title bar included.
    wanted.moveLeft(std::clamp(wanted.left(), available.left(), available.right() - wanted.width() + 1));
    wanted.moveTop(std::clamp(wanted.top(), available.top(), available.bottom() - wanted.height() + 1));
    return wanted;
}

void WindowGeometry::restore(QWindow *window) const
{
    if (!window)
        return;
    const QSettings settings(m_settingsFile, QSettings::IniFormat);
    const QRect saved = settings.value(kGeometry).toRect();
    QScreen *screen = saved.isValid() ? QGuiApplication::screenAt(saved.center()) : nullptr;
    if (!screen)
        screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    QRect wanted = saved.isValid() ? saved : QRect(QPoint(), window->size());
    if (!saved.isValid())
        wanted.moveCenter(available.center());
    window->setGeometry(fitted(wanted, available, window->minimumSize()));
    if (settings.value(kMaximized, false).toBool())
        window->showMaximized();
}

void WindowGeometry::save(const QWindow *window) const
{
    if (!window)
        return;
    QSettings settings(m_settingsFile, QSettings::IniFormat);
    const bool maximized = window->windowStates().testFlag(Qt::WindowMaximized);
    settings.setValue(kMaximized, maximized);
    if (!maximized) // a maximized window's geometry is the screen's, not the operator's
        settings.setValue(kGeometry, window->geometry());
}

} // namespace pilothouse::app
