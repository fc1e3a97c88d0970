#pragma once
// Console logging: named spdlog loggers (net, store, ui, qml, app) writing to stderr and to a
// rotating file in the data folder; Qt and QML messages routed in through a message handler.

#include <QString>

namespace pilothouse::app {

/// Sets up sinks and levels. `logDir` is created if needed; returns the log file path, or an
/// empty string when only stderr could be used (the reason is logged).
QString initLogging(const QString &logDir, const QString &level);

/// Flushes and drops every logger (call before the process exits).
void shutdownLogging();

} // namespace pilothouse::app
