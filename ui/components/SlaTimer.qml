import QtQuick
import Pilothouse.Components

// The SLA countdown of an escalation: calm while there is time, amber when less than a quarter
// of the target is left, red (and bold) once it has passed. State and text come from the model.
Rectangle {
    id: root

    /// "ok", "near", "breached", or "" (no SLA running: nothing is drawn).
    property string slaState
    property string text

    readonly property color tone: slaState === "breached" ? Theme.danger : slaState === "near" ? Theme.warning : Theme.success
    readonly property color toneSoft: slaState === "breached" ? Theme.dangerSoft
                                      : slaState === "near" ? Theme.warningSoft : Theme.successSoft

    visible: slaState.length > 0 && text.length > 0
    implicitHeight: 20
    implicitWidth: label.implicitWidth + 2 * Theme.spaceS
    radius: Theme.radiusS
    color: toneSoft

    Accessible.role: Accessible.StaticText
    Accessible.name: slaState === "breached" ? qsTr("Response target missed: %1").arg(text)
                                          : qsTr("Response target: %1").arg(text)

    Text {
        id: label
        objectName: "slaText"
        anchors.centerIn: parent
        text: root.text
        color: root.tone
        font.pixelSize: Theme.fontSmall
        font.weight: root.slaState === "breached" ? Font.Bold : Font.DemiBold
    }
}
