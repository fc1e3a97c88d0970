import QtQuick
import Pilothouse.Components
import Pilothouse.Models as Models

// Why a conversation was escalated (the reason category), as a chip tinted by category; the label
// and the tone come from the catalogue.
Tag {
    id: root

    property int reason: Models.EscalationReason.None

    text: Models.Labels.reason(reason)
    foreground: Theme.toneColor(Models.Labels.reasonTone(reason))
    background: Theme.toneSoftColor(Models.Labels.reasonTone(reason))
    maximumWidth: Theme.scaled(170)
    Accessible.name: qsTr("Reason: %1").arg(text)
}
