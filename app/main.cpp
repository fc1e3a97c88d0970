// pilothouse: the operator console. All wiring lives in Console (the composition root).

#include "accountpaths.h"
#include "appoptions.h"
#include "console.h"
#include "logging.h"
#include "screenshot.h"
#include "traynotifier.h"

#include "log/log.h"

#include <QApplication>
#include <QLocale>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTranslator>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(Pilothouse_AppPlugin)
Q_IMPORT_QML_PLUGIN(Pilothouse_ModelsPlugin)
Q_IMPORT_QML_PLUGIN(Pilothouse_ComponentsPlugin)
Q_IMPORT_QML_PLUGIN(Pilothouse_BoardPlugin)
Q_IMPORT_QML_PLUGIN(Pilothouse_ConversationPlugin)
Q_IMPORT_QML_PLUGIN(Pilothouse_QueuePlugin)
Q_IMPORT_QML_PLUGIN(Pilothouse_ShellPlugin)

int main(int argc, char *argv[])
{
    using namespace pilothouse::app;
    // Charts (analytics) needs QApplication rather than QGuiApplication.
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Pilothouse"));
    QApplication::setApplicationName(QStringLiteral("pilothouse"));
    QApplication::setApplicationDisplayName(QStringLiteral("Pilothouse"));
    QApplication::setApplicationVersion(QStringLiteral(PILOTHOUSE_VERSION));

    // Translations must be installed before the options are parsed for real, so --help and option
    // errors come out in the chosen language: peek at --lang first.
    const QString chosenLanguage = [&] {
        const ParseResult early = parseArguments(QApplication::arguments());
        return early.outcome == ParseResult::Outcome::Run ? early.options.language : QString();
    }();
    if (!chosenLanguage.isEmpty())
        QLocale::setDefault(QLocale(chosenLanguage)); // dates, numbers and money follow --lang too
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("pilothouse"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    const ParseResult parsed = parseArguments(QApplication::arguments());
    if (parsed.outcome != ParseResult::Outcome::Run) {
        const QByteArray text = parsed.output.toLocal8Bit();
        std::fputs(text.constData(), parsed.outcome == ParseResult::Outcome::ExitOk ? stdout : stderr);
        std::fputs("\n", parsed.outcome == ParseResult::Outcome::ExitOk ? stdout : stderr);
        return parsed.outcome == ParseResult::Outcome::ExitOk ? 0 : 2;
    }
    const AppOptions &options = parsed.options;
    const AccountPaths paths(options.dataDir);
    const QString logFile = initLogging(paths.logDir(), options.logLevel);
    pilothouse::log::get("app")->info("Pilothouse {} starting; log file {}", PILOTHOUSE_VERSION, logFile.toStdString());

    // One look on every platform, drawn by our Theme; also identical offscreen.
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    int exitCode = 0;
    {
        Console console(options);
        QQmlApplicationEngine engine;
        // Qt 6.4 does not search the resource root for the statically linked modules by itself.
        engine.addImportPath(QStringLiteral("qrc:/"));
        engine.load(QUrl(QStringLiteral("qrc:/Pilothouse/Shell/Main.qml")));
        if (engine.rootObjects().isEmpty()) {
            pilothouse::log::get("app")->critical("The user interface could not be loaded; see the messages above");
            shutdownLogging();
            return 1;
        }
        std::unique_ptr<ScreenshotTaker> screenshot;
        if (!options.screenshotPath.isEmpty())
            screenshot = std::make_unique<ScreenshotTaker>(&console,
                qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()), options.screenshotPath,
                options.screenshotTimeoutMs);
        // Desktop notifications for the queue; a click opens the conversation in the window.
        TrayNotifier tray(console.workspace());
        QObject *window = engine.rootObjects().constFirst();
        QObject::connect(&tray, &TrayNotifier::openRequested, window, [window](const QString &conversationId) {
            QMetaObject::invokeMethod(window, "openConversation", Q_ARG(QVariant, conversationId));
        });
        console.start();
        exitCode = QApplication::exec();
    }
    shutdownLogging();
    return exitCode;
}
