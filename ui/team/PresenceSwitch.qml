import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models

// The signed-in user's own presence: Online or Away, as the server keeps it. Away keeps Take
// next from handing you conversations; colleagues see it in their team view.
RowLayout {
    id: control

    /// Presence.Value as the team model reports it (Unknown while not connected).
    property int presence: Presence.Unknown
    /// Asked to become Online or Away.
    signal presenceRequested(int presence)

    spacing: Theme.spaceS
    enabled: presence !== Presence.Unknown

    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Your presence")

    Text {
        text: qsTr("You are")
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
    }
    RadioChoice {
        objectName: "presenceOnline"
        text: qsTr("Online")
        checked: control.presence === Presence.Online
        onClicked: if (control.presence !== Presence.Online) control.presenceRequested(Presence.Online)
    }
    RadioChoice {
        objectName: "presenceAway"
        text: qsTr("Away")
        checked: control.presence === Presence.Away
        onClicked: if (control.presence !== Presence.Away) control.presenceRequested(Presence.Away)
    }
}
