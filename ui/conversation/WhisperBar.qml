import QtQuick
import QtQuick.Layouts
import Pilothouse.Components

// Over the composer in whisper mode (W, supervisors): what is written goes to the AI as an
// instruction, never to the customer; Cancel goes back to a note or a reply.
Rectangle {
    id: bar

    signal cancelled()

    implicitHeight: row.implicitHeight + 2 * Theme.spaceXs
    radius: Theme.radiusS
    color: Theme.infoSoft

    RowLayout {
        id: row
        anchors.fill: parent
        anchors.leftMargin: Theme.spaceS
        anchors.rightMargin: Theme.spaceXs
        spacing: Theme.spaceS
        Text {
            Layout.fillWidth: true
            text: qsTr("Whisper to the AI: an instruction it follows in its next replies; the customer never sees it.")
            color: Theme.info
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        ActionButton {
            objectName: "whisperCancelButton"
            quiet: true
            text: qsTr("Cancel")
            Accessible.name: qsTr("Leave whisper mode")
            onClicked: bar.cancelled()
        }
    }
}
