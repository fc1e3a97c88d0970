import QtQuick
import QtQuick.Layouts
import Pilothouse.Components

// One published version of the rule set: its number, who published it and when, its note, and
// whether it is in force.
Rectangle {
    id: row

    required property var modelData
    readonly property int version: modelData.version
    property bool selected: false
    /// The row has the keyboard focus: a focus ring.
    property bool focused: false
    signal chosen()

    implicitHeight: content.implicitHeight + 2 * Theme.spaceS
    radius: Theme.radiusM
    color: selected ? Theme.selection : mouse.containsMouse ? Theme.hover : "transparent"
    border.width: focused ? 2 : 0
    border.color: Theme.focusRing

    Accessible.role: Accessible.ListItem
    Accessible.name: [modelData.title, modelData.inForce ? qsTr("in force") : "", modelData.detail, modelData.note]
                     .filter(part => part.length > 0).join(", ")
    Accessible.selected: selected
    Accessible.onPressAction: row.chosen()

    SelectionBar {
        visible: row.selected
        inset: row.radius
    }
    ColumnLayout {
        id: content
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.margins: Theme.spaceS
        spacing: Theme.spaceXxs
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            Text {
                Layout.fillWidth: true
                text: row.modelData.title
                color: Theme.text
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Tag {
                visible: row.modelData.inForce
                text: qsTr("In force")
                foreground: Theme.success
                background: Theme.successSoft
            }
        }
        Text {
            Layout.fillWidth: true
            text: row.modelData.detail
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.pixelSize: Theme.fontCaption
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            visible: text.length > 0
            text: row.modelData.note
            textFormat: Text.PlainText
            color: Theme.textFaint
            font.pixelSize: Theme.fontCaption
            font.italic: true
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
        }
    }
    MouseArea {
        id: mouse
        anchors.fill: parent
        hoverEnabled: true
        onClicked: row.chosen()
    }
}
