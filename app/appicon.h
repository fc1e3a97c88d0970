#pragma once
// The application icon (resources/icons), for the window and the tray.

#include <QIcon>

namespace pilothouse::app {

/// Every embedded size of the icon (:/icons/pilothouse-N.png, from resources/CMakeLists.txt).
QIcon applicationIcon();

} // namespace pilothouse::app
