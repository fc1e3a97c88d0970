#include "logging.h"

#include "log/log.h"

#include <QDir>
#include <QtGlobal>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>

namespace pilothouse::app {

namespace {

constexpr std::size_t kMaxLogBytes = 5 * 1024 * 1024;
constexpr std::size_t kLogFiles = 3;

void routeQtMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // QML and JavaScript messages carry the "qml"/"js" categories; everything else is Qt's own.
    const QLatin1String category(context.category ? context.category : "default");
    const bool fromQml = category == QLatin1String("qml") || category == QLatin1String("js")
        || category.startsWith(QLatin1String("qt.qml"));
    const auto logger = pilothouse::log::get(fromQml ? "qml" : "qt");
    const QByteArray text = message.toUtf8();
    switch (type) {
    case QtDebugMsg:
        logger->debug("{}", text.constData());
        break;
    case QtInfoMsg:
        logger->info("{}", text.constData());
        break;
    case QtWarningMsg:
        logger->warn("{}", text.constData());
        break;
    case QtCriticalMsg:
        logger->error("{}", text.constData());
        break;
    case QtFatalMsg:
        logger->critical("{}", text.constData());
        logger->flush();
        break;
    }
}

} // namespace

QString initLogging(const QString &logDir, const QString &level)
{
    std::vector<spdlog::sink_ptr> sinks;
    sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
    QString filePath;
    QString fileError;
    if (QDir().mkpath(logDir)) {
        filePath = QDir(logDir).filePath(QStringLiteral("pilothouse.log"));
        try {
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                QDir::toNativeSeparators(filePath).toStdString(), kMaxLogBytes, kLogFiles));
        } catch (const spdlog::spdlog_ex &error) {
            fileError = QString::fromUtf8(error.what());
            filePath.clear();
        }
    } else {
        fileError = QStringLiteral("cannot create %1").arg(logDir);
    }

    auto defaultLogger = std::make_shared<spdlog::logger>("app", sinks.begin(), sinks.end());
    defaultLogger->set_level(spdlog::level::from_str(level.toStdString()));
    defaultLogger->set_pattern("%Y-%m-%d %H:%M:%S.%e %^%-5l%$ [%n] %v");
    defaultLogger->flush_on(spdlog::level::warn);
    spdlog::drop_all();
    spdlog::set_default_logger(defaultLogger);
    spdlog::set_level(defaultLogger->level());
    spdlog::flush_every(std::chrono::seconds(2));

    qInstallMessageHandler(routeQtMessage);
    if (!fileError.isEmpty())
        defaultLogger->warn("Logging to stderr only: {}", fileError.toStdString());
    return filePath;
}

void shutdownLogging()
{
    qInstallMessageHandler(nullptr);
    spdlog::shutdown();
}

} // namespace pilothouse::app
