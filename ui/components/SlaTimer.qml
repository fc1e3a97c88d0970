import QtQuick
import Pilothouse.Components
import Pilothouse.Models as Models

// The first-reply deadline of an escalation: green while there is time, amber from two minutes
// left, red (and bold) once it has passed, and red after a late first reply ("replied 54 s
// late"). One rule for every view (models/queue/sla.h); state and text come from the model.
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
    Accessible.name: breached ? qsTr("First-reply deadline missed: %1").arg(text)
                              : qsTr("First-reply deadline: %1").arg(text)

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
