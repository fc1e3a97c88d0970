import QtQuick
import QtQuick.Controls
import Pilothouse.Components

// A check box in the theme's colours (both themes), named for screen readers by its text.
CheckBox {
    id: choice

    font.pixelSize: Theme.fontBody
    padding: Theme.spaceXxs
    Accessible.name: text

    indicator: Rectangle {
        implicitWidth: Theme.indicatorSize
        implicitHeight: Theme.indicatorSize
        x: choice.leftPadding
        y: (choice.height - height) / 2
        radius: Theme.radiusS
        color: choice.checked ? (choice.enabled ? Theme.accent : Theme.textFaint) : Theme.surface
        border.width: 1
        border.color: choice.checked ? "transparent" : Theme.controlBorder
        // The focus ring sits outside the box, so it shows on a checked (accent) box too.
        Rectangle {
            anchors.fill: parent
            anchors.margins: -3
            radius: Theme.radiusS + 3
            color: "transparent"
            border.width: 2
            border.color: Theme.focusRing
            visible: choice.visualFocus
        }
        Text {
            anchors.centerIn: parent
            visible: choice.checked
            text: "\u2713"
            color: Theme.textOnAccent
            font.pixelSize: Math.round(Theme.indicatorSize * 0.75)
            font.weight: Font.Bold
        }
    }
    contentItem: Text {
        leftPadding: choice.indicator.width + choice.spacing
        text: choice.text
        font: choice.font
        color: choice.enabled ? Theme.text : Theme.textFaint
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
    }
}
