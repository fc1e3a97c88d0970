#pragma once
// Reads the configuration documents the cache holds (`config_versions`, written from
// `config.published` events and `snapshot.config`; docs/config.md).

#include "domain/records.h"
#include "protocol/frames.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>
#include <vector>

namespace pilothouse::models::configreader {

/// The highest version of `document` the cache holds (the one in force), or nullopt when it holds
/// none; `error` is set when the read failed.
std::optional<ConfigVersionRecord> latest(const QSqlDatabase &db, const QString &document, QString *error = nullptr);

/// True when one of `events` publishes a version of `document`.
bool publishes(const std::vector<protocol::Event> &events, const QString &document);

} // namespace pilothouse::models::configreader
