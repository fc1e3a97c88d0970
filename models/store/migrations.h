#pragma once
// The cache schema as an ordered list of steps keyed by `PRAGMA user_version`. Step N takes a
// database at version N-1 to N inside one transaction (sqlite::migrate, common/sqlite/sqlitefile.h),
// so a crash mid-migration leaves the previous version intact. Never edit a released step: append
// a new one.

#include "sqlite/sqlitefile.h"

#include <QList>

namespace pilothouse::models::migrations {

/// The schema version this build writes.
int latestVersion();

/// Every step, oldest first, for sqlite::migrate().
QList<sqlite::Migration> steps();

} // namespace pilothouse::models::migrations
