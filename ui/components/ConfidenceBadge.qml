import QtQuick
import Pilothouse.Components

// AI confidence as colour AND number: a band-coloured meter and "87%". The band (0 none, 1 low,
// 2 medium, 3 high) comes from the model so thresholds live in one place (C++), not here.
Rectangle {
    id: root

    /// 0..1, or negative when the AI has not replied yet.
    property real confidence: -1
    property int band: 0
    /// Show the word "confidence" after the number (transcript); the board keeps it compact.
    property bool verbose: false
    /// What the figure is, for screen readers: "AI confidence", "Weakest AI reply".
    property string label: qsTr("AI confidence")

    readonly property bool hasValue: confidence >= 0
    readonly property string percentText: hasValue ? qsTr("%1%").arg(Math.round(confidence * 100)) : qsTr("n/a")
    readonly property string bandName: {
        switch (band) {
        case 3: return qsTr("high")
        case 2: return qsTr("medium")
        case 1: return qsTr("low")
        default: return qsTr("none")
        }
    }

    implicitHeight: Theme.scaled(18)
    implicitWidth: row.implicitWidth + 2 * Theme.spaceS - 2
    radius: height / 2
    color: Theme.bandSoftColor(band)

    Accessible.role: Accessible.StaticText
    Accessible.name: hasValue ? qsTr("%1 %2, %3", "what, percentage, band").arg(label).arg(percentText).arg(bandName)
                              : qsTr("No AI reply yet")

    Row {
        id: row
        anchors.centerIn: parent
        spacing: Theme.spaceXs + 1

        // A tiny three-step meter: the number of lit steps repeats the band for colour-blind users.
        Item {
            id: meter
            anchors.verticalCenter: parent.verticalCenter
            width: Theme.scaled(11)
            height: Theme.scaled(10)
            Repeater {
                model: 3
                delegate: Rectangle {
                    required property int index
                    x: index * 4
                    y: meter.height - height
                    width: 3
                    height: 4 + index * 3
                    radius: 1
                    color: Theme.bandColor(root.band)
                    opacity: root.hasValue && index < root.band ? 1.0 : 0.28
                }
            }
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: root.verbose && root.hasValue ? qsTr("%1 confidence").arg(root.percentText) : root.percentText
            color: Theme.bandColor(root.band)
            font.pixelSize: Theme.fontCaption
            font.weight: Font.DemiBold
        }
    }
}
