#include "appoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace pilothouse::app {

namespace {
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
    auto tr = [](const char *text) { return QCoreApplication::translate("AppOptions", text); };

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Pilothouse: watch, steer and take over AI customer conversations."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption server(
        QStringLiteral("server"), tr("Backend URL, e.g. https://pilothouse.example.com."), tr("url"));
    const QCommandLineOption user(QStringLiteral("user"), tr("User name to sign in with."), tr("name"));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
        tr("Folder for the cache, settings and logs (default: the application data folder)."), tr("dir"));
    const QCommandLineOption caFile(
        QStringLiteral("ca-file"), tr("Trust the CA certificates in this PEM file for https and wss."), tr("file"));
    const QCommandLineOption offline(QStringLiteral("offline"), tr("Review the local cache without connecting."));
    const QCommandLineOption demo(QStringLiteral("demo"),
        tr("Connect to a local demo backend (%1) as the demo supervisor.").arg(QLatin1String(AppOptions::DemoServer)));
    const QCommandLineOption lang(
        QStringLiteral("lang"), tr("Interface language: %1.").arg(supportedLanguages().join(u", ")), tr("code"));
    const QCommandLineOption logLevel(
        QStringLiteral("log-level"), tr("Log detail: %1 (default info).").arg(kLogLevels.join(u", ")), tr("level"));
    const QCommandLineOption dark(QStringLiteral("dark"), tr("Start with the dark theme."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"), tr("Save a PNG of the window once the board has filled, then quit."), tr("file"));
    const QCommandLineOption screenshotTimeout(QStringLiteral("screenshot-timeout"),
        tr("Give up waiting for the board after this many seconds (default 20)."), tr("seconds"));
    for (const auto &option :
        {server, user, dataDir, caFile, offline, demo, lang, logLevel, dark, screenshot, screenshotTimeout})
        parser.addOption(option);

    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(helpOption))
        return {ParseResult::Outcome::ExitOk, {}, parser.helpText()};
    if (parser.isSet(versionOption))
        return {ParseResult::Outcome::ExitOk, {},
            QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion()};
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("Unexpected argument '%1'.").arg(parser.positionalArguments().constFirst()));

    AppOptions options;
    options.demo = parser.isSet(demo);
    options.offline = parser.isSet(offline);
    options.darkTheme = parser.isSet(dark);
    if (options.demo && options.offline)
        return fail(tr("--demo and --offline exclude each other: the demo needs the local backend."));

    if (parser.isSet(server)) {
        const QUrl url = QUrl::fromUserInput(parser.value(server));
        const QString scheme = url.scheme();
        if (!url.isValid() || url.host().isEmpty()
            || (scheme != u"http" && scheme != u"https" && scheme != u"ws" && scheme != u"wss"))
            return fail(tr("--server: '%1' is not an http(s) or ws(s) URL, e.g. https://pilothouse.example.com.")
                            .arg(parser.value(server)));
        options.serverUrl = url;
    } else if (options.demo) {
        options.serverUrl = QUrl(QLatin1String(AppOptions::DemoServer));
    }

    options.userName = parser.value(user).trimmed();
    if (parser.isSet(user) && options.userName.isEmpty())
        return fail(tr("--user: the user name is empty."));
    if (options.demo && options.userName.isEmpty())
        options.userName = QLatin1String(AppOptions::DemoUser);

    if (parser.isSet(dataDir)) {
        options.dataDir = QDir::cleanPath(QDir::current().absoluteFilePath(parser.value(dataDir)));
        const QFileInfo info(options.dataDir);
        if (info.exists() && !info.isDir())
            return fail(tr("--data-dir: '%1' exists and is not a folder.").arg(options.dataDir));
    }
    if (parser.isSet(caFile)) {
        options.caFile = parser.value(caFile);
        if (!QFileInfo(options.caFile).isReadable())
            return fail(tr("--ca-file: cannot read '%1'.").arg(options.caFile));
    }
    if (parser.isSet(lang)) {
        options.language = parser.value(lang).toLower();
        if (!supportedLanguages().contains(options.language))
            return fail(tr("--lang: '%1' is not available; choose one of %2.")
                            .arg(parser.value(lang), supportedLanguages().join(u", ")));
    }
    if (parser.isSet(logLevel)) {
        options.logLevel = parser.value(logLevel).toLower();
        if (!kLogLevels.contains(options.logLevel))
            return fail(tr("--log-level: '%1' is not one of %2.").arg(parser.value(logLevel), kLogLevels.join(u", ")));
    }
    options.screenshotPath = parser.value(screenshot);
    if (parser.isSet(screenshotTimeout)) {
        bool ok = false;
        const int seconds = parser.value(screenshotTimeout).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 600)
            return fail(tr("--screenshot-timeout: expected whole seconds from 1 to 600."));
        options.screenshotTimeoutMs = seconds * 1000;
    }
    return {ParseResult::Outcome::Run, options, {}};
}

} // namespace pilothouse::app
