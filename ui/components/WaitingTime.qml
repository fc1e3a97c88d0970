import QtQuick
import Pilothouse.Components

// How long the customer has been waiting, with a small clock (Icon: Lucide's clock): "14 min".
// Ticks with Clock.
Row {
    id: root

    /// ms since epoch when the wait began; 0 shows nothing.
    property double since: 0
    property color color: Theme.warning
    property string prefix
    property bool bold: true
    property int pixelSize: Theme.fontSmall

    readonly property string durationText: Clock.since(since, Clock.now)
    readonly property string text: prefix.length > 0 ? prefix + " " + durationText : durationText

    visible: since > 0
    spacing: Theme.spaceXs
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Waiting %1").arg(durationText)

    Icon {
        anchors.verticalCenter: parent.verticalCenter
        name: "clock"
        size: root.pixelSize
        color: root.color
    }
    Text {
        objectName: "waitingText"
        anchors.verticalCenter: parent.verticalCenter
        text: root.text
        color: root.color
        font.pixelSize: root.pixelSize
        font.weight: root.bold ? Font.DemiBold : Font.Normal
    }
}
