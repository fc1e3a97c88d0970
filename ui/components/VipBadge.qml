import QtQuick
import Pilothouse.Components

// Marks a VIP customer. Gold with a star so it reads at a glance without relying on colour alone.
Rectangle {
    id: root

    implicitHeight: Theme.scaled(16)
    implicitWidth: label.implicitWidth + 2 * Theme.spaceXs + 2
    radius: Theme.radiusS
    color: Theme.vipSoft

    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("VIP customer")

    Text {
        id: label
        anchors.centerIn: parent
        text: qsTr("★ VIP")
        color: Theme.vip
        font.pixelSize: Theme.fontCaption - 1
        font.weight: Font.Bold
        font.letterSpacing: 0.3
    }
}
