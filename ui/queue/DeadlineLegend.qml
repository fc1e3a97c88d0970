pragma ComponentBehavior: Bound
import QtQuick
import Pilothouse.Components
import Pilothouse.Models as Models

// The one rule the deadline colours follow on the board, in the queue and in the conversation
// header (models/queue/sla.h), stated where the operator triages: a dot per colour and its meaning.
Flow {
    id: legend

    spacing: Theme.spaceM

    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("First-reply deadline colours: green, more than 2 minutes left; amber, 2 minutes or less; red, missed")

    Repeater {
        model: [
            { state: Models.SlaState.Ok, text: qsTr("On time") },
            { state: Models.SlaState.Near, text: qsTr("2 min or less") },
            { state: Models.SlaState.Breached, text: qsTr("Missed") }
        ]
        delegate: Row {
            id: item
            required property var modelData
            spacing: Theme.spaceXs
            Accessible.ignored: true
            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                width: Theme.scaled(8)
                height: width
                radius: width / 2
                color: Theme.toneColor(Models.Labels.slaTone(item.modelData.state))
            }
            Text {
                text: item.modelData.text
                color: Theme.textMuted
                font.pixelSize: Theme.fontCaption
            }
        }
    }
}
