import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Pilothouse.App
import Pilothouse.Board
import Pilothouse.Components
import Pilothouse.Conversation
import Pilothouse.Models as Models

// The main workspace: top bar, the one notice banner, and the board beside the open
// conversation in a resizable split.
Rectangle {
    id: page

    required property Models.Workspace workspace
    property string openConversationId

    color: Theme.window

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TopBar {
            Layout.fillWidth: true
        }

        NoticeBanner {
            objectName: "noticeBanner"
            Layout.fillWidth: true
            text: Console.notice
            severity: Console.noticeSeverity
            onDismissed: Console.dismissNotice()
        }

        SplitView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            orientation: Qt.Horizontal

            handle: Rectangle {
                implicitWidth: 5
                color: SplitHandle.pressed || SplitHandle.hovered ? Theme.accentSoft : Theme.window
                Accessible.role: Accessible.Separator
                Accessible.name: qsTr("Resize board")
                Rectangle {
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: 1
                    height: parent.height
                    color: Theme.border
                }
            }

            BoardView {
                id: board
                SplitView.preferredWidth: Math.max(380, page.width * 0.34)
                SplitView.minimumWidth: 340
                SplitView.maximumWidth: page.width * 0.6
                workspace: page.workspace
                selectedConversationId: page.openConversationId
                onConversationActivated: id => page.openConversationId = id
            }

            ConversationView {
                SplitView.fillWidth: true
                SplitView.minimumWidth: 360
                workspace: page.workspace
                conversationId: page.openConversationId
                onConversationActivated: id => page.openConversationId = id
            }
        }
    }
}
