#pragma once
// The cache schema as an ordered list of steps keyed by `PRAGMA user_version`. Step N takes a
// database at version N-1 to N inside one transaction, so a crash mid-migration leaves the
// previous version intact. Never edit a released step: append a new one.

#include <QSqlDatabase>
#include <QString>

namespace pilothouse::models::migrations {

/// The schema version this build writes.
int latestVersion();

/// Runs every step after `fromVersion`. Returns an empty string on success, else what failed.
QString migrate(QSqlDatabase &db, int fromVersion);

} // namespace pilothouse::models::migrations
