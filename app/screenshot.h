#pragma once
// --screenshot: waits until the board has rows, lets the view settle, opens the first conversation
// with the J shortcut, saves a PNG of the window
// and quits with 0; gives up with exit code 1 after the timeout. Used by the smoke test and to
// make the README's screenshot.

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QQuickWindow;
QT_END_NAMESPACE

namespace pilothouse::app {

class Console;

class ScreenshotTaker : public QObject {
    Q_OBJECT
public:
    ScreenshotTaker(Console *console, QQuickWindow *window, QString path, int timeoutMs, QObject *parent = nullptr);

private:
    void poll();
    void capture();

    QPointer<Console> m_console;
    QPointer<QQuickWindow> m_window;
    QString m_path;
    QTimer m_poll;
    QTimer m_timeout;
    int m_settledPolls = 0;
};

} // namespace pilothouse::app
