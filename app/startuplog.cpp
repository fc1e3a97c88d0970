#include "startuplog.h"

#include "board/boardmodel.h"
#include "log/log.h"

#include <QQuickWindow>

namespace pilothouse::app {

StartupLog::StartupLog(const QElapsedTimer &sinceStart, QObject *parent)
    : QObject(parent)
    , m_sinceStart(sinceStart)
{ }

void StartupLog::phase(const char *name)
{
    const qint64 now = m_sinceStart.elapsed();
    log::get("app")->info("start-up: {} at {} ms (+{} ms)", name, now, now - m_last);
    m_last = now;
}

void StartupLog::watchBoard(models::BoardModel *board, QQuickWindow *window)
{
    m_board = board;
    m_window = window;
    connect(board, &QAbstractItemModel::modelReset, this, &StartupLog::boardChanged);
    connect(board, &QAbstractItemModel::rowsInserted, this, &StartupLog::boardChanged);
    boardChanged();
}

void StartupLog::boardChanged()
{
    if (m_logged || m_frame || !m_board || !m_window || m_board->rowCount() == 0)
        return;
    // The rows are in the model; the next frame swapped is the first that shows them.
    m_frame = connect(m_window, &QQuickWindow::frameSwapped, this, [this] {
        disconnect(m_frame);
        m_logged = true;
        const qint64 now = m_sinceStart.elapsed();
        log::get("app")->info("start-up: first frame with the board's rows ({} rows) at {} ms (+{} ms)",
            m_board ? m_board->rowCount() : 0, now, now - m_last);
        m_last = now;
    });
    m_window->update();
}

} // namespace pilothouse::app
