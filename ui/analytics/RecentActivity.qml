import QtQuick
import QtQuick.Layouts
import Pilothouse.Components
import Pilothouse.Models as Models

// The Overview's recent activity: the conversations with the newest messages on the board, each
// with its customer, status, latest message and time; activating one opens it in the workspace.
// Customer text is plain text, never markup.
Panel {
    id: root

    required property Models.BoardModel board
    property int rows: 6

    signal conversationRequested(string conversationId)

    title: qsTr("Recent activity")
    subtitle: qsTr("The conversations with the newest messages")

    Models.BoardFilterModel {
        id: recent
        sourceModel: root.board
        sortKey: Models.BoardFilterModel.ByActivity
    }

    Text {
        objectName: "recentActivityEmpty"
        Layout.fillWidth: true
        visible: recent.count === 0
        text: qsTr("No conversations yet.")
        textFormat: Text.PlainText
        color: Theme.textMuted
        font.pixelSize: Theme.fontSmall
    }
    Repeater {
        objectName: "recentActivityRows"
        model: recent
        delegate: Rectangle {
            id: entry
            required property int index
            required property string conversationId
            required property string customerName
            required property int status
            required property string lastMessage
            required property double lastMessageAt
            readonly property string displayName: customerName.length > 0 ? customerName : qsTr("Unknown customer")
            visible: index < root.rows
            Layout.fillWidth: true
            Layout.preferredHeight: visible ? 32 : 0
            radius: Theme.radiusS
            color: activeFocus ? Theme.selection : hover.hovered ? Theme.hover : "transparent"
            activeFocusOnTab: true
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("%1, %2, %3: %4").arg(displayName).arg(chip.label)
                .arg(Clock.shortTime(lastMessageAt, Clock.now)).arg(lastMessage)
            Accessible.description: qsTr("Opens the conversation in the workspace")
            Accessible.onPressAction: root.conversationRequested(conversationId)
            Keys.onReturnPressed: root.conversationRequested(conversationId)
            Keys.onEnterPressed: root.conversationRequested(conversationId)
            Keys.onSpacePressed: root.conversationRequested(conversationId)
            HoverHandler {
                id: hover
                cursorShape: Qt.PointingHandCursor
            }
            TapHandler {
                onTapped: root.conversationRequested(entry.conversationId)
            }
            SelectionBar {
                visible: entry.activeFocus
                inset: entry.radius
            }
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: Theme.spaceS
                anchors.rightMargin: Theme.spaceS
                spacing: Theme.spaceS
                Text {
                    Layout.preferredWidth: 160
                    text: entry.displayName
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.Medium
                    elide: Text.ElideRight
                }
                StatusChip {
                    id: chip
                    status: entry.status
                }
                Text {
                    Layout.fillWidth: true
                    text: entry.lastMessage
                    textFormat: Text.PlainText
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontSmall
                    elide: Text.ElideRight
                    maximumLineCount: 1
                }
                Text {
                    text: Clock.shortTime(entry.lastMessageAt, Clock.now)
                    textFormat: Text.PlainText
                    color: Theme.textMuted
                    font.pixelSize: Theme.fontCaption
                }
            }
        }
    }
}
