#include "appoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QFileInfo>

namespace pilothouse::app {

namespace {
/// The translation context of every option text (lupdate and the runtime agree on it).
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AppOptions)
};

const QStringList kLogLevels = {QStringLiteral("trace"), QStringLiteral("debug"), QStringLiteral("info"),
    QStringLiteral("warn"), QStringLiteral("error"), QStringLiteral("off")};

ParseResult fail(const QString &message)
{
    ParseResult result;
    result.outcome = ParseResult::Outcome::ExitError;
    result.output = message + u'\n'
        + QCoreApplication::translate("AppOptions", "Run 'pilothouse --help' for the list of options.");
    return result;
}
} // namespace

QStringList supportedLanguages()
{
    return {
        QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("fr"), QStringLiteral("de"), QStringLiteral("es")};
}

ParseResult parseArguments(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Pilothouse: watch, steer and take over AI customer conversations."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption server(
        QStringLiteral("server"), Text::tr("Backend URL, e.g. https://pilothouse.example.com."), Text::tr("url"));
    const QCommandLineOption user(QStringLiteral("user"), Text::tr("User name to sign in with."), Text::tr("name"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        Text::tr("Folder for the cache, settings and logs (default: the application data folder)."), Text::tr("dir"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
        Text::tr("Trust the CA certificates in this PEM file for https and wss."), Text::tr("file"));
    const QCommandLineOption offline(QStringLiteral("offline"), Text::tr("Review the local cache without connecting."));
    const QCommandLineOption demo(QStringLiteral("demo"),
        Text::tr("Connect to a local demo backend (%1) as the demo supervisor, or as the demo user --user names "
                 "(viewer, agent, admin).")
            .arg(QLatin1String(AppOptions::DemoServer)));
    const QCommandLineOption lang(QStringLiteral("lang"),
        Text::tr("Interface language: %1.").arg(supportedLanguages().join(u", ")), Text::tr("code"));
    const QCommandLineOption logLevel(QStringLiteral("log-level"),
        Text::tr("Log detail: %1 (default info).").arg(kLogLevels.join(u", ")), Text::tr("level"));
    const QCommandLineOption dark(QStringLiteral("dark"), Text::tr("Start with the dark theme."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        Text::tr("Save a PNG of the window once the board has filled, then quit."), Text::tr("file"));
    const QCommandLineOption screenshotTimeout(QStringLiteral("screenshot-timeout"),
        Text::tr("Give up waiting for the board after this many seconds (default 20)."), Text::tr("seconds"));
    const QCommandLineOption windowSize(QStringLiteral("window-size"),
        Text::tr("Open the window at this size in pixels, e.g. 1024x768 (at least %1x%2); not saved.")
            .arg(AppOptions::MinWindowWidth)
            .arg(AppOptions::MinWindowHeight),
        Text::tr("WxH"));
    for (const auto &option :
        {server, user, dataDir, caFile, offline, demo, lang, logLevel, dark, screenshot, screenshotTimeout, windowSize})
        parser.addOption(option);

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(helpOption))
        return {ParseResult::Outcome::ExitOk, {}, parser.helpText()};
    if (parser.isSet(versionOption))
        return {ParseResult::Outcome::ExitOk, {},
            QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion()};
    if (!parser.positionalArguments().isEmpty())
        return fail(Text::tr("Unexpected argument '%1'.").arg(parser.positionalArguments().constFirst()));

    AppOptions options;
    options.demo = parser.isSet(demo);
    options.offline = parser.isSet(offline);
    options.darkTheme = parser.isSet(dark);
    if (options.demo && options.offline)
        return fail(Text::tr("--demo and --offline exclude each other: the demo needs the local backend."));

    if (parser.isSet(server)) {
        const QUrl url = QUrl::fromUserInput(parser.value(server));
        const QString scheme = url.scheme();
        if (!url.isValid() || url.host().isEmpty()
            || (scheme != u"http" && scheme != u"https" && scheme != u"ws" && scheme != u"wss"))
            return fail(Text::tr("--server: '%1' is not an http(s) or ws(s) URL, e.g. https://pilothouse.example.com.")
                            .arg(parser.value(server)));
        options.serverUrl = url;
    } else if (options.demo) {
        options.serverUrl = QUrl(QLatin1String(AppOptions::DemoServer));
    }

    options.userName = parser.value(user).trimmed();
    if (parser.isSet(user) && options.userName.isEmpty())
        return fail(Text::tr("--user: the user name is empty."));
    if (options.demo && options.userName.isEmpty())
        options.userName = QLatin1String(AppOptions::DemoUser);

    if (parser.isSet(dataDir)) {
        options.dataDir = QDir::cleanPath(QDir::current().absoluteFilePath(parser.value(dataDir)));
        const QFileInfo info(options.dataDir);
        if (info.exists() && !info.isDir())
            return fail(Text::tr("--data-dir: '%1' exists and is not a folder.").arg(options.dataDir));
    }
    if (parser.isSet(caFile)) {
        options.caFile = parser.value(caFile);
        if (!QFileInfo(options.caFile).isReadable())
            return fail(Text::tr("--ca-file: cannot read '%1'.").arg(options.caFile));
    }
    if (parser.isSet(lang)) {
        options.language = parser.value(lang).toLower();
        if (!supportedLanguages().contains(options.language))
            return fail(Text::tr("--lang: '%1' is not available; choose one of %2.")
                            .arg(parser.value(lang), supportedLanguages().join(u", ")));
    }
    if (parser.isSet(logLevel)) {
        options.logLevel = parser.value(logLevel).toLower();
        if (!kLogLevels.contains(options.logLevel))
            return fail(
                Text::tr("--log-level: '%1' is not one of %2.").arg(parser.value(logLevel), kLogLevels.join(u", ")));
    }
    options.screenshotPath = parser.value(screenshot);
    if (parser.isSet(screenshotTimeout)) {
        bool ok = false;
        const int seconds = parser.value(screenshotTimeout).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 600)
            return fail(Text::tr("--screenshot-timeout: expected whole seconds from 1 to 600."));
        options.screenshotTimeoutMs = seconds * 1000;
    }
    if (parser.isSet(windowSize)) {
        static const QRegularExpression kSize(QStringLiteral(R"(^(\d{3,5})x(\d{3,5})$)"));
        const QRegularExpressionMatch size = kSize.match(parser.value(windowSize).trimmed().toLower());
        const int width = size.hasMatch() ? size.captured(1).toInt() : 0;
        const int height = size.hasMatch() ? size.captured(2).toInt() : 0;
        if (width < AppOptions::MinWindowWidth || height < AppOptions::MinWindowHeight || width > 16384
            || height > 16384)
            return fail(Text::tr("--window-size: '%1' is not a size like 1024x768 from %2x%3 to 16384x16384.")
                            .arg(parser.value(windowSize))
                            .arg(AppOptions::MinWindowWidth)
                            .arg(AppOptions::MinWindowHeight));
        options.windowSize = QSize(width, height);
    }
    return {ParseResult::Outcome::Run, options, {}};
}

} // namespace pilothouse::app
