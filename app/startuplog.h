#pragma once
// How long the console takes to start, in the log at info level on every start, so a slow start
// can be explained from the log (issue 16): each phase as it ends, and the time to the first
// rendered frame that shows the board's rows, all counted from the start of main().

#include <QElapsedTimer>
#include <QMetaObject>
#include <QObject>
#include <QPointer>

class QQuickWindow;

namespace pilothouse::models {
class BoardModel;
}

namespace pilothouse::app {

class StartupLog : public QObject {
    Q_OBJECT
public:
    /// `sinceStart` was started first thing in main().
    explicit StartupLog(const QElapsedTimer &sinceStart, QObject *parent = nullptr);

    /// "start-up: <phase> at <n> ms (+<d> ms)".
    void phase(const char *name);
    /// Logs, once, the first frame of `window` rendered after `board` holds rows.
    void watchBoard(models::BoardModel *board, QQuickWindow *window);

private:
    void boardChanged();

    QElapsedTimer m_sinceStart;
    qint64 m_last = 0;
    QPointer<models::BoardModel> m_board;
    QPointer<QQuickWindow> m_window;
    QMetaObject::Connection m_frame;
    bool m_logged = false;
};

} // namespace pilothouse::app
