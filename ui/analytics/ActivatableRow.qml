import QtQuick
import Pilothouse.Components

// A table row that opens what is behind it (the conversations behind a figure): by mouse, by
// Enter or Space once focused with Tab, and by a screen reader's press action.
TableRow {
    id: row

    /// False: a plain row (nothing to open).
    property bool activatable: true

    signal activated()

    activeFocusOnTab: activatable
    current: activeFocus
    color: current ? Theme.selection : hover.hovered && activatable ? Theme.hover : "transparent"
    Accessible.description: activatable ? qsTr("Press Enter to list the conversations behind it.") : ""
    Accessible.onPressAction: if (activatable) row.activated()
    Keys.onReturnPressed: if (activatable) row.activated()
    Keys.onEnterPressed: if (activatable) row.activated()
    Keys.onSpacePressed: if (activatable) row.activated()

    HoverHandler {
        id: hover
        enabled: row.activatable
        cursorShape: Qt.PointingHandCursor
    }
    TapHandler {
        enabled: row.activatable
        onTapped: {
            row.forceActiveFocus()
            row.activated()
        }
    }
}
