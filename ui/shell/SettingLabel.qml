import QtQuick
import QtQuick.Layouts
import Pilothouse.Components

// The words above or beside a setting's control; `hint` is a quieter line under it.
ColumnLayout {
    id: root

    property string text
    property string hint

    Layout.fillWidth: true
    spacing: Theme.spaceXxs

    Text {
        Layout.fillWidth: true
        text: root.text
        textFormat: Text.PlainText
        color: Theme.text
        font.pixelSize: Theme.fontBody
        font.weight: Font.Medium
        wrapMode: Text.WordWrap
    }
    Text {
        Layout.fillWidth: true
        visible: root.hint.length > 0
        text: root.hint
        textFormat: Text.PlainText
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
        wrapMode: Text.WordWrap
    }
}
