#include "screenshot.h"

#include "console.h"
#include "live/workspace.h"
#include "log/log.h"

#include <QCoreApplication>
#include <QImage>
#include <QKeyEvent>
#include <QQuickWindow>

namespace pilothouse::app {

namespace {
constexpr int kPollMs = 250;
constexpr int kSettlePolls = 8; // two seconds of a live board before opening a conversation
constexpr int kTranscriptPolls = 6; // and a moment for its transcript to load
} // namespace

ScreenshotTaker::ScreenshotTaker(Console *console, QQuickWindow *window, QString path, int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_console(console)
    , m_window(window)
    , m_path(std::move(path))
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &ScreenshotTaker::poll);
    m_poll.start();
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        log::get("app")->error("--screenshot: the board did not fill in time; saving what is shown");
        capture();
        QCoreApplication::exit(1);
    });
    m_timeout.start(timeoutMs);
}

void ScreenshotTaker::poll()
{
    if (!m_console || !m_window)
        return;
    const auto state = m_console->connectionState();
    const bool loaded = !m_console->workspace()->loading();
    const bool filled = m_console->workspace()->conversationCount() > 0;
    // Offline, nothing more will arrive: an empty cache is pictured as the empty board it is.
    const bool offlineAndEmpty = state == Console::ConnectionState::Offline && loaded && !filled;
    const bool ready = (state == Console::ConnectionState::Connected || state == Console::ConnectionState::Offline)
        && loaded && filled;
    m_settledPolls = (ready || offlineAndEmpty) ? m_settledPolls + 1 : 0;
    if (offlineAndEmpty && m_settledPolls >= kSettlePolls) {
        m_poll.stop();
        m_timeout.stop();
        capture();
        QCoreApplication::exit(0);
        return;
    }
    if (m_settledPolls == kSettlePolls) {
        // Open the first conversation the way a user would (J), so the picture shows a transcript.
        QKeyEvent press(QEvent::KeyPress, Qt::Key_J, Qt::NoModifier, QStringLiteral("j"));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_J, Qt::NoModifier, QStringLiteral("j"));
        QCoreApplication::sendEvent(m_window, &press);
        QCoreApplication::sendEvent(m_window, &release);
    }
    if (m_settledPolls < kSettlePolls + kTranscriptPolls)
        return;
    m_poll.stop();
    m_timeout.stop();
    capture();
    QCoreApplication::exit(0);
}

void ScreenshotTaker::capture()
{
    if (!m_window)
        return;
    const QImage image = m_window->grabWindow();
    if (image.isNull() || !image.save(m_path)) {
        log::get("app")->error("--screenshot: could not save {}", m_path.toStdString());
        return;
    }
    log::get("app")->info("Screenshot saved to {}", m_path.toStdString());
}

} // namespace pilothouse::app
