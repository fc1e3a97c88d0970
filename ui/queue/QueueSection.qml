import QtQuick
import Pilothouse.Components

// A section heading of the queue: the group ("Waiting for a person") or the reason.
Rectangle {
    id: root

    required property string section

    implicitHeight: Theme.scaled(28)
    color: Theme.surfaceAlt

    Accessible.role: Accessible.Heading
    Accessible.name: section

    Text {
        anchors.left: parent.left
        anchors.leftMargin: Theme.spaceL
        anchors.verticalCenter: parent.verticalCenter
        text: root.section
        color: Theme.textMuted
        font.pixelSize: Theme.fontCaption
        font.weight: Font.Bold
        font.capitalization: Font.AllUppercase
        font.letterSpacing: 0.6
    }
    Rectangle {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        height: 1
        color: Theme.divider
    }
}
