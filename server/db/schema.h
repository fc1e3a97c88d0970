#pragma once

#include <QStringList>

namespace pilothouse::server::schema {

/// The schema version this build writes; a file with a higher PRAGMA user_version is refused.
inline constexpr int kVersion = 15;

/// Statements that take a database from version `from - 1` to `from`.
QStringList migration(int from);

} // namespace pilothouse::server::schema
