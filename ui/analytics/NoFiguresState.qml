import QtQuick
import Pilothouse.Components

// What the Overview and Analytics pages show before any figures are cached: where they come
// from, and, offline, that they arrive once the console is online again.
EmptyState {
    property bool offline: false

    objectName: "noFigures"
    glyph: "\u2211"
    title: qsTr("No figures yet")
    body: offline
          ? qsTr("No figures are cached on this computer. They arrive from the server once you are online.")
          : qsTr("The server sends them to supervisors and admins once it has conversations.")
}
