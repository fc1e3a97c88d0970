import QtQuick
import Pilothouse.Components

// Customer sentiment as a small face (Icon: Lucide's frown, meh, smile) in the band's colour; the
// band (-1 negative, 0 neutral, 1 positive) comes from the model. The shape carries the meaning
// without colour; the tooltip-free accessible name carries it for screen readers.
Row {
    id: root

    property int band: 0
    property real sentiment: 0
    property int size: Theme.scaled(14)
    property bool showLabel: false

    readonly property string label: band < 0 ? qsTr("Negative") : band > 0 ? qsTr("Positive") : qsTr("Neutral")

    spacing: Theme.spaceXs
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Sentiment: %1").arg(label)

    Icon {
        anchors.verticalCenter: parent.verticalCenter
        name: root.band < 0 ? "frown" : root.band > 0 ? "smile" : "meh"
        size: root.size
        color: Theme.sentimentColor(root.band)
    }

    Text {
        anchors.verticalCenter: parent.verticalCenter
        visible: root.showLabel
        text: root.label
        color: Theme.sentimentColor(root.band)
        font.pixelSize: Theme.fontSmall
    }
}
