import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// Another conversation of the same customer; clicking it opens it. An open one offers supervisors
// and admins "Merge into this conversation" (the view asks first: it cannot be undone).
ItemDelegate {
    id: row

    required property string conversationId
    required property string subject
    required property string lastMessage
    required property int status
    required property int channel
    required property double lastMessageAt
    property double now: Clock.now
    /// Show "Merge into this conversation" (OperatorActions.canMerge says so).
    property bool mergeOffered: false

    signal activated()
    signal mergeRequested()

    Layout.fillWidth: true
    padding: Theme.spaceS
    leftPadding: Theme.spaceM - 2
    rightPadding: Theme.spaceM - 2
    hoverEnabled: true

    Accessible.role: Accessible.Button
    Accessible.name: qsTr("Open the customer's other conversation: %1, %2")
        .arg(subject.length > 0 ? subject : lastMessage).arg(Models.Labels.status(status))
    Accessible.onPressAction: activated()
    onClicked: activated()

    background: Rectangle {
        radius: Theme.radiusM
        color: row.hovered ? Theme.hover : Theme.surface
        border.width: 1
        border.color: Theme.border
    }

    contentItem: ColumnLayout {
        id: layout
        spacing: Theme.spaceXxs + 1

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            ChannelGlyph {
                channel: row.channel
                size: Theme.scaled(12)
            }
            Text {
                Layout.fillWidth: true
                text: row.subject.length > 0 ? row.subject : qsTr("(no subject)")
                textFormat: Text.PlainText
                color: Theme.text
                font.pixelSize: Theme.fontSmall + 1
                font.weight: Font.Medium
                elide: Text.ElideRight
            }
            Text {
                text: Clock.shortTime(row.lastMessageAt, row.now)
                color: Theme.textFaint
                font.pixelSize: Theme.fontCaption
            }
        }
        Text {
            Layout.fillWidth: true
            text: row.lastMessage
            textFormat: Text.PlainText
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            elide: Text.ElideRight
            maximumLineCount: 1
        }
        StatusChip {
            status: row.status
        }
        ActionButton {
            objectName: "mergeButton"
            Layout.topMargin: Theme.spaceXxs
            Layout.maximumWidth: layout.width
            visible: row.mergeOffered
            quiet: true
            text: qsTr("Merge into this conversation")
            Accessible.name: qsTr("Merge %1 into this conversation").arg(row.subject.length > 0 ? row.subject : qsTr("(no subject)"))
            onClicked: row.mergeRequested()
        }
    }
}
