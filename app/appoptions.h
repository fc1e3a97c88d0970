#pragma once
// Command-line options of the console. Parsing is separate from main() so it is unit tested.

#include <QString>
#include <QStringList>
#include <QSize>
#include <QUrl>

#include <optional>

namespace pilothouse::app {

struct AppOptions {
    QUrl serverUrl; ///< --server; empty = the last one used.
    QString userName; ///< --user; empty = the last one used.
    QString dataDir; ///< --data-dir; empty = the platform's application data folder.
    QString caFile; ///< --ca-file: extra CA certificates (PEM) for https/wss.
    bool offline = false; ///< --offline: show the cache only, never touch the network.
    bool demo = false; ///< --demo: local demo backend, signed in as the demo supervisor.
    QString language; ///< --lang: "en", "ru", "fr", "de", "es"; empty = the system's.
    QString logLevel = QStringLiteral("info");
    QString screenshotPath; ///< --screenshot: save a PNG once the board is filled, then quit.
    int screenshotTimeoutMs = 20000;
    bool darkTheme = false; ///< --dark
    QSize windowSize; ///< --window-size WxH; invalid = the saved or default size, fitted to the screen.
    /// The smallest window every page is made for (ui/shell/Main.qml's minimum).
    static constexpr int MinWindowWidth = 800;
    static constexpr int MinWindowHeight = 540;

    static constexpr const char *DemoServer = "http://127.0.0.1:8787";
    static constexpr const char *DemoUser = "supervisor";
    static constexpr const char *DemoPassword = "supervisor-demo";
    /// The demo backend's password of `user` ("<user>-demo": pilothouse-server --demo).
    static QString demoPassword(const QString &user) { return user + QStringLiteral("-demo"); }
};

/// Languages the console ships translations for.
QStringList supportedLanguages();

struct ParseResult {
    enum class Outcome { Run, ExitOk, ExitError };
    Outcome outcome = Outcome::Run;
    AppOptions options;
    QString output; ///< Help, version or the error message to print.
};

/// Parses `arguments` (including argv[0]). Never exits the process itself.
ParseResult parseArguments(const QStringList &arguments);

} // namespace pilothouse::app
