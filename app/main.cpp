// pilothouse: the operator console. All wiring lives in Console (the composition root).

#include "consoleqmlmodules.h"
#include "accountpaths.h"
#include "windowgeometry.h"
#include "appicon.h"
#include "appoptions.h"
#include "console.h"
#include "eventtopixel.h"
#include "framepacer.h"
#include "logging.h"
#include "screenshot.h"
#include "startuplog.h"
#include "uilanguage.h"

#include "live/workspace.h"
#include "traynotifier.h"

#include "log/log.h"
#include "shutdown/shutdownsignals.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>

#include <cstdio>
#include <optional>

namespace {

using pilothouse::app::ParseResult;

/// The value of --lang (or --lang=xx) among `arguments`, before they are parsed for real: --help
/// and option errors must come out in the chosen language too.
QString peekLanguage(const QStringList &arguments)
{
    const QString flag = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == flag && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(flag + QLatin1Char('=')))
            return arguments[i].mid(flag.size() + 1);
    }
    return {};
}

/// --help, --version and bad options are answered without a display (over SSH, in scripts):
/// parses under a bare QCoreApplication and returns the exit code, or nullopt to go on.
///
/// The bare application is made only when there is something to answer. Destroying a
/// QCoreApplication runs Qt's post routines, and one of them empties QAccessible's list of
/// factories, where Qt Quick put its own when its library was loaded: a console that had made
/// and dropped one first showed screen readers an application with no window and no controls
/// (tests/accessibility).
std::optional<int> answerWithoutGui(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (pilothouse::app::parseArguments(arguments).outcome == ParseResult::Outcome::Run)
        return std::nullopt;

    QCoreApplication bare(argc, argv);
    pilothouse::app::UiLanguage language;
    language.apply(peekLanguage(QCoreApplication::arguments()));
    const ParseResult parsed = pilothouse::app::parseArguments(QCoreApplication::arguments());
    if (parsed.outcome == ParseResult::Outcome::Run)
        return std::nullopt;
    const bool ok = parsed.outcome == ParseResult::Outcome::ExitOk;
    const QByteArray text = parsed.output.toLocal8Bit();
    std::fputs(text.constData(), ok ? stdout : stderr);
    std::fputs("\n", ok ? stdout : stderr);
    return ok ? 0 : 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    using namespace pilothouse::app;
    QCoreApplication::setOrganizationName(QStringLiteral("Pilothouse"));
    QCoreApplication::setApplicationName(QStringLiteral("pilothouse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PILOTHOUSE_VERSION));
    if (const std::optional<int> exitCode = answerWithoutGui(argc, argv))
        return *exitCode;

    // QApplication rather than QGuiApplication: the tray notifier (app/traynotifier.cpp) is a
    // QSystemTrayIcon, a Qt Widgets class.
    QApplication application(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Pilothouse"));
    QApplication::setWindowIcon(applicationIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("pilothouse")); // installer/linux/pilothouse.desktop
    const ParseResult parsed = parseArguments(QApplication::arguments());
    const AppOptions &options = parsed.options;
    const AccountPaths paths(options.dataDir);
    const QString logFile = initLogging(paths.logDir(), options.logLevel);
    pilothouse::log::get("app")->info("Pilothouse {} starting; log file {}", PILOTHOUSE_VERSION, logFile.toStdString());
    StartupLog startup(sinceStart);
    startup.phase("options, translations and logging");

    // One look on every platform, drawn by our Theme; also identical offscreen.
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    int exitCode = 0;
    {
        Console console(options); // installs the interface language: --lang, or the operator's choice
        startup.phase("console made");
        QQmlApplicationEngine engine;
        // Qt 6.4 does not search the resource root for the statically linked modules by itself.
        engine.addImportPath(QStringLiteral("qrc:/"));
        engine.load(QUrl(QStringLiteral("qrc:/Pilothouse/Shell/Main.qml")));
        if (engine.rootObjects().isEmpty()) {
            pilothouse::log::get("app")->critical("The user interface could not be loaded; see the messages above");
            shutdownLogging();
            return 1;
        }
        startup.phase("user interface loaded");
        auto *mainWindow = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        // Where and as large as the operator left it, fitted to the screen; --window-size wins.
        const WindowGeometry geometry(paths.settingsFile());
        if (options.windowSize.isValid())
            mainWindow->resize(options.windowSize);
        else if (options.screenshotPath.isEmpty())
            geometry.restore(mainWindow);
        startup.watchBoard(
            console.workspace()->board(), qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()));
        FramePacer pacer(console.workspace(), qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()));
        EventToPixel eventToPixel;
        eventToPixel.watch(console.workspace(), qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()));
        std::unique_ptr<ScreenshotTaker> screenshot;
        if (!options.screenshotPath.isEmpty())
            screenshot = std::make_unique<ScreenshotTaker>(&console,
                qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()), options.screenshotPath,
                options.screenshotTimeoutMs);
        // Desktop notifications for the queue; a click opens the conversation in the window.
        TrayNotifier tray(console.workspace(), console.preferences());
        QObject *window = engine.rootObjects().constFirst();
        tray.followTheme(window);
        QObject::connect(&tray, &TrayNotifier::openRequested, window, [window](const QString &conversationId) {
            QMetaObject::invokeMethod(window, "openConversation", Q_ARG(QVariant, conversationId));
        });
        // SIGTERM (a desktop logging out, a service manager stopping it) and SIGINT close the
        // console as closing its window does: the event loop ends, then everything below unwinds
        // in order (outbox and cache closed, WAL checkpointed) and the exit status is 0.
        pilothouse::ShutdownSignals stopSignals;
        QObject::connect(&stopSignals, &pilothouse::ShutdownSignals::shutdownRequested, &application, [](int number) {
            pilothouse::log::get("app")->info("signal {}: closing as a window close does", number);
            QApplication::quit();
        });
        console.start();
        exitCode = QApplication::exec();
        if (!options.windowSize.isValid() && options.screenshotPath.isEmpty())
            geometry.save(mainWindow);
    }
    shutdownLogging();
    return exitCode;
}
