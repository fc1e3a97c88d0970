import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components

// One input of the cost model panel: its label (also its accessible name), the field, and under
// it either what it means or the sentence the form refuses it with (from the model, plain text).
ColumnLayout {
    id: root

    property string label
    property string text
    property string hint
    property string error

    signal edited(string text)

    spacing: Theme.spaceXs

    Text {
        Layout.fillWidth: true
        text: root.label
        textFormat: Text.PlainText
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        font.weight: Font.Medium
        elide: Text.ElideRight
    }
    TextField {
        id: field
        Layout.fillWidth: true
        implicitHeight: Theme.controlHeight + 6
        leftPadding: Theme.spaceM
        rightPadding: Theme.spaceM
        text: root.text
        color: Theme.text
        selectionColor: Theme.accent
        selectedTextColor: Theme.textOnAccent
        font.pixelSize: Theme.fontBody + 1
        selectByMouse: true
        Accessible.name: root.label
        Accessible.description: root.error.length > 0 ? root.error : root.hint
        onTextEdited: root.edited(field.text)

        background: Rectangle {
            radius: Theme.radiusM
            color: Theme.surface
            border.width: field.activeFocus || root.error.length > 0 ? 2 : 1
            border.color: root.error.length > 0 ? Theme.danger : field.activeFocus ? Theme.focusRing : Theme.controlBorder
        }
    }
    Text {
        Layout.fillWidth: true
        visible: text.length > 0
        text: root.error.length > 0 ? root.error : root.hint
        textFormat: Text.PlainText
        color: root.error.length > 0 ? Theme.danger : Theme.textMuted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
    }
}
