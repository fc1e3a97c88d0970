#pragma once
// Applies the live changes in step with the window's frames (issue 16, goal 4). Without it a
// change waits twice: for the workspace's own coalescing timer (16 ms), then for the window's next
// frame (up to 16 ms more). With it, a pending change asks the window for a frame, and the
// workspace applies everything pending when that frame's update request arrives, before the items
// are polished and synchronised, so the change is in that very frame. Batches arriving between two
// frames are still applied together; the workspace's timer stays as the fallback.

#include <QObject>
#include <QPointer>

class QQuickWindow;

namespace pilothouse::models {
class Workspace;
}

namespace pilothouse::app {

class FramePacer : public QObject {
    Q_OBJECT
public:
    FramePacer(models::Workspace *workspace, QQuickWindow *window, QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<models::Workspace> m_workspace;
    QPointer<QQuickWindow> m_window;
};

} // namespace pilothouse::app
