import QtQuick
import QtQuick.Layouts
import Pilothouse.Components

// One titled group of the Settings page; its controls go in the default slot, one under another.
Rectangle {
    id: root

    property string title
    default property alias content: body.data

    Layout.fillWidth: true
    implicitHeight: column.implicitHeight + 2 * Theme.spaceL
    radius: Theme.radiusL
    color: Theme.surface
    border.width: 1
    border.color: Theme.border

    Accessible.role: Accessible.Grouping
    Accessible.name: title

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spaceL
        spacing: Theme.spaceM

        Text {
            Layout.fillWidth: true
            text: root.title
            textFormat: Text.PlainText
            color: Theme.text
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        ColumnLayout {
            id: body
            Layout.fillWidth: true
            spacing: Theme.spaceS
        }
    }
}
