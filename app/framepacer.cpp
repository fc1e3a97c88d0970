#include "framepacer.h"

#include "live/workspace.h"

#include <QEvent>
#include <QQuickWindow>

namespace pilothouse::app {

FramePacer::FramePacer(models::Workspace *workspace, QQuickWindow *window, QObject *parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_window(window)
{
    window->installEventFilter(this);
    connect(workspace, &models::Workspace::changesPending, window, &QQuickWindow::requestUpdate);
}

bool FramePacer::eventFilter(QObject *watched, QEvent *event)
{
    // Both render loops lay a frame out when the window receives its update request.
    if (watched == m_window && event->type() == QEvent::UpdateRequest && m_workspace)
        m_workspace->flush();
    return QObject::eventFilter(watched, event);
}

} // namespace pilothouse::app
