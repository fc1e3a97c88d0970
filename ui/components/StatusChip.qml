import QtQuick
import Pilothouse.Components

// The conversation's status ("ai", "escalated", "human", "resolved") as a tinted chip with a dot.
Rectangle {
    id: root

    property string status

    readonly property string label: {
        switch (status) {
        case "ai": return qsTr("AI handling")
        case "escalated": return qsTr("Escalated")
        case "human": return qsTr("With agent")
        case "resolved": return qsTr("Resolved")
        default: return status
        }
    }
    readonly property color tone: {
        switch (status) {
        case "ai": return Theme.accentSoftText
        case "escalated": return Theme.danger
        case "human": return Theme.success
        default: return Theme.neutral
        }
    }
    readonly property color toneSoft: {
        switch (status) {
        case "ai": return Theme.accentSoft
        case "escalated": return Theme.dangerSoft
        case "human": return Theme.successSoft
        default: return Theme.neutralSoft
        }
    }

    implicitHeight: 18
    implicitWidth: row.implicitWidth + 2 * Theme.spaceS - 2
    radius: height / 2
    color: toneSoft
    visible: status.length > 0

    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Status: %1").arg(label)

    Row {
        id: row
        anchors.centerIn: parent
        spacing: Theme.spaceXs + 1

        Rectangle {
            anchors.verticalCenter: parent.verticalCenter
            width: 6
            height: 6
            radius: 3
            color: root.tone
        }
        Text {
            anchors.verticalCenter: parent.verticalCenter
            text: root.label
            color: root.tone
            font.pixelSize: Theme.fontCaption
            font.weight: Font.DemiBold
        }
    }
}
