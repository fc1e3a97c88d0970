import QtQuick
import QtQuick.Controls
import Pilothouse.Components

// A radio button in the theme's colours (both themes), named for screen readers by its text.
RadioButton {
    id: choice

    font.pixelSize: Theme.fontBody
    padding: Theme.spaceXxs
    Accessible.name: text

    indicator: Rectangle {
        implicitWidth: Theme.indicatorSize
        implicitHeight: Theme.indicatorSize
        x: choice.leftPadding
        y: (choice.height - height) / 2
        radius: width / 2
        color: Theme.surface
        border.width: 1
        border.color: choice.checked ? Theme.accent : Theme.controlBorder
        // The focus ring sits outside the box, so it shows on a checked (accent) box too.
        Rectangle {
            anchors.fill: parent
            anchors.margins: -3
            radius: width / 2
            color: "transparent"
            border.width: 2
            border.color: Theme.focusRing
            visible: choice.visualFocus
        }
        Rectangle {
            anchors.centerIn: parent
            width: Math.round(parent.width / 2)
            height: width
            radius: width / 2
            color: Theme.accent
            visible: choice.checked
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
