#pragma once
// Named spdlog loggers per subsystem ("net", "store", "ui", "qml", "server", "agent", "sim").
// The programs configure sinks once at start-up (app/logging, server/main); a logger asked for
// before that shares the default logger's sinks. Never pass a token or password to a logger.

#include <spdlog/spdlog.h>

#include <memory>
#include <string>

namespace pilothouse::log {

inline std::shared_ptr<spdlog::logger> get(const std::string &name)
{
    if (auto existing = spdlog::get(name))
        return existing;
    auto base = spdlog::default_logger();
    auto created = std::make_shared<spdlog::logger>(name, base->sinks().begin(), base->sinks().end());
    created->set_level(base->level());
    created->flush_on(spdlog::level::warn);
    try {
        spdlog::register_logger(created);
    } catch (const spdlog::spdlog_ex &) {
        // Another thread registered it first.
        return spdlog::get(name);
    }
    return created;
}

} // namespace pilothouse::log
