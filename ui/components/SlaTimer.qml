import QtQuick
import Pilothouse.Components
import Pilothouse.Models as Models

// The SLA countdown of an escalation: calm while there is time, amber when less than a quarter
// of the target is left, red (and bold) once it has passed. State and text come from the model.
Rectangle {
    id: root

    /// Models.SlaState; None draws nothing.
    property int slaState: Models.SlaState.None
    property string text

    readonly property bool breached: slaState === Models.SlaState.Breached
    readonly property color tone: Theme.toneColor(Models.Labels.slaTone(slaState))

    visible: slaState !== Models.SlaState.None && text.length > 0
    implicitHeight: Theme.scaled(20)
    implicitWidth: label.implicitWidth + 2 * Theme.spaceS
    radius: Theme.radiusS
    color: Theme.toneSoftColor(Models.Labels.slaTone(slaState))

    Accessible.role: Accessible.StaticText
    Accessible.name: breached ? qsTr("Response target missed: %1").arg(text) : qsTr("Response target: %1").arg(text)

    Text {
        id: label
        objectName: "slaText"
        anchors.centerIn: parent
        text: root.text
        color: root.tone
        font.pixelSize: Theme.fontSmall
        font.weight: root.breached ? Font.Bold : Font.DemiBold
    }
}
