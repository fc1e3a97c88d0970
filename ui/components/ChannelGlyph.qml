import QtQuick
import Pilothouse.Components
import Pilothouse.Models as Models

// The channel (Models.Channel) as a line icon (Icon: Lucide's message-circle, mail, smartphone,
// phone) in the theme's colour, so it needs no icon font and stays crisp in both themes.
// `showLabel` adds the channel's name.
Row {
    id: root

    property int channel: Models.Channel.Chat
    property color color: Theme.textMuted
    property int size: Theme.scaled(14)
    property bool showLabel: false

    readonly property string label: Models.Labels.channel(channel)

    spacing: Theme.spaceXs
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Channel: %1").arg(label)

    Icon {
        anchors.verticalCenter: parent.verticalCenter
        name: root.channel === Models.Channel.Email ? "mail"
            : root.channel === Models.Channel.Sms ? "smartphone"
            : root.channel === Models.Channel.Voice ? "phone"
            : "message-circle"
        size: root.size
        color: root.color
    }

    Text {
        anchors.verticalCenter: parent.verticalCenter
        visible: root.showLabel
        text: root.label
        color: root.color
        font.pixelSize: Theme.fontSmall
    }
}
