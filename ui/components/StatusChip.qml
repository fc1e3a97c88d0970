import QtQuick
import Pilothouse.Components
import Pilothouse.Models as Models

// The conversation's status as a tinted chip with a dot; label and tone come from the catalogue.
Rectangle {
    id: root

    property int status: Models.Status.Ai
    /// Off until a status is known (e.g. a conversation not on the board yet).
    property bool known: true

    readonly property string label: Models.Labels.status(status)
    readonly property color tone: Theme.toneColor(Models.Labels.statusTone(status))

    implicitHeight: Theme.scaled(18)
    implicitWidth: row.implicitWidth + 2 * Theme.spaceS - 2
    radius: height / 2
    color: Theme.toneSoftColor(Models.Labels.statusTone(status))
    visible: known

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
