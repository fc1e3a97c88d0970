// pilothouse-server: the reference backend. Everything lives in pilothouse_servercore; this file
// parses options, configures logging and runs the event loop.

#include "app/options.h"
#include "app/userscli.h"
#include "app/serverapp.h"
#include "shutdown/shutdownsignals.h"

#include "log/log.h"

#include <spdlog/sinks/stdout_color_sinks.h>

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

namespace {

void configureLogging(const QString &level)
{
    // Logs go to stderr: stdout carries only the start-up line and demo sign-ins for scripts.
    auto logger = spdlog::stderr_color_mt("pilothouse");
    spdlog::set_default_logger(logger);
    spdlog::set_level(spdlog::level::from_str(level.toStdString()));
    spdlog::flush_on(spdlog::level::info);
}

void print(std::FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pilothouse-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("Pilothouse"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PILOTHOUSE_VERSION));
    // The command line and start-up errors in the system's language (translations/CMakeLists.txt).
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("pilothouse-server"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    using namespace pilothouse::server;
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1 && arguments.at(1) == QStringLiteral("users")) {
        QTextStream in(stdin), out(stdout), err(stderr);
        return runUsersCommand(arguments.mid(2), in, out, err);
    }
    const ParseResult parsed = parseOptions(QCoreApplication::arguments());
    if (!parsed.options) {
        print(stdout, parsed.standardOutput);
        print(stderr, parsed.standardError);
        return parsed.exitCode;
    }
    configureLogging(parsed.options->logLevel);

    ServerApp server(*parsed.options);
    QString error;
    if (const int code = server.start(&error); code != 0) {
        print(stderr, QStringLiteral("pilothouse-server: ") + error + u'\n');
        return code;
    }
    print(stdout, server.listeningLine() + u'\n');
    for (const QString &line : server.demoCredentials())
        print(stdout, line + u'\n');

    pilothouse::ShutdownSignals signals_;
    QObject::connect(
        &signals_, &pilothouse::ShutdownSignals::shutdownRequested, &server, [&server](int) { server.shutdown(); });
    QObject::connect(&server, &ServerApp::stopped, &app, &QCoreApplication::quit);
    return QCoreApplication::exec();
}
