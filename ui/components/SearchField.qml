import QtQuick
import QtQuick.Controls
import Pilothouse.Components

// Search input with a magnifier, a clear button and Esc to clear (keyboard-first board).
TextField {
    id: control

    placeholderText: qsTr("Search")
    placeholderTextColor: Theme.textFaint
    color: Theme.text
    selectionColor: Theme.accent
    selectedTextColor: Theme.textOnAccent
    font.pixelSize: Theme.fontBody
    implicitHeight: Theme.controlHeight + 2
    leftPadding: Theme.spaceL + Theme.spaceM
    rightPadding: clearButton.visible ? clearButton.width + Theme.spaceXs : Theme.spaceS
    verticalAlignment: TextInput.AlignVCenter
    selectByMouse: true

    Accessible.name: placeholderText
    Accessible.role: Accessible.EditableText

    Keys.onEscapePressed: event => {
        if (text.length > 0) {
            clear()
            event.accepted = true
        } else {
            event.accepted = false
        }
    }

    background: Rectangle {
        radius: Theme.radiusM
        color: Theme.surfaceSunken
        border.width: control.activeFocus ? 2 : 1
        border.color: control.activeFocus ? Theme.focusRing : Theme.controlBorder

        MagnifierGlyph {
            x: Theme.spaceS + 1
            anchors.verticalCenter: parent.verticalCenter
            size: Theme.scaled(13)
        }
    }

    ToolButton {
        id: clearButton
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        width: 26
        height: 26
        visible: control.text.length > 0
        text: "\u00d7"
        focusPolicy: Qt.NoFocus
        Accessible.name: qsTr("Clear search")
        Accessible.onPressAction: clicked()
        onClicked: control.clear()
        contentItem: Text {
            text: clearButton.text
            color: clearButton.hovered ? Theme.text : Theme.textMuted
            font.pixelSize: Theme.fontTitle + 2
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
        }
        background: Rectangle {
            radius: Theme.radiusS
            color: clearButton.hovered ? Theme.hover : "transparent"
        }
    }
}
