import QtQuick
import QtQuick.Controls
import Pilothouse.Components

// "Internal note" beside the composer's Send: on, the text goes to the team, never the customer.
// Drawn from the Theme: the Basic style's knob does not match the app.
Switch {
    id: toggle

    text: qsTr("Internal note")
    font.pixelSize: Theme.fontSmall
    Accessible.name: text
    Accessible.description: qsTr("Shortcut: Ctrl+Shift+N")

    indicator: Rectangle {
        implicitWidth: Theme.scaled(30)
        implicitHeight: Theme.scaled(16)
        x: toggle.leftPadding
        y: (toggle.height - height) / 2
        radius: 8
        color: toggle.checked ? Theme.warning : Theme.neutralSoft
        border.width: toggle.visualFocus ? 2 : 1
        border.color: toggle.visualFocus ? Theme.focusRing : Theme.controlBorder
        Rectangle {
            x: toggle.checked ? parent.width - width - 2 : 2
            y: 2
            width: Theme.scaled(12)
            height: Theme.scaled(12)
            radius: 6
            // Off, the knob takes the edge's colour: on the pale track it is what shows the state.
            color: toggle.checked ? Theme.surface : Theme.controlBorder
        }
    }
    contentItem: Text {
        leftPadding: toggle.indicator.width + toggle.spacing
        text: toggle.text
        font: toggle.font
        color: toggle.checked ? Theme.warning : Theme.textMuted
        verticalAlignment: Text.AlignVCenter
    }
}
