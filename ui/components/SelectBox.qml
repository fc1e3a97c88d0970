pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Pilothouse.Components

// A compact, themed drop-down. Give it a model of {text, value} objects with
// textRole: "text" and valueRole: "value"; `prefix` is shown before the current text ("Sort:").
ComboBox {
    id: control

    property string prefix

    implicitHeight: Theme.controlHeight - 4
    implicitWidth: Math.max(120, label.implicitWidth + arrow.width + 3 * Theme.spaceS)
    font.pixelSize: Theme.fontSmall
    hoverEnabled: true
    leftPadding: Theme.spaceS
    rightPadding: arrow.width + Theme.spaceS

    Accessible.name: prefix.length > 0 ? prefix + " " + displayText : displayText

    contentItem: Text {
        id: label
        text: control.prefix.length > 0 ? control.prefix + " " + control.displayText : control.displayText
        textFormat: Text.PlainText
        color: Theme.textMuted
        font: control.font
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }

    indicator: Text {
        id: arrow
        x: control.width - width - Theme.spaceS
        y: (control.height - height) / 2
        text: "\u25be"
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
    }

    background: Rectangle {
        radius: Theme.radiusM
        color: control.pressed ? Theme.selection : control.hovered ? Theme.hover : "transparent"
        border.width: control.visualFocus ? 2 : 1
        border.color: control.visualFocus ? Theme.focusRing : Theme.border
    }

    delegate: ItemDelegate {
        id: item
        required property int index
        required property var modelData
        width: ListView.view ? ListView.view.width : implicitWidth
        height: Theme.controlHeight
        highlighted: control.highlightedIndex === index
        text: modelData[control.textRole]
        font: control.font
        Accessible.name: text
        contentItem: Text {
            text: item.text
            textFormat: Text.PlainText
            font: item.font
            color: item.index === control.currentIndex ? Theme.accent : Theme.text
            verticalAlignment: Text.AlignVCenter
            elide: Text.ElideRight
        }
        background: Rectangle {
            color: item.highlighted || item.hovered ? Theme.hover : "transparent"
        }
    }

    popup: Popup {
        y: control.height + 2
        width: Math.max(control.width, 180)
        implicitHeight: contentItem.implicitHeight + 2 * padding
        padding: Theme.spaceXs
        contentItem: ListView {
            clip: true
            implicitHeight: contentHeight
            model: control.popup.visible ? control.delegateModel : null
            currentIndex: control.highlightedIndex
        }
        background: Rectangle {
            radius: Theme.radiusM
            color: Theme.surface
            border.width: 1
            border.color: Theme.border
        }
    }
}
