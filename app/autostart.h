#pragma once
// Start at login, the way each desktop expects it: an XDG autostart entry on Linux
// ($XDG_CONFIG_HOME/autostart/pilothouse.desktop), the current user's Run key on Windows, a launch
// agent on macOS (~/Library/LaunchAgents/io.pilothouse.Pilothouse.plist). The entry itself is the
// state: nothing about it is kept in settings.ini, so removing it by hand is seen.

#include <QString>

namespace pilothouse::app::autostart {

/// Where the entry is (a file, or the registry value's path on Windows).
QString location();

/// Whether the entry exists for this user.
bool isEnabled();

/// Writes the entry starting `executable` (on) or removes it (off). On failure returns false and
/// sets `error` to the system's reason.
bool setEnabled(bool on, const QString &executable, QString *error);

} // namespace pilothouse::app::autostart
